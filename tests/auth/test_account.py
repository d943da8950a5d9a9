"""The account page: name, email (re-verified), password, sessions, sign-in methods."""

from __future__ import annotations

from smatrx.extensions import db
from smatrx.models import Account, Session, User
from tests.auth.test_register import link_in
from tests.helpers import PASSWORD, csrf_for, make_user, post_form, sign_in


def test_the_account_page_lists_sessions_and_sign_in_methods(ada_client, ada, another_client):
    db.session.add(
        Account(user_id=ada.id, type="oauth", provider="github", provider_account_id="1")
    )
    db.session.commit()
    sign_in(another_client, "ada@example.com")
    html = ada_client.get("/account").get_data(as_text=True)
    assert "Email and password" in html
    assert "GitHub" in html
    assert html.count('class="session-item') == 2
    assert "This device" in html


def test_change_name(ada_client, ada):
    response = post_form(ada_client, "/account", "/account/name", {"name-name": "Countess <Ada>"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, ada.id).name == "Countess <Ada>"
    html = ada_client.get("/account").get_data(as_text=True)
    assert "Countess &lt;Ada&gt;" in html


def test_change_password_needs_the_current_one_and_ends_other_sessions(
    ada_client, another_client, ada
):
    sign_in(another_client, "ada@example.com")
    new = "another long passphrase"
    wrong = post_form(
        ada_client,
        "/account",
        "/account/password",
        {
            "password-current_password": "not it at all",
            "password-password": new,
            "password-confirm": new,
        },
    )
    assert wrong.status_code == 422
    assert "That is not your current password." in wrong.get_data(as_text=True)

    ok = post_form(
        ada_client,
        "/account",
        "/account/password",
        {"password-current_password": PASSWORD, "password-password": new, "password-confirm": new},
    )
    assert ok.status_code == 302
    assert ada_client.get("/account").status_code == 200
    assert another_client.get("/account").status_code == 302
    assert db.session.scalar(db.select(db.func.count()).select_from(Session)) == 1


def test_change_email_is_confirmed_by_a_link_to_the_new_address(ada_client, ada, smtp_sink):
    response = post_form(
        ada_client,
        "/account",
        "/account/email",
        {"email-email": "Countess@Example.com", "email-current_password": PASSWORD},
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, ada.id).email == "ada@example.com"  # not yet
    assert smtp_sink[-1]["To"] == "countess@example.com"
    path = link_in(smtp_sink[-1])
    ada_client.post(path, data={"csrf_token": csrf_for(ada_client, path)})
    db.session.expire_all()
    assert db.session.get(User, ada.id).email == "countess@example.com"


def test_changing_to_a_taken_address_reveals_nothing_and_warns_its_owner(
    ada_client, ada, smtp_sink
):
    make_user("taken@example.com")
    response = post_form(
        ada_client,
        "/account",
        "/account/email",
        {"email-email": "taken@example.com", "email-current_password": PASSWORD},
    )
    assert response.status_code == 302
    assert smtp_sink[-1]["Subject"].startswith("Someone tried to use your address")
    db.session.expire_all()
    assert db.session.get(User, ada.id).email == "ada@example.com"


def test_end_one_session_and_all_others(ada_client, another_client, ada, app):
    third = app.test_client()
    sign_in(another_client, "ada@example.com")
    sign_in(third, "ada@example.com")
    other = db.session.scalars(db.select(Session).order_by(Session.created_at)).all()[1]

    response = post_form(
        ada_client,
        "/account",
        f"/account/sessions/{other.id}/end",
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert response.get_data() == b""
    assert another_client.get("/account").status_code == 302

    post_form(ada_client, "/account", "/account/sessions/end-others")
    assert third.get("/account").status_code == 302
    assert ada_client.get("/account").status_code == 200


def test_another_persons_session_is_not_found(ada_client, another_client):
    make_user("bob@example.com")
    sign_in(another_client, "bob@example.com")
    bobs = db.session.scalar(db.select(Session).join(User).where(User.email == "bob@example.com"))
    response = post_form(ada_client, "/account", f"/account/sessions/{bobs.id}/end")
    assert response.status_code == 404
    assert another_client.get("/account").status_code == 200


def test_account_routes_need_sign_in(client):
    for path in ("/account",):
        assert client.get(path).status_code == 302
    for path in (
        "/account/name",
        "/account/email",
        "/account/password",
        "/account/sessions/x/end",
        "/account/sessions/end-others",
    ):
        response = client.post(path, data={"csrf_token": csrf_for(client, "/login")})
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/login")
