"""The embedded servers `make run` uses keep their data between runs."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import redis

from smatrx.embedded import EmbeddedPostgres, EmbeddedValkey


def test_embedded_postgres_keeps_its_data_across_restarts(tmp_path):
    postgres = EmbeddedPostgres(tmp_path / "pg", database="smatrx")
    url = postgres.start()
    try:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("CREATE TABLE kept (value text)")
            connection.execute("INSERT INTO kept VALUES ('still here')")
            assert connection.execute("SELECT 1 FROM pg_extension LIMIT 1") is not None
    finally:
        postgres.stop()

    again = EmbeddedPostgres(tmp_path / "pg", database="smatrx")
    url = again.start()
    try:
        with psycopg.connect(url) as connection:
            assert connection.execute("SELECT value FROM kept").fetchone() == ("still here",)
            connection.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    finally:
        again.stop()


def test_embedded_valkey_speaks_redis_and_persists(tmp_path):
    """Like two `make run`s: one process writes and stops, the next finds the data."""
    first_run = (
        "import sys, redis; from pathlib import Path; from smatrx.embedded import EmbeddedValkey;"
        "v = EmbeddedValkey(Path(sys.argv[1]), persist=True); url = v.start();"
        "assert url.startswith('redis://127.0.0.1:'); redis.Redis.from_url(url).set('kept', 'yes');"
        "v.stop()"
    )
    subprocess.run(
        [sys.executable, "-c", first_run, str(tmp_path / "valkey")], check=True, timeout=60
    )

    again = EmbeddedValkey(tmp_path / "valkey", persist=True)
    url = again.start()
    try:
        assert redis.Redis.from_url(url).get("kept") == b"yes"
    finally:
        again.stop()
