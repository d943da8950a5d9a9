"""OAuth sign-in over real HTTP against the local provider: redirect → callback → token
exchange → userinfo → account, for GitHub, Google and LinkedIn, and every way it can fail."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from sqlalchemy import text

from smatrx.extensions import db
from smatrx.models import Account, Session, User
from tests.helpers import csrf_for, make_user, sign_in

PROVIDERS = ["github", "google", "linkedin"]


def start(client, provider: str, *, link: bool = False, next_url: str | None = None):
    """Begin the flow like the browser does; returns the provider's authorize URL."""
    if link:
        response = client.post(
            f"/account/link/{provider}", data={"csrf_token": csrf_for(client, "/account")}
        )
    else:
        response = client.get(f"/auth/{provider}" + (f"?next={next_url}" if next_url else ""))
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    return response.headers["Location"]


def authorize(authorize_url: str) -> str:
    """The provider's authorize step (the person approves); returns our callback path."""
    answer = requests.get(authorize_url, allow_redirects=False, timeout=5)
    assert answer.status_code == 302, answer.text
    callback = urlsplit(answer.headers["Location"])
    return f"{callback.path}?{callback.query}"


def round_trip(client, provider: str, **kwargs):
    return client.get(authorize(start(client, provider, **kwargs)))


def flashed(client) -> str:
    return client.get("/login").get_data(as_text=True)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_first_sign_in_creates_the_user_and_the_account(client, idp, provider):
    response = round_trip(client, provider)
    assert response.status_code == 302
    assert response.headers["Location"] == "/home"

    user = db.session.scalar(db.select(User))
    assert user.email == "grace@example.com"
    assert user.email_verified is not None
    assert user.name == "Grace Hopper"
    assert user.image == "https://avatars.example/grace.png"
    assert user.password_hash is None
    account = db.session.scalar(db.select(Account))
    assert (account.provider, account.type, account.provider_account_id) == (
        provider,
        "oauth",
        "1001",
    )
    assert account.access_token in idp.access_tokens()
    assert account.token_type.lower() == "bearer"
    assert account.scope
    if provider != "github":
        assert account.id_token and account.expires_at
    page = client.get("/account").get_data(as_text=True)
    assert "Linked" in page


@pytest.mark.parametrize("provider", PROVIDERS)
def test_tokens_are_encrypted_at_rest(client, idp, provider):
    round_trip(client, provider)
    raw = db.session.execute(
        text('SELECT access_token, refresh_token, id_token FROM "Account"')
    ).one()
    stored = " ".join(value or "" for value in raw)
    assert stored.startswith("gAAAA")  # Fernet
    for token in idp.access_tokens():
        assert token not in stored


def test_the_authorize_request_carries_state_pkce_and_nonce(client, idp):
    query = parse_qs(urlsplit(start(client, "google")).query)
    assert query["state"][0]
    assert query["nonce"][0]
    assert query["code_challenge_method"] == ["S256"]
    github = parse_qs(urlsplit(start(client, "github")).query)
    assert github["code_challenge_method"] == ["S256"]
    assert github["scope"] == ["read:user user:email"]


def test_github_uses_the_verified_primary_address(client, idp):
    idp.github_public_email = "public@example.com"
    idp.github_emails = [
        {"email": "old@example.com", "primary": False, "verified": True, "visibility": None},
        {"email": "Grace@Example.com", "primary": True, "verified": True, "visibility": "private"},
    ]
    round_trip(client, "github")
    assert db.session.scalar(db.select(User.email)) == "grace@example.com"
    profile = db.session.scalar(db.select(Account.profile))
    assert profile["login"] == "ghopper"
    assert profile["location"] == "Arlington, VA"


def test_a_later_sign_in_refreshes_the_tokens(client, another_client, idp):
    round_trip(client, "google")
    first = db.session.scalar(db.select(Account.access_token))
    round_trip(another_client, "google")
    db.session.expire_all()
    assert db.session.scalar(db.select(db.func.count()).select_from(Account)) == 1
    assert db.session.scalar(db.select(Account.access_token)) != first
    assert db.session.scalar(db.select(db.func.count()).select_from(Session)) == 2


def test_the_first_oauth_account_is_admin(client, idp):
    response = round_trip(client, "github")
    assert response.status_code == 302
    assert db.session.scalar(db.select(User.role)) == "admin"
    assert "so you are this installation" in client.get("/account").get_data(as_text=True)


def test_next_is_kept_and_kept_local(client, idp):
    assert round_trip(client, "github", next_url="/account?x=1").headers["Location"] == (
        "/account?x=1"
    )


def test_a_state_from_another_browser_is_refused(client, another_client, idp):
    callback = authorize(start(client, "github"))
    response = another_client.get(callback)
    assert response.headers["Location"] == "/login"
    assert "does not belong to a sign-in started here" in flashed(another_client)
    assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 0


def test_a_replayed_callback_is_refused(client, idp):
    callback = authorize(start(client, "google"))
    assert client.get(callback).headers["Location"] == "/home"
    client.post("/logout", data={"csrf_token": csrf_for(client, "/account")})
    client.get(callback)
    assert "does not belong to a sign-in started here" in flashed(client)


def test_the_provider_refusing_ends_on_the_sign_in_page(client, idp):
    idp.authorize_error = "access_denied"
    response = round_trip(client, "linkedin")
    assert response.headers["Location"] == "/login"
    assert "Signing in with LinkedIn was cancelled." in flashed(client)


def test_a_failing_token_endpoint_is_explained(client, idp):
    idp.token_status = 500
    assert round_trip(client, "google").headers["Location"] == "/login"
    assert "could not be reached or answered with an error" in flashed(client)


