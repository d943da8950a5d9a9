"""CareerRole: the catalog of roles people aim for (target-role typeahead, gap analysis),
and RoleSkill: the skills a role requires (additive), which gap analysis stands on."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import (
    Timestamp,
    check_in,
    created_at_column,
    id_column,
    updated_at_column,
)
from smatrx.models.choices import IMPORTANCES, REQUIREMENT_WEIGHT_RANGE, SKILL_LEVELS

if TYPE_CHECKING:
    from smatrx.models.skill import Skill


class CareerRole(db.Model):
    __tablename__ = "CareerRole"
    __table_args__ = (
        Index("CareerRole_title_key", "title", unique=True),
        Index("CareerRole_slug_key", "slug", unique=True),
    )

    id: Mapped[str] = id_column()
    title: Mapped[str] = mapped_column("title", Text, nullable=False)
    slug: Mapped[str] = mapped_column("slug", Text, nullable=False)
    description: Mapped[str | None] = mapped_column("description", Text)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
    # Additive: set when an admin edits the requirement list; `flask smatrx seed` then
    # leaves the role's requirements alone (it never overwrites an admin's edits).
    requirements_edited_at: Mapped[datetime | None] = mapped_column(
        "requirementsEditedAt", Timestamp
    )

    requirements: Mapped[list[RoleSkill]] = relationship(
        back_populates="role", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"<CareerRole {self.slug}>"


class RoleSkill(db.Model):
    """A skill a role requires: how much it matters (importance, weight) and the level
    usually expected (minLevel)."""

    __tablename__ = "RoleSkill"
    __table_args__ = (
        check_in("RoleSkill", "importance", IMPORTANCES),
        check_in("RoleSkill", "minLevel", SKILL_LEVELS),
        CheckConstraint(
            '"weight" >= {} AND "weight" <= {}'.format(*REQUIREMENT_WEIGHT_RANGE),
            name="RoleSkill_weight_check",
        ),
        Index("RoleSkill_roleId_skillId_key", "roleId", "skillId", unique=True),
        Index("RoleSkill_skillId_idx", "skillId"),
    )

    id: Mapped[str] = id_column()
    role_id: Mapped[str] = mapped_column(
        "roleId",
        Text,
        ForeignKey(
            "CareerRole.id", name="RoleSkill_roleId_fkey", ondelete="CASCADE", onupdate="CASCADE"
        ),
        nullable=False,
    )
    skill_id: Mapped[str] = mapped_column(
        "skillId",
        Text,
        ForeignKey(
            "Skill.id", name="RoleSkill_skillId_fkey", ondelete="CASCADE", onupdate="CASCADE"
        ),
        nullable=False,
    )
    importance: Mapped[str] = mapped_column("importance", Text, nullable=False)
    min_level: Mapped[str] = mapped_column("minLevel", Text, nullable=False)
    weight: Mapped[int] = mapped_column("weight", Integer, nullable=False)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()

    role: Mapped[CareerRole] = relationship(back_populates="requirements")
    skill: Mapped[Skill] = relationship()

    def __repr__(self) -> str:
        return f"<RoleSkill {self.role_id} {self.skill_id} {self.importance}>"
