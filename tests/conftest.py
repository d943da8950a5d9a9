"""Test fixtures: real PostgreSQL and Redis/Valkey, a migrated schema, per-test rollback.

DATABASE_URL / REDIS_URL name the servers to use; without them the session starts embedded
PostgreSQL and Valkey in a temporary folder. Either way the suite works in a throwaway
database it creates (and drops) next to the one named, and in Redis database TEST_REDIS_DB
(default 15), which it flushes: your own data is never touched.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from flask import Flask, g, has_app_context
from flask.testing import FlaskClient
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy import event, text

from smatrx import create_app
from smatrx.config import PROJECT_ROOT
from smatrx.embedded import EmbeddedPostgres, EmbeddedValkey
from smatrx.extensions import db
from smatrx.models import User
from tests.helpers import make_user, signed_in

# What people create, removed after a committing test. DELETE, not TRUNCATE ... CASCADE:
# "Skill" references "User" (proposedById), and a cascading truncate would empty the
# catalog the whole session shares. Skills people proposed go; the catalog stays.
CLEAN_UP_STATEMENTS = (
    'DELETE FROM "Skill" WHERE "proposedById" IS NOT NULL',
    'DELETE FROM "AccountToken"',
    'DELETE FROM "User"',
    'DELETE FROM "Team"',
    'DELETE FROM "AuditEvent"',  # last: the deletes above are audited too
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _plain_postgres_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1).replace(
        "postgres://", "postgresql://", 1
    )


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(_plain_postgres_url(url))
    return urlunsplit(parts._replace(path="/" + database))


def _with_redis_db(url: str, number: int) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{number}"))


@pytest.fixture(scope="session")
def server_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The PostgreSQL server and Redis to test against: given ones or embedded ones."""
    started: list[Any] = []
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    base = tmp_path_factory.mktemp("services")
    if not database_url:
        postgres = EmbeddedPostgres(base / "postgres", database="postgres")
        database_url = postgres.start()
        started.append(postgres)
    if not redis_url:
        valkey = EmbeddedValkey(base / "valkey", persist=False)
        redis_url = valkey.start()
        started.append(valkey)
    try:
        yield {"database": database_url, "redis": redis_url}
    finally:
        for service in reversed(started):
            service.stop()


@pytest.fixture(scope="session")
def throwaway_database(server_urls: dict[str, str]) -> Iterator[Any]:
    """A factory of empty databases on the test server, all dropped at the end."""
    admin_url = _plain_postgres_url(server_urls["database"])
    created: list[str] = []

    def create(prefix: str = "smatrx_test") -> str:
        name = f"{prefix}_{secrets.token_hex(4)}"
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return _with_database(admin_url, name)

    yield create
    with psycopg.connect(admin_url, autocommit=True) as connection:
        for name in created:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_test_env(database_url: str, redis_url: str, instance: Path) -> dict[str, str]:
    return {
        "SMATRX_ENV": "test",
        "SECRET_KEY": "test-secret-key-not-for-production",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SMATRX_INSTANCE_PATH": str(instance),
        "LOG_LEVEL": "WARNING",
    }


@pytest.fixture(scope="session")
def identity_provider() -> Iterator[Any]:
    """One local OAuth 2 / OpenID Connect provider (GitHub, Google and LinkedIn shapes) for
    the whole session; the session app's providers point at it."""
    from tests.fakes.oauth_provider import FakeIdentityProvider

    provider = FakeIdentityProvider()
    provider.start()
    yield provider
    provider.stop()


@pytest.fixture
def idp(identity_provider: Any) -> Iterator[Any]:
    """The provider with its default behaviour and person, for one test."""
    identity_provider.reset()
    yield identity_provider
    identity_provider.reset()


