"""What each level means in practice: one line each, shown next to levels and gaps."""

from __future__ import annotations

from smatrx.skills.levels import LEVELS

RUBRIC: dict[str, str] = {
    "beginner": "Knows the basics; needs guidance for real tasks.",
    "intermediate": "Does everyday tasks alone; looks things up for the harder ones.",
    "advanced": "Handles complex work, reviews others' and knows the trade-offs.",
    "expert": "Sets direction, solves the rare hard problems and teaches it.",
}

assert tuple(RUBRIC) == LEVELS, "one rubric line per level, in level order"
