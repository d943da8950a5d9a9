# ruff: noqa: RUF002, RUF003 - Turkish dotless i and en dashes in examples are data, not typos.
"""Periods inside a job: a bullet, a sentence or a clause that carries its own dates ("Since
2021 …", "… (2018)", "od leta 2023 tudi statsmodels", "; SAP PI/PO van 2016 tot 2019."),
and which period a skill's mentions earn (usage_ranges). Pure: no Flask, no database."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from datetime import date

from smatrx.imports.dates import DateRange, find_date_ranges
from smatrx.imports.sources.resume_asides import (
    a_turn_in_the_title,
    copyright_years,
    list_aside,
    range_inside_prose,
    since_inside_a_sentence,
)
from smatrx.imports.sources.resume_item_years import (
    A_MOVE_FROM,
    IN_A_YEAR,
    at_first_clauses,
    before_that_clause,
    clause_opening,
    item_year,
    move_clause,
    name_since,
    to_the_jobs_end,
    until_clauses,
    wrapped_until_clauses,
    year_clause,
)
from smatrx.imports.sources.resume_items import (
    in_item,
    item_lines,
    item_of_job,
    sentence_end,
)
from smatrx.imports.sources.resume_lines import BULLET, SENTENCE_END, WORD, Entry
from smatrx.imports.sources.resume_sections import section_heading_at
from smatrx.imports.sources.resume_sentence_asides import (
    items_under_a_label,
    sentence_aside,
    since_a_promotion,
)

_ITEM_PERIOD_MIN_WORDS = 4


def item_period(
    lines: list[str], index: int, job: int, found: DateRange, job_range: DateRange
) -> bool:
    """A bulleted item opening with a period of its own under a job whose date line is no
    bullet ("• 2020-tól az első Rust kísérletek: belső eszköz ...", "- 2019 - 2020: moved
    billing off Oracle"), or closing with it in brackets ("• Policy servicing and renewals
    for commercial lines (2014–2016)."): a period of that job's work, not a new entry, when
    a sentence follows it (or comes before the brackets), no section heading comes between,
    and the period falls (at least partly) within the job's dates. A bulleted list of jobs
    ("- 2019 - 2021: Engineer at Acme") under a bulleted job, or after a heading, stays a
    list of entries."""
    line = lines[index]
    if not item_of_job(line, lines[job]):
        return False
    before, _, after = line.partition(found.text)
    # or closing the item in brackets ("• Policy servicing for commercial lines (2014–2016).")
    closing = (
        before.rstrip().endswith(("(", "["))
        and re.fullmatch(r"\s*[)\]]\s*[.;]?\s*", after) is not None
        and len(WORD.findall(before)) >= _ITEM_PERIOD_MIN_WORDS
    )
    # (the sentence may go on over the item's wrapped lines: "- Seit 2017 zusätzlich
    # Informationssicherheits-" / "beauftragter: ISMS nach ISO 27001")
    if not closing and len(WORD.findall(after)) < _ITEM_PERIOD_MIN_WORDS:
        wrapped = lines[index + 1 : item_lines(lines, index, len(lines) - 1) + 1]
        if len(WORD.findall(" ".join([after, *wrapped]))) < _ITEM_PERIOD_MIN_WORDS:
            return False
    if any(section_heading_at(lines, i) for i in range(job + 1, index)):
        return False
    return found.start <= job_range.end and found.end >= job_range.start


def _goes_on_with_its_item(lines: list[str], index: int, date_text: str) -> bool:
    """A wrapped line of a bulleted item that goes on with its sentence in lower case, the
    range inside it: "- Apps de terreno ...: Java" then "   y, desde 2019, Kotlin." (the
    years of a part of the work, not a new job)."""
    line = lines[index]
    # (or in brackets, capitalised as German nouns are: "(Projekt 03/2016 - 06/2017, seither")
    opening = re.match(r"[ \t]+(\(?)([^\W\d_])", line)
    if opening is None or not (opening.group(2).islower() or opening.group(1)):
        return False
    above = lines[index - 1].rstrip() if index else ""
    before, _, after = line.partition(date_text)
    # (a PDF may lose the bullet's glyph and keep its indent: "  Apps ..." / "   y, ...")
    return (
        (in_item(lines, index) or lines[index - 1][:1] in (" ", "\t"))
        and bool(above)
        and not above.endswith(SENTENCE_END)
        and re.search(r"[^\W\d_]", before) is not None
        and bool(WORD.search(after))
    )


def sentence_period(
    lines: list[str], index: int, job: int, found: DateRange, job_range: DateRange
) -> str | None:
    """A sentence of a job's prose (no bullets on either) holding a period within the job's
    dates: not a new entry. Opening the sentence ("Sinds 2024 side-by-side extensies op SAP
    BTP met CAP."), the period dates the sentence ("opens"), as a bulleted item's does;
    inside it ("IDocs en BAPI's; SAP PI/PO van 2016 tot 2019.") it dates one of its names,
    not the sentence ("inside"), as in a bullet. A job's own line is no sentence (no full
    stop), and a job that follows ("From 2021 to 2023 I led ... at Beta.") runs past the
    dates of the one above. An open start ("Minn 2020 bdejt ... f'Power BI.", "...; frå 2017
    skreiv eg ... i Python.") inside a job that has ended runs to the job's end, as in an
    item: within the job when it starts within the job's dates. None for anything else."""
    line = lines[index]
    if BULLET.match(line) or BULLET.match(lines[job]):
        return None
    end = sentence_end(lines, index)
    if end is None:
        return None
    rest = " ".join(lines[index : end + 1]).replace(found.text, " ", 1)
    if len(WORD.findall(rest)) < _ITEM_PERIOD_MIN_WORDS:
        return None
    if any(section_heading_at(lines, i) for i in range(job + 1, index)):
        return None
    open_start = found.ongoing and found.text[-1:].isdigit()  # "since 2020": ends with its date
    within_end = (
        found.end <= job_range.end
        or (found.ongoing and job_range.ongoing)
        or (open_start and found.start <= job_range.end)
    )
    if not (job_range.start <= found.start and within_end):
        return None
    before = line.partition(found.text)[0]
    return "opens" if len(WORD.findall(before)) < 2 else "inside"


def dated_clause(
    line: str, found: DateRange, job_range: DateRange
) -> tuple[int, int | None, DateRange] | None:
    """A period dating a clause of a job's item or sentence: (the column it starts, the
    column it stops before or None for the item's end, the period).

    An open start ("since 2020", "od leta 2023", "dal 2020") within the job's dates dates
    what follows it, to the job's end, or, closing its clause before a ";" or a full stop,
    what its clause named before it. A closed range within the job's dates closing its
    clause ("; SAP PI/PO van 2016 tot 2019.") dates the clause before it, from the last ";",
    ":" or dash. None for anything else: a range in brackets is a version's or a project's
    years ("60 instances (2016 a 2022) with Always On"), and so is one going on with the
    sentence."""
    column = line.find(found.text)
    if found.ongoing and found.text[-1:].isdigit():  # an open start ends with its date
        period = to_the_jobs_end(found.start, job_range, found.text)
        if period is None:
            return None
        if re.match(r"\s*[;.]", line[column + len(found.text) :]):
            # closing its clause ("... server builds with Ansible since 2017; before that,
            # Bash scripts"): what was named before it, from the clause's opening
            return clause_opening(line, column), column, period
        return column, None, period
    if found.ongoing or column < 0:
        return None
    after = line[column + len(found.text) :]
    if line[:column].rstrip().endswith(("(", "[")) or not re.fullmatch(r"\.?\s*[.;,]?\s*", after):
        return None
    within_end = found.end <= job_range.end
    if not (job_range.start <= found.start and within_end):
        return None
    return clause_opening(line, column), column, found


# What a dated change moved away from, right before the name: "(migrated from Mailchimp)",
# "replacing Jenkins", "moved off Oracle", "instead of Excel".
_LEFT_BEHIND = re.compile(
    r"(?:(?:migrat|mov|switch|port|transition)(?:ed|ing)\s+(?:away\s+)?(?:from|off)"
    r"|replac(?:ed|ing)|instead\s+of|retir(?:ed|ing)|decommission(?:ed|ing))"
    r"\s+(?:the\s+|our\s+|an?\s+)?(?:old\s+|legacy\s+)?$"
    # ...or a move's "from" a few words after it, in the languages of Europe: "Moved the
    # team's source control from SVN", "Passage de SVN", "Migrazione del versionamento da
    # SVN", "Migration der Repositories von SVN"
    rf"|{A_MOVE_FROM}$",
    re.IGNORECASE,
)
# ...or the repositories or the like a move took away from it, between "from" and the name
# ("la migration de nos dépôts SVN vers Git"), and a swap's first half in the languages of
# Europe: "trocamos o SVN pelo Git", "cambiamos el SVN por Git", "remplacé SVN par Git".
_LEFT_BEHIND_FURTHER = re.compile(
    rf"{A_MOVE_FROM}(?:(?:our|the|nos|notre|nuestros|nuestro|os|nossos|unsere|onze|i|gli)\s+)"
    r"[^\W\d_]+\s+$"
    r"|(?<!\w)(?:troc|cambi|remplac|sostitu|substitu|reemplaz|ersetz|vervang)\w*\s+"
    r"(?:(?:o|a|os|as|el|la|los|las|le|les|il|lo|den|die|das|de|het)\s+)?$",
    re.IGNORECASE,
)


def left_behind(line: str, column: int) -> bool:
    """Whether the name starting at `column` of `line` is what a change moved away from
    ("Since 2024 our flows run in Klaviyo (migrated from Mailchimp)"): used before the
    change's period, not during it."""
    before = line[max(0, column - 60) : column]
    return column > 0 and (
        _LEFT_BEHIND.search(before) is not None or _LEFT_BEHIND_FURTHER.search(before) is not None
    )


def entry_line(entry: Entry, number: int) -> str:
    """Line `number` (1-based, of the whole text) of the entry; "" outside it."""
    lines = entry.text.split("\n")
    index = number - entry.lines[0]
    return lines[index] if 0 <= index < len(lines) else ""


def _month_before(day: date) -> date:
    return date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)


def usage_ranges(
    entry: Entry, mention_lines: Iterable[int], columns: Mapping[int, int] | None = None
) -> list[DateRange]:
    """The ranges a skill mentioned on these lines (1-based) of the entry was used in: the
    entry's own, unless every mention sits in an item dated by a period of its own, or after
    an open start inside its item's clause (`columns`: where on its line each mention
    starts); then those periods, within the entry's dates ("Rust from 2020" in a 2017 - 2021
    job is 2020 to 2021). A name the dated work moved away from (left_behind) earns the
    job's months before the period instead, or none."""
    if entry.range is None:
        return []
    periods = []
    for number in mention_lines:
        column = (columns or {}).get(number, -1)
        period = next((r for a, b, r in entry.periods if a <= number <= b), None) or next(
            (
                r
                for a, col_a, b, col_b, r in entry.clauses
                if (a, col_a) <= (number, column) < (b, col_b)
            ),
            None,
        )
        if period is None:
            return [entry.range]
        if left_behind(entry_line(entry, number), column):
            # the tool the dated work moved away from: the job's months before it, if any (a
            # year after "in", "in 2020", puts the move some time in it: to the middle of it;
            # "since 2020" at its start)
            before = _month_before(period.start)
            if period.start.month == 1 and IN_A_YEAR.match(period.text):
                before = date(period.start.year, 6, 1)
            if before >= entry.range.start:
                periods.append(DateRange(entry.range.start, before, False, period.text))
            continue
        periods.append(period)
    if not periods:
        return []
    clipped = []
    for period in dict.fromkeys(periods):
        start = max(period.start, entry.range.start)
        end = min(period.end, entry.range.end)
        if start <= end:
            clipped.append(
                DateRange(
                    start=start,
                    end=end,
                    ongoing=end == period.end and period.ongoing,
                    text=period.text,
                )
            )
    return clipped or [entry.range]


# Where a sentence of prose ends: ".", "!" or "?" before a space, or a full-width stop.
_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])\s*")


