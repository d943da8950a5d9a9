"""Start-up checks: a worker or scheduler whose database or Redis cannot be reached stops
with one line that says which and where, never a traceback wall.

The web app does not check at start on purpose: it serves a degraded page and a failing
/healthz while a service is away, and recovers without a restart (tests/test_degraded.py).
"""

from __future__ import annotations

import sys
from types import TracebackType
from urllib.parse import urlsplit

import psycopg
from flask import Flask
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from smatrx.config import ConfigError

# Exit status of a service that is unreachable (systemd restarts it: it may come up later);
# a configuration mistake exits with 3 (smatrx.wsgi.BOOT_ERROR), which a restart won't fix.
UNREACHABLE = 1


def database_location(url: str) -> str:
    """host:port/database of a database URL, never its password."""
    try:
        parsed = make_url(url)
    except Exception:
        return "(an unparsable DATABASE_URL)"
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def redis_location(url: str) -> str:
    """host:port/db of a Redis URL, never its password."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    return f"{parts.hostname or 'localhost'}:{parts.port or 6379}{parts.path or '/0'}"


def _first_line(error: BaseException) -> str:
    cause = getattr(error, "orig", None) or error
    lines = str(cause).strip().splitlines()
    return lines[0].strip().rstrip(".") if lines else type(cause).__name__


def database_problem(app: Flask, error: BaseException) -> str:
    return (
        f"cannot reach the database at "
        f"{database_location(app.config['SQLALCHEMY_DATABASE_URI'])}: {_first_line(error)}. "
        "Check DATABASE_URL and that PostgreSQL is running."
    )


def redis_problem(app: Flask, error: BaseException) -> str:
    return (
        f"cannot use Redis at {redis_location(app.config['REDIS_URL'])}: "
        f"{_first_line(error)}. Check REDIS_URL and that Redis is running."
    )


class Unreachable(ConfigError):
    """A service the process needs does not answer."""


def check_services(app: Flask, *, database: bool = True, redis: bool = True) -> None:
    """Raise Unreachable (one line) when the database or Redis cannot be used."""
    from smatrx.extensions import db
    from smatrx.jobs.queue import get_redis

    if redis:
        try:
            get_redis(app).ping()
        except RedisError as error:
            raise Unreachable(redis_problem(app, error)) from None
    if database:
        with app.app_context():
            try:
                with db.engine.connect() as connection:
                    connection.execute(text("SELECT 1"))
            except OperationalError as error:
                raise Unreachable(database_problem(app, error)) from None
            finally:
                db.engine.dispose()  # the worker forks: no connection left in the parent


def stop_with(message: str, status: int = UNREACHABLE) -> None:
    print(f"SMATRX cannot start: {message}", file=sys.stderr)
    sys.exit(status)


def _connecting(error: OperationalError) -> bool:
    """psycopg raises its base OperationalError when it cannot connect (refused, unknown
    host, authentication); an error in a statement (a deadlock, a cancelled query) is one of
    its subclasses, and keeps its traceback."""
    return type(error.orig) is psycopg.OperationalError


def install_excepthook(app: Flask) -> None:
    """Any `flask` command (db upgrade, seed, ...) that dies of an unreachable database or
    Redis prints one line instead of the traceback; everything else is left as it was."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, OperationalError) and _connecting(error):
            print(f"SMATRX stopped: {database_problem(app, error)}", file=sys.stderr)
        elif isinstance(error, RedisError):
            print(f"SMATRX stopped: {redis_problem(app, error)}", file=sys.stderr)
        else:
            previous(kind, error, tb)

    sys.excepthook = hook
