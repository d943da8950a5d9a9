"""Delete my account and the admin's erase: one transaction, nothing left that points at
the person but pseudonymised audit entries and the decisions they made; clear refusals;
a failure half-way leaves everything in place."""

from __future__ import annotations

import time
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select, text

from smatrx.auth.reauth import REAUTH_KEY
from smatrx.extensions import db
from smatrx.models import (
    AuditEvent,
    Skill,
    Team,
    TeamMember,
    User,
    UserSkill,
    VerificationRequest,
)
from smatrx.privacy import erase
from tests.helpers import PASSWORD, make_user, post_form, signed_in
from tests.privacy.builders import rich_person

USER_COLUMNS = text(
    "SELECT cl.relname, a.attname FROM pg_constraint c"
    " JOIN pg_class cl ON cl.oid = c.conrelid"
    " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
    " WHERE c.contype = 'f' AND c.confrelid = '\"User\"'::regclass"
)
# Columns that hold a person's id without a foreign key.
UNKEYED_USER_COLUMNS = (
    ("UserSkill", "verifiedBy"),
    ("AuditEvent", "actorId"),
    ("AuditEvent", "subjectId"),
    ("AuditEvent", "entityId"),
)


def references(user_id: str, email: str) -> dict[str, int]:
    """Every row anywhere that still names the person (by id or address)."""
    found: dict[str, int] = {}
    columns = [tuple(row) for row in db.session.execute(USER_COLUMNS).all()]
    columns += [("User", "id"), *UNKEYED_USER_COLUMNS]
    for table, column in columns:
        count = db.session.scalar(
            text(f'SELECT count(*) FROM "{table}" WHERE "{column}" = :uid'), {"uid": user_id}
        )
        if count:
            found[f"{table}.{column}"] = count
    # Any text or JSON column of any table holding the id or the address.
    text_columns = db.session.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'ARRAY')"
        )
    ).all()
    for table, column in text_columns:
        count = db.session.scalar(
            text(
                f'SELECT count(*) FROM "{table}" WHERE "{column}"::text LIKE :id'
                f' OR "{column}"::text ILIKE :email'
            ),
            {"id": f"%{user_id}%", "email": f"%{email}%"},
        )
        if count:
            found[f"{table}.{column} (text)"] = count
    return found


def delete_form(client: Any, email: str, password: str | None = PASSWORD) -> Any:
    data = {"email": email}
    if password is not None:
        data["password"] = password
    return post_form(client, "/account/data", "/account/delete", data)


def test_deleting_my_account_leaves_nothing_that_names_me(
    app: Flask, client: Any, another_client: Any, db_session: Any, smtp_sink: list[Any]
) -> None:
    cast = rich_person()
    person, colleague = cast.person, cast.colleague
    uid, email = person.id, person.email
    alias = erase.pseudonym(uid)
    about_before = db.session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where((AuditEvent.actor_id == uid) | (AuditEvent.subject_id == uid))
    )
    signed_in(client, person)

    response = delete_form(client, email.upper())  # the address, however it is typed
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    db.session.expire_all()

    assert references(uid, email) == {}
    # Kept: the published skill they proposed, the decision they made.
    proposed = db.session.get(Skill, next(iter(cast.ids["Skill"])))
    assert proposed is not None and proposed.proposed_by_id is None
    decided = db.session.scalar(
        select(VerificationRequest).where(VerificationRequest.user_id == colleague.id)
    )
    assert decided.status == "declined" and decided.reviewer_id is None
    verifier = make_user("vera-erase@example.com", "verifier")
    queue = signed_in(another_client, verifier).get("/verifications/queue?tab=history")
    assert "A deleted account" in queue.get_data(as_text=True)
    # Teams: the one she led with a colleague has a new lead; the one she led alone is gone.
    (led,) = cast.ids["led_team"]
    (alone,) = cast.ids["alone_team"]
    assert db.session.get(Team, alone) is None
    lead_roles = db.session.scalars(
        select(TeamMember.role).where(TeamMember.team_id == led, TeamMember.user_id == colleague.id)
    ).all()
    assert lead_roles == ["lead"]
    # The audit log: her entries kept under the pseudonym, without address or browser.
    entries = db.session.scalars(
        select(AuditEvent).where((AuditEvent.actor_id == alias) | (AuditEvent.subject_id == alias))
    ).all()
    assert len(entries) > about_before  # the deletes themselves, and the erase
    assert all(entry.ip is None and entry.user_agent is None for entry in entries)
    user_entries = [e for e in entries if e.entity_type == "User" and e.action == "create"]
    assert user_entries and "name" not in user_entries[0].changes
    (erased,) = [e for e in entries if e.action == "erase"]
    assert erased.actor_id == alias and erased.subject_id == alias
    assert erased.changes["teamsDeleted"] == [alone] and erased.changes["teamsPromoted"] == [led]
    assert erase.pseudonym(uid) == alias and uid not in alias
    # A mail to the address they had.
    assert [message["To"] for message in _wait_for(smtp_sink)] == [email]
    assert "deleted" in _wait_for(smtp_sink)[0]["Subject"]


def _wait_for(received: list[Any]) -> list[Any]:
    for _ in range(50):
        if received:
            break
        time.sleep(0.05)
    return received


