"""Who may do what with a team: one rule every team route calls.

Non-members get 404 (a team's existence is not disclosed), members read, leads manage,
admins manage every team (without being members)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import abort
from flask_login import current_user
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import Team, TeamMember


@dataclass(frozen=True)
class TeamAccess:
    team: Team
    membership: TeamMember | None  # None for an admin who is not a member
    is_admin: bool

    @property
    def is_member(self) -> bool:
        return self.membership is not None

    @property
    def can_manage(self) -> bool:
        return self.is_admin or (self.membership is not None and self.membership.is_lead)


def team_access(slug: str) -> TeamAccess:
    """The team named by slug as the signed-in person may see it, or 404."""
    row = db.session.execute(
        select(Team, TeamMember)
        .outerjoin(
            TeamMember, (TeamMember.team_id == Team.id) & (TeamMember.user_id == current_user.id)
        )
        .where(Team.slug == slug)
    ).first()
    if row is None:
        abort(404)
    team, membership = row
    is_admin = bool(current_user.is_admin)
    if membership is None and not is_admin:
        abort(404)
    return TeamAccess(team, membership, is_admin)


def managed_team(slug: str) -> TeamAccess:
    """The team, for a lead or an admin; 404 to non-members, 403 to plain members."""
    access = team_access(slug)
    if not access.can_manage:
        abort(403)
    return access
