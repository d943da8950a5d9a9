"""Exports of a team: the matrix (members x skills) and the coverage report, as tables, as
CSV (UTF-8 with a byte-order mark, so Excel reads the accents right) and as XLSX
(XlsxWriter). Pure: no Flask, no database.

Every text cell goes through neutralise(): a spreadsheet treats a cell that starts with
= + - @ (or a tab or carriage return before one) as a formula, so a member named
"=HYPERLINK(...)" would run as one (CSV injection). Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import xlsxwriter

from smatrx.teams.coverage import CoverageReport, level_label, level_letter
from smatrx.teams.holdings import Holding, Member

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | None
BOM = "\ufeff"


def neutralise(value: Cell) -> Cell:
    """The cell as a spreadsheet will show it, never run it: text starting with a formula
    character gets a leading apostrophe. Numbers and empty cells pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Sheet:
    title: str  # the XLSX sheet's name (at most 31 characters, no []:*?/\)
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[int, ...] = ()  # XLSX column widths, first columns only


def matrix_skills(holdings: Iterable[Holding]) -> list[tuple[str, str, str]]:
    """(skill id, name, category) of every skill someone holds, by category then name."""
    seen: dict[str, tuple[str, str, str]] = {}
    for row in holdings:
        seen.setdefault(row.skill_id, (row.skill_id, row.skill_name, row.category_name))
    return sorted(seen.values(), key=lambda s: (s[2].lower(), s[1].lower(), s[0]))


def matrix_cell(row: Holding) -> str:
    """A member's skill as letter and score ("A 65"), "✓" when verified, and the lead's
    level when a lead assessed it ("lead I")."""
    text = level_letter(row.level)
    if row.score is not None:
        text += f" {row.score}"
    if row.verified:
        text += " ✓"
    if row.lead_level:
        text += f" (lead {level_letter(row.lead_level)})"
    return text


def matrix_sheet(members: Sequence[Member], holdings: Sequence[Holding]) -> Sheet:
    skills = matrix_skills(holdings)
    cells = {(row.user_id, row.skill_id): matrix_cell(row) for row in holdings}
    header = ("Member", "Role", *(f"{name} ({category})" for _, name, category in skills))
    rows = tuple(
        (
            member.name,
            "Lead" if member.is_lead else "Member",
            *(cells.get((member.user_id, skill_id), "") for skill_id, _, _ in skills),
        )
        for member in members
    )
    return Sheet("Matrix", header, rows, widths=(24, 8))


def coverage_sheets(report: CoverageReport) -> list[Sheet]:
    """The targets (with readiness last), the single points of failure, the stale ratings."""
    targets = tuple(
        (
            row.target.skill_name,
            row.target.category_name,
            level_label(row.target.min_level),
            row.target.needed,
            row.count,
            row.status,
            "Yes" if row.single_point else "",
            ", ".join(holder.name for holder in row.holders),
        )
        for row in report.targets
    )
    readiness: tuple[Cell, ...] = (
        "Readiness (%)",
        "needed seats filled",
        "",
        report.seats,
        report.filled,
        report.readiness if report.readiness is not None else "",
        "",
        "",
    )
    lone = tuple(
        (
            item.skill_name,
            item.category_name,
            item.holder.name,
            level_label(item.holder.level),
            "Yes" if item.targeted else "",
        )
        for item in report.lone_experts
    )
    stale = tuple(
        (
            item.member_name,
            item.skill_name,
            level_label(item.level),
            item.rated_at.date().isoformat(),
        )
        for item in report.stale
    )
    return [
        Sheet(
            "Targets",
            (
                "Skill",
                "Category",
                "Minimum level",
                "Needed",
                "At level",
                "Status",
                "Single point of failure",
                "Holders at level",
            ),
            (*targets, readiness),
            widths=(24, 18, 14, 8, 9, 12, 12, 40),
        ),
        Sheet(
            "Lone experts",
            ("Skill", "Category", "Only holder at advanced+", "Level", "Targeted"),
            lone,
            widths=(24, 18, 24, 12, 9),
        ),
        Sheet(
            "Stale ratings",
            ("Member", "Skill", "Level", "Rated on"),
            stale,
            widths=(24, 24, 12, 12),
        ),
    ]


def to_csv(sheet: Sheet) -> bytes:
    """One sheet as CSV: UTF-8 with a byte-order mark, CRLF line ends, cells neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in sheet.header])
    writer.writerows([neutralise(cell) for cell in row] for row in sheet.rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


def to_xlsx(sheets: Sequence[Sheet], *, title: str, created: datetime | None = None) -> bytes:
    """The sheets as one XLSX workbook: bold frozen header row, cells neutralised; text is
    always written as text (write_string), never guessed into a formula or number."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    workbook.set_properties({"title": title, "created": created} if created else {"title": title})
    bold = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    for sheet in sheets:
        worksheet = workbook.add_worksheet(sheet.title)
        for column, width in enumerate(sheet.widths):
            worksheet.set_column(column, column, width)
        for column, heading in enumerate(sheet.header):
            worksheet.write_string(0, column, str(neutralise(heading)), bold)
        for row_number, row in enumerate(sheet.rows, start=1):
            for column, cell in enumerate(row):
                if cell is None or cell == "":
                    continue
                if isinstance(cell, int | float):
                    worksheet.write_number(row_number, column, cell)
                else:
                    worksheet.write_string(row_number, column, str(neutralise(cell)))
        worksheet.freeze_panes(1, 1)
    workbook.close()
    return buffer.getvalue()
