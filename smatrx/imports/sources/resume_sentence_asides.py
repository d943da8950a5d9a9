"""Sentences inside a job's paragraph or item that date what they tell: one opening with a
start ("Since 2024 I have also built flows in Power Automate"), one telling what began in a
year ("; in 2023 I migrated the suite to Playwright"), the work since a promotion ("Since my
promotion to QA Lead in 2024 ..."). Read by smatrx.imports.sources.resume_periods. Pure: no
Flask, no database."""

from __future__ import annotations

import re
from datetime import date

from smatrx.imports.dates import DateRange, find_date_ranges
from smatrx.imports.sources.resume_item_years import (
    FROM_WORDS,
    MONTH_YEAR,
    start_of,
    to_the_jobs_end,
)
from smatrx.imports.sources.resume_lines import BULLET

# A sentence opening with a year inside a job's paragraph: "... on Dynamics 365. Since 2024 I
# have also built flows in Power Automate." (find_date_ranges leaves such a sentence alone: in
# a profile it tells a career's turn, not a job's dates.)
_SENTENCE_ASIDE = re.compile(
    r"(?<=[.!?])[ \t]+(?:since|from|seit|ab|depuis|desde|dal|sinds|vanaf|a partir de)[ \t]+"
    r"(?P<year>(?:19|20)\d\d)\b(?![ \t]*[-\u2013\u2014][ \t]*\d)",
    re.IGNORECASE,
)


# ...or a sentence or clause telling what began in a year (or month): "...; in 2023 I migrated
# the whole suite to Playwright", ". In September 2022 I led the move to Prometheus", "; en
# 2023 migré toda la suite a Playwright". A move in a year falls somewhere in it: read from
# its January, as "Since" is. (A verb of starting must follow: "In 2022 we won ..." dates
# nothing.)
_SENTENCE_START = re.compile(
    r"(?:(?<=[.!?;])|(?<=,[ \t]and)|(?<=,[ \t]y)|(?<=,[ \t]e)|(?<=,[ \t]et)|(?<=,[ \t]und))"
    rf"[ \t]+(?:in|en|em|nel|im)[ \t]+{MONTH_YEAR},?[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?"
    r"(?:introduc|introduj|introduz|introdu|introdot|migra|migr[ée]|moved|switched|adopt|rolled"
    r"[ \t]+out|brought[ \t]+in|added|started|began|set[ \t]+up"
    r"|led[ \t]+the[ \t]+(?:move|migration)"
    r"|pasamos|passamos|passé|j'ai[ \t]+introduit|abbiamo[ \t]+(?:introdotto|migrato))",
    re.IGNORECASE,
)


# ...or so told in Dutch or German, the participle closing the clause: "; in 2024 heb ik
# OpenTelemetry geïntroduceerd", "• 2023 habe ich Git für die SPS-Projekte eingeführt".
_PERFECT_START = re.compile(
    r"(?:(?<=[.!?;])[ \t]+|^[ \t]*(?:[-\u2013\u2022*\u00b7][ \t]+)?)"
    rf"(?:(?:in|im)[ \t]+)?{MONTH_YEAR}"
    r"[ \t]+(?:heb|hebben|hebt|heeft|habe|haben|hat)[ \t]+(?:ik|we|wij|ich|wir)\b[^.;]{0,80}?"
    r"(?:ge[iï]ntroduceerd|ingevoerd|overgestapt|gemigreerd|opgezet|eingeführt|umgestellt"
    r"|migriert|aufgebaut|eingerichtet|aufgesetzt|opgebouwd)",
    re.IGNORECASE,
)

# A promotion's date, and what the person has done since: "Since my promotion to QA Lead in
# 2024 I coordinate three testers", "Desde mi promoción a QA Lead en 2024 coordino ...", or
# "... promoted to Senior QA Engineer in April 2023. Since then I lead two QA analysts".
PROMOTION = r"(?:promot|promoci|promoç|promozion|beförder|promu|promovid|ascend|ascens)\w*"


def _in_a_year_after(words: str) -> str:
    """The pattern of `words`, then within its clause the month or year it happened in."""
    return rf"{words}[^.;:]{{0,60}}?(?<!\S)(?:in|en|em|nel|im)[ \t]+{MONTH_YEAR}\b"


