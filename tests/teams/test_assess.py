"""Lead assessments (/teams/<slug>/assess/<user_skill_id>): history kept newest first, the
member sees the assessment and note, a lead who is a verifier verifies, and every way in is
guarded (404 outside the team, 403 to plain members)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import Notification, SkillAssessment, TeamMember, User, VerificationRequest
from smatrx.teams.holdings import team_holdings
from tests.helpers import HX, hold, make_user, post_form, signed_in
from tests.teams.builders import make_team


def _assess(client: Any, path: str, data: dict, **kwargs: Any) -> Any:
    return post_form(client, path, path, data, **kwargs)


def test_a_lead_assesses_and_the_member_sees_it(
    app: Any, ada_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    row = hold(member, "python", level="intermediate")
    path = f"/teams/{team.slug}/assess/{row.id}"
    first = _assess(
        ada_client,
        path,
        {"assess-level": "advanced", "assess-score": "60", "assess-note": "Led the migration"},
    )
    assert first.status_code == 302
    second = _assess(
        ada_client,
        path,
        {"assess-level": "expert", "assess-note": "@everyone: ships it"},
        headers=HX,
    )
    assert second.status_code == 200 and 'id="assess-body"' in second.get_data(as_text=True)
    rows = db.session.scalars(
        select(SkillAssessment).where(SkillAssessment.user_skill_id == row.id)
    ).all()
    assert sorted((a.level, a.proficiency_score) for a in rows) == [
        ("advanced", 60),
        ("expert", None),
    ]
    assert all(a.assessor_id == ada.id and a.team_id == team.id for a in rows)
    (holding,) = team_holdings(db.session, team.id)
    assert holding.lead_level == "expert"  # the matrix reads the latest
    page = signed_in(app.test_client(), member).get(path)
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert html.index("@everyone: ships it") < html.index("Led the migration")  # newest first
    assert "Save assessment" not in html  # the member reads, never assesses
    told = db.session.scalars(
        select(Notification).where(
            Notification.user_id == member.id, Notification.kind == "team.assessed"
        )
    ).all()
    assert len(told) == 2 and told[0].link == path
    coverage = signed_in(app.test_client(), member).get(f"/teams/{team.slug}/coverage")
    assert "Your skills as your leads see them" in coverage.get_data(as_text=True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"assess-level": "guru"}, "Choose a level from the list"),
        ({"assess-level": "expert", "assess-score": "101"}, "A score is between 0 and 100."),
        ({"assess-level": "expert", "assess-score": "20"}, "A score of 20 is beginner"),
        ({"assess-level": "expert", "assess-note": "x" * 1001}, "Keep the note to 1000"),
        ({"assess-level": "expert", "assess-note": "a\x01"}, "control characters"),
    ],
)
def test_bad_assessments_are_answered_next_to_the_field(
    ada_client: Any, ada: User, member: User, data: dict, message: str
) -> None:
    team = make_team(ada, "Platform", member)
    row = hold(member, "python")
    path = f"/teams/{team.slug}/assess/{row.id}"
    for headers in ({}, HX):
        response = _assess(ada_client, path, data, headers=headers)
        assert response.status_code == 422
        assert message in response.get_data(as_text=True)
    assert db.session.scalar(select(SkillAssessment.id)) is None


def test_who_may_open_and_post_an_assessment(
    app: Any, ada: User, member: User, admin: User
) -> None:
    other = make_user("other@example.com", name="Other Member")
    outsider = make_user("out@example.com", name="Out Sider")
    team = make_team(ada, "Platform", member, other)
    row = hold(member, "python")
    hidden = hold(member, "go", hidden_from_teams=True)
    outsiders_skill = hold(outsider, "rust")
    path = f"/teams/{team.slug}/assess/{row.id}"
    expected = {
        outsider: (404, 404),
        other: (403, 403),
        member: (200, 403),
        ada: (200, 302),
        admin: (200, 302),
    }
    for person, (get_status, post_status) in expected.items():
        browser = signed_in(app.test_client(), person)
        assert browser.get(path).status_code == get_status, person.email
        response = post_form(browser, "/skills", path, {"assess-level": "advanced"})
        assert response.status_code == post_status, person.email
    lead = signed_in(app.test_client(), ada)
    for user_skill_id in (hidden.id, outsiders_skill.id, "no-such-row"):
        assert lead.get(f"/teams/{team.slug}/assess/{user_skill_id}").status_code == 404
        for tail in ("", "/verify", "/review"):
            action = f"/teams/{team.slug}/assess/{user_skill_id}{tail}"
            assert post_form(lead, "/skills", action, {}).status_code == 404, action


def test_a_lead_never_assesses_or_verifies_their_own_skill(ada_client: Any, ada: User) -> None:
    ada.role = "verifier"
    db.session.commit()
    team = make_team(ada, "Platform")
    row = hold(ada, "python")
    path = f"/teams/{team.slug}/assess/{row.id}"
    assert "Save assessment" not in ada_client.get(path).get_data(as_text=True)
    for action in (path, f"{path}/verify", f"{path}/review"):
        assert post_form(ada_client, path, action, {"assess-level": "expert"}).status_code == 403


def test_a_lead_who_is_a_verifier_verifies_from_the_team(
    app: Any, ada: User, member: User, verifier: User
) -> None:
    team = make_team(ada, "Platform", member, verifier)
    db.session.execute(
        TeamMember.__table__.update()
        .where(TeamMember.team_id == team.id, TeamMember.user_id == verifier.id)
        .values(role="lead")
    )
    db.session.commit()
    row = hold(member, "python", level="advanced")
    path = f"/teams/{team.slug}/assess/{row.id}"
    plain_lead = signed_in(app.test_client(), ada)
    assert "Verify at advanced" not in plain_lead.get(path).get_data(as_text=True)
    assert post_form(plain_lead, path, f"{path}/verify", {}).status_code == 403
    vera = signed_in(app.test_client(), verifier)
    assert "Verify at advanced" in vera.get(path).get_data(as_text=True)
    assert post_form(vera, path, f"{path}/verify", {}).status_code == 302
    db.session.refresh(row)
    assert row.verified and row.verified_by == verifier.id and row.source == "manual"
    again = post_form(vera, path, f"{path}/verify", {}, headers=HX)
    assert "already verified" in again.get_data(as_text=True)
    told = db.session.scalars(
        select(Notification.message).where(Notification.user_id == member.id)
    ).all()
    assert any("verified your Python skill" in message for message in told)


def test_verifying_from_the_team_approves_a_pending_request(
    app: Any, ada: User, member: User
) -> None:
    ada.role = "verifier"
    db.session.commit()
    team = make_team(ada, "Platform", member)
    row = hold(member, "go", level="intermediate")
    request = VerificationRequest(
        user_skill_id=row.id, user_id=member.id, level="intermediate", status="pending"
    )
    db.session.add(request)
    db.session.commit()
    lead = signed_in(app.test_client(), ada)
    path = f"/teams/{team.slug}/assess/{row.id}"
    assert post_form(lead, path, f"{path}/verify", {}).status_code == 302
    db.session.refresh(request)
    db.session.refresh(row)
    assert request.status == "approved" and request.reviewer_id == ada.id and row.verified
