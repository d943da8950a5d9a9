"""Career goals (the seed's CareerGoal).

Additive columns: a skill goal names a catalog skill and a target level ("skillId",
"targetLevel"), a role goal a "CareerRole" ("roleId"). Deleting the skill or role keeps the
goal (the reference becomes NULL); merging skills moves it to the kept skill.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import (
    Timestamp,
    check_between,
    check_in,
    created_at_column,
    id_column,
    updated_at_column,
)
from smatrx.models.choices import (
    GOAL_PRIORITIES,
    GOAL_STATUSES,
    GOAL_TYPES,
    PERCENT_RANGE,
    SKILL_LEVELS,
)
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.role import CareerRole
    from smatrx.models.skill import Skill
    from smatrx.models.user import User


class CareerGoal(db.Model):
    __tablename__ = "CareerGoal"
    __table_args__ = (
        Index("idx_goal_user", "userId"),
        Index("idx_goal_status", "status"),
        Index("idx_goal_priority", "priority"),
        check_in("CareerGoal", "type", GOAL_TYPES),
        check_in("CareerGoal", "status", GOAL_STATUSES),
        check_in("CareerGoal", "priority", GOAL_PRIORITIES),
        check_between("CareerGoal", "progress", *PERCENT_RANGE),
        check_in("CareerGoal", "targetLevel", SKILL_LEVELS),
        Index("idx_goal_skill", "skillId"),
        Index("idx_goal_role", "roleId"),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("CareerGoal"), nullable=False)
    title: Mapped[str] = mapped_column("title", Text, nullable=False)
    description: Mapped[str | None] = mapped_column("description", Text)
    type: Mapped[str] = mapped_column("type", Text, nullable=False)
    target_date: Mapped[datetime | None] = mapped_column("targetDate", Timestamp)
    status: Mapped[str] = mapped_column("status", Text, nullable=False)
    priority: Mapped[str] = mapped_column("priority", Text, nullable=False)
    progress: Mapped[int] = mapped_column(
        "progress", Integer, nullable=False, default=0, server_default=text("0")
    )
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
    skill_id: Mapped[str | None] = mapped_column(
        "skillId",
        Text,
        ForeignKey(
            "Skill.id", name="CareerGoal_skillId_fkey", ondelete="SET NULL", onupdate="CASCADE"
        ),
    )
    target_level: Mapped[str | None] = mapped_column("targetLevel", Text)
    role_id: Mapped[str | None] = mapped_column(
        "roleId",
        Text,
        ForeignKey(
            "CareerRole.id", name="CareerGoal_roleId_fkey", ondelete="SET NULL", onupdate="CASCADE"
        ),
    )

    # Additive (teams): the owner shows this goal to the teams they belong to.
    shared_with_teams: Mapped[bool] = mapped_column(
        "sharedWithTeams", Boolean, nullable=False, default=False, server_default=text("false")
    )

    # Additive: when the goal was last completed; set and cleared by a trigger on status
    # (migration 0018), so every way of completing a goal records it.
    completed_at: Mapped[datetime | None] = mapped_column("completedAt", Timestamp)

    held_level = None  # not a column: the owner's level in the skill, set by the board's query

    user: Mapped[User] = relationship(back_populates="goals")
    skill: Mapped[Skill | None] = relationship()
    role: Mapped[CareerRole | None] = relationship()
