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
from smatrx.imports.sources.resume_lines import BULLET, WORD, line_residue

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


_TITLES_BELOW_MAX_LINES = 5  # from the employer's dates down to a title's


def _within(inner: DateRange, outer: DateRange) -> bool:
    return _month(outer.start) <= _month(inner.start) and _month(inner.end) <= _month(outer.end)


def titles_within_a_job(lines: list[str], dated: dict[int, DateRange]) -> dict[int, DateRange]:
    """Titles held in turn under an employer's dates, each with its own in brackets, above one
    list of duties:

        06/2019 - now       ISLA CONNECT COMMUNICATIONS  -  Tamuning, Guam
                            Senior Data Engineer (since April 2023)
                            Data Engineer II (June 2019 - March 2023)
          - Designed and run the company's data warehouse ...

    Such a title's dates fall within the employer's and no item stands between them: the
    duties are the whole job's, not the lower title's alone. By line, the period each such
    title was held."""
    titles: dict[int, DateRange] = {}
    job: int | None = None
    for index in sorted(dated):
        found = dated[index]
        if (
            job is not None
            and index - job <= _TITLES_BELOW_MAX_LINES
            and f"({found.text})" in lines[index].replace("( ", "(").replace(" )", ")")
            and _within(found, dated[job])
            and _a_title_alone(lines[index], found)
            and not any(BULLET.match(line) for line in lines[job + 1 : index])
        ):
            titles[index] = found
            continue
        job = index
    return titles


def without_titles_dates(lines: list[str], titles: dict[int, DateRange]) -> list[str]:
    """The lines with the dates of titles_within_a_job blanked (same length), to be read for
    the job's dates and its items' again: those titles open no job."""
    return [
        line.replace(titles[index].text, " " * len(titles[index].text), 1)
        if index in titles
        else line
        for index, line in enumerate(lines)
    ]


def title_held(line: str) -> tuple[int, int]:
    """Where the title of titles_within_a_job stands on its line: (first column, the column
    of its bracket)."""
    return len(line) - len(line.lstrip()), line.find("(")
