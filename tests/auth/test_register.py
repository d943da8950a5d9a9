"""Registration: the rules, the confirmation mail, the first admin, no enumeration."""

from __future__ import annotations

import re

import pytest

from smatrx.extensions import db
from smatrx.models import AccountToken, User
from tests.helpers import PASSWORD, csrf_for, main_content, make_user


def register(client, email="Ada@Example.COM", password=PASSWORD, confirm=None, name="Ada"):
    token = csrf_for(client, "/register")
    return client.post(
        "/register",
        data={
            "csrf_token": token,
            "name": name,
            "email": email,
            "password": password,
            "confirm": confirm if confirm is not None else password,
        },
    )


def link_in(message) -> str:
    body = message.get_content()
    match = re.search(r"http://localhost(/\S+)", body)
    assert match, body
    return match.group(1)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "not-an-address"}, "Enter a valid email address"),
        ({"password": "short"}, "Use at least 10 characters."),
        ({"password": "1234567890"}, "too common"),
        ({"email": "ada@example.com", "password": "ada@example.com"}, "cannot be your email"),
        ({"confirm": "something else entirely"}, "The two passwords do not match."),
        ({"name": "x" * 101}, "Use at most 100 characters."),
    ],
)
def test_invalid_registrations_explain_next_to_the_field(client, fields, message):
    response = register(client, **fields)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert message in html
    assert 'aria-invalid="true"' in html
    assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 0


def test_registration_stores_a_lower_cased_address_and_mails_a_link(client, smtp_sink):
    response = register(client, email="  Ada@Example.COM ")
    assert response.status_code == 200
    assert "Check your inbox" in response.get_data(as_text=True)
    user = db.session.scalar(db.select(User))
    assert user.email == "ada@example.com"
    assert user.email_verified is None
    assert user.password_hash.startswith("$argon2id$")
    assert len(smtp_sink) == 1
    assert smtp_sink[0]["To"] == "ada@example.com"
    assert "/verify/" in link_in(smtp_sink[0])


def test_the_first_account_is_admin_and_the_page_says_so(client, another_client, smtp_sink):
    first = register(client, email="first@example.com")
    assert "so your account is its admin" in first.get_data(as_text=True)
    second = register(another_client, email="second@example.com")
    assert "admin" not in second.get_data(as_text=True).split("Check your inbox")[1]
    roles = dict(db.session.execute(db.select(User.email, User.role)).all())
    assert roles == {"first@example.com": "admin", "second@example.com": "member"}


def test_registering_a_taken_address_looks_the_same_and_warns_its_owner(
    client, another_client, smtp_sink
):
    make_user("taken@example.com")
    make_user("someone@example.com")
    taken = register(client, email="taken@example.com")
    fresh = register(another_client, email="fresh@example.com")
    assert taken.status_code == fresh.status_code == 200
    assert main_content(taken, "taken@example.com") == main_content(fresh, "fresh@example.com")
    subjects = {m["To"]: m["Subject"] for m in smtp_sink}
    assert subjects["taken@example.com"].startswith("Someone tried to create an account")
    assert subjects["fresh@example.com"] == "Confirm your email address"
    assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 3


def test_without_a_mail_server_the_link_goes_to_the_log(client, caplog):
    caplog.set_level("INFO", logger="smatrx.mail")
    response = register(client, email="logged@example.com")
    assert "the link is written to the application log" in response.get_data(as_text=True)
    assert any("/verify/" in record.getMessage() for record in caplog.records)


def test_closed_registration_needs_an_invitation(client, app):
    app.config["REGISTRATION_OPEN"] = False
    try:
        response = client.get("/register")
        assert response.status_code == 403
        assert "invite-only" in response.get_data(as_text=True)
        assert "Create account" not in client.get("/login").get_data(as_text=True)
    finally:
        app.config["REGISTRATION_OPEN"] = True


def test_an_invitation_registers_a_confirmed_account_once(client, another_client, app):
    from smatrx.auth import services

    admin = make_user("admin@example.com", role="admin")
    with app.test_request_context():
        url = services.send_invite("guest@example.com", admin)
    path = url.split("localhost", 1)[1]
    app.config["REGISTRATION_OPEN"] = False
    try:
        page = client.get(path)
        assert page.status_code == 200
        assert 'value="guest@example.com"' in page.get_data(as_text=True)
        token = csrf_for(client, path)
        other_address = client.post(
            path,
            data={
                "csrf_token": token,
                "email": "other@example.com",
                "password": PASSWORD,
                "confirm": PASSWORD,
            },
        )
        assert "This invitation is for another address." in other_address.get_data(as_text=True)
        response = client.post(
            path,
            data={
                "csrf_token": token,
                "email": "guest@example.com",
                "password": PASSWORD,
                "confirm": PASSWORD,
            },
        )
        assert response.status_code == 302
        guest = db.session.scalar(db.select(User).where(User.email == "guest@example.com"))
        assert guest.email_verified is not None
        assert guest.role == "member"
        assert client.get("/account").status_code == 200
        again = another_client.get(path)
        assert again.status_code == 400
        assert "already been used" in again.get_data(as_text=True)
        assert db.session.scalar(db.select(AccountToken.used_at)) is not None
    finally:
        app.config["REGISTRATION_OPEN"] = True
