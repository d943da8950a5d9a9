"""DataExport (additive): one "download my data" request, built by an RQ job into a ZIP in
the instance folder (exports/<id>.zip), downloadable for 24 hours through a signed link,
then deleted by a periodic task (the row stays, status "expired", for the hourly limit and
the person's history)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from smatrx.extensions import db
from smatrx.models.base import Timestamp, check_in, created_at_column, id_column
from smatrx.models.choices import DATA_EXPORT_STATUSES
from smatrx.models.user import user_fk


class DataExport(db.Model):
    __tablename__ = "DataExport"
    __table_args__ = (
        Index("DataExport_userId_createdAt_idx", "userId", "createdAt"),
        Index("DataExport_status_expiresAt_idx", "status", "expiresAt"),
        check_in("DataExport", "status", DATA_EXPORT_STATUSES),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("DataExport"), nullable=False)
    status: Mapped[str] = mapped_column(
        "status", Text, nullable=False, default="pending", server_default=text("'pending'")
    )
    progress: Mapped[int] = mapped_column(
        "progress", Integer, nullable=False, default=0, server_default=text("0")
    )
    message: Mapped[str | None] = mapped_column("message", Text)
    # The ZIP's file name inside the instance folder's exports/ (never a full path).
    path: Mapped[str | None] = mapped_column("path", Text)
    byte_size: Mapped[int | None] = mapped_column("byteSize", Integer)
    error: Mapped[str | None] = mapped_column("error", Text)
    created_at: Mapped[datetime] = created_at_column()
    completed_at: Mapped[datetime | None] = mapped_column("completedAt", Timestamp)
    expires_at: Mapped[datetime | None] = mapped_column("expiresAt", Timestamp)

    @property
    def running(self) -> bool:
        return self.status in ("pending", "processing")
