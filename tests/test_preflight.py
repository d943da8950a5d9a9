"""Bad configuration stops with one clear line: a worker or scheduler whose database or Redis
cannot be reached, any `flask` command that dies of one, a wrong URL. Real processes, as an
operator starts them; the unreachable services are ports nothing listens on."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from smatrx.config import PROJECT_ROOT
from smatrx.preflight import database_location, redis_location
from tests.conftest import free_port

FLASK = (sys.executable, "-m", "flask", "--app", "smatrx.wsgi")


def run(test_env: dict[str, str], *args: str, **overrides: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*FLASK, *args],
        cwd=PROJECT_ROOT,
        env={**os.environ, **test_env, **overrides},
        capture_output=True,
        text=True,
        timeout=60,
    )


def one_line(result: subprocess.CompletedProcess) -> str:
    """stderr is one line (log lines aside), with no traceback."""
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith("SMATRX")]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("command", [("smatrx", "worker", "--burst"), ("db", "upgrade")])
def test_an_unreachable_database_is_one_line(test_env, command):
    port = free_port()
    url = f"postgresql://smatrx:hunter2@127.0.0.1:{port}/smatrx"
    result = run(test_env, *command, DATABASE_URL=url)
    assert result.returncode == 1
    line = one_line(result)
    assert f"cannot reach the database at 127.0.0.1:{port}/smatrx" in line
    assert "DATABASE_URL" in line and "hunter2" not in line


@pytest.mark.parametrize("command", [("smatrx", "worker", "--burst"), ("smatrx", "scheduler")])
def test_an_unreachable_redis_is_one_line(test_env, command):
    port = free_port()
    result = run(test_env, *command, REDIS_URL=f"redis://:hunter2@127.0.0.1:{port}/3")
    assert result.returncode == 1
    line = one_line(result)
    assert f"cannot use Redis at 127.0.0.1:{port}/3" in line
    assert "REDIS_URL" in line and "hunter2" not in line


def test_a_wrong_redis_url_is_one_line_before_anything_starts(test_env):
    result = run(test_env, "smatrx", "scheduler", REDIS_URL="127.0.0.1:6379")
    assert result.returncode == 3  # a configuration mistake: a restart won't fix it
    assert "REDIS_URL must look like redis://" in one_line(result)


def test_locations_never_show_passwords():
    assert database_location("postgresql+psycopg://u:secret@db.example:6432/app") == (
        "db.example:6432/app"
    )
    assert redis_location("rediss://:secret@cache.example:6380/2") == "cache.example:6380/2"
    assert redis_location("redis://cache") == "cache:6379/0"


def test_only_a_failed_connection_is_shortened():
    import psycopg
    from sqlalchemy.exc import OperationalError

    from smatrx.preflight import _connecting

    refused = OperationalError("connect", {}, psycopg.OperationalError("connection failed"))
    deadlock = OperationalError("UPDATE", {}, psycopg.errors.DeadlockDetected("deadlock"))
    assert _connecting(refused) and not _connecting(deadlock)
