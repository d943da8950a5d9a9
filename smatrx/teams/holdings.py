"""What a team sees of its members: the members, and every skill they hold that they have
not hidden from their teams, with the latest lead assessment of it. Two statements for a
whole team, whatever its size: the matrix, who-knows, coverage and the exports all read
these rows (pure code turns them into views)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.dialects.postgresql import aggregate_order_by, array, distinct_on
from sqlalchemy.orm import Session, aliased

from smatrx.consent.records import not_sharing_with_teams
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


class Holding(NamedTuple):
    """One visible holding. A named tuple, built straight from the statement's row: a
    team of 50 people and 300 skills is 15,000 of them per page, and a frozen dataclass's
    __init__ alone cost more than the statement."""

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


def _shown_name(user: Any) -> ColumnElement[str | None]:
    """display_name() in SQL, NULL when there is no such user (an aliased User)."""
    return case(
        (user.id.is_(None), None),
        else_=func.coalesce(
            func.nullif(user.name, ""),
            func.nullif(func.split_part(user.email, "@", 1), ""),
            "Someone",
        ),
    )


def holdings_statement(
    team_ids: Sequence[str] | Select, *, once_each: bool = True, skill_id: str | None = None
) -> Select:
    """Visible holdings of the members of the given teams (ids, or a statement selecting
    them), a column per Holding field in order; only those of skill_id when given.
    once_each de-duplicates a person who is in several of those teams; one team needs no
    de-duplication (and no sort for it)."""
    # The latest assessment of each of these holdings, joined by hash: a LATERAL lookup
    # per holding cost as much, and its estimate (15,000 loops) switched PostgreSQL's JIT
    # on, which alone took longer than the whole statement.
    assessed = aliased(UserSkill)
    assessed_member = aliased(TeamMember)
    latest = (
        select(
            SkillAssessment.user_skill_id.label("user_skill_id"),
            SkillAssessment.level.label("level"),
            SkillAssessment.proficiency_score.label("score"),
            SkillAssessment.note.label("note"),
            SkillAssessment.created_at.label("at"),
        )
        .join(assessed, assessed.id == SkillAssessment.user_skill_id)
        .join(assessed_member, assessed_member.user_id == assessed.user_id)
        # A lead's rating belongs to the team it was made in: another team of the same
        # person never sees it.
        .where(assessed_member.team_id.in_(team_ids), SkillAssessment.team_id.in_(team_ids))
        .ext(distinct_on(SkillAssessment.user_skill_id))
        .order_by(SkillAssessment.user_skill_id, SkillAssessment.created_at.desc())
    )
    if skill_id is not None:
        latest = latest.where(assessed.skill_id == skill_id)
    latest = latest.subquery("latest")
    member = aliased(TeamMember)
    verifier = aliased(User)
    statement = (
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
            func.coalesce(UserSkill.edited_at, UserSkill.updated_at),
            UserSkill.interest,
            latest.c.level,
            latest.c.score,
            latest.c.note,
            latest.c.at,
            _shown_name(verifier),
        )
        .select_from(member)
        .join(UserSkill, UserSkill.user_id == member.user_id)
        .join(Skill, Skill.id == UserSkill.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .outerjoin(latest, latest.c.user_skill_id == UserSkill.id)
        .outerjoin(verifier, verifier.id == UserSkill.verified_by)
        .where(
            member.team_id.in_(team_ids),
            UserSkill.hidden_from_teams.is_(False),
            ~not_sharing_with_teams(UserSkill.user_id),  # consent withdrawn: nothing shown
        )
    )
    if skill_id is not None:
        statement = statement.where(UserSkill.skill_id == skill_id)
    if once_each:
        statement = statement.ext(distinct_on(UserSkill.id)).order_by(UserSkill.id)
    return statement


_FIELDS = len(Holding._fields)


def team_holdings(session: Session, team_id: str) -> list[Holding]:
    # Core, not the ORM's execute: these are plain columns, and the ORM's loading layer
    # doubled the cost of turning 15,000 rows into tuples. Same connection, same
    # transaction.
    rows = session.connection().execute(holdings_statement([team_id], once_each=False))
    return list(map(Holding._make, rows.all()))  # all(): one fetch, not one per row


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
        holdings_statement(mine, skill_id=skill_id)
        .join(holder, holder.id == UserSkill.user_id)
        .add_columns(_shown_name(holder), holder.image, shared)
    )
    return [
        SkillHolder(
            holding=Holding._make(row[:_FIELDS]),
            name=row[_FIELDS],
            image=row[_FIELDS + 1],
            teams=tuple((slug, name) for slug, name in row[_FIELDS + 2] or ()),
        )
        for row in session.execute(statement)
    ]
