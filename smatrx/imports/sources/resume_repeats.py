# ruff: noqa: RUF002 - en dashes in examples are data, not typos.
"""A job told twice: once in a dated list or table with its months ("ottobre 2019 – in corso |
Adriatica Marine Systems S.r.l., Trieste | Ingegnera firmware"), then again as the heading of
its duties with the years only ("Adriatica Marine Systems S.r.l. (dal 2019)"). The duties take
the months of the first telling: the years alone would stretch the job to whole years.
Pure: no Flask, no database."""

from __future__ import annotations

import dataclasses
import re

from smatrx.imports.dates import DateRange
from smatrx.imports.sources.resume_lines import Entry, fold_case

# The name a duties heading opens with: up to its bracket, dash or bar.
_NAME = re.compile(r"[^(\u2013\u2014|,]+")


def months_from_the_first_telling(entries: list[Entry]) -> list[Entry]:
    """The entries, each dated by years only taking the months of an entry above it that
    names the same employer over the same years."""
    out = list(entries)
    for i, entry in enumerate(out):
        if entry.range is None or entry.education or not _years_only(entry.range):
            continue
        name = _NAME.match(entry.heading)
        key = fold_case(name.group().strip()) if name else ""
        if len(key) < 4:
            continue
        for earlier in out[:i]:
            if (
                earlier.range is not None
                and not earlier.education
                and not _years_only(earlier.range)
                and _same_years(earlier.range, entry.range)
                and key in fold_case(earlier.text)
            ):
                out[i] = dataclasses.replace(entry, range=earlier.range)
                break
    return out


def _years_only(period: DateRange) -> bool:
    """Written with years alone: from January, to the present or to a January or December,
    with no month in figures or words ("2014 – 2019", "dal 2019"; not "01/2014 – 12/2019",
    "janvier 2014 – décembre 2019")."""
    if period.start.month != 1 or (not period.ongoing and period.end.month not in (1, 12)):
        return False
    return _MONTH_WRITTEN.search(period.text) is None


# A month in figures, or the first letters of January or December in the reader's languages.
_MONTH_WRITTEN = re.compile(r"\d{1,2}[/.-]\d{2,4}|\b(?:jan|ene|gen|jän|dec|dic|déc|dez|des)", re.I)


def _same_years(first: DateRange, second: DateRange) -> bool:
    return first.start.year == second.start.year and (
        (first.ongoing and second.ongoing)
        or (not first.ongoing and not second.ongoing and first.end.year == second.end.year)
    )
