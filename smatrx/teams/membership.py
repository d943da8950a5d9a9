"""Membership writes of the members page — remove, promote or demote, leave, rename and
delete the team — and what a team sees of one person (the join page shows it before they
join; a member's card shows it after).

The last-lead rule has one home (services.ensure_not_last_lead): every change that could
leave a team without a lead goes through it. Services flush; the request commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import delete, select
from sqlalchemy.orm import contains_eager, joinedload

from smatrx.extensions import db
from smatrx.models import CareerGoal, Skill, SkillCategory, Team, TeamMember, User, UserSkill
from smatrx.profile.routes import avatar_colour, avatar_image, initials
from smatrx.teams.services import ensure_not_last_lead

# Goals a person may share that a team sees (a cancelled goal is not shown).
SHOWN_GOAL_STATUSES = ("active", "paused", "completed")


@dataclass(frozen=True)
class Avatar:
    image: str | None  # the provider's picture (a web address), else initials
    initials: str
    colour: int


def avatar(user_id: str, name: str, image: str | None) -> Avatar:
    """The profile page's avatar rule for someone known by id, name and picture."""
    person = SimpleNamespace(id=user_id, name=name, email=None, image=image)
    return Avatar(avatar_image(person), initials(person), avatar_colour(person))  # type: ignore[arg-type]


# --- what a team sees of a person ---------------------------------------------------------


@dataclass(frozen=True)
class SeenSkill:
    name: str
    category: str
    level: str
    score: int | None
    verified: bool
    verified_at: datetime | None
    last_used: datetime | None
    interest: str | None


@dataclass(frozen=True)
class SeenByTeams:
    name: str
    avatar: Avatar
    skills: list[SeenSkill]  # by category, then name
    goals: list[CareerGoal]  # shared ones, with skill and role loaded
    hidden: int  # skills kept from the teams


def seen_by_teams(user: User) -> SeenByTeams:
    """Everything a team of this person's sees of them, in two statements: their name and
    picture, the skills they have not hidden (level, score, verification, last use,
    interest) and the goals they share (title, target, status, progress; never the
    goal's notes). Never their email, salary, links or notes."""
    rows = db.session.scalars(
        select(UserSkill)
        .join(UserSkill.skill)
        .join(Skill.category)
        .options(contains_eager(UserSkill.skill).contains_eager(Skill.category))
        .where(UserSkill.user_id == user.id)
        .order_by(SkillCategory.name, Skill.name)
    ).all()
    skills = [
        SeenSkill(
            name=row.skill.name,
            category=row.skill.category.name,
            level=row.level,
            score=row.proficiency_score,
            verified=row.verified,
            verified_at=row.verified_at,
            last_used=row.last_used,
            interest=row.interest,
        )
        for row in rows
        if not row.hidden_from_teams
    ]
    goals = list(
        db.session.scalars(
            select(CareerGoal)
            .options(joinedload(CareerGoal.skill), joinedload(CareerGoal.role))
            .where(
                CareerGoal.user_id == user.id,
                CareerGoal.shared_with_teams.is_(True),
                CareerGoal.status.in_(SHOWN_GOAL_STATUSES),
            )
            .order_by(CareerGoal.status, CareerGoal.created_at)
        ).unique()
    )
    return SeenByTeams(
        name=user.display_name,
        avatar=avatar(user.id, user.display_name, user.image),
        skills=skills,
        goals=goals,
        hidden=len(rows) - len(skills),
    )


# --- changing who is in the team ----------------------------------------------------------


def member_of(team: Team, user_id: str) -> TeamMember | None:
    """The person's membership of the team, locked until the commit (two leads acting on
    one member at once take turns)."""
    return db.session.scalar(
        select(TeamMember)
        .where(TeamMember.team_id == team.id, TeamMember.user_id == user_id)
        .with_for_update()
    )


def remove(membership: TeamMember) -> None:
    """Take the person out of the team (leaving is the same); never the last lead."""
    ensure_not_last_lead(membership)
    db.session.execute(delete(TeamMember).where(TeamMember.id == membership.id))
    db.session.flush()


def set_role(membership: TeamMember, role: str) -> bool:
    """Make the member a lead or a plain member; True when the role changed. A lead stepping
    down must leave another lead behind."""
    if membership.role == role:
        return False
    if role != "lead":
        ensure_not_last_lead(membership)
    membership.role = role
    db.session.flush()
    return True


def rename(team: Team, name: str, description: str | None) -> None:
    """New name and description. The slug stays: links to the team keep working."""
    team.name = name
    team.description = description or None
    db.session.flush()


def delete_team(team: Team) -> None:
    """The team with its members, invitations and targets (the database cascades); the
    members' own skills and goals are theirs and stay."""
    db.session.execute(delete(Team).where(Team.id == team.id))
    db.session.flush()
