"""Invitations: send (the link is shown to the admin), list the pending ones, revoke."""

from __future__ import annotations

import logging
import re
from datetime import timedelta

from sqlalchemy import select

from smatrx.auth import tokens
from smatrx.auth.services import INVITE
from smatrx.extensions import db
from smatrx.models import AccountToken
from smatrx.models.base import utcnow
from tests.helpers import csrf_for, csrf_from

LINK = re.compile(r'value="(http://localhost/register\?invite=[^"]+)"')


def _invite(client, email):
    token = csrf_for(client, "/admin/invites")
    return client.post("/admin/invites", data={"csrf_token": token, "email": email})


def _invites_for(email):
    return db.session.scalars(
        select(AccountToken).where(AccountToken.purpose == INVITE, AccountToken.email == email)
    ).all()


def test_the_page_has_the_form_and_says_whether_registration_is_open(
    app, admin_client, admin, monkeypatch
):
    html = admin_client.get("/admin/invites").get_data(as_text=True)
    assert "<h1>Invitations</h1>" in html
    assert '<label for="email">Email address' in html
    assert "Registration is open" in html
    assert "No pending invitations" in html

    monkeypatch.setitem(app.config, "REGISTRATION_OPEN", False)
    html = admin_client.get("/admin/invites").get_data(as_text=True)
    assert "Registration is closed" in html
    assert "Only people you invite can create an account." in html


def test_an_invitation_is_created_mailed_and_its_link_shown_once(admin_client, admin, caplog):
    caplog.set_level(logging.INFO, logger="smatrx.mail")
    response = _invite(admin_client, "  New.Person@Example.com ")
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/invites"

    (row,) = _invites_for("new.person@example.com")
    assert row.created_by_id == admin.id
    assert row.used_at is None
    assert row.expires_at > utcnow() + timedelta(days=6)
    assert "No MAIL_SERVER configured; mail to new.person@example.com" in caplog.text

    html = admin_client.get("/admin/invites").get_data(as_text=True)
    assert "Invitation created for new.person@example.com." in html
    assert "No mail server is configured" in html
    url = LINK.search(html).group(1)
    assert url in caplog.text  # the link shown is the link mailed
    pending = html[html.index(f'id="invite-{row.id}"') :].split("</tr>")[0]
    assert "new.person@example.com" in pending and "Ada Admin" in pending
    assert "Revoke" in pending

    # The link is shown once; the pending list stays.
    again = admin_client.get("/admin/invites").get_data(as_text=True)
    assert LINK.search(again) is None
    assert f'id="invite-{row.id}"' in again

    # And it really opens the registration form for that address.
    register = admin_client.application.test_client().get(url.removeprefix("http://localhost"))
    assert register.status_code == 200
    assert 'value="new.person@example.com"' in register.get_data(as_text=True)


def test_inviting_an_address_with_an_account_is_a_field_error(admin_client, admin, member):
    response = _invite(admin_client, member.email)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "That address already has an account." in html
    assert 'aria-invalid="true"' in html
    assert _invites_for(member.email) == []


def test_an_invalid_address_is_a_field_error(admin_client, admin):
    response = _invite(admin_client, "not an address")
    assert response.status_code == 422
    assert "Enter a valid email address." in response.get_data(as_text=True)


def test_revoking_makes_the_link_unusable(admin_client, admin):
    _invite(admin_client, "maybe@example.com")
    html = admin_client.get("/admin/invites").get_data(as_text=True)
    url = LINK.search(html).group(1).removeprefix("http://localhost")
    (row,) = _invites_for("maybe@example.com")

    response = admin_client.post(
        f"/admin/invites/{row.id}/revoke", data={"csrf_token": csrf_from(html)}
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(AccountToken, row.id).used_at is not None
    html = admin_client.get("/admin/invites").get_data(as_text=True)
    assert "The invitation for maybe@example.com is revoked" in html
    assert f'id="invite-{row.id}"' not in html
    assert admin_client.application.test_client().get(url).status_code == 400

    again = admin_client.post(
        f"/admin/invites/{row.id}/revoke", data={"csrf_token": csrf_from(html)}
    )
    assert again.status_code == 404


def test_used_expired_and_other_links_are_not_pending(admin_client, admin, member):
    used = tokens.issue_link(INVITE, "used@example.com", timedelta(days=7)).row
    used.used_at = utcnow()
    expired = tokens.issue_link(INVITE, "expired@example.com", timedelta(days=7)).row
    expired.expires_at = utcnow() - timedelta(minutes=1)
    reset = tokens.issue_link("reset-password", member.email, timedelta(hours=1)).row
    db.session.commit()

    html = admin_client.get("/admin/invites").get_data(as_text=True)
    assert "No pending invitations" in html
    token = csrf_from(html)
    for row in (used, expired, reset):
        response = admin_client.post(f"/admin/invites/{row.id}/revoke", data={"csrf_token": token})
        assert response.status_code == 404
