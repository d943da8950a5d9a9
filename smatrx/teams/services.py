"""Team writes shared by the routes: create a team, and the membership rules (the last lead
can never leave or be demoted). Services flush; the request commits (smatrx.transaction)."""

from __future__ import annotations

from flask import current_app
from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.models import Team, TeamMember, User
from smatrx.slugs import slugify, unique_slug


class TeamRuleError(ValueError):
    """A membership change the rules refuse; the message is for the person."""


def may_create_teams(user: User) -> bool:
    return current_app.config["TEAMS_CREATE"] == "everyone" or bool(user.is_admin)


# Paths under /teams that a team's slug must not take.
RESERVED_SLUGS = frozenset({"new", "join", "who-knows"})


def team_slug(name: str) -> str:
    if slugify(name, "team") in RESERVED_SLUGS:
        name = f"{name} team"
    return unique_slug(db.session, Team, name, fallback="team")


def create_team(creator: User, name: str, description: str | None) -> Team:
    """A new team with its creator as its first lead."""
    team = Team(
        name=name,
        slug=team_slug(name),
        description=description or None,
        created_by_id=creator.id,
    )
    db.session.add(team)
    db.session.flush()
    db.session.add(TeamMember(team_id=team.id, user_id=creator.id, role="lead"))
    db.session.flush()
    return team


def lead_count(team_id: str) -> int:
    return (
        db.session.scalar(
            select(func.count())
            .select_from(TeamMember)
            .where(TeamMember.team_id == team_id, TeamMember.role == "lead")
        )
        or 0
    )


def ensure_not_last_lead(membership: TeamMember) -> None:
    """Raise unless someone else leads the team too (a team always keeps a lead). Locks
    the team's lead rows so two leads stepping down at once cannot both pass."""
    if not membership.is_lead:
        return
    others = db.session.scalars(
        select(TeamMember.id)
        .where(
            TeamMember.team_id == membership.team_id,
            TeamMember.role == "lead",
            TeamMember.id != membership.id,
        )
        .with_for_update()
    ).all()
    if not others:
        raise TeamRuleError(
            "A team always needs a lead: make someone else a lead first (or delete the team)."
        )


def my_teams(user_id: str) -> list[tuple[Team, str, int]]:
    """(team, my role, member count) for every team the person belongs to, by name."""
    count = (
        select(func.count())
        .select_from(TeamMember)
        .where(TeamMember.team_id == Team.id)
        .correlate(Team)
        .scalar_subquery()
    )
    rows = db.session.execute(
        select(Team, TeamMember.role, count)
        .join(TeamMember, TeamMember.team_id == Team.id)
        .where(TeamMember.user_id == user_id)
        .order_by(func.lower(Team.name), Team.slug)
    )
    return [(team, role, members) for team, role, members in rows]
