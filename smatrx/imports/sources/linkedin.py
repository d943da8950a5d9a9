"""LinkedIn "Get a copy of your data" export → structured facts about a person.

LinkedIn's API does not expose a member's skills, so people upload the export ZIP (or single CSV
files from it). This module only reads and normalises; deciding which skills to import, and with
what evidence, belongs to the matcher and the import job.

The export has quirks this parser absorbs: files at the root or inside a dated sub-folder, a
"Notes:" preamble (with quoted, possibly multi-line note text) before the real header, UTF-8 with
or without a BOM, quoted multi-line fields, month-precision dates ("Jan 2020") or bare years, and
columns that come and go between export versions.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from smatrx.imports.dates import months_between
from smatrx.imports.safe_zip import (
    EMPTY_ZIP_MAGIC,
    ZIP_MAGIC,
    Limits,
    UnsafeArchive,
    read_members,
)
from smatrx.text import clean_list

__all__ = [
    "LinkedInExport",
    "LinkedInExportError",
    "Position",
    "parse_export",
    "parse_linkedin_date",
    "read_csv_rows",
    "upload_problem",
]

NOT_AN_UPLOAD = "This is not a LinkedIn data export: upload the ZIP from LinkedIn or a CSV file."
NOT_AN_EXPORT = "This is not a LinkedIn data export: no Skills.csv or Positions.csv was found."

SKILLS = "Skills.csv"
POSITIONS = "Positions.csv"
CERTIFICATIONS = "Certifications.csv"
PROJECTS = "Projects.csv"
ENDORSEMENTS = "Endorsement_Received_Info.csv"
PROFILE = "Profile.csv"
# Canonical order; also the order of LinkedInExport.files_found.
KNOWN_FILES = (SKILLS, POSITIONS, CERTIFICATIONS, PROJECTS, ENDORSEMENTS, PROFILE)
# Files that can yield skills; an upload with none of them has nothing to import.
_SKILL_BEARING = frozenset({SKILLS, POSITIONS, CERTIFICATIONS, PROJECTS, ENDORSEMENTS})

# Column names of the files we read plus common ones of files we don't (Connections.csv, ...).
# Finding the header row means finding the first row with one of these; the list only has to be
# good enough to step over the "Notes:" preamble, not complete.
_KNOWN_COLUMNS = frozenset(
    name.casefold()
    for name in (
        "Name",
        "Company Name",
        "Title",
        "Description",
        "Location",
        "Started On",
        "Finished On",
        "Authority",
        "License Number",
        "Url",
        "Skill Name",
        "Endorsement Date",
        "Endorser First Name",
        "Endorser Last Name",
        "Endorser Public Url",
        "Endorsement Status",
        "First Name",
        "Last Name",
        "Maiden Name",
        "Headline",
        "Summary",
        "Industry",
        "Geo Location",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
        "Proficiency",
        "School Name",
        "Degree Name",
    )
)

# A single CSV is uploaded as-is; it gets the same bound as one ZIP member.
_MAX_CSV_BYTES = Limits().max_entry_bytes


class LinkedInExportError(ValueError):
    """A message the person can read."""


@dataclass(frozen=True)
class Position:
    company: str
    title: str
    description: str
    location: str
    started: date | None
    finished: date | None  # None = current (or the export did not say)

    def duration_months(self, today: date) -> int | None:
        """Months in the role, counting an open-ended position up to `today`; never negative
        (an export can end a position before it starts)."""
        if self.started is None:
            return None
        return max(0, months_between(self.started, self.finished or today))


@dataclass(frozen=True)
class LinkedInExport:
    skills: tuple[str, ...]
    positions: tuple[Position, ...]
    certifications: tuple[dict[str, str], ...]
    projects: tuple[dict[str, str], ...]
    endorsements: dict[str, int]
    headline: str | None
    summary: str | None
    industry: str | None
    files_found: tuple[str, ...]


def upload_problem(data: bytes) -> str | None:
    """A first look at an upload, by its bytes and not its name: a ZIP or a text file passes
    (the job reads it fully); anything else is refused with a sentence for the person."""
    if data.startswith(ZIP_MAGIC):
        return None
    try:
        data[:4096].decode("utf-8-sig")
    except UnicodeDecodeError:
        return NOT_AN_UPLOAD
    return None


NOT_A_ZIP = (
    "This file is named .zip but is not a ZIP file. Upload the ZIP LinkedIn sent you, "
    "or one of the CSV files in it (Skills.csv, Positions.csv)."
)


def parse_export(data: bytes, *, filename: str = "") -> LinkedInExport:
    """Parse an export ZIP or one CSV file from it. Raises LinkedInExportError."""
    if data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        files = _files_from_zip(data)
    elif filename.lower().endswith(".zip"):
        # Named like a ZIP but not one (a text file renamed, say): not "damaged", which
        # would send the person looking for a fault that is not there.
        raise LinkedInExportError(NOT_A_ZIP)
    else:
        files = _file_from_csv(data, filename)

    if not _SKILL_BEARING & files.keys():
        raise LinkedInExportError(NOT_AN_EXPORT)

    profile = (files.get(PROFILE) or [{}])[0]
    skills = _skills(files.get(SKILLS, []))
    return LinkedInExport(
        skills=skills,
        positions=tuple(
            _position(row)
            for row in files.get(POSITIONS, [])
            if _get(row, "Company Name") or _get(row, "Title")
        ),
        certifications=tuple(
            _non_empty(row) for row in files.get(CERTIFICATIONS, []) if _get(row, "Name")
        ),
        projects=tuple(_non_empty(row) for row in files.get(PROJECTS, []) if _get(row, "Title")),
        endorsements=_endorsements(files.get(ENDORSEMENTS, []), skills),
        headline=_get(profile, "Headline") or None,
        summary=_get(profile, "Summary") or None,
        industry=_get(profile, "Industry") or None,
        files_found=tuple(name for name in KNOWN_FILES if name in files),
    )


def read_csv_rows(raw: bytes) -> list[dict[str, str]]:
    """Rows of one export CSV as {header: value}, values stripped, missing cells as ""."""
    return _read_table(raw)[1]


def parse_linkedin_date(value: str) -> date | None:
    """A date as LinkedIn writes them; month- or year-only dates fall on the first day.

    "Jan 2020", "January 2020", "2020", "01/2020", "2020-01", "2020-01-15", "2020/01/15 10:00:00
    UTC", "01/15/2020" (LinkedIn's US order), "Jan 15, 2020"; anything else (including "") → None.
    """
    text = " ".join(value.strip().split())
    if not text:
        return None
    for pattern, build in _DATE_FORMATS:
        match = pattern.match(text)
        if match:
            try:
                result = build(match)
            except ValueError:  # month 13, Feb 30, an unknown month name
                return None
            if result is None or not 1900 <= result.year <= 2100:
                return None
            return result
    return None


# --- reading files -------------------------------------------------------------------------------


def _canonical(path: str) -> str | None:
    """The known export file this path is, matched by basename, case-insensitively."""
    parts = PurePosixPath(path).parts
    # Finder's re-zips add __MACOSX/ resource forks; they are never the CSV itself.
    if any(part.casefold() == "__macosx" for part in parts):
        return None
    base = parts[-1].casefold() if parts else ""
    for name in KNOWN_FILES:
        if base == name.casefold():
            return name
    return None


def _files_from_zip(data: bytes) -> dict[str, list[dict[str, str]]]:
    try:
        members = read_members(data, lambda path: _canonical(path) is not None)
    except UnsafeArchive as exc:
        raise LinkedInExportError(str(exc)) from exc
    files: dict[str, list[dict[str, str]]] = {}
    # Shallowest first, so an export that was zipped again inside a folder still prefers the
    # top-level copy when a file appears twice.
    for path in sorted(members, key=lambda p: (p.count("/"), p)):
        name = _canonical(path)
        if name is not None and name not in files:
            files[name] = _read_table(members[path])[1]
    return files


def _file_from_csv(data: bytes, filename: str) -> dict[str, list[dict[str, str]]]:
    if len(data) > _MAX_CSV_BYTES:
        raise LinkedInExportError("This file is too large to be a LinkedIn export CSV.")
    header, rows = _read_table(data)
    name = _identify(header, filename)
    return {name: rows} if name else {}


def _identify(header: Iterable[str], filename: str) -> str | None:
    """Which export file a lone CSV is: by its columns, the filename only breaking ties."""
    cols = {column.casefold() for column in header}
    hinted = _canonical(filename.replace("\\", "/")) if filename else None
    # Duplicate downloads come back as "Skills (1).csv"; strip that before trusting the name.
    if hinted is None and filename:
        stem = re.sub(r"\s*\(\d+\)(?=\.csv$)", "", PurePosixPath(filename).name, flags=re.I)
        hinted = _canonical(stem)

    def fits(name: str) -> bool:
        return _REQUIRED_COLUMNS[name] <= cols

    if hinted and fits(hinted):
        return hinted
    if "skill name" in cols and cols & {"endorsement date", "endorser first name"}:
        return ENDORSEMENTS
    if {"company name", "title"} <= cols:
        return POSITIONS
    if "headline" in cols or ({"first name", "last name"} <= cols and "industry" in cols):
        return PROFILE
    if "name" in cols and cols & {"authority", "license number"}:
        return CERTIFICATIONS
    if "title" in cols and cols & {"url", "description", "started on"}:
        return PROJECTS
    # Skills.csv is the one file with nothing but "Name"; other files with a Name column
    # (Languages.csv has Name, Proficiency) must not pass for it.
    if cols == {"name"}:
        return SKILLS
    return None


_REQUIRED_COLUMNS = {
    SKILLS: frozenset({"name"}),
    POSITIONS: frozenset({"company name", "title"}),
    CERTIFICATIONS: frozenset({"name"}),
    PROJECTS: frozenset({"title"}),
    ENDORSEMENTS: frozenset({"skill name"}),
    PROFILE: frozenset({"headline"}),
}


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode text" re-save; rare, but cheap to accept.
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        # utf-8-sig drops a leading BOM when present and is plain UTF-8 otherwise.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # A CSV edited and re-saved by Excel on Windows; latin-1 never fails, so the person
        # gets their data with at worst a few odd accents rather than an error.
        text = raw.decode("latin-1")
    # csv refuses NUL bytes outright; they carry no meaning in these files.
    return text.replace("\x00", "")


def _read_table(raw: bytes) -> tuple[list[str], list[dict[str, str]]]:
    """(header, rows) of one export CSV; the header found past any "Notes:" preamble."""
    text = _decode(raw)
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise LinkedInExportError(
            "A CSV file in this upload could not be read; please upload the original export."
        ) from exc

    start = _header_index(records)
    if start is None:
        return [], []
    header = [cell.strip() for cell in records[start]]
    rows: list[dict[str, str]] = []
    for record in records[start + 1 :]:
        if not any(cell.strip() for cell in record):
            continue
        row: dict[str, str] = {}
        for index, column in enumerate(header):
            # Unnamed columns (a trailing comma) and duplicates keep nothing useful.
            if column and column not in row:
                row[column] = record[index].strip() if index < len(record) else ""
        rows.append(row)
    return [column for column in header if column], rows


def _header_index(records: list[list[str]]) -> int | None:
    for index, record in enumerate(records):
        if any(cell.strip().casefold() in _KNOWN_COLUMNS for cell in record):
            return index
    # A file we know no column of: step over a "Notes:" block (up to the first blank line after
    # it) and take the next non-blank row.
    index = 0
    while index < len(records) and _blank(records[index]):
        index += 1
    if index < len(records) and records[index][0].strip().casefold().startswith("notes:"):
        while index < len(records) and not _blank(records[index]):
            index += 1
        while index < len(records) and _blank(records[index]):
            index += 1
    return index if index < len(records) else None


def _blank(record: list[str]) -> bool:
    return not any(cell.strip() for cell in record)


# --- building the result -------------------------------------------------------------------------


def _get(row: dict[str, str], column: str) -> str:
    """A cell by column name, tolerant of the export changing a column's case."""
    if column in row:
        return row[column]
    wanted = column.casefold()
    for key, value in row.items():
        if key.casefold() == wanted:
            return value
    return ""


