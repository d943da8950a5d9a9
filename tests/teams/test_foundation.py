"""The teams' foundation: creating a team, who sees it, the last-lead rule, and what the
team's rows show of a person (never a hidden skill)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import TeamMember, User
from smatrx.teams.holdings import team_holdings, team_members
from smatrx.teams.services import TeamRuleError, ensure_not_last_lead
from tests.helpers import hold, make_user, post_form, signed_in
from tests.teams.builders import make_team


def test_creating_a_team_makes_me_its_lead(ada_client: Any, ada: User) -> None:
    response = post_form(
        ada_client, "/teams/new", "/teams/new", {"name": "  Platform   team ", "description": ""}
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/teams/platform-team/members")
    membership = db.session.scalar(select(TeamMember).where(TeamMember.user_id == ada.id))
    assert membership.role == "lead"
    page = ada_client.get("/teams").get_data(as_text=True)
    assert "Platform team" in page and "Lead" in page


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "Give the team a name."), ("x" * 81, "Keep the name to 80"), ("a\x01b", "control")],
)
def test_a_bad_team_name_is_answered_next_to_the_field(
    ada_client: Any, name: str, message: str
) -> None:
    response = post_form(ada_client, "/teams/new", "/teams/new", {"name": name})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)


def test_a_name_sent_twice_is_refused(ada_client: Any) -> None:
    from tests.helpers import csrf_for

    token = csrf_for(ada_client, "/teams/new")
    response = ada_client.post("/teams/new", data={"csrf_token": token, "name": ["One", "Two"]})
    assert response.status_code == 422
    assert "Send one team name, not several." in response.get_data(as_text=True)


def test_slugs_never_take_the_paths_under_teams(ada: User) -> None:
    assert make_team(ada, "New").slug == "new-team"
    assert make_team(ada, "Who knows").slug == "who-knows-team"
    assert make_team(ada, "Platform").slug == "platform"
    assert make_team(ada, "Platform").slug == "platform-2"


def test_when_only_admins_may_create_teams(app: Any, ada_client: Any, admin: User) -> None:
    app.config["TEAMS_CREATE"] = "admins"
    try:
        assert ada_client.get("/teams/new").status_code == 403
        assert "New team" not in ada_client.get("/teams").get_data(as_text=True)
    finally:
        app.config["TEAMS_CREATE"] = "everyone"


def test_non_members_get_404_members_read_admins_manage(
    app: Any, ada: User, member: User, admin: User
) -> None:
    team = make_team(ada, "Platform")
    outsider = make_user("out@example.com", name="Out Sider")
    for person, status in ((outsider, 404), (member, 404), (ada, 200), (admin, 200)):
        browser = signed_in(app.test_client(), person)
        assert browser.get(f"/teams/{team.slug}").status_code == status, person.email
    assert signed_in(app.test_client(), outsider).get("/teams/no-such-team").status_code == 404


def test_the_last_lead_cannot_step_down(ada: User, member: User) -> None:
    team = make_team(ada, "Platform", member)
    lead = db.session.scalar(
        select(TeamMember).where(TeamMember.team_id == team.id, TeamMember.user_id == ada.id)
    )
    with pytest.raises(TeamRuleError, match="always needs a lead"):
        ensure_not_last_lead(lead)
    other = db.session.scalar(
        select(TeamMember).where(TeamMember.team_id == team.id, TeamMember.user_id == member.id)
    )
    other.role = "lead"
    db.session.flush()
    ensure_not_last_lead(lead)  # someone else leads too now


def test_the_team_sees_every_skill_but_the_hidden_ones(ada: User, member: User) -> None:
    team = make_team(ada, "Platform", member)
    hold(ada, "python", level="expert")
    hidden = hold(member, "docker", level="advanced")
    hold(member, "python", level="beginner")
    hidden.hidden_from_teams = True
    db.session.commit()
    rows = {(h.user_id, h.skill_slug, h.level) for h in team_holdings(db.session, team.id)}
    assert rows == {(ada.id, "python", "expert"), (member.id, "python", "beginner")}
    assert [m.name for m in team_members(db.session, team.id)] == ["Ada Lovelace", "Mo Member"]


def test_a_member_who_stops_sharing_with_teams_shows_no_skills(ada: User, member: User) -> None:
    from smatrx.models import Consent
    from smatrx.models.base import utcnow

    team = make_team(ada, "Platform", member)
    hold(ada, "python", level="expert")
    hold(member, "docker", level="advanced")
    db.session.add(
        Consent(
            user_id=member.id,
            purpose="teams",
            version="1",
            granted_at=utcnow(),
            withdrawn_at=utcnow(),
        )
    )
    db.session.commit()
    users = {h.user_id for h in team_holdings(db.session, team.id)}
    assert users == {ada.id}
    db.session.add(Consent(user_id=member.id, purpose="teams", version="1", granted_at=utcnow()))
    db.session.commit()
    users = {h.user_id for h in team_holdings(db.session, team.id)}
    assert users == {ada.id, member.id}
