"""A throwaway database for the benchmarks that need PostgreSQL: created next to the one
DATABASE_URL names, migrated, the catalog loaded, dropped afterwards."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@contextmanager
def scratch_app(prefix: str = "smatrx_bench") -> Iterator[Flask | None]:
    """The app on a fresh, migrated database with the catalog; None (nothing created) when
    DATABASE_URL or REDIS_URL is not set."""
    server = os.environ.get("DATABASE_URL", "").replace("postgresql+psycopg://", "postgresql://")
    if not server or not os.environ.get("REDIS_URL"):
        yield None
        return
    from flask_migrate import upgrade

    from smatrx import create_app
    from smatrx.extensions import db
    from smatrx.seed.loader import load_catalog

    name = f"{prefix}_{secrets.token_hex(4)}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        app = create_app(
            env={
                "SMATRX_ENV": "test",
                "SECRET_KEY": "bench",
                "DATABASE_URL": server.rsplit("/", 1)[0] + "/" + name,
                "REDIS_URL": os.environ["REDIS_URL"],
                "SMATRX_INSTANCE_PATH": tempfile.mkdtemp(),
                "LOG_LEVEL": "WARNING",
            }
        )
        with app.app_context():
            upgrade()
            load_catalog()
        yield app
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
