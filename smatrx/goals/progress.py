"""Goal progress and dates, with no Flask and no database: skill-goal progress, overdue, the
board's order, the earliest target date.

Skill goal progress is min(100, round(score / lowest score of the target level's band *
100)), rounding halves up, and 0 while the skill is not held. The beginner band starts at 0:
holding the skill at all reaches it (100).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from smatrx.models.choices import GOAL_PRIORITIES
from smatrx.skills.levels import BANDS, DEFAULT_SCORE

# Highest first; the board sorts by it, then by target date.
PRIORITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}
assert set(PRIORITY_ORDER) == set(GOAL_PRIORITIES)
# Sorting after every real date (goals without one come last).
NO_DATE = "9999-12-31"


def skill_goal_progress(held: bool, score: int | None, level: str | None, target: str) -> int:
    """Progress toward holding a skill at the target level (a held skill with no score counts
    at its level's default score)."""
    if not held:
        return 0
    if score is None:
        score = DEFAULT_SCORE.get(level or "", 0)
    low = BANDS[target][0]
    if low <= 0:
        return 100
    return min(100, (score * 200 + low) // (2 * low))


def earliest_today(now: datetime | None = None) -> date:
    """The earliest date it is anywhere on Earth (UTC-12): a target date before it is in the
    past for everyone, whatever their time zone."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    return (now - timedelta(hours=12)).date()


def is_overdue(status: str, target: date | None, today: date) -> bool:
    return status == "active" and target is not None and target < today


def sort_key(priority: str, target: date | None, created: datetime) -> str:
    """A string that orders goals the way the board does (priority, date, age), so the
    browser can put a moved card in its place by comparing strings."""
    day = target.isoformat() if target else NO_DATE
    return f"{PRIORITY_ORDER.get(priority, 9)}|{day}|{created.isoformat()}"


def _span(days: int) -> str:
    """A distance in days the way people say it: "3 days", "2 weeks", "4 months"."""
    if days < 14:
        count, unit = days, "day"
    elif days < 60:
        count, unit = days // 7, "week"
    else:
        count, unit = days // 30, "month"
    return f"{count} {unit}{'s' if count != 1 else ''}"


def timeliness(completed: date, target: date | None) -> str | None:
    """How a completion compares with its target date ("2 weeks early", "3 days late",
    "on the day"); None without a target."""
    if target is None:
        return None
    ahead = (target - completed).days
    if ahead == 0:
        return "on the day"
    return f"{_span(abs(ahead))} {'early' if ahead > 0 else 'late'}"
