# ruff: noqa: RUF003 - Turkish dotless i and en dashes in examples are data, not typos.
"""The small pieces every part of the résumé reader shares: an entry, a bullet, a word, the
case-folding that makes Turkish "İ" and Romanian "ş"/"ș" one letter, a line without its date.
Pure: no Flask, no database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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


BULLET = re.compile(r"^\s*(?:[-*+>\u2022\u00b7\u25aa\u25e6\u2023\u2013\u2014]|\d{1,2}[.)])\s")
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


def rejoin_wrapped_years(lines: list[str], *, today: date) -> list[str]:
    """The lines with a range's wrapped year put back at the end of its range's line (the
    year's line keeps what follows it, so line numbers do not move)."""
    out = list(lines)
    for index in range(len(out) - 1):
        year = _OPENS_ON_A_YEAR.match(out[index + 1])
        if year is None or _ENDS_ON_A_MONTH.search(out[index]) is None:
            continue
        joined = f"{out[index].rstrip()} {year.group(1)}"
        ranges = find_date_ranges(joined, today=today)
        if any(found.text.endswith(year.group(1)) for found in ranges):
            out[index] = joined
            out[index + 1] = out[index + 1][year.end() :]
    return out


_OPEN_DASH = re.compile(r"[-\u2013\u2014][ \t]*$")


def _is_a_month(line: str) -> bool:
    """The line is a month of a year and nothing else ("Oct 2020", "05/2015"; not "2015")."""
    return parse_month_year(line) is not None and not line.isdigit()


def rejoin_wrapped_range_ends(lines: list[str], *, today: date) -> list[str]:
    """The lines with a range's end that a PDF put on a line of its own ("julio de 2020" /
    "a la fecha", "marzo 2017" / "- junio 2020") put back after its start (the end's line is
    left empty, so line numbers do not move). Only where neither line is a range alone and
    the end's whole line belongs to the range joined."""
    out = list(lines)
    for index in range(len(out) - 1):
        first, second = out[index].strip(), out[index + 1].strip()
        if not first or not second or len(second) > 30:
            continue
        if find_date_ranges(second, today=today):
            continue
        alone = find_date_ranges(first, today=today)
        # (a start with its dash, read alone as open: "avril 2018 –" / "septembre 2021")
        if alone and not (len(alone) == 1 and alone[0].ongoing and _OPEN_DASH.search(first)):
            continue
        joined = f"{out[index].rstrip()} {second}"
        if any(found.text.endswith(second) for found in find_date_ranges(joined, today=today)):
            out[index] = joined
            out[index + 1] = ""
        elif not alone and _is_a_month(first):
            # a start and its end each on a line of their own, with no dash: "Oct 2020" / "Present"
            joined = f"{out[index].rstrip()} \u2013 {second}"
            if [found.text for found in find_date_ranges(joined, today=today)] == [joined.strip()]:
                out[index] = joined
                out[index + 1] = ""
    return out
