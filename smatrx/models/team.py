"""Teams (additive tables): a team, its members (lead or member), single-use invites (only
the SHA-256 of the link's secret is stored, as for account links), the team's target
profile, and leads' assessments of a member's skill (a history: rows are only added)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import (
    Timestamp,
    check_between,
    check_in,
    created_at_column,
    id_column,
    updated_at_column,
    utcnow,
)
from smatrx.models.choices import PERCENT_RANGE, SKILL_LEVELS, TEAM_ROLES, TEAM_TARGET_NEEDED_RANGE
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.skill import Skill, UserSkill
    from smatrx.models.user import User


def _set_null_user(table: str, column: str) -> ForeignKey:
    return ForeignKey(
        "User.id", name=f"{table}_{column}_fkey", ondelete="SET NULL", onupdate="CASCADE"
    )


def _team_fk(table: str) -> ForeignKey:
    return ForeignKey(
        "Team.id", name=f"{table}_teamId_fkey", ondelete="CASCADE", onupdate="CASCADE"
    )


class Team(db.Model):
    __tablename__ = "Team"
    __table_args__ = (Index("Team_slug_key", "slug", unique=True),)

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column("name", Text, nullable=False)
    slug: Mapped[str] = mapped_column("slug", Text, nullable=False)
    description: Mapped[str | None] = mapped_column("description", Text)
    created_by_id: Mapped[str | None] = mapped_column(
        "createdById", Text, _set_null_user("Team", "createdById")
    )
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()

    members: Mapped[list[TeamMember]] = relationship(
        back_populates="team", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"<Team {self.slug}>"


class TeamMember(db.Model):
    __tablename__ = "TeamMember"
    __table_args__ = (
        Index("TeamMember_teamId_userId_key", "teamId", "userId", unique=True),
        Index("TeamMember_userId_idx", "userId"),
        check_in("TeamMember", "role", TEAM_ROLES),
    )

    id: Mapped[str] = id_column()
    team_id: Mapped[str] = mapped_column("teamId", Text, _team_fk("TeamMember"), nullable=False)
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("TeamMember"), nullable=False)
    role: Mapped[str] = mapped_column("role", Text, nullable=False, default="member")
    joined_at: Mapped[datetime] = created_at_column("joinedAt")

    team: Mapped[Team] = relationship(back_populates="members")
    user: Mapped[User] = relationship()

    @property
    def is_lead(self) -> bool:
        return self.role == "lead"


class TeamInvite(db.Model):
    """A single-use invitation link; email is set when it was mailed to someone."""

    __tablename__ = "TeamInvite"
    __table_args__ = (
        Index("TeamInvite_tokenHash_key", "tokenHash", unique=True),
        Index("TeamInvite_teamId_idx", "teamId"),
    )

    id: Mapped[str] = id_column()
    team_id: Mapped[str] = mapped_column("teamId", Text, _team_fk("TeamInvite"), nullable=False)
    token_hash: Mapped[str] = mapped_column("tokenHash", Text, nullable=False)
    email: Mapped[str | None] = mapped_column("email", Text)
    created_by_id: Mapped[str | None] = mapped_column(
        "createdById", Text, _set_null_user("TeamInvite", "createdById")
    )
    expires_at: Mapped[datetime] = mapped_column("expiresAt", Timestamp, nullable=False)
    used_at: Mapped[datetime | None] = mapped_column("usedAt", Timestamp)
    used_by_id: Mapped[str | None] = mapped_column(
        "usedById", Text, _set_null_user("TeamInvite", "usedById")
    )
    created_at: Mapped[datetime] = created_at_column()

    team: Mapped[Team] = relationship()

    def usable(self, now: datetime | None = None) -> bool:
        return self.used_at is None and self.expires_at > (now or utcnow())


class TeamTarget(db.Model):
    """The team's target profile: how many people it needs at or above a level of a skill."""

    __tablename__ = "TeamTarget"
    __table_args__ = (
        Index("TeamTarget_teamId_skillId_key", "teamId", "skillId", unique=True),
        Index("TeamTarget_skillId_idx", "skillId"),
        check_in("TeamTarget", "minLevel", SKILL_LEVELS),
        check_between("TeamTarget", "needed", *TEAM_TARGET_NEEDED_RANGE),
    )

    id: Mapped[str] = id_column()
    team_id: Mapped[str] = mapped_column("teamId", Text, _team_fk("TeamTarget"), nullable=False)
    skill_id: Mapped[str] = mapped_column(
        "skillId",
        Text,
        ForeignKey(
            "Skill.id", name="TeamTarget_skillId_fkey", ondelete="CASCADE", onupdate="CASCADE"
        ),
        nullable=False,
    )
    min_level: Mapped[str] = mapped_column("minLevel", Text, nullable=False)
    needed: Mapped[int] = mapped_column("needed", Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()

    skill: Mapped[Skill] = relationship()


class SkillAssessment(db.Model):
    """A lead's rating of a member's skill, kept apart from the member's own; every
    assessment is a new row (the latest per skill is the current one)."""

    __tablename__ = "SkillAssessment"
    __table_args__ = (
        Index("SkillAssessment_userSkillId_createdAt_idx", "userSkillId", "createdAt"),
        Index("SkillAssessment_assessorId_idx", "assessorId"),
        check_in("SkillAssessment", "level", SKILL_LEVELS),
        check_between("SkillAssessment", "proficiencyScore", *PERCENT_RANGE),
    )

    id: Mapped[str] = id_column()
    user_skill_id: Mapped[str] = mapped_column(
        "userSkillId",
        Text,
        ForeignKey(
            "UserSkill.id",
            name="SkillAssessment_userSkillId_fkey",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        nullable=False,
    )
    assessor_id: Mapped[str | None] = mapped_column(
        "assessorId", Text, _set_null_user("SkillAssessment", "assessorId")
    )
    team_id: Mapped[str | None] = mapped_column(
        "teamId",
        Text,
        ForeignKey(
            "Team.id", name="SkillAssessment_teamId_fkey", ondelete="SET NULL", onupdate="CASCADE"
        ),
    )
    level: Mapped[str] = mapped_column("level", Text, nullable=False)
    proficiency_score: Mapped[int | None] = mapped_column("proficiencyScore", Integer)
    note: Mapped[str | None] = mapped_column("note", Text)
    created_at: Mapped[datetime] = created_at_column()

    user_skill: Mapped[UserSkill] = relationship()
    assessor: Mapped[User | None] = relationship()
