"""Skill levels and proficiency scores: the bands that make them agree.

Pure (no Flask, no database): beginner 0 to 25, intermediate 26 to 50, advanced 51 to 75,
expert 76 to 100. Choosing a level sets a default score inside its band; a score outside the band of
the level moves the level.
"""

from __future__ import annotations

from typing import Literal

from smatrx.models.choices import PERCENT_RANGE, SKILL_LEVELS

LEVELS: tuple[str, ...] = SKILL_LEVELS
BANDS: dict[str, tuple[int, int]] = {
    "beginner": (0, 25),
    "intermediate": (26, 50),
    "advanced": (51, 75),
    "expert": (76, 100),
}
# Near the middle of each band: room to move either way without leaving it.
DEFAULT_SCORE: dict[str, int] = {
    "beginner": 15,
    "intermediate": 40,
    "advanced": 65,
    "expert": 85,
}
LEVEL_LABELS: dict[str, str] = {level: level.capitalize() for level in LEVELS}
# What each level means in practice: shown where people pick a level, and in the insights.
LEVEL_RUBRIC: dict[str, str] = {
    "beginner": "Knows the basics; needs guidance for real tasks.",
    "intermediate": "Does everyday tasks alone; looks things up for the harder ones.",
    "advanced": "Handles complex work, reviews others' and knows the trade-offs.",
    "expert": "Sets direction, solves the rare hard problems and teaches it.",
}
_RANKS: dict[str, int] = {level: position for position, level in enumerate(LEVELS)}

Changed = Literal["level", "score"]


def level_for_score(score: int) -> str:
    """The level whose band holds the score; ValueError outside 0..100."""
    low, high = PERCENT_RANGE
    if not low <= score <= high:
        raise ValueError(f"score {score} is outside {low}..{high}")
    for level, (_, top) in BANDS.items():
        if score <= top:
            return level
    raise AssertionError("the bands cover 0..100")  # pragma: no cover


def in_band(level: str, score: int) -> bool:
    low, high = BANDS[level]
    return low <= score <= high


def reconcile(level: str, score: int | None, changed: Changed) -> tuple[str, int]:
    """A level and a score that agree. The field the person changed wins: a new level keeps
    a score already inside its band and takes the default otherwise; a new score sets the
    level of its band. No score at all takes the level's default."""
    if level not in BANDS:
        raise ValueError(f"unknown level {level!r}")
    if score is None:
        return level, DEFAULT_SCORE[level]
    if changed == "level":
        return level, score if in_band(level, score) else DEFAULT_SCORE[level]
    return level_for_score(score), score


def rank(level: str) -> int:
    """The level's place in the scale, beginner 0 to expert 3: the one ordering of levels
    (compare ranks, never the names). ValueError for an unknown level."""
    try:
        return _RANKS[level]
    except KeyError:
        raise ValueError(f"unknown level {level!r}") from None


def is_raise(old_level: str, new_level: str) -> bool:
    """True when new_level is above old_level (a verification at the old level no longer
    holds)."""
    return rank(new_level) > rank(old_level)