@pytest.fixture(scope="session")
def test_env(
    server_urls: dict[str, str],
    throwaway_database: Any,
    tmp_path_factory: pytest.TempPathFactory,
    identity_provider: Any,
) -> dict[str, str]:
    redis_db = int(os.environ.get("TEST_REDIS_DB", "15"))
    env = make_test_env(
        throwaway_database(),
        _with_redis_db(server_urls["redis"], redis_db),
        tmp_path_factory.mktemp("instance"),
    )
    env.update(identity_provider.app_config())
    # LinkedIn's documented issuer differs from its discovery document's: emulated here.
    env["LINKEDIN_ISSUER"] = identity_provider.base_url + "/linkedin"
    env["OAUTH_TIMEOUT_SECONDS"] = "1"
    return env


class IsolatedClient(FlaskClient):
    """A test client whose requests start with an empty `g`.

    The db_session fixture keeps one app context pushed for the whole test (so the test
    and its requests share the rolled-back transaction); Flask then reuses that context
    for every request, and with it `g`, where Flask-WTF caches the CSRF token and
    flask-login the current user. A real request never inherits another's `g`.
    """

    def open(self, *args: Any, **kwargs: Any) -> Any:
        if has_app_context():
            g.__dict__.clear()
        return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def app(test_env: dict[str, str]) -> Iterator[Flask]:
    """The app on a database migrated once for the whole session, catalog loaded."""
    from flask_migrate import upgrade

    from smatrx.jobs.queue import get_redis
    from smatrx.seed.loader import load_catalog

    application = create_app(env=test_env)
    application.test_client_class = IsolatedClient
    with application.app_context():
        upgrade()
        load_catalog()
        get_redis().flushdb()
        db.session.remove()
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


class _ConnectionBoundSession(FlaskSession):
    """Flask-SQLAlchemy picks an engine per table; tests need every statement on the one
    connection that holds the outer transaction."""

    def get_bind(self, mapper=None, clause=None, bind=None, **kwargs):  # type: ignore[override]
        return bind if bind is not None else self.bind


@pytest.fixture
def db_session(app: Flask) -> Iterator[Any]:
    """Everything the test and its requests write is rolled back at the end: the session
    joins an outer transaction, and commits become savepoints."""
    with app.app_context():
        connection = db.engine.connect()
        outer = connection.begin()
        original = db.session
        db.session = db._make_scoped_session(
            {
                "bind": connection,
                "join_transaction_mode": "create_savepoint",
                "class_": _ConnectionBoundSession,
            }
        )
        try:
            yield db.session
        finally:
            db.session.remove()
            db.session = original
            outer.rollback()
            connection.close()


@pytest.fixture
def committing_db(app: Flask) -> Iterator[Any]:
    """For data another connection must see (a live server, a worker process): commits are
    real, and what people created is deleted afterwards."""
    with app.app_context():
        yield db.session
        db.session.remove()
        with db.engine.begin() as connection:
            for statement in CLEAN_UP_STATEMENTS:
                connection.execute(text(statement))


@pytest.fixture
def client(app: Flask, db_session: Any) -> Any:
    from smatrx.extensions import limiter

    with app.app_context():
        limiter.reset()  # rate-limit counters must not leak from one test to the next
    return app.test_client()


@pytest.fixture
def another_client(app: Flask, db_session: Any) -> Any:
    """A second browser (its own cookies) on the same rolled-back database."""
    from smatrx.extensions import limiter

    with app.app_context():
        limiter.reset()
    return app.test_client()


# --- people --------------------------------------------------------------------------------
# One cast for the whole suite, each a confirmed, onboarded person with the default password.
# The person a test acts as signs in on `client`; anyone else gets a browser of their own,
# so a test may have several people signed in at once. (Requesting `client` first resets
# the rate limiter before those sign-ins.) Other people a test needs: make_user(...).


@pytest.fixture
def ada(db_session: Any) -> User:
    """Ada Lovelace <ada@example.com>, a member: the person most tests act as."""
    return make_user("ada@example.com", name="Ada Lovelace")


@pytest.fixture
def ada_client(client: Any, ada: User) -> Any:
    """`client`, signed in as Ada."""
    return signed_in(client, ada)


