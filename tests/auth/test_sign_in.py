"""Sign-in: same answer for every failure, a new session each time, safe redirects,
database sessions that slide, expire and can be ended."""

from __future__ import annotations

from datetime import timedelta

import pytest

from smatrx.auth.sessions import token_digest
from smatrx.extensions import db
from smatrx.models import Session, User
from smatrx.models.base import utcnow
from tests.helpers import PASSWORD, csrf_for, main_content, sign_in


def test_sign_in_creates_a_hashed_database_session_and_a_safe_cookie(client, ada):
    response = sign_in(client, "ADA@example.com")
    assert response.status_code == 302
    assert response.headers["Location"] == "/home"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    row = db.session.scalar(db.select(Session))
    assert row.user_id == ada.id
    assert len(row.session_token) == 64  # a SHA-256, never the token itself
    assert row.user_agent is not None
    assert row.expires > utcnow() + timedelta(days=29)
    assert client.get("/account").status_code == 200


@pytest.mark.parametrize("case", ["wrong password", "unknown email", "deactivated"])
def test_every_failed_sign_in_looks_the_same(client, ada, case):
    email, password = "ada@example.com", PASSWORD
    if case == "wrong password":
        password = "not the right password"
    elif case == "unknown email":
        email = "nobody@example.com"
    else:
        ada.deactivated_at = utcnow()
        db.session.commit()
    response = sign_in(client, email, password)
    assert response.status_code == 422
    assert "do not match an active account" in main_content(response, email)
    reference = sign_in(client, "ada@example.com", "not the right password")
    assert main_content(response, email) == main_content(reference, "ada@example.com")


def test_each_sign_in_gets_a_new_token(client, ada):
    sign_in(client, "ada@example.com")
    first = db.session.scalar(db.select(Session.session_token))
    client.post("/logout", data={"csrf_token": csrf_for(client, "/account")})
    assert db.session.scalar(db.select(db.func.count()).select_from(Session)) == 0
    sign_in(client, "ada@example.com")
    second = db.session.scalar(db.select(Session.session_token))
    assert first != second


def test_a_planted_session_cookie_does_not_survive_sign_in(client, another_client, ada):
    """Session fixation: whatever cookie the browser had before, sign-in replaces it."""
    client.get("/login")
    planted = client.get_cookie("session").value
    sign_in(client, "ada@example.com")
    assert client.get_cookie("session").value != planted
    another_client.set_cookie("session", planted)
    assert another_client.get("/account").status_code == 302


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "http:/evil.example",
        "/%0d%0aSet-Cookie:x",
    ],
)
def test_next_never_leaves_the_site(client, ada, target):
    response = sign_in(client, "ada@example.com", next_url=target)
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith("/") and not location.startswith("//")
    assert "evil" not in location


def test_next_goes_back_to_a_page_on_the_site(client, ada):
    assert client.get("/account").headers["Location"].startswith("/login?next=/account")
    response = sign_in(client, "ada@example.com", next_url="/account?tab=sessions")
    assert response.headers["Location"] == "/account?tab=sessions"


def test_signing_out_deletes_the_session(client, ada):
    sign_in(client, "ada@example.com")
    response = client.post("/logout", data={"csrf_token": csrf_for(client, "/account")})
    assert response.status_code == 302
    assert db.session.scalar(db.select(db.func.count()).select_from(Session)) == 0
    assert client.get("/account").status_code == 302


def test_an_expired_session_sends_the_person_to_sign_in(client, ada):
    sign_in(client, "ada@example.com")
    db.session.execute(db.update(Session).values(expires=utcnow() - timedelta(seconds=1)))
    db.session.commit()
    response = client.get("/account")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_an_htmx_request_from_an_expired_session_redirects_the_whole_page(client, ada):
    sign_in(client, "ada@example.com")
    db.session.execute(db.delete(Session))
    db.session.commit()
    response = client.get(
        "/account",
        headers={"HX-Request": "true", "HX-Current-URL": "http://localhost/account?tab=x"},
    )
    assert response.status_code == 401
    assert response.headers["HX-Redirect"] == "/login?next=/account?tab%3Dx"
    assert response.get_data() == b""


def test_sessions_slide_forward_when_used(client, ada):
    sign_in(client, "ada@example.com")
    old = utcnow() - timedelta(days=10)
    db.session.execute(
        db.update(Session).values(last_seen_at=old, expires=old + timedelta(days=30))
    )
    db.session.commit()
    client.get("/account")
    db.session.expire_all()
    row = db.session.scalar(db.select(Session))
    assert row.last_seen_at > old + timedelta(days=9)
    assert row.expires > utcnow() + timedelta(days=29)


def test_deactivation_ends_access_at_once(client, ada):
    sign_in(client, "ada@example.com")
    db.session.execute(db.update(User).values(deactivated_at=utcnow()))
    db.session.commit()
    assert client.get("/account").status_code == 302


def test_the_cookie_alone_is_not_the_table_value(client, ada):
    sign_in(client, "ada@example.com")
    stored = db.session.scalar(db.select(Session.session_token))
    assert stored not in client.get_cookie("session").value
    assert stored != token_digest(stored)
