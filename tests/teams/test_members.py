"""The members page: who is in the team, roles (never the last lead), removing, leaving,
the team's name and deleting it; HTMX swaps of the region; statements per request do not
grow with the team."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import CareerGoal, Team, TeamMember, User
from tests.helpers import HX, hold, make_user, post_form, signed_in
from tests.teams.builders import make_team


def roles(team_id: str) -> dict[str, str]:
    db.session.expire_all()
    rows = db.session.execute(
        select(TeamMember.user_id, TeamMember.role).where(TeamMember.team_id == team_id)
    )
    return dict(rows.all())


def act(client: Any, slug: str, path: str, data: dict | None = None, **kwargs: Any) -> Any:
    return post_form(client, f"/teams/{slug}/members", f"/teams/{slug}/{path}", data, **kwargs)


def test_the_list_shows_every_member_with_role_and_joining_date(
    ada_client: Any, ada: User, member: User, member_client: Any
) -> None:
    team = make_team(ada, "Platform", member)
    html = ada_client.get(f"/teams/{team.slug}/members").get_data(as_text=True)
    assert "Ada Lovelace" in html and "Mo Member" in html and "(you)" in html
    assert ">AL<" in html and ">MM<" in html  # initials where there is no picture
    assert "Lead" in html and "joined" in html
    assert "Invite people" in html and "Make lead" in html and "Delete the team" in html
    # The only lead is told why they cannot leave (and there is no Leave button).
    assert "You are the team's only lead" in html and "Leave Platform</button>" not in html
    plain = member_client.get(f"/teams/{team.slug}/members").get_data(as_text=True)
    assert "Ada Lovelace" in plain and "Leave Platform</button>" in plain
    for lead_only in ("Invite people", "Make lead", "Delete the team", "Pending invitations"):
        assert lead_only not in plain


def test_a_picture_is_shown_only_when_it_is_a_web_address(ada_client: Any, ada: User) -> None:
    bea = make_user("bea@example.com", name="Bea Pic")
    eve = make_user("eve@example.com", name="Eve Script")
    bea.image, eve.image = "https://img.example/bea.png", "javascript:alert(1)"
    team = make_team(ada, "Platform", bea, eve)
    html = ada_client.get(f"/teams/{team.slug}/members").get_data(as_text=True)
    assert 'src="https://img.example/bea.png"' in html
    assert "javascript:" not in html and ">ES<" in html


def test_promote_then_demote_never_the_last_lead(ada_client: Any, ada: User, member: User) -> None:
    team = make_team(ada, "Platform", member)
    assert (
        act(ada_client, team.slug, f"members/{member.id}/role", {"role": "lead"}).status_code == 302
    )
    assert roles(team.id) == {ada.id: "lead", member.id: "lead"}
    response = act(ada_client, team.slug, f"members/{member.id}/role", {"role": "member"})
    assert response.status_code == 302
    assert roles(team.id)[member.id] == "member"
    # Ada demoting herself, the only lead: refused, saying why.
    response = act(ada_client, team.slug, f"members/{ada.id}/role", {"role": "member"})
    assert response.status_code == 409
    assert "A team always needs a lead" in response.get_data(as_text=True)
    assert roles(team.id)[ada.id] == "lead"


@pytest.mark.parametrize(
    ("data", "status"),
    [({"role": "boss"}, 422), ({"role": ["lead", "member"]}, 422), ({}, 422)],
)
def test_a_bad_role_is_refused(
    ada_client: Any, ada: User, member: User, data: dict, status: int
) -> None:
    team = make_team(ada, "Platform", member)
    response = act(ada_client, team.slug, f"members/{member.id}/role", data, headers=HX)
    assert response.status_code == status
    assert roles(team.id)[member.id] == "member"


def test_removing_a_member_and_the_last_lead_rule(
    app: Any, ada_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    response = act(ada_client, team.slug, f"members/{member.id}/remove", headers=HX)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'id="team-members"' in html and "Mo Member is no longer in Platform" in html
    assert "<html" not in html  # the region, not the page
    assert roles(team.id) == {ada.id: "lead"}
    assert act(ada_client, team.slug, f"members/{member.id}/remove").status_code == 404
    response = act(ada_client, team.slug, f"members/{ada.id}/remove")
    assert response.status_code == 409 and "always needs a lead" in response.get_data(as_text=True)
    # A removed member no longer sees the team at all.
    mo = signed_in(app.test_client(), member)
    assert mo.get(f"/teams/{team.slug}/members").status_code == 404


def test_leaving_and_the_last_lead_cannot(
    ada_client: Any, ada: User, member: User, member_client: Any
) -> None:
    team = make_team(ada, "Platform", member)
    response = act(ada_client, team.slug, "leave")
    assert response.status_code == 409
    assert "A team always needs a lead" in response.get_data(as_text=True)
    response = act(member_client, team.slug, "leave")
    assert response.status_code == 302 and response.headers["Location"].endswith("/teams")
    assert roles(team.id) == {ada.id: "lead"}
    assert member_client.get(f"/teams/{team.slug}").status_code == 404
    # With HTMX the whole browser goes to /teams.
    bea = make_user("bea@example.com")
    db.session.add(TeamMember(team_id=team.id, user_id=bea.id, role="member"))
    db.session.commit()
    from flask import current_app

    bea_client = signed_in(current_app.test_client(), bea)
    answer = act(bea_client, team.slug, "leave", headers=HX)
    assert answer.headers["HX-Redirect"].endswith("/teams")


def test_a_lead_may_leave_when_another_leads(ada_client: Any, ada: User, member: User) -> None:
    team = make_team(ada, "Platform", member)
    act(ada_client, team.slug, f"members/{member.id}/role", {"role": "lead"})
    assert act(ada_client, team.slug, "leave").status_code == 302
    assert roles(team.id) == {member.id: "lead"}


def test_plain_members_cannot_manage(
    ada: User, member: User, member_client: Any, smtp_sink: list[Any]
) -> None:
    team = make_team(ada, "Platform", member)
    for path, data in (
        ("invites/email", {"invite-email": "x@example.com"}),
        ("invites/link", {}),
        (f"members/{ada.id}/role", {"role": "member"}),
        (f"members/{ada.id}/remove", {}),
        ("settings", {"team-name": "Mine now"}),
        ("delete", {"delete-confirm_name": "Platform"}),
    ):
        assert act(member_client, team.slug, path, data).status_code == 403, path
    assert roles(team.id) == {ada.id: "lead", member.id: "member"}
    assert db.session.get(Team, team.id).name == "Platform" and smtp_sink == []


def test_renaming_keeps_the_slug(ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    response = act(
        ada_client,
        team.slug,
        "settings",
        {"team-name": "  Core   Platform ", "team-description": "We run it."},
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/teams/platform/members")
    db.session.expire_all()
    renamed = db.session.get(Team, team.id)
    assert (renamed.name, renamed.slug, renamed.description) == (
        "Core Platform",
        "platform",
        "We run it.",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"team-name": ""}, "Give the team a name."),
        ({"team-name": "x" * 81}, "Keep the name to 80"),
        ({"team-name": ["A", "B"]}, "Send one team name, not several."),
        ({"team-name": "Ok", "team-description": "a\x07b"}, "control characters"),
    ],
)
def test_a_bad_team_name_is_answered_next_to_the_field(
    ada_client: Any, ada: User, data: dict, message: str
) -> None:
    team = make_team(ada, "Platform")
    response = act(ada_client, team.slug, "settings", data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Team, team.id).name == "Platform"


@pytest.mark.parametrize(
    "typed", ["", "platform", "Platform!", ["Platform", "Platform"], "Plat\x01form"]
)
def test_deleting_needs_the_name_typed(ada_client: Any, ada: User, typed: Any) -> None:
    team = make_team(ada, "Platform")
    response = act(ada_client, team.slug, "delete", {"delete-confirm_name": typed})
    assert response.status_code == 422
    assert "delete-confirm_name-error" in response.get_data(as_text=True)
    assert db.session.get(Team, team.id) is not None


def test_deleting_the_team_keeps_everyone_s_own_things(
    ada_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    hold(member, "python")
    response = act(ada_client, team.slug, "delete", {"delete-confirm_name": " Platform "})
    assert response.status_code == 302 and response.headers["Location"].endswith("/teams")
    db.session.expire_all()
    assert db.session.get(Team, team.id) is None
    assert roles(team.id) == {}
    assert db.session.get(User, member.id) is not None
    assert ada_client.get(f"/teams/{team.slug}/members").status_code == 404


def test_an_admin_manages_without_being_a_member(
    admin_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    page = admin_client.get(f"/teams/{team.slug}/members").get_data(as_text=True)
    assert "Invite people" in page and "Your membership" not in page
    response = act(admin_client, team.slug, f"members/{member.id}/role", {"role": "lead"})
    assert response.status_code == 302
    assert roles(team.id)[member.id] == "lead"
    answer = act(admin_client, team.slug, "leave")
    assert answer.status_code == 302  # "you are not a member": nothing to leave


def test_a_member_card_shows_what_the_team_sees(ada_client: Any, ada: User, member: User) -> None:
    team = make_team(ada, "Platform", member)
    hold(member, "python", level="expert", interest="less")
    hold(member, "docker", hidden_from_teams=True)
    db.session.add(
        CareerGoal(
            user_id=member.id,
            title="Lead the migration",
            description="secret plan",
            type="project",
            status="active",
            priority="high",
            shared_with_teams=True,
        )
    )
    db.session.commit()
    response = ada_client.get(f"/teams/{team.slug}/members/card?member={member.id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Python" in html and "Expert" in html and "Would rather not" in html
    assert "Lead the migration" in html
    assert "Docker" not in html and "secret plan" not in html and "mo@example.com" not in html
    outsider = make_user("out@example.com")
    assert (
        ada_client.get(f"/teams/{team.slug}/members/card?member={outsider.id}").status_code == 404
    )


def test_statements_do_not_grow_with_the_team(
    app: Any, ada_client: Any, ada: User, statement_counter: Any
) -> None:
    team = make_team(ada, "Platform", *(make_user(f"p{n}@example.com") for n in range(3)))
    from smatrx.teams import invites

    invites.create_link(team, ada)
    db.session.commit()

    def count() -> int:
        statement_counter.reset()
        assert ada_client.get(f"/teams/{team.slug}/members").status_code == 200
        return statement_counter.count

    small = count()
    for n in range(12):
        db.session.add(
            TeamMember(team_id=team.id, user_id=make_user(f"q{n}@example.com").id, role="member")
        )
        invites.create_link(team, ada)
    db.session.commit()
    assert count() == small
    assert small <= 8, statement_counter.statements


def test_a_lead_stepping_down_sees_the_members_page_as_a_member(
    ada_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    act(ada_client, team.slug, f"members/{member.id}/role", {"role": "lead"})
    response = act(ada_client, team.slug, f"members/{ada.id}/role", {"role": "member"}, headers=HX)
    assert response.headers["HX-Redirect"].endswith(f"/teams/{team.slug}/members")
    page = ada_client.get(f"/teams/{team.slug}/members").get_data(as_text=True)
    assert "no longer a lead" in page and "Invite people" not in page
    assert roles(team.id) == {ada.id: "member", member.id: "lead"}
    assert act(ada_client, team.slug, "invites/link").status_code == 403


def test_the_new_link_uses_public_url_when_set(app: Any, ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    app.config["PUBLIC_URL"] = "https://skills.example.org"
    try:
        html = act(ada_client, team.slug, "invites/link").get_data(as_text=True)
    finally:
        app.config["PUBLIC_URL"] = ""
    assert 'value="https://skills.example.org/teams/join/' in html
