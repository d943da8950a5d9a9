"""Kept aggregates (additive tables): what pages and insights read instead of counting
"UserSkill" or the whole catalog per request.

Who keeps them (migration 0009 and smatrx/stats/):
- SkillStat, TagStat, CategoryStat: exact at every commit, kept by PostgreSQL triggers on
  "UserSkill" and "Skill" (statement-level, transition tables), so every writer — a view,
  an import, a merge, a cascading delete, a COPY — keeps them without knowing about them.
- SkillPairStat ("held together"): rebuilt by a periodic job (smatrx/periodic.py); its
  age is StatRefresh["co_holding"]. Only pairs of at least MIN_PEOPLE people are kept.

The level columns and the pairs are the ground the next insights stand on: a person's
percentile in a skill is their level's place in the SkillStat row; adjacency (what people
who hold X also hold) is SkillPairStat.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from smatrx.extensions import db
from smatrx.models.base import Timestamp

# Aggregates about people never describe fewer than this many people (DESIGN).
MIN_PEOPLE = 5


def _count_column(name: str) -> Mapped[int]:
    return mapped_column(name, Integer, nullable=False, default=0, server_default=text("0"))


def _kept_at_column(name: str = "updatedAt") -> Mapped[datetime]:
    # Set by the triggers and jobs (in UTC, as the rest of the schema), not by the ORM.
    return mapped_column(name, Timestamp, nullable=False, server_default=text("CURRENT_TIMESTAMP"))


class SkillStat(db.Model):
    """Per skill: how many people hold it, and how many at each level."""

    __tablename__ = "SkillStat"
    # The catalog's default order walks it, most held first (migration 0016).
    __table_args__ = (Index("SkillStat_holders_idx", "holders"),)

    skill_id: Mapped[str] = mapped_column(
        "skillId",
        Text,
        ForeignKey("Skill.id", name="SkillStat_skillId_fkey", ondelete="CASCADE"),
        primary_key=True,
    )
    holders: Mapped[int] = _count_column("holders")
    beginner: Mapped[int] = _count_column("beginner")
    intermediate: Mapped[int] = _count_column("intermediate")
    advanced: Mapped[int] = _count_column("advanced")
    expert: Mapped[int] = _count_column("expert")
    updated_at: Mapped[datetime] = _kept_at_column()


class SkillPairStat(db.Model):
    """Two skills and how many people hold both (both directions stored, so one skill's
    partners are one index range); only pairs of at least MIN_PEOPLE people."""

    __tablename__ = "SkillPairStat"
    __table_args__ = (Index("SkillPairStat_skillId_people_idx", "skillId", "people"),)

    skill_id: Mapped[str] = mapped_column("skillId", Text, primary_key=True)
    other_skill_id: Mapped[str] = mapped_column("otherSkillId", Text, primary_key=True)
    people: Mapped[int] = mapped_column("people", Integer, nullable=False)


class TagStat(db.Model):
    """Per tag: how many offered skills (published, not retired) carry it."""

    __tablename__ = "TagStat"
    __table_args__ = (Index("TagStat_skills_idx", "skills"),)

    tag: Mapped[str] = mapped_column("tag", Text, primary_key=True)
    skills: Mapped[int] = _count_column("skills")


class CategoryStat(db.Model):
    """Per category: how many offered skills it has, in all and by estimated demand."""

    __tablename__ = "CategoryStat"

    category_id: Mapped[str] = mapped_column(
        "categoryId",
        Text,
        ForeignKey(
            "SkillCategory.id",
            name="CategoryStat_categoryId_fkey",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        primary_key=True,
    )
    skills: Mapped[int] = _count_column("skills")
    high: Mapped[int] = _count_column("high")
    medium: Mapped[int] = _count_column("medium")
    low: Mapped[int] = _count_column("low")
    updated_at: Mapped[datetime] = _kept_at_column()


class RoleReadinessStat(db.Model):
    """Per role and readiness percentage (0..100): how many people targeting the role have
    that readiness in their latest gap analysis. A person's percentile among their peers is
    read from the role's rows (at most 101, one index range), never from everyone's
    analyses; rebuilt by a periodic job (StatRefresh["role_readiness"])."""

    __tablename__ = "RoleReadinessStat"

    role_id: Mapped[str] = mapped_column(
        "roleId",
        Text,
        ForeignKey(
            "CareerRole.id",
            name="RoleReadinessStat_roleId_fkey",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        primary_key=True,
    )
    readiness: Mapped[int] = mapped_column("readiness", Integer, primary_key=True)
    people: Mapped[int] = mapped_column("people", Integer, nullable=False)


class StatRefresh(db.Model):
    """When a job-kept aggregate was last rebuilt, and how long that took."""

    __tablename__ = "StatRefresh"

    name: Mapped[str] = mapped_column("name", Text, primary_key=True)
    refreshed_at: Mapped[datetime] = mapped_column("refreshedAt", Timestamp, nullable=False)
    duration_ms: Mapped[int] = mapped_column("durationMs", Integer, nullable=False)
