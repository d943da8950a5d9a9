"""Titles held in turn at one employer, stacked under its name, each with its dates, and one
list of duties below them all:

    Great Miami Insurance Company - Dayton, OH
    QA Engineer                                   Jan 2020 - Apr 2022
    QA Analyst                                    Aug 2018 - Dec 2019
    - Manual testing of the policy administration ...

The duties are the whole stretch's (a promotion is no new job), not the lower title's alone.
Pure: no Flask, no database."""

from __future__ import annotations

import re
from datetime import date

from smatrx.imports.dates import DateRange
from smatrx.imports.sources.resume_lines import WORD, line_residue

_TITLE_MAX_WORDS = 5
_MAX_GAP_MONTHS = 2  # between one title's end and the next one's start
# What a title alone does not hold: an employer after a separator ("Engineer, Acme", "at").
_NOT_A_TITLE_ALONE = re.compile(r"[,|@\u2013\u2014]|\s-\s|\bat\b", re.IGNORECASE)


def _a_title_alone(line: str, found: DateRange) -> bool:
    residue = line_residue(line, found.text).strip(" \t*_#")
    words = WORD.findall(residue)
    return 0 < len(words) <= _TITLE_MAX_WORDS and not _NOT_A_TITLE_ALONE.search(residue)


def _month(day: date) -> int:
    return day.year * 12 + day.month


def _in_turn(newer: DateRange, older: DateRange) -> bool:
    return 0 <= _month(newer.start) - _month(older.end) <= _MAX_GAP_MONTHS


def stacked_titles(
    lines: list[str], starts: list[tuple[int, int]], dated: dict[int, DateRange]
) -> dict[int, DateRange]:
    """For each entry (by position in `starts`: (first line, date line)) that takes in a title
    stacked right above its own, the stretch of both; the title above then makes no entry of
    its own (its position is a key's minus one). Two date lines one under the other, each a
    title alone, held in turn (either order)."""
    stretched: dict[int, DateRange] = {}
    for position in range(len(starts) - 1):
        above, below = starts[position][1], starts[position + 1][1]
        if position in stretched or starts[position + 1][0] != below or below != above + 1:
            continue
        one, other = dated[above], dated[below]
        if not (_a_title_alone(lines[above], one) and _a_title_alone(lines[below], other)):
            continue
        if not (_in_turn(one, other) or _in_turn(other, one)):
            continue
        first, last = sorted((one, other), key=lambda found: found.start)
        stretched[position + 1] = DateRange(
            start=first.start,
            end=last.end,
            ongoing=last.ongoing,
            text=f"{one.text}; {other.text}",
        )
    return stretched
