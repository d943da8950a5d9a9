"""Every team route, walked as a non-member, a plain member, a lead and an admin. The rules
are read from app.url_map (whatever is under /teams/<slug>), so a route added later is
walked too: non-members get 404 on every method (the team's existence is not disclosed),
nobody ever gets a 5xx, and the lead's actions answer 403 to a plain member."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import Team, TeamMember, User
from smatrx.teams import invites
from tests.helpers import HX, csrf_for, hold, make_user, signed_in
from tests.teams.builders import make_team

# The members page's actions that only a lead (or an admin) may take.
LEAD_ONLY = {
    "teams.invite_email",
    "teams.invite_link",
    "teams.withdraw_invite",
    "teams.change_role",
    "teams.remove_member",
    "teams.team_settings",
    "teams.delete_team",
}
METHODS = ("GET", "POST")


def team_rules(app: Flask) -> list[Any]:
    rules = [rule for rule in app.url_map.iter_rules() if rule.rule.startswith("/teams/<slug>")]
    assert len(rules) >= 12, [rule.rule for rule in rules]  # the foundation's and ours
    return sorted(rules, key=lambda rule: rule.rule)


class Walk:
    """A team (lead Ada, members Mo and a bystander) kept as it is between requests: a
    request that changed it (someone left, was removed or demoted) is undone before the
    next."""

    def __init__(self, lead: User, member: User) -> None:
        self.lead, self.member = lead, member
        self.bystander = make_user("bystander@example.com", name="By Stander")
        self.team = make_team(lead, "Walked", member, self.bystander)
        self.slug, self.team_id = self.team.slug, self.team.id
        self.values = {
            "slug": self.slug,
            "user_id": self.bystander.id,
            "invite_id": invites.create_link(self.team, lead).invite.id,
            "user_skill_id": hold(member, "python").id,
            "token": "not-a-token",
        }
        db.session.commit()

    def path(self, rule: Any) -> str:
        values = {name: self.values.get(name, "no-such-thing") for name in rule.arguments}
        # Query arguments a page reads (the member card's ?member=) come along.
        return rule.build({**values, "member": self.member.id}, append_unknown=True)[1]

    def repair(self) -> None:
        db.session.rollback()
        db.session.expire_all()
        assert db.session.get(Team, self.team_id) is not None, "the walk deleted the team"
        wanted = {self.lead.id: "lead", self.member.id: "member", self.bystander.id: "member"}
        rows = db.session.scalars(select(TeamMember).where(TeamMember.team_id == self.team_id))
        present = {row.user_id: row for row in rows}
        for user_id, role in wanted.items():
            if user_id in present:
                present[user_id].role = role
            else:
                db.session.add(TeamMember(team_id=self.team_id, user_id=user_id, role=role))
        db.session.commit()

    def answers(self, app: Flask, client: Any) -> list[tuple[str, str, str, int]]:
        """(endpoint, method, how, status) for every team rule and method it serves."""
        token = csrf_for(client, "/teams")
        seen = []
        for rule in team_rules(app):
            path = self.path(rule)
            for method in METHODS:
                if method not in (rule.methods or ()):
                    continue
                for how, headers in (("page", {}), ("region", HX)):
                    if method == "GET":
                        response = client.get(path, headers=headers)
                    else:
                        response = client.post(path, data={"csrf_token": token}, headers=headers)
                    seen.append((rule.endpoint, method, how, response.status_code))
                    self.repair()
        return seen


@pytest.fixture
def walk(ada: User, member: User) -> Walk:
    return Walk(ada, member)


def test_a_non_member_gets_404_everywhere(app: Flask, walk: Walk) -> None:
    outsider = signed_in(app.test_client(), make_user("out@example.com", name="Out Sider"))
    wrong = [answer for answer in walk.answers(app, outsider) if answer[3] != 404]
    assert wrong == []


def test_a_member_reads_and_gets_403_on_lead_actions(app: Flask, walk: Walk, member: User) -> None:
    answers = walk.answers(app, signed_in(app.test_client(), member))
    assert [a for a in answers if a[3] >= 500] == []
    assert [a for a in answers if a[0] in LEAD_ONLY and a[3] != 403] == []
    reads = {a[0]: a[3] for a in answers if a[1] == "GET" and a[2] == "page"}
    assert reads["teams.members"] == 200 and reads["teams.matrix"] == 200
    assert reads["teams.member_card"] == 200


@pytest.mark.parametrize("who", ["lead", "admin"])
def test_a_lead_and_an_admin_never_meet_a_5xx(
    app: Flask, walk: Walk, ada: User, admin: User, who: str
) -> None:
    person = ada if who == "lead" else admin
    answers = walk.answers(app, signed_in(app.test_client(), person))
    assert [a for a in answers if a[3] >= 500] == []
    assert [a for a in answers if a[0] in LEAD_ONLY and a[3] == 403] == []
    reads = {a[0]: a[3] for a in answers if a[1] == "GET" and a[2] == "page"}
    assert reads["teams.members"] == 200


def test_an_unknown_team_is_404_for_everyone_even_an_admin(app: Flask, admin_client: Any) -> None:
    token = csrf_for(admin_client, "/teams")
    for rule in team_rules(app):
        values = dict.fromkeys(rule.arguments, "no-such-team")
        path = rule.build(values, append_unknown=False)[1]
        if "GET" in (rule.methods or ()):
            assert admin_client.get(path).status_code == 404, path
        if "POST" in (rule.methods or ()):
            assert admin_client.post(path, data={"csrf_token": token}).status_code == 404, path


def test_a_member_card_of_someone_outside_the_team_is_404(
    app: Flask, walk: Walk, member: User
) -> None:
    mo = signed_in(app.test_client(), member)
    stranger = make_user("stranger@example.com")
    card = f"/teams/{walk.slug}/members/card"
    assert mo.get(f"{card}?member={stranger.id}").status_code == 404
    assert mo.get(f"{card}?member={'x' * 500}").status_code == 404
    assert mo.get(card).status_code == 404
    assert mo.get(f"{card}?member={member.id}&member=x").status_code == 200  # the first
    assert mo.get(f"{card}?member={walk.bystander.id}").status_code == 200
