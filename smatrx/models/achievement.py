"""Achievements a person has earned (the seed's Achievement)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Integer, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import check_in, created_at_column, id_column
from smatrx.models.choices import ACHIEVEMENT_TYPES
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.user import User


class Achievement(db.Model):
    __tablename__ = "Achievement"
    __table_args__ = (check_in("Achievement", "type", ACHIEVEMENT_TYPES),)

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

    user: Mapped[User] = relationship(back_populates="achievements")
