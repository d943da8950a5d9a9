# ruff: noqa: RUF003 - Turkish dotless i and en dashes in examples are data, not typos.
"""Résumé source: uploaded bytes, then text, then dated entries, then how long and how recently
a skill was used.

Pure and local: no Flask, no database, no network (nothing from a résumé leaves the server).
Bytes to text (sniffing, PDF, Word, bounds) live in smatrx.imports.sources.resume_file; its
public names are imported here as before. Splitting the text into entries uses
resume_sections (where sections begin and end), resume_columns (sidebars, Word tables) and
resume_periods (periods inside a job, and which of them a skill earns); resume_lines holds
what they share.
Which skills appear is the matcher's business; the functions here take a
`mentions(text) -> bool` callable.

Uploads are hostile. The kind is decided by the bytes, never the file name; every failure a
person can fix (encrypted, damaged, empty, wrong kind) is a ResumeError whose message can be
shown as is; work is bounded (pages, characters, ZIP entries). The text returned is raw:
templates must escape it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from smatrx.imports.dates import DateRange
from smatrx.imports.sources.resume_columns import (
    duties_by_title,
    join_date_cells,
    strip_sidebar,
)
from smatrx.imports.sources.resume_file import (
    NO_TEXT,
    NOT_A_RESUME,
    ResumeError,
    extract_text,
    sniff_kind,
    upload_problem,
)
from smatrx.imports.sources.resume_lines import (
    CELL,
    HEADING_BLOCK_MAX,
    SENTENCE_END,
    WORD,
    Entry,
    line_residue,
    rejoin_range_ends_in_a_column,
    rejoin_wrapped_range_ends,
    rejoin_wrapped_years,
)
from smatrx.imports.sources.resume_periods import (
    in_item,
    inner_periods,
    scan_dates,
    usage_ranges,
)
from smatrx.imports.sources.resume_repeats import months_from_the_first_telling
from smatrx.imports.sources.resume_sections import (
    FIELD_LABEL,
    ends_entry,
    is_section_heading,
    looks_like_heading,
    section_layouts,
    under_education,
)
from smatrx.imports.sources.resume_sentence_asides import title_since_its_promotion
from smatrx.imports.sources.resume_siblings import lone_year_siblings
from smatrx.imports.sources.resume_stacked_titles import (
    stacked_titles,
    title_held,
    titles_within_a_job,
    without_titles_dates,
)
from smatrx.imports.sources.resume_title_asides import titles_by_their_asides
from smatrx.imports.vocabulary import word_set

__all__ = [
    "NOT_A_RESUME",
    "NO_TEXT",
    "Entry",
    "ResumeError",
    "SkillUsage",
    "estimate_usage",
    "evidence_lines",
    "extract_text",
    "mask_name_line",
    "sniff_kind",
    "split_entries",
    "strip_sidebar",
    "upload_problem",
    "usage_ranges",
]

EVIDENCE_MAX_CHARS = 200


# --- the person's name ------------------------------------------------------------------------

# Words of a title line, never of a person's name: "Senior Python Developer" opens some
# résumés, and there the names are skills.
_TITLE_WORDS = word_set(
    """
    developer developers engineer engineering consultant manager designer analyst architect
    scientist administrator admin lead senior junior principal staff head director officer
    specialist programmer researcher teacher intern founder co-founder cto ceo cio vp
    resume résumé curriculum vitae cv profile portfolio freelance contractor devops sre
    """
)
_NAME_WORD = re.compile(r"(?:[^\W\d_][\w'\u2019.-]*|[^\W\d_]\.)", re.UNICODE)
_POST_NOMINALS = re.compile(r"(?:,[ \t]*[A-Z][A-Za-z.]{0,6}(?:[ \t]+I{1,3})?)+[ \t*_]*$")


def mask_name_line(text: str) -> str:
    """The text with its first line blanked (same length, so positions and line numbers
    hold) when that line is a person's name: two to four capitalised words, no digits, no
    title words. A surname or first name that is also a technology ("Kofi Jenkins", "Lua
    Carvalho", "EMBER NAKAMURA-HOLT") names the person, not a skill."""
    stripped = text.lstrip("\n")
    offset = len(text) - len(stripped)
    end = stripped.find("\n")
    line = stripped if end < 0 else stripped[:end]
    # (a Markdown heading's marks, and letters after the name: "# Kiana Outerbridge, CPA",
    # "Danielle Tremblay, RN, BScN")
    name = _POST_NOMINALS.sub("", line.strip().strip("#*_ \t"))
    words = name.split()
    if not 2 <= len(words) <= 4:
        return text
    for word in words:
        if not _NAME_WORD.fullmatch(word) or not word[:1].isupper():
            return text
        if word.casefold().strip(".") in _TITLE_WORDS:
            return text
    return text[:offset] + " " * len(line) + text[offset + len(line) :]


def dated_job(heading: str, lines: list[str], period: DateRange, *, today: date) -> Entry:
    """A job whose dates are known apart from its text (a LinkedIn position's, under its
    title): an entry of `heading` (line 1) and `lines` (lines 2 on) dated `period`, with the
    items and clauses inside it that carry a period of their own read as a résumé's job's
    are ("- En 2022 lideré la migración a Python.", "- Since 2021 on Rust", "... (2018)").
    Past a line that reads as another job's dates, nothing more is read: those lines keep
    the job's period."""
    numbered = [heading, *lines]
    dated: dict[int, DateRange] = {0: period}
    inside: dict[int, DateRange] = {}
    clauses: dict[int, list[tuple[int, int | None, DateRange]]] = {}
    scan_dates(numbered, dated, inside, clauses, today=today, first=1)
    last = min((i for i in dated if i > 0), default=len(numbered)) - 1
    inner = inner_periods(numbered, inside, clauses, 0, last)
    _date_the_titles(inner, [heading], numbered[1 : last + 1], period, 0)
    return Entry(
        heading=heading,
        text="\n".join(numbered),
        range=period,
        lines=(1, len(numbered)),
        **inner,
    )


def _date_the_titles(
    inner: dict[str, Any], heading: list[str], items: list[str], period: DateRange, first: int
) -> None:
    """Clauses over the job's titles on its heading lines (`heading`, whose first line is line
    `first`, 0-based) where a promotion shows which was held when: told in its items ("QA
    Lead" above "Ascendida a QA Lead en enero de 2023", "Lead Platform Engineer" with "I was
    promoted to lead in April 2024"), or in an aside beside the title ("Senior Mobile
    Developer (team lead since 2023)"). Not over the whole job."""
    titles = titles_by_their_asides(heading, period)
    promoted = title_since_its_promotion(heading, items, period)
    if promoted is not None and not titles:
        titles = [promoted]
    held = tuple(
        (first + at + 1, column, first + at + 1, stop, since) for at, column, stop, since in titles
    )
    inner["clauses"] = (*held, *inner["clauses"])


def split_entries(text: str, *, today: date) -> list[Entry]:
    """Segment the text into dated entries.

    An entry starts at a line containing a date range (or the heading line(s) just above it)
    and runs until the next entry or a section heading ("Education", "Skills", ...). Lines
    outside entries are not entries.
    """
    lines = [
        join_date_cells(line, today=today) if CELL in line else line
        for line in strip_sidebar(
            rejoin_wrapped_range_ends(
                rejoin_range_ends_in_a_column(
                    rejoin_wrapped_years(text.split("\n"), today=today), today=today
                ),
                today=today,
            ),
            today=today,
        )
    ]
    dated: dict[int, DateRange] = {}
    inside: dict[int, DateRange] = {}  # items opening with a period of a job's work
    clauses: dict[int, list[tuple[int, int | None, DateRange]]] = {}  # see Entry.clauses
    scan_dates(lines, dated, inside, clauses, today=today)
    if not dated:
        return []
    titles = titles_within_a_job(lines, dated)
    if titles:
        # (read again without the titles' dates: the items below them are the whole job's)
        dated, inside, clauses = {}, {}, {}
        scan_dates(without_titles_dates(lines, titles), dated, inside, clauses, today=today)
    # a project of a list dated by a single year ends the one above (resume_siblings)
    dated.update(lone_year_siblings(lines, dated, today=today))

    def boundary(index: int) -> bool:
        # Where a heading block above a date line may begin right below: the top, a blank
        # line, a section heading, a date line, or the end of the entry above (an item of
        # its list or a sentence's full stop: "- Lead a team of 7 engineers." then "Lead
        # DevOps Engineer", "Cardinal Aerospace", "June 2017 – February 2021").
        return (
            index < 0
            or not lines[index].strip()
            or is_section_heading(lines[index])
            or index in dated
            or in_item(lines, index)
            or lines[index].rstrip().endswith(SENTENCE_END)
        )

    # Find each entry's first line: the date line, or the heading-like lines above it (up to
    # three: title, employer, a note such as "(Account: payroll SaaS)").
    starts: list[tuple[int, int]] = []  # (first line index, date line index)
    previous_date = -1
    for index in sorted(dated):
        first = index
        residue = line_residue(lines[index], dated[index].text)
        # A date line with a title of its own ("03/2017-06/2020  Engineer, Acme") needs nothing from
        # above, and the line above is then usually the previous entry's last line.
        if len(WORD.findall(residue)) < 2 and CELL in lines[index]:
            # A table of one record ("Project | ITSM Implementation", "Client | ...",
            # "Duration | Jun'20 – Jul'22"): the rows above the dated one are its own.
            while (
                first - 1 > previous_date
                and CELL in lines[first - 1]
                and not is_section_heading(lines[first - 1])
            ):
                first -= 1
        elif len(WORD.findall(residue)) >= 2:
            # A date line with a note after it ("Abr. 2024 – Actualidad · Remoto, clientes
            # de EE. UU.") under a line standing alone from a blank line or a section
            # heading ("Lumbre Labs – Ingeniera de IA generativa (Senior)"): that line is the
            # job's title, not the last line of the entry above. So too under a full stop
            # closing the entry above, in a PDF with no blank lines ("- Wrote the tests."
            # then "Acme — Developer", "01/2017 – 07/2018 | La Plata").
            above = index - 1
            if (
                above > previous_date
                and looks_like_heading(lines[above])
                and not in_item(lines, above)
                and above - 1 >= 0
                and (
                    not lines[above - 1].strip()
                    or is_section_heading(lines[above - 1])
                    or lines[above - 1].rstrip().endswith(SENTENCE_END)
                )
            ):
                first = above
        else:
            # Contiguous heading-like lines right above (a wrapped line of the item above is
            # that item's, not a heading).
            above = []
            for i in range(index - 1, index - 1 - HEADING_BLOCK_MAX, -1):
                if i <= previous_date or i < 0 or not looks_like_heading(lines[i]):
                    break
                if in_item(lines, i):
                    break
                above.append(i)
            # More than one line only as a block of its own, from a boundary down; three
            # not right under the dates above (the lines there are that job's own).
            while len(above) > 1 and (
                not boundary(above[-1] - 1) or (len(above) > 2 and above[-1] - 1 in dated)
            ):
                above.pop()
            if above:
                first = above[-1]
        starts.append((first, index))
        previous_date = index

    layouts = section_layouts(lines, starts[0][0])
    education = under_education(lines, layouts)
    stretched = stacked_titles(lines, starts, dated)
    entries: list[Entry] = []
    for position, (first, date_index) in enumerate(starts):
        if position + 1 in stretched:
            continue  # a title held in turn with the one below: one entry, below
        if position in stretched:
            first = starts[position - 1][0]
        limit = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        last = date_index
        for i in range(date_index + 1, limit):
            if ends_entry(lines, i, date_index, layouts):
                break
            last = i
        while last > date_index and not lines[last].strip():
            last -= 1
        if education[first] and not FIELD_LABEL.match(lines[date_index]):
            # A degree's years date its name and school (the lines down to the first item or
            # labelled line), not the student's projects and coursework written under them
            # ("Capstone: Patient Record System (PHP and MySQL)", "- Coursework: ..."). (A
            # record of labelled fields, "Obdobie: 2008 – 2013", "Škola: ...", cannot tell
            # its degree from its thesis: kept whole.)
            for i in range(date_index + 1, last + 1):
                if in_item(lines, i) or FIELD_LABEL.match(lines[i]):
                    last = i - 1
                    break
            while last > date_index and not lines[last].strip():
                last -= 1
        date_range = stretched.get(position, dated[date_index])
        own_inside, own_clauses = inside, clauses
        if position in stretched:
            # (its asides read again against the whole stretch: "After my promotion to QA
            # Engineer in January 2020 I started the automation suite")
            own_inside, own_clauses = {}, {}
            scan_dates(
                lines,
                {date_index: date_range},
                own_inside,
                own_clauses,
                today=today,
                first=date_index + 1,
            )
        heading_parts = [lines[i].strip().strip("*_#|").strip() for i in range(first, date_index)]
        residue = line_residue(lines[date_index], date_range.text)
        if residue:
            heading_parts.append(residue)
        inner = inner_periods(lines, own_inside, own_clauses, date_index, last)
        below = [t for t in sorted(titles) if date_index < t <= last]
        top = below[-1] if below else date_index
        heading_lines = lines[first : top + 1]
        _date_the_titles(inner, heading_lines, lines[top + 1 : last + 1], date_range, first)
        for title in below:
            # (a title held in turn under the employer's dates: "Data Engineer II (June 2019
            # - March 2023)")
            column, stop = title_held(lines[title])
            inner["clauses"] = (
                (title + 1, column, title + 1, stop, titles[title]),
                *inner["clauses"],
            )
        entries.append(
            Entry(
                heading=" \u2014 ".join(part for part in heading_parts if part),
                text="\n".join(lines[first : last + 1]),
                range=date_range,
                lines=(first + 1, last + 1),
                **inner,
                education=education[first],
            )
        )
    return months_from_the_first_telling(
        duties_by_title(lines, dated, entries, layouts, today=today)
    )


# --- usage ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillUsage:
    months: int  # union of the months of every entry mentioning it (overlaps not double-counted)
    last_used: date | None  # end of the latest entry mentioning it (today for ongoing)
    entries: tuple[Entry, ...]


def estimate_usage(entries: list[Entry], mentions: Callable[[str], bool]) -> SkillUsage:
    """How long and how recently a skill was used, from the entries whose text mentions it.

    Months are calendar months counted once however many entries cover them (two overlapping jobs
    both using Python don't make twice the experience); a range covers its start and end months.
    A degree's years ("M.Tech Remote Sensing & GIS | 2014 - 2016") count only for a skill no
    job dates: studying a subject is not years of using it beside the jobs that used it.
    """
    used = tuple(entry for entry in entries if mentions(entry.text))
    worked = any(entry.range is not None and not entry.education for entry in used)
    months: set[int] = set()
    last_used: date | None = None
    for entry in used:
        if entry.range is None or (worked and entry.education):
            continue
        first = entry.range.start.year * 12 + entry.range.start.month - 1
        final = entry.range.end.year * 12 + entry.range.end.month - 1
        months.update(range(first, final + 1))
        if last_used is None or entry.range.end > last_used:
            last_used = entry.range.end
    return SkillUsage(months=len(months), last_used=last_used, entries=used)


def evidence_lines(
    text: str, mentions: Callable[[str], bool], *, limit: int = 5
) -> list[tuple[int, str]]:
    """(1-based line number, line text of at most 200 characters) for lines mentioning the skill.

    Shown to the person as evidence, so repeated identical lines are listed once.
    """
    found: list[tuple[int, str]] = []
    seen: set[str] = set()
    if limit <= 0:
        return found
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or stripped in seen or not mentions(stripped):
            continue
        seen.add(stripped)
        if len(stripped) > EVIDENCE_MAX_CHARS:
            stripped = stripped[: EVIDENCE_MAX_CHARS - 1].rstrip() + "…"
        found.append((number, stripped))
        if len(found) >= limit:
            break
    return found
