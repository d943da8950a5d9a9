"""AuditEvent (additive): one row per change of a row in an audited table, written by a
database trigger in the same transaction as the change (migration 0013_audit), plus the
explicit events that change no row of their own (sign-in, failed sign-in, sign-out, export,
erase). Who acted comes from the transaction's settings (smatrx.audit sets them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from smatrx.extensions import db
from smatrx.models.base import check_in, created_at_column, id_column
from smatrx.models.choices import AUDIT_ACTOR_KINDS


class AuditEvent(db.Model):
    __tablename__ = "AuditEvent"
    __table_args__ = (
        Index("AuditEvent_at_idx", "at"),
        Index("AuditEvent_actorId_at_idx", "actorId", "at"),
        Index("AuditEvent_subjectId_at_idx", "subjectId", "at"),
        Index("AuditEvent_entityType_entityId_at_idx", "entityType", "entityId", "at"),
        Index("AuditEvent_action_at_idx", "action", "at"),
        check_in("AuditEvent", "actorKind", AUDIT_ACTOR_KINDS),
    )

    id: Mapped[str] = id_column()
    at: Mapped[datetime] = created_at_column("at")
    # No foreign keys: an erased person's entries stay, their ids replaced by a keyed hash.
    actor_id: Mapped[str | None] = mapped_column("actorId", Text)
    actor_kind: Mapped[str] = mapped_column("actorKind", Text, nullable=False)
    # The person the row is about (the row's "userId", or the User row itself), if any.
    subject_id: Mapped[str | None] = mapped_column("subjectId", Text)
    action: Mapped[str] = mapped_column("action", Text, nullable=False)
    entity_type: Mapped[str | None] = mapped_column("entityType", Text)
    entity_id: Mapped[str | None] = mapped_column("entityId", Text)
    changes: Mapped[Any | None] = mapped_column("changes", JSONB)
    ip: Mapped[str | None] = mapped_column("ip", Text)
    user_agent: Mapped[str | None] = mapped_column("userAgent", Text)
    request_id: Mapped[str | None] = mapped_column("requestId", Text)
    job_id: Mapped[str | None] = mapped_column("jobId", Text)