def opening_period(line: str, column: int, *, today: date) -> DateRange | None:
    """The period opening the sentence of `line` that holds `column`, if one does ("Since
    April 2021 I have run the team's MLOps.", "2021年4月より…MLOps…を担当しています。"): a
    profile's sentence so begun tells when its names were used. None for a sentence with no
    date at its start."""
    start = 0
    end = len(line)
    for boundary in _SENTENCE_BOUNDARY.finditer(line):
        if boundary.end() <= column:
            start = boundary.end()
        elif boundary.start() >= column:
            end = boundary.start()
            break
    sentence = line[start:end].strip()
    found = find_date_ranges(sentence, today=today)
    if not found or not sentence.startswith(found[0].text) or found[0].start > today:
        return None
    return found[0]


def scan_dates(
    lines: list[str],
    dated: dict[int, DateRange],
    inside: dict[int, DateRange],
    clauses: dict[int, list[tuple[int, int | None, DateRange]]],
    *,
    today: date,
    first: int = 0,
) -> None:
    """Read the periods on the lines from `first` on, into `dated` (a job's date line, by
    index), `inside` (an item or a sentence of a job's work opening or closing with a period
    of its own) and `clauses` (a clause of one dated by a period inside it; see
    Entry.clauses). Each is judged against the job dated last above it (`dated` may come
    with one already)."""
    for index in range(first, len(lines)):
        line = lines[index]
        found = find_date_ranges(line, today=today)
        if found and copyright_years(line, found[0]):
            continue
        job = max(dated) if dated else None
        if (
            not found
            and job is not None
            and (labelled := items_under_a_label(lines, index, dated[job]))
        ):
            # (a label over a group of items: "Head of Science since the start of the 2022
            # school year:")
            items, period = labelled
            for item in (index, *items):
                inside.setdefault(item, period)
            continue
        if not found and job is not None:
            aside = sentence_aside(line, dated[job]) or since_a_promotion(
                lines, index, job, dated[job]
            )
            bullet = BULLET.match(line)
            if aside is not None and bullet is not None and aside[0] < bullet.end():
                # opening an item whose bullet is a "?" (a glyph the PDF's font lacked): the
                # item's period, as "- Since 2022 ..." is
                inside[index] = aside[2]
                continue
            if aside is not None:
                # (the clause before it may say until when: "Hasta 2022 con Selenium; en
                # 2023 migré la suite a Playwright")
                clauses.setdefault(index, []).extend(until_clauses(lines, index, job, dated[job]))
                column, stop, period = aside
                after = lines[index + 1] if stop is None and index + 1 < len(lines) else ""
                wrapped = re.search(r"[.!?](?:\s|$)", after)
                if stop is None and wrapped is not None:
                    # the sentence ends on the next line: to its full stop there
                    clauses.setdefault(index, []).append((column, len(line), period))
                    clauses.setdefault(index + 1, []).append((0, wrapped.end(), period))
                else:
                    clauses.setdefault(index, []).append(aside)
                continue
        if (
            not found
            and job is not None
            and (at_first := at_first_clauses(lines, index, job, dated[job]))
        ):
            clauses.setdefault(index, []).extend(at_first)
            continue
        if not found:
            year = None if job is None else item_year(lines, index, job, dated[job])
            clause = None if year is None else year_clause(lines, index, year)
            if clause is not None and year is not None:
                clauses.setdefault(clause[0], []).append((clause[1], None, year))
            elif year is not None:
                inside[index] = year
            elif job is not None and (since := name_since(lines, index, job, dated[job])):
                clauses.setdefault(index, []).append(since)
            elif job is not None and (move := move_clause(lines, index, job, dated[job])):
                clauses.setdefault(index, []).append(move)
            elif job is not None and (until := until_clauses(lines, index, job, dated[job])):
                clauses.setdefault(index, []).extend(until)
            elif job is not None and (
                wrapped := wrapped_until_clauses(lines, index, job, dated[job])
            ):
                for at, found_clauses in wrapped.items():
                    clauses.setdefault(at, []).extend(found_clauses)
            continue
        if job is None and since_inside_a_sentence(line, found[0]):
            continue  # a profile's turn of career: "..., seit 2019 mit Schwerpunkt auf ..."
        if job is not None and a_turn_in_the_title(line, found[0], dated[job]):
            inside[index] = found[0]  # the bracket's role from its year; the job goes on
            continue
        # a version's or a project's years inside a sentence, or one name's: not the skill's
        in_prose = job is not None and (
            range_inside_prose(line, found[0])
            or _goes_on_with_its_item(lines, index, found[0].text)
        )
        sentence = (
            None
            if job is None or in_prose
            else sentence_period(lines, index, job, found[0], dated[job])
        )
        if job is not None and (in_prose or sentence == "inside"):
            # (an item may say until when, too: "Bis 2022 liefen die Pipelines auf Jenkins;
            # seit 2022 auf GitLab CI": the clause before the start is dated by its "until")
            clauses.setdefault(index, []).extend(until_clauses(lines, index, job, dated[job]))
            # (and the name before it its own start: "Ansible ... desde 2023; a partir de
            # 2024, ... com Terraform")
            if (since := name_since(lines, index, job, dated[job])) is not None:
                clauses[index].append(since)
            clause = dated_clause(line, found[0], dated[job])
            if clause is not None:
                clauses.setdefault(index, []).append(clause)
            continue
        if job is not None and (
            sentence == "opens" or item_period(lines, index, job, found[0], dated[job])
        ):
            inside[index] = found[0]
        elif list_aside(line, found[0]):
            continue
        else:
            dated[index] = found[0]
            # A job written as one paragraph on its date line ("Alí escribía Java e, a
            # partir de 2019, tamén Kotlin; ...", "... Depuis 2023, stockage sur AWS."): a
            # later period on the line dates a clause of its own sentence, as on a line below,
            # to its full stop or table cell's end, or its ";" in a list of items so written
            # (each of them: "from 01/2013 Shift Team Leader | ...; from January 2013 leading
            # a shift team of nine").
            for later in found[1:]:
                clause = dated_clause(line, later, found[0])
                if clause is not None:
                    column, stop, period = clause
                    if stop is None:  # an open start: to its clause's end, on this line
                        rest = line[column + len(later.text) :]
                        # (a ";" ends it in a list of items so separated: two or more to go)
                        ends = r"[.!?;]" if rest.count(";") >= 2 else r"[.!?]"
                        end = re.search(rf"{ends}(?:\s|$)|\s\|\s", rest)
                        if end is not None:
                            stop = column + len(later.text) + end.end()
                    clause = (column, stop if stop is not None else len(line), period)
                    clauses.setdefault(index, []).append(clause)
    # (and after a start closing its clause, what came before it: "; before that, Bash")
    for index, found_clauses in clauses.items():
        job = max((j for j in dated if j < index), default=None)
        if index >= first and job is not None:
            found_clauses.extend(_what_came_before(lines[index], found_clauses, dated[job]))