_PROMOTION_IN_A_YEAR = _in_a_year_after(PROMOTION)
# (or another turn of the job: "After the reorg in February 2023 I moved to the payments
# squad: Adyen and Stripe integrations")
_A_TURN = r"(?:reorg|reorganis|reorganiz|restructur|merger|acquisition|takeover|relocation)\w*"
_SINCE_A_PROMOTION = re.compile(
    r"(?<!\w)(?:since|after|following|desde|depuis|seit|dalla|sinds|ap[óo]s|dopo)[ \t]+"
    r"(?:(?:my|the|our|mi|ma|la|mia|meiner|der|mijn|de|minha|a)[ \t]+)*"
    + _in_a_year_after(f"(?:{PROMOTION}|{_A_TURN})"),
    re.IGNORECASE,
)
_PROMOTED_THEN_SINCE = re.compile(
    # (or one sentence: "I was promoted to lead in April 2024, and since then I lead ...")
    _PROMOTION_IN_A_YEAR + r"(?:[.;]|,?[ \t]+(?:and|y|e|et|und|en))[ \t]+"
    r"(?P<since>(?:since[ \t]+then|from[ \t]+then(?:[ \t]+on)?"
    r"|desde[ \t]+entonces|depuis|seitdem|da[ \t]+allora|sindsdien|desde[ \t]+ent[ãa]o)\b)",
    re.IGNORECASE,
)


# "After the promotion I lead ...", "... since the promotion.": the promotion's date is told
# in the job's heading ("Technical Lead (joined as Senior Software Engineer, promoted in
# October 2024)"), on its date line or the two lines above it, or in a table's row of jobs
# holding its dates.
_SINCE_THE_PROMOTION = re.compile(
    r"(?<!\w)(?:since|after|following)[ \t]+(?:the|my)[ \t]+promotion\b", re.IGNORECASE
)
_PROMOTED_IN = re.compile(_PROMOTION_IN_A_YEAR, re.IGNORECASE)
_HEADING_ABOVE_THE_DATES = 2


def promotion_aside(
    lines: list[str], index: int, job: int, job_range: DateRange
) -> tuple[int, date, str] | None:
    """Where on the line the work since a promotion is told (column), from when, as written:
    "Since my promotion ... in 2024 ...", "Since then" after a sentence telling the
    promotion's date on the line or the one above, or "since the promotion" in the job
    dated on line `job` (job_range) whose heading tells its date (from the sentence's
    start)."""
    line = lines[index]
    found = _SINCE_A_PROMOTION.search(line)
    column = found.start() if found is not None else None
    if found is None and (since := _SINCE_THE_PROMOTION.search(line)) is not None:
        heading = lines[max(0, job - _HEADING_ABOVE_THE_DATES) : min(index, job + 1)]
        heading += [text for text in lines[:index] if job_range.text in text]
        told = [match for text in heading for match in _PROMOTED_IN.finditer(text)]
        start = start_of(told[-1]) if told else _the_later_titles_start(job_range)
        sentence = list(re.finditer(r"[.!?;:](?:\s|$)", line[: since.start()]))
        column = sentence[-1].end() if sentence else 0
        return None if start is None else (column, start, since.group())
    if found is None:
        above = lines[index - 1] if index > 0 else ""
        joined = f"{above} {line}"
        found = _PROMOTED_THEN_SINCE.search(joined)
        if found is None or found.start("since") <= len(above):
            return None
        column = found.start("since") - len(above) - 1
    start = start_of(found)
    return None if start is None else (column, start, found.group())


def _the_later_titles_start(job_range: DateRange) -> date | None:
    """Where titles held in turn make the job (stacked_titles: "Senior Logistics Coordinator ·
    January 2024 - present" over "Logistics Coordinator · September 2021 - December 2023"),
    the promotion is the later title's start; None for a job of one title."""
    parts = job_range.text.split("; ")
    if len(parts) != 2:
        return None
    starts = [
        found.start for part in parts for found in find_date_ranges(part, today=job_range.end)
    ]
    later = max(starts, default=None)
    return later if later is not None and later > job_range.start else None


def since_a_promotion(
    lines: list[str], index: int, job: int, job_range: DateRange
) -> tuple[int, int | None, DateRange] | None:
    """The work told since a promotion (promotion_aside) as an aside: from its column to its
    full stop, or to its item's end."""
    told = promotion_aside(lines, index, job, job_range)
    if told is None:
        return None
    column, start, text = told
    period = to_the_jobs_end(start, job_range, text)
    if period is None:
        return None
    full_stop = re.search(r"[.!?](?:\s|$)", lines[index][column:])
    return column, column + full_stop.end() if full_stop is not None else None, period


