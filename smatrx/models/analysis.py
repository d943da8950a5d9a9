"""Stored analysis results (the seed's SkillAnalysis)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Double, ForeignKey, Index, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import check_between, check_in, created_at_column, id_column
from smatrx.models.choices import ANALYSIS_TYPES
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.user import User


class SkillAnalysis(db.Model):
    __tablename__ = "SkillAnalysis"
    __table_args__ = (
        check_in("SkillAnalysis", "analysisType", ANALYSIS_TYPES),
        check_between("SkillAnalysis", "confidence", 0, 1),
        # Additive: a person's latest analysis of a type, and their history, by index.
        Index(
            "SkillAnalysis_userId_analysisType_createdAt_idx",
            "userId",
            "analysisType",
            "createdAt",
        ),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("SkillAnalysis"), nullable=False)
    analysis_type: Mapped[str] = mapped_column("analysisType", Text, nullable=False)
    data: Mapped[Any] = mapped_column("data", JSONB, nullable=False)
    confidence: Mapped[float | None] = mapped_column("confidence", Double)
    created_at: Mapped[datetime] = created_at_column()
    # Additive: the role a gap or recommendation analysis was made against (SET NULL when
    # the role is deleted: the stored numbers stay readable, their data names the role).
    role_id: Mapped[str | None] = mapped_column(
        "roleId",
        Text,
        ForeignKey(
            "CareerRole.id",
            name="SkillAnalysis_roleId_fkey",
            ondelete="SET NULL",
            onupdate="CASCADE",
        ),
    )

    user: Mapped[User] = relationship(back_populates="analyses")
