"""In-app notifications (the bell): verifiers hear of new requests, owners of outcomes;
later features (imports, achievements) add their own kinds."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import Timestamp, created_at_column, id_column
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.user import User


class Notification(db.Model):
    __tablename__ = "Notification"
    __table_args__ = (Index("Notification_userId_readAt_idx", "userId", "readAt"),)

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("Notification"), nullable=False)
    kind: Mapped[str] = mapped_column("kind", Text, nullable=False)
    message: Mapped[str] = mapped_column("message", Text, nullable=False)
    link: Mapped[str | None] = mapped_column("link", Text)  # a path on this site
    read_at: Mapped[datetime | None] = mapped_column("readAt", Timestamp)
    created_at: Mapped[datetime] = created_at_column()

    user: Mapped[User] = relationship()
