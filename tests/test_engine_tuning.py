"""The engine's two savings (smatrx.engine_tuning): a read-only transaction ends with COMMIT
so psycopg keeps its prepared statements, and only an idle pooled connection is pinged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from smatrx import engine_tuning
from smatrx.config import normalise_database_url

PROBE = "engine_tuning_probe"


@pytest.fixture
def engine(test_env: dict[str, str]) -> Iterator[Engine]:
    engine = create_engine(normalise_database_url(test_env["DATABASE_URL"]), pool_size=1)
    engine_tuning.tune(engine)
    yield engine
    engine.dispose()


def _prepared_statements(connection) -> int:
    return connection.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one()


def test_reads_keep_their_prepared_statements_across_transactions(engine):
    with engine.connect() as connection:
        for _ in range(8):
            connection.execute(text("SELECT 1 + 1")).scalar_one()
            connection.rollback()  # what every request does at its end

        assert _prepared_statements(connection) >= 1


def test_a_transaction_that_wrote_is_still_rolled_back(engine):
    with engine.begin() as connection:
        connection.execute(text(f"CREATE TABLE IF NOT EXISTS {PROBE} (n integer)"))
    try:
        with engine.connect() as connection:
            connection.execute(text(f"SELECT count(*) FROM {PROBE}"))
            connection.execute(text(f"INSERT INTO {PROBE} VALUES (1)"))
            connection.execute(text(f"SELECT count(*) FROM {PROBE}"))
            connection.rollback()

            assert connection.execute(text(f"SELECT count(*) FROM {PROBE}")).scalar_one() == 0
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"DROP TABLE {PROBE}"))


def test_a_failed_read_rolls_back_and_the_connection_goes_on(engine):
    with engine.connect() as connection:
        with pytest.raises(Exception, match="division by zero"):
            connection.execute(text("SELECT 1 / 0"))
        connection.rollback()

        assert connection.execute(text("SELECT 2")).scalar_one() == 2


def test_a_reused_connection_is_not_pinged(engine, monkeypatch):
    pings: list[object] = []
    ping = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda c: pings.append(c) or ping(c))

    for _ in range(5):
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    assert len(pings) <= 1  # the brand-new connection's first checkout only


def test_an_idle_connection_whose_server_went_away_is_replaced(engine, test_env, monkeypatch):
    with engine.connect() as connection:
        lost = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
    killer = create_engine(normalise_database_url(test_env["DATABASE_URL"]), poolclass=NullPool)
    with killer.connect() as other:
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": lost})
    killer.dispose()
    monkeypatch.setattr(engine_tuning, "PING_AFTER_IDLE_SECONDS", 0.0)  # idle long enough

    with engine.connect() as connection:
        fresh = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()

    assert fresh != lost