def test_a_slow_token_endpoint_times_out(client, idp):
    idp.token_delay = 1.5  # the test app's OAUTH_TIMEOUT_SECONDS is 1
    assert round_trip(client, "github").headers["Location"] == "/login"
    assert "did not answer in time" in flashed(client)


@pytest.mark.parametrize("mode", ["forged", "expired", "wrong_nonce", "wrong_audience", "missing"])
def test_an_id_token_that_does_not_verify_signs_nobody_in(client, idp, mode):
    idp.id_token_mode = mode
    assert round_trip(client, "google").headers["Location"] == "/login"
    assert "We could not verify Google" in flashed(client)
    assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 0


def test_linkedin_id_tokens_may_carry_the_documented_issuer(client, another_client, idp):
    idp.id_token_issuer["linkedin"] = idp.base_url + "/linkedin"  # LINKEDIN_ISSUER in tests
    assert round_trip(client, "linkedin").headers["Location"] == "/home"
    idp.id_token_issuer["linkedin"] = "https://somebody-else.example"
    assert round_trip(another_client, "linkedin").headers["Location"] == "/login"
    assert "We could not verify LinkedIn" in flashed(another_client)


def test_no_token_reaches_the_log(client, idp, caplog):
    caplog.set_level(logging.DEBUG)
    for provider in PROVIDERS:
        round_trip(client, provider)
        client.post("/logout", data={"csrf_token": csrf_for(client, "/account")})
    idp.token_status = 500
    round_trip(client, "google")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for token in idp.access_tokens():
        assert token not in logged


def test_an_unverified_provider_address_cannot_take_over_an_account(client, idp):
    make_user("grace@example.com")
    idp.identity["email_verified"] = False
    assert round_trip(client, "google").headers["Location"] == "/login"
    assert "Sign in the way you did before" in flashed(client)
    assert db.session.scalar(db.select(db.func.count()).select_from(Account)) == 0


def test_github_without_a_verified_address_gets_a_separate_account(client, idp):
    grace = make_user("grace@example.com")
    idp.github_emails = [
        {"email": "grace@example.com", "primary": True, "verified": False, "visibility": None}
    ]
    assert round_trip(client, "github").headers["Location"] == "/home"
    account = db.session.scalar(db.select(Account))
    assert account.user_id != grace.id
    assert db.session.get(User, account.user_id).email is None


def test_an_unverified_local_account_is_not_linked_either(client, idp):
    make_user("grace@example.com", verified=False)
    assert round_trip(client, "google").headers["Location"] == "/login"
    assert "Sign in the way you did before" in flashed(client)


def test_verified_on_both_sides_links_automatically(client, idp):
    person = make_user("grace@example.com")
    assert round_trip(client, "google").headers["Location"] == "/home"
    account = db.session.scalar(db.select(Account))
    assert account.user_id == person.id
    assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 1


def test_a_deactivated_account_cannot_sign_in_with_a_provider(client, idp):
    person = make_user("grace@example.com", deactivated=True)
    round_trip(client, "google")
    assert db.session.scalar(db.select(db.func.count()).select_from(Session)) == 0
    assert "deactivated" in flashed(client)
    assert person.id


def test_closed_registration_applies_to_oauth_sign_ups(client, another_client, idp, app):
    app.config["REGISTRATION_OPEN"] = False
    try:
        assert round_trip(client, "github").headers["Location"] == "/login"
        assert "invite-only" in flashed(client)
        assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 0
        make_user("grace@example.com")
        assert round_trip(another_client, "github").headers["Location"] == "/home"
    finally:
        app.config["REGISTRATION_OPEN"] = True


def test_link_a_provider_from_the_account_page_and_unlink_it(client, idp):
    make_user("ada@example.com")
    sign_in(client, "ada@example.com")
    response = round_trip(client, "linkedin", link=True)
    assert response.headers["Location"] == "/account"
    page = client.get("/account").get_data(as_text=True)
    assert "LinkedIn is linked" in page
    account = db.session.scalar(db.select(Account))
    assert account.provider == "linkedin"

    token = csrf_for(client, "/account")
    client.post("/account/unlink/linkedin", data={"csrf_token": token})
    assert db.session.scalar(db.select(db.func.count()).select_from(Account)) == 0


def test_a_provider_account_linked_elsewhere_is_not_moved(client, another_client, idp):
    round_trip(client, "google")  # Grace's Google account now belongs to Grace
    make_user("ada@example.com")
    sign_in(another_client, "ada@example.com")
    round_trip(another_client, "google", link=True)
    assert "linked to another account" in another_client.get("/account").get_data(as_text=True)
    owners = db.session.scalars(db.select(Account.user_id)).all()
    assert len(owners) == 1


def test_the_last_way_to_sign_in_cannot_be_unlinked(client, idp):
    round_trip(client, "github")
    token = csrf_for(client, "/account")
    client.post("/account/unlink/github", data={"csrf_token": token})
    page = client.get("/account").get_data(as_text=True)
    assert "GitHub is your only way to sign in" in page
    assert db.session.scalar(db.select(db.func.count()).select_from(Account)) == 1

    round_trip(client, "google", link=True)
    client.post("/account/unlink/github", data={"csrf_token": csrf_for(client, "/account")})
    assert db.session.scalars(db.select(Account.provider)).all() == ["google"]


def test_unknown_or_disabled_providers_are_not_found(client, idp):
    assert client.get("/auth/myspace").status_code == 404
    assert client.get("/auth/myspace/callback").status_code == 404


def test_the_sign_in_page_offers_each_enabled_provider(client, idp):
    html = client.get("/login").get_data(as_text=True)
    for label in ("GitHub", "Google", "LinkedIn"):
        assert f"Continue with {label}" in html
