"""Teams for tests: a committed team with its members, built directly (the routes that
build them are tested on their own)."""

from __future__ import annotations

from smatrx.extensions import db
from smatrx.models import Team, TeamMember, User
from smatrx.teams.services import create_team


def make_team(lead: User, name: str = "Platform", *members: User) -> Team:
    """A committed team led by `lead`, with `members` as plain members."""
    team = create_team(lead, name, None)
    for person in members:
        db.session.add(TeamMember(team_id=team.id, user_id=person.id, role="member"))
    db.session.commit()
    return team
