"""What a team sees of its members: the members, and every skill they hold that they have
not hidden from their teams, with the latest lead assessment of it. Two statements for a
whole team, whatever its size: the matrix, who-knows, coverage and the exports all read
these rows (pure code turns them into views)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, Select, func, select, true
from sqlalchemy.dialects.postgresql import aggregate_order_by, array, distinct_on
from sqlalchemy.orm import Session, aliased

from smatrx.models import (
    Skill,
    SkillAssessment,
    SkillCategory,
    Team,
    TeamMember,
    User,
    UserSkill,
)


@dataclass(frozen=True)
class Member:
    user_id: str
    name: str
    image: str | None
    role: str
    joined_at: datetime

    @property
    def is_lead(self) -> bool:
        return self.role == "lead"


@dataclass(frozen=True)
class Holding:
    user_skill_id: str
    user_id: str
    skill_id: str
    skill_name: str
    skill_slug: str
    category_slug: str
    category_name: str
    level: str
    score: int | None
    verified: bool
    verified_by: str | None
    last_used: datetime | None
    rated_at: datetime  # when the person last set the rating (edited, else the row's update)
    interest: str | None
    lead_level: str | None
    lead_score: int | None
    lead_note: str | None
    lead_at: datetime | None
    verified_by_name: str | None = None  # the verifier's display name, when still known


def display_name(user: User) -> str:
    return user.name or (user.email or "").split("@")[0] or "Someone"


def team_members(session: Session, team_id: str) -> list[Member]:
    rows = session.execute(
        select(TeamMember, User)
        .join(User, User.id == TeamMember.user_id)
        .where(TeamMember.team_id == team_id)
        .order_by(User.name, User.email)
    )
    return [
        Member(user.id, display_name(user), user.image, member.role, member.joined_at)
        for member, user in rows
    ]


def holdings_statement(team_ids: Sequence[str] | Select) -> Select:
    """Visible holdings of the members of the given teams (ids, or a statement selecting
    them); each holding comes once, however many of those teams its holder is in."""
    latest = (
        select(
            SkillAssessment.level.label("level"),
            SkillAssessment.proficiency_score.label("score"),
            SkillAssessment.note.label("note"),
            SkillAssessment.created_at.label("at"),
        )
        .where(SkillAssessment.user_skill_id == UserSkill.id)
        .order_by(SkillAssessment.created_at.desc())
        .limit(1)
        .lateral("latest")
    )
    member = aliased(TeamMember)
    verifier = aliased(User)
    return (
        select(
            UserSkill.id,
            UserSkill.user_id,
            Skill.id,
            Skill.name,
            Skill.slug,
            SkillCategory.slug,
            SkillCategory.name,
            UserSkill.level,
            UserSkill.proficiency_score,
            UserSkill.verified,
            UserSkill.verified_by,
            UserSkill.last_used,
            UserSkill.edited_at,
            UserSkill.updated_at,
            UserSkill.interest,
            latest.c.level,
            latest.c.score,
            latest.c.note,
            latest.c.at,
            verifier.name,
            verifier.email,
        )
        .select_from(member)
        .join(UserSkill, UserSkill.user_id == member.user_id)
        .join(Skill, Skill.id == UserSkill.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .outerjoin(latest, true())
        .outerjoin(verifier, verifier.id == UserSkill.verified_by)
        .where(member.team_id.in_(team_ids), UserSkill.hidden_from_teams.is_(False))
        .ext(distinct_on(UserSkill.id))
        .order_by(UserSkill.id)
    )


def _holding(row: Row) -> Holding:
    return Holding(
        user_skill_id=row[0],
        user_id=row[1],
        skill_id=row[2],
        skill_name=row[3],
        skill_slug=row[4],
        category_slug=row[5],
        category_name=row[6],
        level=row[7],
        score=row[8],
        verified=row[9],
        verified_by=row[10],
        last_used=row[11],
        rated_at=row[12] or row[13],
        interest=row[14],
        lead_level=row[15],
        lead_score=row[16],
        lead_note=row[17],
        lead_at=row[18],
        verified_by_name=_name_of(row[19], row[20]),
    )


def _name_of(name: str | None, email: str | None) -> str | None:
    if name is None and email is None:
        return None
    return name or (email or "").split("@")[0] or "Someone"


def team_holdings(session: Session, team_id: str) -> list[Holding]:
    return [_holding(row) for row in session.execute(holdings_statement([team_id]))]


@dataclass(frozen=True)
class SkillHolder:
    """Someone in one or more of the viewer's teams who holds a skill (who-knows)."""

    holding: Holding
    name: str
    image: str | None
    teams: tuple[tuple[str, str], ...]  # (slug, name) of the viewer's teams they are in


def skill_holders(session: Session, viewer_id: str, skill_id: str) -> list[SkillHolder]:
    """Everyone in the viewer's teams holding the skill and not hiding it, once each
    (however many of the viewer's teams they share), in one statement."""
    mine = select(TeamMember.team_id).where(TeamMember.user_id == viewer_id)
    shared = (
        select(
            func.array_agg(aggregate_order_by(array([Team.slug, Team.name]), func.lower(Team.name)))
        )
        .select_from(TeamMember)
        .join(Team, Team.id == TeamMember.team_id)
        .where(TeamMember.user_id == UserSkill.user_id, TeamMember.team_id.in_(mine))
        .correlate(UserSkill)
        .scalar_subquery()
    )
    holder = aliased(User)
    statement = (
        holdings_statement(mine)
        .join(holder, holder.id == UserSkill.user_id)
        .where(Skill.id == skill_id)
        .add_columns(holder.name, holder.email, holder.image, shared)
    )
    return [
        SkillHolder(
            holding=_holding(row),
            name=_name_of(row[21], row[22]) or "Someone",
            image=row[23],
            teams=tuple((slug, name) for slug, name in row[24] or ()),
        )
        for row in session.execute(statement)
    ]
