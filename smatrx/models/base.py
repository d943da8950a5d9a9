"""Column helpers that reproduce the seed's (Prisma's) physical conventions.

cuid string ids made in Python, timestamp(3) columns holding UTC, @updatedAt set by the
application, text[] lists that default to empty, and CHECK constraints named the way
PostgreSQL would name them ("Table_column_check").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from cuid2 import Cuid
from sqlalchemy import ARRAY, CheckConstraint, Text, text
from sqlalchemy.dialects.postgresql import TIMESTAMP
from sqlalchemy.orm import Mapped, mapped_column

_cuid = Cuid(length=25)

# Expression indexes (case-insensitive names, trigram search) that Alembic cannot compare:
# created by hand-written migrations and left out of autogenerate.
HAND_WRITTEN_INDEXES = frozenset(
    {
        "Skill_name_lower_key",
        "SkillCategory_name_lower_key",
        "idx_skill_name_trgm",
        "idx_skill_aliases_trgm",
        "idx_skill_name_prefix",
        "idx_skill_demand_name",
        "SkillImport_one_running_key",
    }
)


def include_in_autogenerate(obj: object, name: str | None, type_: str, *args: object) -> bool:
    """Alembic's include_object hook: everything but the hand-written indexes."""
    return not (type_ == "index" and name in HAND_WRITTEN_INDEXES)


Timestamp = TIMESTAMP(precision=3)
TextArray = ARRAY(Text)


def new_id() -> str:
    """A collision-resistant string id (cuid2, 25 characters) like Prisma's @default(cuid())."""
    return _cuid.generate()


def utcnow() -> datetime:
    """Now in UTC, naive, as timestamp(3) without time zone stores it."""
    return datetime.now(UTC).replace(tzinfo=None)


def id_column() -> Mapped[str]:
    return mapped_column("id", Text, primary_key=True, default=new_id)


def created_at_column(name: str = "createdAt") -> Mapped[datetime]:
    # Prisma's @default(now()) is CURRENT_TIMESTAMP in the database; the Python default
    # keeps rows made by the app in UTC whatever the session time zone is.
    return mapped_column(
        name, Timestamp, nullable=False, default=utcnow, server_default=text("CURRENT_TIMESTAMP")
    )


def updated_at_column() -> Mapped[datetime]:
    # Prisma's @updatedAt has no database default: the application sets it on every write.
    return mapped_column("updatedAt", Timestamp, nullable=False, default=utcnow, onupdate=utcnow)


def text_array_column(name: str) -> Mapped[list[str]]:
    return mapped_column(
        name, TextArray, nullable=False, default=list, server_default=text("'{}'::text[]")
    )


def quoted(column: str) -> str:
    return f'"{column}"'


def check_in(table: str, column: str, values: Iterable[str]) -> CheckConstraint:
    """CHECK ("column" IN (...)); NULL passes, as the seed's optional fields allow."""
    listed = ", ".join("'" + value.replace("'", "''") + "'" for value in values)
    return CheckConstraint(f"{quoted(column)} IN ({listed})", name=f"{table}_{column}_check")


def check_between(table: str, column: str, low: float, high: float) -> CheckConstraint:
    return CheckConstraint(
        f"{quoted(column)} >= {low} AND {quoted(column)} <= {high}",
        name=f"{table}_{column}_check",
    )


def escape_like(text: str) -> str:
    """The text as a literal inside a LIKE pattern (escape character: backslash, which is
    PostgreSQL's default)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
