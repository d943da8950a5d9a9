"""The skills catalog (SkillCategory, Skill) and what people hold (UserSkill)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Double, ForeignKey, Index, Integer, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import (
    Timestamp,
    check_between,
    check_in,
    created_at_column,
    id_column,
    text_array_column,
    updated_at_column,
)
from smatrx.models.choices import (
    MARKET_DEMAND,
    PERCENT_RANGE,
    SKILL_INTERESTS,
    SKILL_LEVELS,
    USER_SKILL_SOURCES,
    VERIFICATION_STATUSES,
    YEARS_EXPERIENCE_RANGE,
)
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.imports import SkillImport
    from smatrx.models.user import User


class SkillCategory(db.Model):
    __tablename__ = "SkillCategory"
    __table_args__ = (
        Index("SkillCategory_name_key", "name", unique=True),
        Index("SkillCategory_slug_key", "slug", unique=True),
    )

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column("name", Text, nullable=False)
    slug: Mapped[str] = mapped_column("slug", Text, nullable=False)
    description: Mapped[str | None] = mapped_column("description", Text)
    color: Mapped[str | None] = mapped_column("color", Text)
    icon: Mapped[str | None] = mapped_column("icon", Text)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()

    skills: Mapped[list[Skill]] = relationship(back_populates="category")

    def __repr__(self) -> str:
        return f"<SkillCategory {self.slug}>"


class Skill(db.Model):
    __tablename__ = "Skill"
    __table_args__ = (
        Index("Skill_name_key", "name", unique=True),
        Index("Skill_slug_key", "slug", unique=True),
        Index("idx_skill_name", "name"),
        Index("idx_skill_category", "categoryId"),
        Index("idx_skill_tags", "tags", postgresql_using="gin"),
        Index("Skill_proposedById_idx", "proposedById"),
        check_in("Skill", "marketDemand", MARKET_DEMAND),
    )

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column("name", Text, nullable=False)
    slug: Mapped[str] = mapped_column("slug", Text, nullable=False)
    description: Mapped[str | None] = mapped_column("description", Text)
    category_id: Mapped[str] = mapped_column(
        "categoryId",
        Text,
        ForeignKey(
            "SkillCategory.id",
            name="Skill_categoryId_fkey",
            ondelete="RESTRICT",
            onupdate="CASCADE",
        ),
        nullable=False,
    )
    tags: Mapped[list[str]] = text_array_column("tags")
    market_demand: Mapped[str | None] = mapped_column("marketDemand", Text)
    average_salary: Mapped[dict[str, Any] | None] = mapped_column("averageSalary", JSONB)
    growth_trend: Mapped[float | None] = mapped_column("growthTrend", Double)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
    # Additive: other names the importers match ("JS" → JavaScript, "k8s" → Kubernetes).
    aliases: Mapped[list[str]] = text_array_column("aliases")
    # Additive: a proposed skill is unpublished (only its proposer sees it) until an admin
    # publishes it; a retired one stays on the profiles that hold it but is not offered.
    is_published: Mapped[bool] = mapped_column(
        "isPublished", Boolean, nullable=False, default=True, server_default=text("true")
    )
    proposed_by_id: Mapped[str | None] = mapped_column(
        "proposedById",
        Text,
        ForeignKey(
            "User.id", name="Skill_proposedById_fkey", ondelete="SET NULL", onupdate="CASCADE"
        ),
    )
    retired_at: Mapped[datetime | None] = mapped_column("retiredAt", Timestamp)

    category: Mapped[SkillCategory] = relationship(back_populates="skills")
    user_skills: Mapped[list[UserSkill]] = relationship(
        back_populates="skill", passive_deletes=True
    )
    imports: Mapped[list[SkillImport]] = relationship(
        secondary="_ImportSkills", back_populates="skills", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"<Skill {self.slug}>"


class UserSkill(db.Model):
    __tablename__ = "UserSkill"
    __table_args__ = (
        Index("UserSkill_userId_skillId_key", "userId", "skillId", unique=True),
        Index("idx_user_skill_user", "userId"),
        Index("idx_user_skill_skill", "skillId"),
        Index("idx_user_skill_level", "level"),
        Index("idx_user_skill_verified", "verified"),
        check_in("UserSkill", "level", SKILL_LEVELS),
        check_between("UserSkill", "proficiencyScore", *PERCENT_RANGE),
        check_between("UserSkill", "yearsExperience", *YEARS_EXPERIENCE_RANGE),
        check_in("UserSkill", "source", USER_SKILL_SOURCES),
        check_in("UserSkill", "interest", SKILL_INTERESTS),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("UserSkill"), nullable=False)
    skill_id: Mapped[str] = mapped_column(
        "skillId",
        Text,
        ForeignKey(
            "Skill.id", name="UserSkill_skillId_fkey", ondelete="CASCADE", onupdate="CASCADE"
        ),
        nullable=False,
    )
    level: Mapped[str] = mapped_column("level", Text, nullable=False)
    proficiency_score: Mapped[int | None] = mapped_column("proficiencyScore", Integer)
    years_experience: Mapped[int | None] = mapped_column("yearsExperience", Integer)
    last_used: Mapped[datetime | None] = mapped_column("lastUsed", Timestamp)
    verified: Mapped[bool] = mapped_column(
        "verified", Boolean, nullable=False, default=False, server_default=text("false")
    )
    verified_at: Mapped[datetime | None] = mapped_column("verifiedAt", Timestamp)
    verified_by: Mapped[str | None] = mapped_column("verifiedBy", Text)
    source: Mapped[str] = mapped_column("source", Text, nullable=False)
    evidence: Mapped[Any | None] = mapped_column("evidence", JSONB)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
    # Additive: when the person last edited the row by hand (imports never overwrite it).
    edited_at: Mapped[datetime | None] = mapped_column("editedAt", Timestamp)
    # Additive (teams): "more" (want to use it more) or "less" (would rather not), and
    # whether the person keeps this skill out of every team's view.
    interest: Mapped[str | None] = mapped_column("interest", Text)
    hidden_from_teams: Mapped[bool] = mapped_column(
        "hiddenFromTeams", Boolean, nullable=False, default=False, server_default=text("false")
    )

    user: Mapped[User] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship(back_populates="user_skills")


class VerificationRequest(db.Model):
    """A person asks a verifier to confirm one of their skills (additive table)."""

    __tablename__ = "VerificationRequest"
    __table_args__ = (
        Index("VerificationRequest_userSkillId_idx", "userSkillId"),
        Index("VerificationRequest_userId_idx", "userId"),
        Index("VerificationRequest_status_idx", "status"),
        check_in("VerificationRequest", "status", VERIFICATION_STATUSES),
        check_in("VerificationRequest", "level", SKILL_LEVELS),
    )

    id: Mapped[str] = id_column()
    user_skill_id: Mapped[str] = mapped_column(
        "userSkillId",
        Text,
        ForeignKey(
            "UserSkill.id",
            name="VerificationRequest_userSkillId_fkey",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        nullable=False,
    )
    user_id: Mapped[str] = mapped_column(
        "userId", Text, user_fk("VerificationRequest"), nullable=False
    )
    level: Mapped[str] = mapped_column("level", Text, nullable=False)  # level when asked
    note: Mapped[str | None] = mapped_column("note", Text)
    evidence: Mapped[Any | None] = mapped_column("evidence", JSONB)
    status: Mapped[str] = mapped_column(
        "status", Text, nullable=False, default="pending", server_default=text("'pending'")
    )
    reviewer_id: Mapped[str | None] = mapped_column(
        "reviewerId",
        Text,
        ForeignKey(
            "User.id",
            name="VerificationRequest_reviewerId_fkey",
            ondelete="SET NULL",
            onupdate="CASCADE",
        ),
    )
    reviewed_at: Mapped[datetime | None] = mapped_column("reviewedAt", Timestamp)
    reason: Mapped[str | None] = mapped_column("reason", Text)
    created_at: Mapped[datetime] = created_at_column()

    user_skill: Mapped[UserSkill] = relationship()
    user: Mapped[User] = relationship(foreign_keys=[user_id])
    reviewer: Mapped[User | None] = relationship(foreign_keys=[reviewer_id])
