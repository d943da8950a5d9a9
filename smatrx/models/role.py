"""CareerRole: the catalog of roles people aim for (target-role typeahead, gap analysis)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from smatrx.extensions import db
from smatrx.models.base import created_at_column, id_column, updated_at_column


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

    def __repr__(self) -> str:
        return f"<CareerRole {self.slug}>"
