"""What the admin list pages (users, catalog skills) share: page size and row numbering."""

from __future__ import annotations

from typing import Any

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
