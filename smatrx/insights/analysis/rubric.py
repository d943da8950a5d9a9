"""What each level means in practice: one line each, shown next to levels and gaps (kept
with the levels themselves, smatrx/skills/levels.py)."""

from __future__ import annotations

from smatrx.skills.levels import LEVEL_RUBRIC, LEVELS

RUBRIC: dict[str, str] = LEVEL_RUBRIC

assert tuple(RUBRIC) == LEVELS, "one rubric line per level, in level order"
