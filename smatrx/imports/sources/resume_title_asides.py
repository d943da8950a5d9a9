"""A job's title dated by an aside beside it on the heading: "Senior Mobile Developer (team
lead since 2023)", "Yard Foreman (from 2015)", "SAP Technical Lead (Senior ABAP Developer until
2019)", "Technical Lead (joined as Senior Software Engineer, promoted in October 2024)". A
promotion is no new job, so the heading holds two titles and the job's dates; the aside says
which title was held when. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.dates import DateRange
from smatrx.imports.sources.resume_item_years import (
    FROM_WORDS,
    MONTH_YEAR,
    UNTIL_WORDS,
    start_of,
    to_the_jobs_end,
)
from smatrx.imports.sources.resume_sentence_asides import PROMOTION
from smatrx.imports.vocabulary import word_set

_SINCE = rf"(?:{FROM_WORDS})"
_UNTIL = rf"(?:{UNTIL_WORDS})"
# "(team lead since 2023)" (the aside's title held from then) or "(from 2015)" (the title
# before it held from then).
_SINCE_ASIDE = re.compile(
    rf"\((?P<title>[^()]{{0,60}}?)[ \t]*(?<!\w){_SINCE}[ \t]+{MONTH_YEAR}[ \t]*\)",
    re.IGNORECASE,
)
# "(Senior ABAP Developer until 2019)", "(joined as ..., promoted in October 2024)": the title
# before it held from then, the aside's from the job's start to then.
_UNTIL_ASIDE = re.compile(
    rf"\((?P<title>[^()]{{2,60}}?)[ \t]+{_UNTIL}[ \t]+{MONTH_YEAR}[ \t]*\)", re.IGNORECASE
)
_PROMOTED_ASIDE = re.compile(
    rf"\((?P<title>[^()]{{0,60}}?){PROMOTION}[ \t]+(?:in|en|em|nel|im)[ \t]+{MONTH_YEAR}"
    r"[^()]{0,20}\)",
    re.IGNORECASE,
)
# Where the title before an aside begins: after the heading's last separator ("Arkansas River
# Electric Cooperative | SAP Technical Lead (...)", "Shipwright, then Yard Foreman (...)").
_TITLE_OPENING = re.compile(
    r".*(?:[|,;:\u00b7\u2013\u2014]|\s-\s|\bthen\b|\bat\b)[ \t]*|^[ \t#*_]*", re.IGNORECASE
)


_TITLE_MAX_WORDS = 6
# Words of rank, which a promotion changes while the title's field stays: "SRE Sênior
# (entrei como SRE Pleno, promovido em 2023)" was an SRE all along.
_RANKS = word_set("senior sênior sénior junior júnior pleno lead principal staff chief")


def _title_before(line: str, aside: int) -> int | None:
    """The column the title right before an aside opens at; None where the words before it
    are no title but a sentence ("... CLI-Tools in Go (seit 2022)")."""
    found = _TITLE_OPENING.match(line[:aside])
    column = found.end() if found is not None else 0
    return column if len(line[column:aside].split()) <= _TITLE_MAX_WORDS else None


def _fields(title: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]{2,}", title.casefold()) if word not in _RANKS}


def titles_by_their_asides(
    heading: list[str], job_range: DateRange
) -> list[tuple[int, int, int, DateRange]]:
    """The titles an aside on the job's heading lines dates, as (line index within `heading`,
    first column, column after it, the period the title was held): [] for none."""
    found: list[tuple[int, int, int, DateRange]] = []
    for index, line in enumerate(heading):
        for aside in _SINCE_ASIDE.finditer(line):
            start = start_of(aside)
            since = None if start is None else to_the_jobs_end(start, job_range, aside.group())
            if since is None or start == job_range.start:
                continue
            if aside.group("title").strip():
                if len(aside.group("title").split()) <= _TITLE_MAX_WORDS:
                    found.append((index, aside.start(), aside.end(), since))
            elif (column := _title_before(line, aside.start())) is not None:
                found.append((index, column, aside.start(), since))
        for aside in (*_UNTIL_ASIDE.finditer(line), *_PROMOTED_ASIDE.finditer(line)):
            start = start_of(aside)
            column = _title_before(line, aside.start())
            if start is None or column is None or not job_range.start < start <= job_range.end:
                continue
            if _fields(line[column : aside.start()]) & _fields(aside.group("title")):
                continue  # the same field before and after: held over the whole job
            since = DateRange(start, job_range.end, job_range.ongoing, aside.group())
            before = DateRange(job_range.start, start, False, aside.group())
            found.append((index, column, aside.start(), since))
            found.append((index, aside.start(), aside.end(), before))
    return found
