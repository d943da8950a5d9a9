"""Skill imports: the SkillImport row (the truth a job works on), its links to matched
catalog skills (Prisma's implicit "_ImportSkills" table) and uploaded files."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, Table, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import (
    Timestamp,
    check_between,
    check_in,
    created_at_column,
    id_column,
)
from smatrx.models.choices import IMPORT_SOURCES, IMPORT_STATUSES, PERCENT_RANGE
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.skill import Skill
    from smatrx.models.user import User

# Prisma names implicit many-to-many columns A and B by the alphabetical order of the models:
# A → Skill, B → SkillImport.
import_skills = Table(
    "_ImportSkills",
    db.metadata,
    Column(
        "A",
        Text,
        ForeignKey("Skill.id", name="_ImportSkills_A_fkey", ondelete="CASCADE", onupdate="CASCADE"),
        nullable=False,
    ),
    Column(
        "B",
        Text,
        ForeignKey(
            "SkillImport.id", name="_ImportSkills_B_fkey", ondelete="CASCADE", onupdate="CASCADE"
        ),
        nullable=False,
    ),
    Index("_ImportSkills_AB_unique", "A", "B", unique=True),
    Index("_ImportSkills_B_index", "B"),
)


class SkillImport(db.Model):
    __tablename__ = "SkillImport"
    __table_args__ = (
        # The seed's named indexes replace Prisma's @@index([userId]) and @@index([status]).
        Index("idx_import_user", "userId"),
        Index("idx_import_status", "status"),
        Index("idx_import_source", "source"),
        check_in("SkillImport", "source", IMPORT_SOURCES),
        check_in("SkillImport", "status", IMPORT_STATUSES),
        check_between("SkillImport", "progress", *PERCENT_RANGE),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("SkillImport"), nullable=False)
    source: Mapped[str] = mapped_column("source", Text, nullable=False)
    status: Mapped[str] = mapped_column("status", Text, nullable=False)
    progress: Mapped[int | None] = mapped_column("progress", Integer)
    message: Mapped[str | None] = mapped_column("message", Text)
    results: Mapped[Any | None] = mapped_column("results", JSONB)
    error: Mapped[str | None] = mapped_column("error", Text)
    started_at: Mapped[datetime] = created_at_column("startedAt")
    completed_at: Mapped[datetime | None] = mapped_column("completedAt", Timestamp)
    # Additive: how many times a job picked it up, and when it last reported (the reaper
    # fails or re-enqueues imports whose job went quiet).
    attempts: Mapped[int] = mapped_column(
        "attempts", Integer, nullable=False, default=0, server_default=text("0")
    )
    heartbeat_at: Mapped[datetime | None] = mapped_column("heartbeatAt", Timestamp)

    user: Mapped[User] = relationship(back_populates="imports")
    skills: Mapped[list[Skill]] = relationship(
        secondary=import_skills, back_populates="imports", passive_deletes=True
    )
    file: Mapped[SkillImportFile | None] = relationship(
        back_populates="skill_import", cascade="all, delete-orphan", passive_deletes=True
    )


class SkillImportFile(db.Model):
    """An uploaded résumé or LinkedIn export, kept in the database (so a worker on another
    host can read it) until its import has been processed, then deleted."""

    __tablename__ = "SkillImportFile"
    __table_args__ = (
        Index("SkillImportFile_importId_key", "importId", unique=True),
        check_between("SkillImportFile", "byteSize", 0, 2_147_483_647),
    )

    id: Mapped[str] = id_column()
    import_id: Mapped[str] = mapped_column(
        "importId",
        Text,
        ForeignKey(
            "SkillImport.id",
            name="SkillImportFile_importId_fkey",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        nullable=False,
    )
    filename: Mapped[str] = mapped_column("filename", Text, nullable=False)
    content_type: Mapped[str] = mapped_column("contentType", Text, nullable=False)
    byte_size: Mapped[int] = mapped_column("byteSize", Integer, nullable=False)
    sha256: Mapped[str] = mapped_column("sha256", Text, nullable=False)
    data: Mapped[bytes] = mapped_column("data", LargeBinary, nullable=False)
    created_at: Mapped[datetime] = created_at_column()

    skill_import: Mapped[SkillImport] = relationship(back_populates="file")
