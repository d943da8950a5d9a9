"""Consent: what a person agreed to, and which version of it (issue 19).

One row per grant. Withdrawing stamps withdrawnAt on the live row; granting again adds a
row, so the history of a purpose stays readable. The purposes and what each covers are in
smatrx/consent/records.py and docs/privacy.md.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from smatrx.extensions import db
from smatrx.models.base import Timestamp, check_in, created_at_column, id_column
from smatrx.models.choices import CONSENT_PURPOSES
from smatrx.models.user import user_fk


class Consent(db.Model):
    __tablename__ = "Consent"
    __table_args__ = (
        # The per-request gate: "has this person accepted version v of purpose p?"
        Index("Consent_userId_purpose_version_idx", "userId", "purpose", "version"),
        # The consent page: each purpose's latest row.
        Index("Consent_userId_purpose_grantedAt_idx", "userId", "purpose", "grantedAt"),
        check_in("Consent", "purpose", CONSENT_PURPOSES),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("Consent"), nullable=False)
    purpose: Mapped[str] = mapped_column("purpose", Text, nullable=False)
    version: Mapped[str] = mapped_column("version", Text, nullable=False)
    granted_at: Mapped[datetime] = created_at_column("grantedAt")
    withdrawn_at: Mapped[datetime | None] = mapped_column("withdrawnAt", Timestamp)
