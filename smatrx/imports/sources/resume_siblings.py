# ruff: noqa: RUF002 - en dashes in examples are data, not typos.
"""A list of projects (or posts) written as headings with their years in brackets, where some
carry a range and some a single year ("**Ledger rewrite** (Acme, 2021 – 2022)", then
"**SLO rollout** (Acme, 2020)"): find_date_ranges reads a lone year as no range, so the
single-year heading would run on inside the item above and take its years. Here it is dated
its own year, January to December, as a sibling of the dated heading above it. Pure."""

from __future__ import annotations

import re
from datetime import date

from smatrx.imports.dates import DateRange
from smatrx.imports.sources.resume_lines import BULLET, SENTENCE_END
from smatrx.imports.sources.resume_sections import is_section_heading

# A line's closing bracket, maybe inside Markdown emphasis: "... (Acme, 2020)", "... (2020)**".
_BRACKETED_TAIL = re.compile(r"\(([^()]*)\)[ \t*_]*$")
# A single year closing that bracket, alone or after a comma: "2020", "Acme, 2020".
_LONE_YEAR = re.compile(r"(?:^|[,;][ \t]*)(?P<year>(?:19|20)\d\d)$")


def _markup(line: str) -> str:
    """How the heading opens: "**", "#", "" (the marks before its first letter or digit)."""
    stripped = line.lstrip()
    return stripped[: len(stripped) - len(stripped.lstrip("*_#"))]


def _bracketed_range(line: str, found: DateRange) -> bool:
    """The dated line is a heading closing with its range in brackets ("(Acme, 2021 – 2022)")."""
    tail = _BRACKETED_TAIL.search(line.rstrip())
    return not BULLET.match(line) and tail is not None and found.text in tail.group(1)


def lone_year_siblings(
    lines: list[str], dated: dict[int, DateRange], *, today: date
) -> dict[int, DateRange]:
    """The lines (index) that head an item of the same list as the dated heading above them
    (same opening marks, no section heading between, on a line of their own after a blank
    line or a full stop) and close with a single year in brackets: each with that year."""
    found: dict[int, DateRange] = {}
    anchor: int | None = None  # the last dated heading of the bracketed shape
    for index, line in enumerate(lines):
        if index in dated:
            anchor = index if _bracketed_range(line, dated[index]) else None
            continue
        if anchor is None or not line.strip():
            continue
        if is_section_heading(line):
            anchor = None
            continue
        if BULLET.match(line) or _markup(line) != _markup(lines[anchor]):
            continue
        above = lines[index - 1].rstrip()
        if above and not above.endswith(SENTENCE_END):
            continue
        tail = _BRACKETED_TAIL.search(line.rstrip())
        year = None if tail is None else _LONE_YEAR.search(tail.group(1).strip())
        if year is None:
            continue
        start = date(int(year.group("year")), 1, 1)
        if start > today:
            continue
        end = min(date(start.year, 12, 1), today)
        found[index] = DateRange(start=start, end=end, ongoing=False, text=year.group("year"))
    return found
