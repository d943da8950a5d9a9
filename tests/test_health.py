"""/healthz: 200 when the database and the queue answer, 503 (and no secrets) otherwise."""

from __future__ import annotations

import socket

import pytest

from smatrx import create_app
from tests.conftest import make_test_env


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_healthy_when_database_and_queue_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["database"] == {"ok": True}
    assert body["queue"]["ok"] is True
    assert body["queue"]["workers"] >= 0


@pytest.mark.parametrize("broken", ["database", "queue"])
def test_unavailable_service_gives_503_without_leaking_urls(test_env, tmp_path, broken):
    port = _closed_port()
    env = make_test_env(test_env["DATABASE_URL"], test_env["REDIS_URL"], tmp_path)
    if broken == "database":
        env["DATABASE_URL"] = f"postgresql://secretuser:hunter2@127.0.0.1:{port}/nope"
    else:
        env["REDIS_URL"] = f"redis://:hunter2@127.0.0.1:{port}/0"
    # The limiter is one object shared by every app in this process: keep its storage on the
    # suite's Redis, or the session app's rate limits would point at the closed port too.
    app = create_app(
        env=env,
        overrides={
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": False},
            "RATELIMIT_STORAGE_URI": test_env["REDIS_URL"],
        },
    )

    response = app.test_client().get("/healthz")

    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unavailable"
    assert body[broken]["ok"] is False
    assert "hunter2" not in response.get_data(as_text=True)
