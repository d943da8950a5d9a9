"""Achievements a person has earned (the seed's Achievement).

Additive: "ruleKey" names the rule that awarded it (smatrx/achievements/rules.py); unique
together with "userId", so two concurrent evaluations cannot award the same rule twice.
Rows without a rule key (given by hand, or from the original product) are allowed.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Index, Integer, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import check_in, created_at_column, id_column
from smatrx.models.choices import ACHIEVEMENT_TYPES
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.user import User


class Achievement(db.Model):
    __tablename__ = "Achievement"
    __table_args__ = (
        check_in("Achievement", "type", ACHIEVEMENT_TYPES),
        Index("Achievement_userId_ruleKey_key", "userId", "ruleKey", unique=True),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("Achievement"), nullable=False)
    type: Mapped[str] = mapped_column("type", Text, nullable=False)
    title: Mapped[str] = mapped_column("title", Text, nullable=False)
    description: Mapped[str | None] = mapped_column("description", Text)
    points: Mapped[int] = mapped_column(
        "points", Integer, nullable=False, default=0, server_default=text("0")
    )
    badge: Mapped[str | None] = mapped_column("badge", Text)
    earned_at: Mapped[datetime] = created_at_column("earnedAt")
    rule_key: Mapped[str | None] = mapped_column("ruleKey", Text)

    user: Mapped[User] = relationship(back_populates="achievements")