def test_a_wrong_address_or_password_deletes_nothing(client: Any, db_session: Any) -> None:
    cast = rich_person("careful@example.com")
    signed_in(client, cast.person)
    response = delete_form(client, "someone@example.com")
    assert response.status_code == 422
    assert "not your account&#39;s email address" in response.get_data(as_text=True)
    response = delete_form(client, cast.person.email, "not my password")
    assert response.status_code == 422
    assert "That is not your password." in response.get_data(as_text=True)
    response = delete_form(client, "")
    assert response.status_code == 422
    assert "Type your email address to confirm." in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, cast.person.id) is not None
    assert client.get("/account").status_code == 200  # still signed in


def test_a_failure_half_way_deletes_nothing(db_session: Any, monkeypatch: Any) -> None:
    cast = rich_person("crash@example.com")
    uid = cast.person.id
    before = references(uid, cast.person.email)

    def crash(*_args: Any) -> int:
        raise RuntimeError("the disk is full")

    # After the user row is deleted and the cascades ran: the worst moment to fail.
    monkeypatch.setattr(erase, "pseudonymise_audit", crash)
    with pytest.raises(RuntimeError):
        erase.erase_account(cast.person, by=cast.person)
    db.session.rollback()
    db.session.expire_all()
    assert references(uid, cast.person.email) == before
    assert db.session.get(Team, next(iter(cast.ids["alone_team"]))) is not None
    assert (
        db.session.scalar(
            select(func.count()).select_from(UserSkill).where(UserSkill.user_id == uid)
        )
        == 2
    )


def test_a_password_less_account_signs_in_again_with_its_provider_first(
    client: Any, db_session: Any, idp: Any
) -> None:
    from tests.auth.test_oauth import authorize, round_trip

    make_user("first@example.com", "admin")  # else Grace would be the first, and last, admin
    assert round_trip(client, "github").status_code == 302  # signs up, no password
    person = db.session.scalar(select(User).where(User.email == "grace@example.com"))
    assert person.password_hash is None
    _onboarded(person)
    page = client.get("/account/data").get_data(as_text=True)
    assert "sign in again with your provider first" in page
    response = delete_form(client, person.email, None)
    assert response.status_code == 422
    assert "Sign in again with your provider first" in response.get_data(as_text=True)

    started = post_form(client, "/account/data", "/account/delete/reauth/github")
    assert started.status_code == 302
    back = client.get(authorize(started.headers["Location"]))
    assert back.status_code == 302 and back.headers["Location"].endswith("/account/data")
    page = client.get("/account/data").get_data(as_text=True)
    assert "You signed in again" in page
    response = delete_form(client, person.email, None)
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, person.id) is None


def _onboarded(person: User) -> None:
    from smatrx.models import Profile
    from smatrx.models.base import utcnow
    from smatrx.profile.steps import STEP_KEYS

    db.session.add(
        Profile(
            user_id=person.id,
            onboarding_steps=dict.fromkeys(STEP_KEYS, "done"),
            onboarding_completed=True,
            onboarding_completed_at=utcnow(),
        )
    )
    db.session.commit()


def test_a_reauth_older_than_ten_minutes_does_not_count(client: Any, db_session: Any) -> None:
    person = make_user("stale-reauth@example.com")
    signed_in(client, person)
    with client.session_transaction() as browser:
        browser[REAUTH_KEY] = time.time() - 601
    person.password_hash = None
    db.session.commit()
    response = delete_form(client, person.email, None)
    assert response.status_code == 422
    assert "Sign in again with your provider first" in response.get_data(as_text=True)


def test_an_admin_erases_someone_but_never_the_last_admin(
    client: Any, db_session: Any, smtp_sink: list[Any]
) -> None:
    admin = make_user("boss@example.com", "admin", name="Bo Boss")
    cast = rich_person("erased-by-admin@example.com")
    uid = cast.person.id
    signed_in(client, admin)
    page = f"/admin/users/{uid}/erase"
    assert "Erase" in client.get("/admin/users").get_data(as_text=True)
    response = post_form(client, page, page, {"email": "wrong@example.com", "password": PASSWORD})
    assert response.status_code == 422
    assert "not this person&#39;s email address" in response.get_data(as_text=True)
    response = post_form(client, page, page, {"email": cast.person.email, "password": "nope"})
    assert response.status_code == 422
    response = post_form(client, page, page, {"email": cast.person.email, "password": PASSWORD})
    assert response.status_code == 302
    db.session.expire_all()
    assert references(uid, "erased-by-admin@example.com") == {}
    (event,) = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "erase")).all()
    assert event.actor_id == admin.id and event.subject_id == erase.pseudonym(uid)
    assert [m["To"] for m in _wait_for(smtp_sink)] == ["erased-by-admin@example.com"]

    # The last admin: refused on their own page and on the admin's, nothing deleted.
    own = f"/admin/users/{admin.id}/erase"
    assert "last admin" in client.get(own).get_data(as_text=True)
    response = post_form(client, own, own, {"email": admin.email, "password": PASSWORD})
    assert response.status_code == 422 and "last admin" in response.get_data(as_text=True)
    assert "last admin" in client.get("/account/data").get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, admin.id) is not None


def test_members_cannot_reach_the_admin_erase(client: Any, db_session: Any) -> None:
    cast = rich_person("reach@example.com")
    signed_in(client, cast.colleague)
    page = f"/admin/users/{cast.person.id}/erase"
    assert client.get(page).status_code == 403
    response = post_form(
        client, "/account", page, {"email": cast.person.email, "password": PASSWORD}
    )
    assert response.status_code == 403
    db.session.expire_all()
    assert db.session.get(User, cast.person.id) is not None
