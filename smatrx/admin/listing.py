"""What the admin areas (users, catalog, roles) share: page size, row numbering, and the
"already taken, in any case" check of a name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute

from smatrx.extensions import db

PAGE_SIZE = 25


class AdminPage:
    """What the admin list pages share ("rows 26 to 50 of 73"); a mixin, not a dataclass, so
    each page keeps its own field order."""

    page: int
    rows: list[Any]

    @property
    def first_index(self) -> int:
        """1-based position of the first row on this page (0 when there are none)."""
        return (self.page - 1) * PAGE_SIZE + 1 if self.rows else 0

    @property
    def last_index(self) -> int:
        return (self.page - 1) * PAGE_SIZE + len(self.rows)


def name_taken(column: InstrumentedAttribute[str], name: str, except_id: str | None = None) -> Any:
    """The other row whose column already holds name in any case (outer spaces ignored), if
    there is one: skill and category names, role titles."""
    model = column.class_
    statement = select(model).where(func.lower(column) == name.strip().lower())
    if except_id:
        statement = statement.where(model.id != except_id)
    return db.session.scalar(statement)