def sentence_aside(line: str, job_range: DateRange) -> tuple[int, int | None, DateRange] | None:
    """A sentence of a job's paragraph that opens with "Since <year>" within the job's dates:
    (its first column, the column after its full stop, or None where the sentence goes on
    past the line's end: to its item's end, "... in ArcMap. From 2018 I" / "automated plan
    numbering ... with small Python scripts,"; the period from that year to the job's end)."""
    found = (
        _SENTENCE_ASIDE.search(line) or _SENTENCE_START.search(line) or _PERFECT_START.search(line)
    )
    if found is None:
        return None
    start = start_of(found)
    if start is None:
        return None
    period = to_the_jobs_end(start, job_range, found.group().strip())
    if period is None:
        return None
    full_stop = re.search(r"[.!?](?:\s|$)", line[found.end() :])
    stop = found.end() + full_stop.end() if full_stop is not None else None
    return found.start(), stop, period


# The title a promotion made, as the job's items tell it: "Ascendida a QA Lead en enero de
# 2023", "Promoted to Team Lead in March 2021".
_PROMOTED_TO = re.compile(
    rf"{PROMOTION}[ \t]+(?:(?:to|a|al|à|zum|zur|tot|as|como|come)[ \t]+)?"
    r"(?:(?:the|la|el|le|de|der|die|o)[ \t]+)?"
    rf"(?P<title>[^.;:,]{{2,40}}?)[ \t]+(?:in|en|em|nel|im)[ \t]+{MONTH_YEAR}\b",
    re.IGNORECASE,
)


def title_since_its_promotion(
    heading: list[str], items: list[str], job_range: DateRange
) -> tuple[int, int, int, DateRange] | None:
    """Where on the job's heading lines the title a promotion told in its items stands
    ("QA Lead (antes Ingeniera QA)" above "Ascendida a QA Lead en enero de 2023: ..."), as
    (line index within `heading`, first column, column after it, the period from the
    promotion to the job's end): the title was held from then, not over the whole job."""
    for item in items:
        for found in (*_PROMOTED_TO.finditer(item), *_TITLE_SINCE_LABEL.finditer(item)):
            title = " ".join(found.group("title").split())
            start = start_of(found)
            if start is None or not job_range.start < start <= job_range.end or len(title) < 2:
                continue
            for index, line in enumerate(heading):
                at = line.casefold().find(title.casefold())
                if at >= 0:
                    period = DateRange(start, job_range.end, job_range.ongoing, found.group())
                    return index, at, at + len(title), period
    return None


# A label over a group of a job's items, telling when their work began: "Head of Science since
# the start of the 2022 school year:", "Since March 2021, as team lead:" on a line of its own.
_LABEL_SINCE_WORDS = (
    rf"(?<!\w)(?:{FROM_WORDS})"
    r"[ \t]+(?:the[ \t]+(?:(?:start|beginning)[ \t]+of[ \t]+(?:the[ \t]+)?)?)?"
    rf"{MONTH_YEAR}\b[^:.;]{{0,40}}:[ \t*_]*$"
)
_LABEL_SINCE = re.compile(_LABEL_SINCE_WORDS, re.IGNORECASE)
# ...the title it names held from then: "Head of Science since the start of the 2022 school
# year:" under "Science Teacher, then Head of Science".
_TITLE_SINCE_LABEL = re.compile(
    r"^[ \t*_]*(?P<title>[^\W\d_][^:.;\n]{1,40}?)[ \t]+" + _LABEL_SINCE_WORDS, re.IGNORECASE
)


def items_under_a_label(
    lines: list[str], index: int, job_range: DateRange
) -> tuple[list[int], DateRange] | None:
    """The items (their first lines' indexes) under a label line telling when their work began
    (_LABEL_SINCE), down to the next line that is neither an item, its wrapped text nor
    blank ("Throughout:"), and the period from the label's start to the job's end; None for
    a line that is no such label."""
    line = lines[index]
    if BULLET.match(line):
        return None
    found = _LABEL_SINCE.search(line)
    start = None if found is None else start_of(found)
    period = None if start is None else to_the_jobs_end(start, job_range, found.group())
    if period is None:
        return None
    items: list[int] = []
    for below in range(index + 1, len(lines)):
        text = lines[below]
        if BULLET.match(text):
            items.append(below)
        elif text.strip() and not (items and text[:1].isspace()):
            break
    return (items, period) if items else None
