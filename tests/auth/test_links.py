"""Verification and reset links: signed, expiring, single-use; forged ones refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from smatrx.auth import services, tokens
from smatrx.extensions import db
from smatrx.models import AccountToken, Session, User
from smatrx.models.base import utcnow
from tests.auth.test_register import link_in
from tests.helpers import PASSWORD, csrf_for, main_content, make_user, run_jobs, sign_in


@pytest.fixture
def unverified(db_session):
    return make_user("new@example.com", verified=False)


def verification_path(app, user) -> str:
    with app.test_request_context():
        link = tokens.issue_link(services.VERIFY, user.email, timedelta(hours=1), user_id=user.id)
        db.session.commit()
        return f"/verify/{link.token}"


def test_verification_needs_a_click_then_confirms_and_signs_in(client, app, unverified):
    path = verification_path(app, unverified)
    page = client.get(path)
    assert page.status_code == 200
    assert "Confirm new@example.com" in page.get_data(as_text=True)
    assert db.session.get(User, unverified.id).email_verified is None  # GET changes nothing

    response = client.post(path, data={"csrf_token": csrf_for(client, path)})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, unverified.id).email_verified is not None
    assert client.get("/account").status_code == 200


def test_a_used_link_cannot_be_used_again(client, another_client, app, unverified):
    path = verification_path(app, unverified)
    client.post(path, data={"csrf_token": csrf_for(client, path)})
    again = another_client.get(path)
    assert again.status_code == 400
    assert "already been used" in again.get_data(as_text=True)


def test_an_expired_link_is_refused(client, app, unverified):
    path = verification_path(app, unverified)
    db.session.execute(db.update(AccountToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()
    response = client.get(path)
    assert response.status_code == 400
    assert "expired" in response.get_data(as_text=True)


@pytest.mark.parametrize("tamper", ["forged", "other-purpose", "truncated"])
def test_forged_or_altered_links_are_refused(client, app, unverified, tamper):
    with app.test_request_context():
        reset = tokens.issue_link(services.RESET, unverified.email, timedelta(hours=1))
        verify = tokens.issue_link(services.VERIFY, unverified.email, timedelta(hours=1))
        db.session.commit()
    token = {
        "forged": "InNvbWV0aGluZyI.forgedsignature",
        "other-purpose": reset.token,  # a reset link's token presented as a verification link
        "truncated": verify.token[:-3],
    }[tamper]
    response = client.get(f"/verify/{token}")
    assert response.status_code == 400
    assert "not valid" in response.get_data(as_text=True)


def test_unverified_account_is_sent_a_new_link_at_sign_in(client, unverified, smtp_sink):
    response = sign_in(client, "new@example.com")
    assert response.status_code == 200
    assert "confirm your address before you sign in" in response.get_data(as_text=True)
    assert smtp_sink[0]["Subject"] == "Confirm your email address"
    assert db.session.scalar(db.select(db.func.count()).select_from(Session)) == 0


def test_resend_page_never_reveals_anything(client, unverified, smtp_sink):
    pages = []
    for email in ("new@example.com", "nobody@example.com"):
        token = csrf_for(client, "/verify")
        pages.append(client.post("/verify", data={"csrf_token": token, "email": email}))
    assert [p.status_code for p in pages] == [200, 200]
    assert [m["To"] for m in smtp_sink] == ["new@example.com"]


def test_reset_request_never_reveals_whether_an_address_has_an_account(client, app, smtp_sink):
    make_user("known@example.com")
    pages = []
    for email in ("known@example.com", "unknown@example.com"):
        token = csrf_for(client, "/reset")
        response = client.post("/reset", data={"csrf_token": token, "email": email})
        assert response.status_code == 200
        pages.append(main_content(response, email))
    assert pages[0] == pages[1]
    assert smtp_sink == []  # the mail is the job's
    run_jobs(app)
    assert [m["To"] for m in smtp_sink] == ["known@example.com"]


def test_reset_sets_the_password_and_ends_every_other_session(
    client, another_client, app, smtp_sink
):
    make_user("reset@example.com")
    sign_in(another_client, "reset@example.com")
    assert another_client.get("/account").status_code == 200

    token = csrf_for(client, "/reset")
    client.post("/reset", data={"csrf_token": token, "email": "reset@example.com"})
    run_jobs(app)
    path = link_in(smtp_sink[-1])
    form = client.get(path)
    assert "Choose a new password" in form.get_data(as_text=True)
    weak = client.post(
        path,
        data={
            "csrf_token": csrf_for(client, path),
            "password": "reset@example.com",
            "confirm": "reset@example.com",
        },
    )
    assert weak.status_code == 422
    new_password = "a brand new passphrase"
    done = client.post(
        path,
        data={
            "csrf_token": csrf_for(client, path),
            "password": new_password,
            "confirm": new_password,
        },
    )
    assert done.status_code == 302
    assert client.get("/account").status_code == 200  # signed in with a fresh session
    assert another_client.get("/account").status_code == 302  # the other one is gone
    assert db.session.scalar(db.select(db.func.count()).select_from(Session)) == 1
    reused = client.get(path)
    assert "already been used" in reused.get_data(as_text=True)
    client.post("/logout", data={"csrf_token": csrf_for(client, "/account")})
    assert sign_in(client, "reset@example.com", PASSWORD).status_code == 422
    assert sign_in(client, "reset@example.com", new_password).status_code == 302


def test_the_reset_answer_takes_as_long_for_an_unknown_address(client, redis_conn):
    """Timing no longer tells addresses apart: over interleaved pairs, the known address is
    slower about half the time (it was 97 % when the lookup and the mail ran in the request),
    and the medians are close."""
    import statistics
    import time

    make_user("known@example.com")
    token = csrf_for(client, "/reset")

    def timed(email: str) -> float:
        started = time.perf_counter()
        client.post("/reset", data={"csrf_token": token, "email": email})
        return time.perf_counter() - started

    for email in ("known@example.com", "nobody@example.com"):  # warm up both paths
        timed(email)
    pairs = [(timed("known@example.com"), timed("nobody@example.com")) for _ in range(40)]
    slower = sum(known > unknown for known, unknown in pairs) / len(pairs)
    medians = [statistics.median(side) for side in zip(*pairs, strict=True)]
    assert 0.2 <= slower <= 0.8, slower
    assert abs(medians[0] - medians[1]) < 0.5 * max(medians), medians