def _what_came_before(
    line: str, clauses: list[tuple[int, int | None, DateRange]], job_range: DateRange
) -> list[tuple[int, int | None, DateRange]]:
    """The clause after a start closing its own that says what came before it ("... with
    Ansible since 2017; before that, Bash scripts"), for each such start among `clauses`."""
    found = []
    for _, stop, period in clauses:
        if stop is None or not period.ongoing:
            continue
        # (the ";" right before the stop, or after the start's words the stop is before)
        mark = line.find(";", max(0, stop - 2), stop + len(period.text) + 2)
        if mark >= 0:
            before = before_that_clause(line, mark, period.start, job_range)
            if before is not None:
                found.append(before)
    return found


def inner_periods(
    lines: list[str],
    inside: dict[int, DateRange],
    clauses: dict[int, list[tuple[int, int | None, DateRange]]],
    date_index: int,
    last: int,
) -> dict[str, tuple]:
    """Entry.periods and Entry.clauses of the job dated on line `date_index` whose lines run
    to `last` (indexes), from what scan_dates read."""
    return {
        "periods": tuple(
            (i + 1, item_lines(lines, i, last) + 1, inside[i])
            for i in sorted(inside)
            if date_index < i <= last
        ),
        "clauses": tuple(
            (i + 1, column, i + 1, stop, period)
            if stop is not None
            else (i + 1, column, item_lines(lines, i, last) + 1, sys.maxsize, period)
            for i, found in sorted(clauses.items())
            for column, stop, period in found
            if date_index <= i <= last
        ),
    }
