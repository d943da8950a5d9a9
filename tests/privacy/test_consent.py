"""Consent (issue 19): recorded at sign-up, asked for again when a text changes (the gate),
granted and withdrawn on the consent page; withdrawing "aggregates" leaves every aggregate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select, text

from smatrx.consent import legal
from smatrx.consent.records import is_granted, set_optional, sharing_with_teams, states
from smatrx.extensions import db
from smatrx.models import Consent, SkillPairStat, SkillStat, User
from smatrx.stats.refresh import refresh_co_holding
from tests.auth.test_oauth import round_trip
from tests.helpers import PASSWORD, catalog_skill, csrf_for, hold, make_user, signed_in


def consents(user_id: str) -> list[tuple[str, str, bool]]:
    rows = db.session.scalars(
        select(Consent)
        .where(Consent.user_id == user_id)
        .order_by(Consent.purpose, Consent.granted_at)
    )
    return [(row.purpose, row.version, row.withdrawn_at is None) for row in rows]


@pytest.fixture
def published(app: Flask) -> dict[str, str]:
    return legal.current_versions(app.config["INSTANCE_PATH"])


@pytest.fixture
def new_terms(app: Flask) -> Any:
    """The operator publishes a new version of the terms in instance/legal/."""
    path = Path(app.config["INSTANCE_PATH"]) / "legal" / "terms.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Version: 2099-01-01\n\n# Terms\n\nNew terms.\n", encoding="utf-8")
    yield "2099-01-01"
    path.unlink()


def register(client: Any, **extra: str) -> Any:
    form = {
        "csrf_token": csrf_for(client, "/register"),
        "email": "new@example.com",
        "password": PASSWORD,
        "confirm": PASSWORD,
        **extra,
    }
    return client.post("/register", data=form)


def test_the_shipped_texts_have_a_version_and_render_escaped() -> None:
    for kind in legal.DOCUMENTS:
        text_ = legal.load(kind, "/nonexistent")
        assert text_.version != legal.MISSING_VERSION and not text_.operator
    assert legal.parse("Version: 3\n# T\n\nbody") == ("3", "# T\n\nbody")
    assert legal.parse("no version here") == (legal.MISSING_VERSION, "no version here")
    assert "<script>" not in legal.render("<script>alert(1)</script> **bold**")


def test_email_sign_up_records_the_terms_and_privacy_versions_shown(client, published):
    page = client.get("/register").get_data(as_text=True)
    assert published["terms"] in page and "/legal/terms" in page
    response = register(
        client, terms_version=published["terms"], privacy_version=published["privacy"]
    )
    assert response.status_code == 200
    user = db.session.scalar(select(User).where(User.email == "new@example.com"))
    assert consents(user.id) == [
        ("privacy", published["privacy"], True),
        ("terms", published["terms"], True),
    ]


def test_a_tampered_version_at_sign_up_is_refused_with_a_message(client, published):
    response = register(client, terms_version="1999-tampered", privacy_version=published["privacy"])
    assert response.status_code == 422
    assert "is not the current one" in response.get_data(as_text=True)
    assert db.session.scalar(select(User).where(User.email == "new@example.com")) is None


@pytest.mark.parametrize("provider", ["github"])
def test_oauth_sign_up_records_the_published_versions(client, idp, provider, published):
    assert round_trip(client, provider).status_code == 302
    user = db.session.scalar(select(User))
    assert {(p, v) for p, v, _ in consents(user.id)} == {
        ("terms", published["terms"]),
        ("privacy", published["privacy"]),
    }
    # No consent gate (the versions are current): onboarding is what comes next.
    assert client.get("/home").headers["Location"].startswith("/onboarding")


def test_someone_who_never_accepted_is_asked_at_their_next_request(client, published):
    person = make_user("old@example.com", accepted_terms=False)
    signed_in(client, person)
    response = client.get("/home")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/account/privacy/accept")
    # The account page stays open (one may leave rather than accept), and signing out.
    assert client.get("/account").status_code == 200
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Please read and accept" in page and published["terms"] in page

    form = {
        "csrf_token": csrf_for(client, "/account/privacy/accept"),
        "terms_version": published["terms"],
        "privacy_version": published["privacy"],
    }
    accepted = client.post("/account/privacy/accept", data=form)
    assert accepted.status_code == 302 and accepted.headers["Location"] == "/home"
    assert client.get("/home").status_code == 200
    assert {p for p, _, live in consents(person.id) if live} == {"terms", "privacy"}


def test_a_new_version_gates_people_who_accepted_the_old_one(ada, ada_client, new_terms):
    response = ada_client.get("/home", headers={"HX-Request": "true"})
    assert (
        response.status_code == 204 and "/account/privacy/accept" in response.headers["HX-Redirect"]
    )

    form = {
        "csrf_token": csrf_for(ada_client, "/account/privacy/accept"),
        "terms_version": "2098-not-this-one",
        "privacy_version": legal.current_versions("/nonexistent")["privacy"],
    }
    refused = ada_client.post("/account/privacy/accept", data=form)
    assert refused.status_code == 409
    assert "is not the current one (version 2099-01-01)" in refused.get_data(as_text=True)
    assert ada_client.get("/home").status_code == 302

    form["terms_version"] = new_terms
    assert ada_client.post("/account/privacy/accept", data=form).status_code == 302
    assert ada_client.get("/home").status_code == 200
    # The history stays: both versions accepted, in order.
    assert [v for p, v, _ in consents(ada.id) if p == "terms"][-1] == new_terms


def test_a_broken_accept_form_gets_a_message(ada, ada_client, new_terms):
    form = {"csrf_token": csrf_for(ada_client, "/account/privacy/accept")}
    response = ada_client.post("/account/privacy/accept", data=form)
    assert response.status_code == 422
    assert "please accept again" in response.get_data(as_text=True)


def test_the_consent_page_shows_defaults_and_records_choices(ada, ada_client):
    page = ada_client.get("/account/privacy").get_data(as_text=True)
    assert "Aggregate statistics" in page and "Sharing with teams" in page
    assert "Generated narratives" not in page  # LLM_* not configured: not offered
    token = csrf_for(ada_client, "/account/privacy")
    assert (
        ada_client.post(
            "/account/privacy/teams", data={"csrf_token": token, "granted": "0"}
        ).status_code
        == 302
    )
    assert not is_granted(db.session, ada.id, "teams")
    assert (
        ada_client.post(
            "/account/privacy/teams", data={"csrf_token": token, "granted": "1"}
        ).status_code
        == 302
    )
    assert is_granted(db.session, ada.id, "teams")
    assert [live for p, _, live in consents(ada.id) if p == "teams"] == [False, True]


@pytest.mark.parametrize(
    ("purpose", "granted", "status"),
    [("terms", "0", 404), ("nonsense", "1", 404), ("narrative", "1", 404), ("teams", "maybe", 422)],
)
def test_bad_choices_get_a_clear_answer(ada, ada_client, purpose, granted, status):
    token = csrf_for(ada_client, "/account/privacy")
    response = ada_client.post(
        f"/account/privacy/{purpose}", data={"csrf_token": token, "granted": granted}
    )
    assert response.status_code == status
    assert "Privacy choices" in response.get_data(as_text=True)
    assert is_granted(db.session, ada.id, "teams")


def _kept(skill_id: str) -> tuple[int, int]:
    stat = db.session.get(SkillStat, skill_id)
    db.session.refresh(stat)
    return stat.holders, stat.advanced


def _counted(skill_id: str) -> int:
    return db.session.scalar(
        text(
            'SELECT count(*) FROM "UserSkill" us JOIN "User" u ON u.id = us."userId" '
            'WHERE us."skillId" = :s AND NOT u."excludedFromAggregates"'
        ),
        {"s": skill_id},
    )


def test_withdrawing_aggregates_leaves_every_aggregate_at_once(ada, ada_client, db_session):
    python, docker = catalog_skill("python"), catalog_skill("docker")
    people = [make_user(f"p{i}@example.com") for i in range(5)]
    for person in [ada, *people]:
        hold(person, "python", level="advanced")
        hold(person, "docker")
    refresh_co_holding(db.session)
    before = _kept(python.id)
    pair = (python.id, docker.id)
    assert db.session.get(SkillPairStat, pair).people == 6

    token = csrf_for(ada_client, "/account/privacy")
    response = ada_client.post(
        "/account/privacy/aggregates", data={"csrf_token": token, "granted": "0"}
    )
    assert response.status_code == 302
    db.session.refresh(ada)
    assert ada.excluded_from_aggregates
    # SkillStat at once (trigger), in the same transaction as the consent.
    assert (
        _kept(python.id) == (before[0] - 1, before[1] - 1) == (_counted(python.id), before[1] - 1)
    )
    # The job-kept ones when rebuilt (enqueued right after the commit).
    refresh_co_holding(db.session)
    db.session.expire_all()
    assert db.session.get(SkillPairStat, pair).people == 5

    # Holdings changed while left out count for nothing.
    hold(ada, "git")
    assert (
        db.session.get(SkillStat, catalog_skill("git").id) is None
        or _counted(catalog_skill("git").id) == _kept(catalog_skill("git").id)[0]
    )

    set_optional(db.session, ada, "aggregates", True, "v")
    db.session.commit()
    assert _kept(python.id) == before
    assert states(db.session, ada.id)["aggregates"].granted


def test_deleting_someone_left_out_keeps_the_counts_right(ada, db_session):
    python = catalog_skill("python")
    other = make_user("other@example.com")
    hold(ada, "python")
    hold(other, "python")
    set_optional(db.session, ada, "aggregates", False, "v")
    db.session.commit()
    assert _kept(python.id)[0] == _counted(python.id)
    db.session.delete(db.session.get(User, ada.id))
    db.session.commit()
    assert _kept(python.id)[0] == _counted(python.id)
    db.session.delete(db.session.get(User, other.id))
    db.session.commit()
    assert _kept(python.id)[0] == _counted(python.id)


def test_the_gate_adds_no_statement_to_a_request(ada, ada_client, statement_counter):
    ada_client.get("/account/privacy")
    statement_counter.statements.clear()
    ada_client.get("/notifications")
    loads = [s for s in statement_counter.statements if '"Consent"' in s]
    assert len(loads) == 1 and '"Session"' in loads[0]


def test_sharing_with_teams_is_on_unless_withdrawn(ada, db_session):
    other = make_user("other@example.com")
    set_optional(db.session, other, "teams", False, "v")
    db.session.commit()
    assert sharing_with_teams(db.session, [ada.id, other.id]) == {ada.id}
    assert sharing_with_teams(db.session, []) == set()
