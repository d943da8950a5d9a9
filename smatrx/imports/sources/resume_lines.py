# ruff: noqa: RUF003 - Turkish dotless i and en dashes in examples are data, not typos.
"""The small pieces every part of the résumé reader shares: an entry, a bullet, a word, the
case-folding that makes Turkish "İ" and Romanian "ş"/"ș" one letter, a line without its date.
Pure: no Flask, no database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from smatrx.imports.date_words import BULLET_GLYPHS
from smatrx.imports.dates import DateRange, find_date_ranges, parse_month_year
from smatrx.imports.vocabulary import word_set

# --- entries ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """An experience (or education/project) entry: a block of lines around a date range."""

    heading: str  # the line(s) naming the role/company, best effort
    text: str  # the entry's full text
    range: DateRange | None
    lines: tuple[int, int]  # first and last line numbers (1-based) in the extracted text
    # Items of the entry opening with a period of their own ("• 2020-tól az első Rust
    # kísérletek: ..."): first and last line (1-based, the item's wrapped lines included)
    # and the period. (A range inside an item's sentence, "60 SQL Server instances (2016 a
    # 2022)", "SQL on Postgres and, since 2020, BigQuery", dates a version or one of the
    # names, not the item: it is none.)
    periods: tuple[tuple[int, int, DateRange], ...] = ()
    # Clauses of an item or a sentence dated by a period inside them: (first line, its
    # column, last line, the column it stops before, the period); lines 1-based. An open
    # start ("Prophet; od leta 2023 tudi statsmodels za intermitentne serije.") dates the
    # names written after it in the item, from then to the job's end, not those before it;
    # a closed range closing a clause ("IDocs en BAPI's; SAP PI/PO van 2016 tot 2019.")
    # dates the names of that clause before it.
    clauses: tuple[tuple[int, int, int, int, DateRange], ...] = ()
    # Under an education section: a degree's years, which date a skill only when no job
    # does (see estimate_usage).
    education: bool = False


def fold_case(text: str) -> str:
    """Lower case, one spelling per letter: Turkish "İ" lower-cases to "i" and a dot ("İŞ
    DENEYİMİ"); Romanian "ș", "ț" (comma below) and "ş", "ţ" (cedilla, as older fonts and
    Turkish write them) are one letter each."""
    lowered = text.lower().replace("i\u0307", "i")
    return lowered.replace("\u0219", "\u015f").replace("\u021b", "\u0163")


def folded_words(text: str) -> frozenset[str]:
    return frozenset(fold_case(word) for word in word_set(text))


# (and "?", the mark a PDF's text gives for a bullet its font lacks)
BULLET = re.compile(rf"^\s*(?:[-*+>?\u2013\u2014{BULLET_GLYPHS}]|\d{{1,2}}[.)])\s")
WORD = re.compile(r"[^\W\d_]{2,}")
HEADING_MAX_CHARS = 100


# "(3 yrs 2 mos)" and the same in French, Spanish, Italian, Portuguese, German and Dutch
# ("3 ans 2 mois", "2 años 5 meses", "4 Jahre 1 Monat", "3 jaar 2 maanden").
_YEARS_UNIT = r"yrs?|years?|y|ans?|años?|anni|anno|anos?|jahre?n?|jaar|j"
_MONTHS_UNIT = r"mos?|months?|m|mois|mes|meses|mesi|monate?n?|maanden|maand|mnd"
_DURATION = re.compile(
    rf"\b\d{{1,2}}\s*(?:{_YEARS_UNIT}|{_MONTHS_UNIT})\b"
    rf"(?:\s*\d{{1,2}}\s*(?:{_MONTHS_UNIT})\b)?",
    re.IGNORECASE,
)


# A note after an open start that says it goes on: "(till date)", "(to date)", "(current)".
_STILL_THERE = re.compile(
    r"\(\s*(?:till|until|up\s+to|to)?\s*(?:date|now|present|current|ongoing|today)\s*\)",
    re.IGNORECASE,
)


def line_residue(line: str, date_text: str) -> str:
    # The date line without its date: "Engineer, Acme | 03/2017-06/2020" gives "Engineer, Acme".
    # (with the end's ordinal dot: "2014. – 2018. Doktorski studij")
    ordinal = date_text + "." if (date_text + ".") in line and date_text[-1:].isdigit() else ""
    rest = line.replace(ordinal or date_text, " ", 1)
    rest = _DURATION.sub(" ", rest)  # "(3 yrs 2 mos)" names nothing
    rest = _STILL_THERE.sub(" ", rest)  # nor "Since August 2020 (till date)"
    rest = re.sub(r"[()\[\]]", " ", rest)
    return re.sub(r"\s+", " ", rest).strip(" \t|,;:*_-\u2013\u2014\u00b7\u2022")


CELL = " | "  # how a Word table row reads (resume_file joins a one-line row's cells so)


def tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold_case(text)))


SENTENCE_END = (".", "!", ";")
HEADING_BLOCK_MAX = 3


# --- a range's year wrapped onto the next line ----------------------------------------------------

# A range ending on a month's name at the line's end ("| September 2019 – September"), its
# year opening the next line ("2020"): a PDF's line wrapped inside the date.
_ENDS_ON_A_MONTH = re.compile(r"[-\u2013\u2014][ \t]*[^\W\d_]{3,}\.?[ \t]*$")
_OPENS_ON_A_YEAR = re.compile(r"[ \t]*((?:19|20)\d{2})(?![\w/.-])[ \t]*")
# ... or closing it, in the right-hand column of dates: "Grand Harbour Payments Ltd     2021".
_CLOSES_ON_A_YEAR = re.compile(r"(?:[ \t]{2,}|\t)((?:19|20)\d{2})[ \t]*$")


def rejoin_wrapped_years(lines: list[str], *, today: date) -> list[str]:
    """The lines with a range's wrapped year put back at the end of its range's line (the
    year's line keeps the rest of its text, so line numbers do not move)."""
    out = list(lines)
    for index in range(len(out) - 1):
        if _ENDS_ON_A_MONTH.search(out[index]) is None:
            continue
        year = _OPENS_ON_A_YEAR.match(out[index + 1]) or _CLOSES_ON_A_YEAR.search(out[index + 1])
        if year is None:
            continue
        joined = f"{out[index].rstrip()} {year.group(1)}"
        ranges = find_date_ranges(joined, today=today)
        if any(found.text.endswith(year.group(1)) for found in ranges):
            out[index] = joined
            rest = out[index + 1]
            out[index + 1] = rest[year.end() :] if year.start() == 0 else rest[: year.start()]
    return out


_OPEN_DASH = re.compile(r"[-\u2013\u2014][ \t]*$")


def _is_a_month(line: str) -> bool:
    """The line is a month of a year and nothing else ("Oct 2020", "05/2015"; not "2015")."""
    return parse_month_year(line) is not None and not line.isdigit()


# A line's first cell, before a run of spaces that sets a column apart; and its last.
_FIRST_CELL = re.compile(r"^([ \t]*\S(?:.*?\S)?)(?:[ \t]{2,}|\t)(\S.*)$")
_LAST_CELL = re.compile(r"^(.*\S)(?:[ \t]{2,}|\t)(\S(?:.*\S)?)[ \t]*$")


def joined_range(first: str, second: str, *, today: date) -> str | None:
    """A range's start and its end written one under the other, joined ("avril 2018 -" /
    "septembre 2021", "marzo 2017" / "- junio 2020", "Oct 2020" / "Present"); None where
    they are no range's two halves: neither may be a range alone (but a start with its dash,
    read alone as open), and the end must belong wholly to the range joined."""
    first, second = first.strip(), second.strip()
    if not first or not second or len(second) > 30 or find_date_ranges(second, today=today):
        return None
    alone = find_date_ranges(first, today=today)
    if alone and not (len(alone) == 1 and alone[0].ongoing and _OPEN_DASH.search(first)):
        return None
    joined = f"{first} {second}"
    if any(found.text.endswith(second) for found in find_date_ranges(joined, today=today)):
        return joined
    if not alone and _is_a_month(first):
        # no dash between them: "Oct 2020" / "Present"
        joined = f"{first} \u2013 {second}"
        if [found.text for found in find_date_ranges(joined, today=today)] == [joined]:
            return joined
    return None


def rejoin_range_ends_in_a_column(lines: list[str], *, today: date) -> list[str]:
    """The lines with a range's end that a column of dates put on the next line, beside the
    job's other lines, put back after its start: on the left ("sept. 2021 -     Senior
    engineer" / "heden     Facet Vision NV") or on the right ("Senior engineer     Mars
    2019 -" / "Arverne Sensors     aujourd'hui"). Each line keeps its other column."""
    out = list(lines)
    for index in range(len(out) - 1):
        first, second = _FIRST_CELL.match(out[index]), _FIRST_CELL.match(out[index + 1])
        if first is not None and second is not None:
            joined = joined_range(first.group(1), second.group(1), today=today)
            if joined is not None:
                out[index] = f"{joined}   {first.group(2)}"
                out[index + 1] = " " * len(second.group(1)) + "   " + second.group(2)
                continue
        first, second = _LAST_CELL.match(out[index]), _LAST_CELL.match(out[index + 1])
        if first is not None and second is not None:
            joined = joined_range(first.group(2), second.group(2), today=today)
            if joined is not None:
                out[index] = f"{first.group(1)}   {joined}"
                out[index + 1] = second.group(1)
                continue
        rejoined = _rejoined_without_a_gap(
            out[index], out[index + 1], today=today
        ) or _rejoined_in_a_middle_column(out[index], out[index + 1], today=today)
        if rejoined is not None:
            out[index], out[index + 1] = rejoined
    return out


# A cell of a line laid out in columns: text between gaps of three spaces or more.
_CELL = re.compile(r"\S(?:.*?\S)?(?=[ \t]{3,}|[ \t]*$)")
# A range's start and its open dash, then other text a single space away (a sidebar's).
_GLUED_SIDEBAR = re.compile(r"(\S.{2,20}?[ \t]*[-\u2013\u2014])[ \t](?=\S)")


def _rejoined_in_a_middle_column(first: str, second: str, *, today: date) -> tuple[str, str] | None:
    """The two lines with the range's end put back after its start where the column of dates
    stands between two others, a sidebar on its left ("CAN, NMEA 2000, BLE,     sept. 2020 -
    Ingénieur ..." / "SPI, I2C     aujourd'hui     Océalys Instruments") or on its right
    ("Interior Designer     Sept. 2017 -     EDUCATION" / "     Dec. 2020     BSc (Hons)");
    None elsewhere."""
    ends = list(_CELL.finditer(second))
    for cell in _CELL.finditer(first):
        # (the end under its start, aligned left or right: "Sept. 2017 –" / "   Dec. 2020")
        end = next((e for e in ends if e.start() < cell.end() and e.end() > cell.start()), None)
        if cell.start() == 0 or end is None:
            continue
        joined = joined_range(cell.group(), end.group(), today=today)
        rest = first[cell.end() :].lstrip()
        glued = _GLUED_SIDEBAR.match(cell.group())
        if joined is None and glued is not None and end.start() < cell.start() + glued.end():
            # the sidebar's text a single space after the start's dash, the end under the
            # start ("02/2022 – Flutter (básico)" / "atual"): the date's line without it
            joined = joined_range(glued.group(1), end.group(), today=today)
            rest = ""
        if joined is not None:
            return (
                f"{first[: cell.start()]}{joined}   {rest}".rstrip(),
                second[: end.start()] + " " * len(end.group()) + second[end.end() :],
            )
    return None


# A start and its dash opening a line, the text after it a single space away: a left column
# of dates whose gap the PDF's text lost ("Mar 2019 – Castletown Payments Ltd").
_OPENING_START = re.compile(r"^[ \t]*(\S.{2,20}?[ \t]*[-\u2013\u2014])[ \t]+(?=\S)")


def _rejoined_without_a_gap(first: str, second: str, *, today: date) -> tuple[str, str] | None:
    """The two lines with the range's end (one to three words opening the second line:
    "present", "to date") put back after its start, as rejoin_range_ends_in_a_column does
    for columns a gap still shows; None where the lines hold no such halves."""
    start = _OPENING_START.match(first)
    if start is None or not _is_a_month(start.group(1).rstrip("-\u2013\u2014 \t")):
        return _rejoined_at_the_ends(first, second, today=today)
    if find_date_ranges(first, today=today) or any(
        second.lstrip().startswith(found.text) for found in find_date_ranges(second, today=today)
    ):
        return None  # a whole range already, or the next line's own ("Jul 2019 – Dic 2021")
    words = second.split()
    for count in range(1, min(3, len(words) - 1) + 1):
        joined = joined_range(start.group(1), " ".join(words[:count]), today=today)
        if joined is not None:
            rest = second.split(None, count)[count]
            return f"{joined}   {first[start.end() :]}", " " * (len(second) - len(rest)) + rest
    return None


def rejoin_wrapped_range_ends(lines: list[str], *, today: date) -> list[str]:
    """The lines with a range's end that a PDF put on a line of its own ("julio de 2020" /
    "a la fecha") put back after its start (the end's line is left empty, so line numbers do
    not move)."""
    out = list(lines)
    for index in range(len(out) - 1):
        joined = joined_range(out[index], out[index + 1], today=today)
        if joined is not None:
            out[index] = out[index][: len(out[index]) - len(out[index].lstrip())] + joined
            out[index + 1] = ""
    return out


def _rejoined_at_the_ends(first: str, second: str, *, today: date) -> tuple[str, str] | None:
    """The same on the right: a start and its dash closing a line, the end closing the next
    one a single space after its text ("Signal Mountain Instruments, LLC, Hixson, TN August
    2014 -" / "Firmware Engineer May 2019"): the end put back after its start."""
    found = find_date_ranges(first, today=today)
    if not found or not found[-1].ongoing or not _OPEN_DASH.search(first):
        return None
    written = found[-1].text.rstrip("-\u2013\u2014 \t")
    if not first.rstrip().rstrip("-\u2013\u2014 \t").endswith(written):
        return None
    if find_date_ranges(second, today=today):
        return None  # the next line's own range ("Mar 2019 – Present")
    start = first[first.rstrip().rfind(written) :].strip()
    if joined_range(start, second, today=today) is not None:
        return None  # the end alone on its line: rejoin_wrapped_range_ends' business
    words = second.split()
    for count in range(min(3, len(words) - 1), 0, -1):  # (the longest end: "May 2019")
        end = " ".join(words[-count:])
        if _is_a_month(" ".join(words[-count - 1 :])):
            continue  # ("septembre" / "2021": a month split from its year)
        joined = joined_range(start, end, today=today)
        if joined is not None:
            head = first[: first.rstrip().rfind(written)].rstrip()
            return f"{head}   {joined}", second[: second.rstrip().rfind(end)].rstrip()
    return None


# A word a PDF hyphenated at a line's end: two letters or more, a hyphen, the line break, the
# next line's indent and the word's lower-case rest ("Active Direc-" / "  tory und Exchange").
_HYPHENATED_BREAK = re.compile(r"(?<=[^\W\d_]{2})-\n([ \t]*)([^\W\d_A-Z][^\W\d_]*)")


def rejoined_hyphenation(text: str) -> tuple[str, list[int]]:
    """The text with each word hyphenated at a line's end whole again on its first line, and
    where each rejoined rest now begins. Same length, the rest of each line in place: the
    rest moves up, the break moves after it and a space takes the hyphen's place ("Active
    Direc-\n  tory und" → "Active Directory\n   und"), so positions and line numbers of
    everything else hold."""
    joins: list[int] = []

    def rejoin(found: re.Match[str]) -> str:
        joins.append(found.start())
        return f"{found.group(2)}\n{found.group(1)} "

    return _HYPHENATED_BREAK.sub(rejoin, text), joins
