"""Small shared pieces of the analyses: the data version, the privacy floor, rounding,
level ranks and the month arithmetic behind "recent" and "stale"."""

from __future__ import annotations

import calendar
from dataclasses import asdict
from datetime import date
from fractions import Fraction
from typing import Any, Self

from smatrx.skills.levels import rank

# Written into every to_data(); from_data() refuses another one.
DATA_VERSION = 1

# Aggregates about people never describe fewer than this many people. Must equal
# smatrx.models.stats.MIN_PEOPLE (a test checks); not imported from there because that
# module pulls in SQLAlchemy and this package stays pure.
MIN_PEOPLE = 5


def level_rank(level: str) -> int:
    """Rank 1 (beginner) .. 4 (expert): levels.rank() is 0-based, the ratios here need 1.."""
    return rank(level) + 1


def half_up(value: Fraction | float) -> int:
    """Round half away from zero for non-negative values (round() would round 0.5 to even:
    62.5 % would show as 62 and 63.5 % as 64)."""
    exact = Fraction(value)
    whole = exact.numerator // exact.denominator
    return whole + 1 if exact - whole >= Fraction(1, 2) else whole


def months_before(today: date, months: int) -> date:
    """The same day `months` calendar months earlier (clipped to the month's last day)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    day = min(today.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def within_months(day: date, today: date, months: int) -> bool:
    """True when `day` is no earlier than the same date `months` months before today."""
    return day >= months_before(today, months)


def months_since(day: date, today: date) -> int:
    """Whole calendar months from `day` to today (0 for a future day)."""
    months = (today.year - day.year) * 12 + today.month - day.month
    if today.day < day.day:
        months -= 1
    return max(months, 0)


def check_version(data: dict[str, Any]) -> None:
    if data.get("version") != DATA_VERSION:
        raise ValueError(f"analysis data version {data.get('version')!r}, expected {DATA_VERSION}")


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def from_iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class FlatRecord:
    """to_data()/from_data() for a dataclass whose fields are all JSON values already (the
    items inside an analysis: a gap line, a category, a recommendation, a confidence)."""

    def to_data(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Self:
        return cls(**data)
