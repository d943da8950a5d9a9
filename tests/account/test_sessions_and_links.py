"""The account page tells sessions and linked sign-ins apart: browser and system from the
stored user agent, where each session was last used from (masked address), "This device"
first; a linked Google account shows its address, GitHub its login."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest

from smatrx.account.display import linked_as, masked_ip
from smatrx.auth.oauth.identity import identity_from_github, identity_from_oidc
from smatrx.auth.user_agents import user_agent_summary
from smatrx.extensions import db
from smatrx.models import Account, Session
from smatrx.models.base import utcnow
from tests.helpers import PASSWORD, csrf_for, make_user, post_form

FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)
CHROME_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Mobile Safari/537.36"
)
EDGE_WINDOWS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0"
)
CHROME_MAC = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36"
)

# --- pure ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        (FIREFOX_WINDOWS, "Firefox on Windows"),
        (SAFARI_IPHONE, "Safari on iPhone"),
        (CHROME_ANDROID, "Chrome on Android"),
        (EDGE_WINDOWS, "Edge on Windows"),
        (CHROME_MAC, "Chrome on macOS"),
        (
            "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
            "Firefox on Linux",
        ),
        ("curl/8.5.0", "curl"),
        ("", "Unknown browser"),
        (None, "Unknown browser"),
        ("something odd", "Unknown browser"),
    ],
)
def test_user_agent_summary(agent, expected):
    assert user_agent_summary(agent) == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("203.0.113.57", "203.0.113.x"),
        ("2001:db8:1234:5678::1", "2001:db8:1234::/48"),
        ("2001:db8::1", "2001:db8::/48"),
        ("::ffff:198.51.100.7", "198.51.100.x"),
        (" 10.0.0.1 ", "10.0.0.x"),
        ("not an address", None),
        ("", None),
        (None, None),
    ],
)
def test_masked_ip(address, expected):
    assert masked_ip(address) == expected


@pytest.mark.parametrize(
    ("provider", "profile", "expected"),
    [
        ("github", {"login": "ghopper", "email": "grace@example.com"}, "ghopper"),
        ("google", {"name": "Ada L", "email": "ada.personal@gmail.com"}, "ada.personal@gmail.com"),
        ("linkedin", {"name": "Ada Lovelace"}, "Ada Lovelace"),
        ("google", {"locale": "en"}, None),
        ("google", None, None),
    ],
)
def test_linked_as(provider, profile, expected):
    assert linked_as(provider, profile) == expected


def test_the_stored_profile_keeps_the_linked_address():
    google = identity_from_oidc(
        "google", {"sub": "1", "email": "Ada.Personal@Gmail.com", "email_verified": True}
    )
    assert google.profile["email"] == "ada.personal@gmail.com"
    github = identity_from_github(
        {"id": 7, "login": "ghopper"},
        [{"email": "grace@example.com", "primary": True, "verified": True}],
    )
    assert github.profile == {"login": "ghopper", "email": "grace@example.com"}


# --- the page -----------------------------------------------------------------------------


def _sign_in_from(client: Any, email: str, address: str, agent: str) -> None:
    token = csrf_for(client, "/login")
    response = client.post(
        "/login",
        data={"email": email, "password": PASSWORD, "csrf_token": token},
        environ_base={"REMOTE_ADDR": address},
        headers={"User-Agent": agent},
    )
    assert response.status_code == 302


def test_sessions_are_told_apart(client, another_client, db_session):
    make_user("ada@example.com")
    _sign_in_from(client, "ada@example.com", "203.0.113.57", FIREFOX_WINDOWS)
    _sign_in_from(another_client, "ada@example.com", "2001:db8:1234:5678::9", SAFARI_IPHONE)
    html = another_client.get("/account").get_data(as_text=True)
    items = re.findall(r'<li class="session-item[\s\S]*?</li>', html)
    assert len(items) == 2
    mine, other = items
    assert "Safari on iPhone" in mine and "This device" in mine
    assert 'from <span class="session-address">2001:db8:1234::/48</span>' in mine
    assert 'aria-label="Sign out this device"' in mine
    assert "Firefox on Windows" in other and "This device" not in other
    assert 'from <span class="session-address">203.0.113.x</span>' in other
    assert "203.0.113.57" not in html
    assert re.search(
        r'aria-label="End the session on Firefox on Windows, signed in [^"]+, '
        r'last used from 203\.0\.113\.x"',
        other,
    )


def test_a_session_shows_where_it_was_last_used_from(client, another_client, db_session):
    """A laptop carried from the office to a café: the address follows it when the session
    is renewed (with lastSeenAt, at most every few minutes), not the sign-in's."""
    make_user("ada@example.com")
    _sign_in_from(client, "ada@example.com", "203.0.113.57", FIREFOX_WINDOWS)
    db.session.execute(db.update(Session).values(last_seen_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    client.get("/home", environ_base={"REMOTE_ADDR": "198.51.100.23"})
    assert db.session.scalar(db.select(Session.last_ip)) == "198.51.100.23"
    html = client.get("/account").get_data(as_text=True)
    assert 'from <span class="session-address">198.51.100.x</span>' in html
    assert "203.0.113" not in html


def test_a_session_from_before_addresses_were_kept_shows_no_address(ada_client, ada):
    db.session.execute(db.update(Session).values(user_agent=CHROME_MAC))
    db.session.add(
        Session(
            session_token="x" * 64,
            user_id=ada.id,
            expires=db.session.scalar(db.select(Session.expires)),
            user_agent=FIREFOX_WINDOWS,
        )
    )
    db.session.commit()
    html = ada_client.get("/account").get_data(as_text=True)
    other = re.findall(r'<li class="session-item[\s\S]*?</li>', html)[1]
    assert "Firefox on Windows" in other and "session-address" not in other


def test_linked_accounts_say_which_identity(ada_client, ada):
    db.session.add_all(
        [
            Account(
                user_id=ada.id,
                type="oauth",
                provider="google",
                provider_account_id="g-1",
                profile={"name": "Ada", "email": "ada.personal@gmail.com"},
            ),
            Account(
                user_id=ada.id,
                type="oauth",
                provider="github",
                provider_account_id="7",
                profile={"login": "ada-codes", "email": "ada@example.com"},
            ),
        ]
    )
    db.session.commit()
    html = ada_client.get("/account").get_data(as_text=True)
    methods = html[html.index('id="sign-in-methods"') :].split("</section>")[0]
    assert 'as <span class="linked-identity">ada.personal@gmail.com</span>' in methods
    assert 'as <span class="linked-identity">ada-codes</span>' in methods


def test_a_linked_identity_is_escaped(ada_client, ada):
    db.session.add(
        Account(
            user_id=ada.id,
            type="oauth",
            provider="linkedin",
            provider_account_id="l-1",
            profile={"name": "<script>x</script>"},
        )
    )
    db.session.commit()
    html = ada_client.get("/account").get_data(as_text=True)
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html


def test_the_page_does_not_grow_in_statements_with_sessions(
    client, app, db_session, statement_counter
):
    make_user("ada@example.com")
    _sign_in_from(client, "ada@example.com", "203.0.113.1", CHROME_MAC)

    def count() -> int:
        statement_counter.statements.clear()
        assert client.get("/account").status_code == 200
        return len(statement_counter.statements)

    few = count()
    for number in range(5):
        _sign_in_from(app.test_client(), "ada@example.com", f"198.51.100.{number}", FIREFOX_WINDOWS)
    assert count() == few


def test_ending_another_persons_session_is_not_found(ada_client, another_client, ada):
    make_user("bob@example.com")
    _sign_in_from(another_client, "bob@example.com", "203.0.113.9", FIREFOX_WINDOWS)
    bobs = db.session.scalar(db.select(Session).where(Session.user_id != ada.id))
    response = post_form(ada_client, "/account", f"/account/sessions/{bobs.id}/end")
    assert response.status_code == 404