@pytest.fixture
def newcomer(db_session: Any) -> User:
    """Nia New <nia@example.com>, confirmed but with the onboarding wizard still ahead."""
    return make_user("nia@example.com", name="Nia New", onboarded=False)


@pytest.fixture
def newcomer_client(client: Any, newcomer: User) -> Any:
    """`client`, signed in as Nia."""
    return signed_in(client, newcomer)


@pytest.fixture
def admin(db_session: Any) -> User:
    """Ada Admin <admin@example.com>, an administrator."""
    return make_user("admin@example.com", "admin", name="Ada Admin")


@pytest.fixture
def admin_client(client: Any, admin: User) -> Any:
    """`client`, signed in as the administrator."""
    return signed_in(client, admin)


@pytest.fixture
def member(db_session: Any) -> User:
    """Mo Member <mo@example.com>: a member with no other role, whom admins and verifiers
    act on."""
    return make_user("mo@example.com", name="Mo Member")


@pytest.fixture
def member_client(app: Flask, client: Any, member: User) -> Any:
    """A browser of Mo's own, signed in."""
    return signed_in(app.test_client(), member)


@pytest.fixture
def verifier(db_session: Any) -> User:
    """Vera Verifier <vera@example.com>, who reviews verification requests."""
    return make_user("vera@example.com", "verifier", name="Vera Verifier")


@pytest.fixture
def verifier_client(app: Flask, client: Any, verifier: User) -> Any:
    """A browser of Vera's own, signed in."""
    return signed_in(app.test_client(), verifier)


@pytest.fixture
def smtp_sink(app: Flask) -> Iterator[list[Any]]:
    """A real SMTP server on a free localhost port; the app sends to it. Yields the list of
    received messages (email.message.EmailMessage)."""
    from email import message_from_bytes, policy

    from aiosmtpd.controller import Controller

    received: list[Any] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(message_from_bytes(envelope.content, policy=policy.default))
            return "250 OK"

    port = free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    saved = {key: app.config[key] for key in ("MAIL_SERVER", "MAIL_PORT", "MAIL_USE_TLS")}
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_USE_TLS=False)
    try:
        yield received
    finally:
        app.config.update(saved)
        controller.stop()


@pytest.fixture
def redis_conn(app: Flask) -> Iterator[Any]:
    from smatrx.jobs.queue import get_redis

    connection = get_redis(app)
    yield connection
    connection.flushdb()


@pytest.fixture
def fresh_tag_neighbours(app: Flask) -> Iterator[None]:
    """No skill page sees tag neighbours another test's (rolled-back) catalog left in
    Redis."""
    from smatrx.jobs.queue import get_redis
    from smatrx.skills.tag_neighbours import forget_all

    forget_all(get_redis(app))
    yield
    forget_all(get_redis(app))


class StatementCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)

    def reset(self) -> None:
        self.statements.clear()


@pytest.fixture
def statement_counter(app: Flask, db_session: Any) -> Iterator[StatementCounter]:
    """Counts the SQL statements sent while the test runs (assert no N+1)."""
    counter = StatementCounter()
    with app.app_context():
        engine = db.engine

    def before_execute(conn, cursor, statement, parameters, context, executemany):
        if not statement.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
            counter.statements.append(statement)

    event.listen(engine, "before_cursor_execute", before_execute)
    yield counter
    event.remove(engine, "before_cursor_execute", before_execute)


@pytest.fixture
def live_server(app: Flask, committing_db: Any) -> Iterator[str]:
    """The app served on a free localhost port in a thread; yields its base URL."""
    from smatrx.extensions import limiter
    from tests.fakes.local_server import LocalServer

    with app.app_context():
        limiter.reset()
    server = LocalServer(app, "live-server", quiet=False)
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def output_dir(request: pytest.FixtureRequest) -> Path:
    """A folder for this test's artefacts (screenshots), under test-results/."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in request.node.name)
    folder = PROJECT_ROOT / "test-results" / safe
    folder.mkdir(parents=True, exist_ok=True)
    return folder
