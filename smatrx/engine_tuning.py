"""Two per-request costs of talking to PostgreSQL, removed at the engine (every session,
view, job and CLI command gets them without knowing):

- A transaction that only read ends with COMMIT instead of ROLLBACK. The two are the same
  to PostgreSQL when nothing was written, but psycopg forgets its prepared statements on
  every ROLLBACK, so with a rollback at the end of every request no statement was ever
  prepared and PostgreSQL planned every query of every page again (~0.2 ms each).
- A pooled connection is pinged before use only when it sat idle long enough for the
  server to have gone away meanwhile (a restart, a dropped link), not on every checkout:
  under load a connection is back in use within milliseconds.
"""

from __future__ import annotations

from time import monotonic
from typing import Any

from psycopg.pq import TransactionStatus
from sqlalchemy import event, exc
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import ConnectionPoolEntry

_WROTE = "smatrx.wrote"
_CHECKED_IN_AT = "smatrx.checked_in_at"
PING_AFTER_IDLE_SECONDS = 1.0
_READS = ("SELECT", "select")


def tune(engine: Engine) -> None:
    """Attach both behaviours to an engine (once per engine)."""
    if event.contains(engine, "rollback", _end_reads_with_commit):
        return
    event.listen(engine, "begin", _start_clean)
    event.listen(engine, "before_cursor_execute", _note_writes)
    event.listen(engine, "rollback", _end_reads_with_commit)
    event.listen(engine, "checkin", _note_checkin)

    def ping_if_idle(dbapi_connection: Any, record: ConnectionPoolEntry, proxy: Any) -> None:
        checked_in_at = record.info.get(_CHECKED_IN_AT)
        if checked_in_at is not None and monotonic() - checked_in_at < PING_AFTER_IDLE_SECONDS:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as error:  # any failure: the pool replaces the connection
            raise exc.DisconnectionError() from error
        if not alive:
            raise exc.DisconnectionError()

    event.listen(engine, "checkout", ping_if_idle)


def _start_clean(conn: Connection) -> None:
    conn.info[_WROTE] = False


def _note_writes(
    conn: Connection, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
) -> None:
    # Anything but a plain SELECT (DML, DDL, SAVEPOINT, a WITH that may hold a write)
    # counts as a write: the transaction then ends the usual way.
    if many or not statement.lstrip().startswith(_READS):
        conn.info[_WROTE] = True


def _end_reads_with_commit(conn: Connection) -> None:
    """Runs just before SQLAlchemy's rollback: commit a read-only transaction first, so
    psycopg's ROLLBACK that follows finds no transaction and keeps its prepared statements."""
    if conn.info.get(_WROTE, True) or conn.invalidated or conn.closed:
        return
    dbapi_connection = conn.connection.dbapi_connection
    if dbapi_connection is None:
        return
    if dbapi_connection.info.transaction_status == TransactionStatus.INTRANS:
        dbapi_connection.commit()


def _note_checkin(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    record.info[_CHECKED_IN_AT] = monotonic()