def _non_empty(row: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in row.items() if value}


def _skills(rows: list[dict[str, str]]) -> tuple[str, ...]:
    return tuple(clean_list(_get(row, "Name") for row in rows))


def _position(row: dict[str, str]) -> Position:
    return Position(
        company=_get(row, "Company Name"),
        title=_get(row, "Title"),
        description=_get(row, "Description"),
        location=_get(row, "Location"),
        started=parse_linkedin_date(_get(row, "Started On")),
        finished=parse_linkedin_date(_get(row, "Finished On")),
    )


def _endorsements(rows: list[dict[str, str]], skills: tuple[str, ...]) -> dict[str, int]:
    # One row per endorsement. The same skill in another case is one skill, keyed by its
    # Skills.csv spelling when listed there (so export.endorsements[skill] just works), else by
    # its first spelling here.
    spelling = {skill.casefold(): skill for skill in skills}
    counts: dict[str, int] = {}
    for row in rows:
        name = " ".join(_get(row, "Skill Name").split())
        if not name:
            continue
        shown = spelling.setdefault(name.casefold(), name)
        counts[shown] = counts.get(shown, 0) + 1
    return counts


# --- dates ---------------------------------------------------------------------------------------

_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def _month(name: str) -> int:
    """1-12 for a month name or an abbreviation of at least three letters ("Sept")."""
    name = name.casefold().rstrip(".")
    if len(name) >= 3:
        for number, full in enumerate(_MONTH_NAMES, start=1):
            if full.startswith(name):
                return number
    raise ValueError(name)


def _ymd(year: str, month: str | int, day: str | int = 1) -> date:
    return date(int(year), month if isinstance(month, int) else int(month), int(day))


_DATE_FORMATS = (
    (re.compile(r"^(\d{4})$"), lambda m: _ymd(m[1], 1)),
    (re.compile(r"^([A-Za-z]+\.?),? (\d{4})$"), lambda m: _ymd(m[2], _month(m[1]))),
    (re.compile(r"^(\d{1,2})[/.-](\d{4})$"), lambda m: _ymd(m[2], m[1])),
    (re.compile(r"^(\d{4})[/.-](\d{1,2})$"), lambda m: _ymd(m[1], m[2])),
    (
        re.compile(r"^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T].*)?$"),
        lambda m: _ymd(m[1], m[2], m[3]),
    ),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), lambda m: _ymd(m[3], m[1], m[2])),
    (
        re.compile(r"^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$"),
        lambda m: _ymd(m[3], _month(m[1]), m[2]),
    ),
    (
        re.compile(r"^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$"),
        lambda m: _ymd(m[3], _month(m[2]), m[1]),
    ),
)
