"""The export builders, pure: formula injection neutralised, CSV with a BOM, XLSX read back
with openpyxl."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from smatrx.teams.exports import Sheet, matrix_sheet, neutralise, to_csv, to_xlsx
from tests.teams.test_coverage_report import holding, member


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Ada", "Ada"),
        ("a=b", "a=b"),
        ("", ""),
        (42, 42),
        (-5, -5),
        (None, None),
    ],
)
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected


SHEET = Sheet("Test", ("Name", "Score"), (("=1+1", 5), ("Zoë", -3), ("@cmd", None)))


def test_csv_is_utf8_with_a_bom_and_neutralised() -> None:
    body = to_csv(SHEET)
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows == [["Name", "Score"], ["'=1+1", "5"], ["Zoë", "-3"], ["'@cmd", ""]]


def test_xlsx_writes_text_as_text_and_numbers_as_numbers() -> None:
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([SHEET], title="t")))
    sheet = book["Test"]
    assert sheet["A2"].value == "'=1+1" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == 5 and sheet["B3"].value == -3
    assert sheet["A4"].value == "'@cmd" and sheet["B4"].value is None


def test_matrix_sheet_is_members_by_skills_with_letters_and_scores() -> None:
    ada, bo = member("a", "Ada", "lead"), member("b", '=HYPERLINK("x")')
    rows = [holding("a", "python", "expert", verified=True), holding("b", "go", "beginner")]
    sheet = matrix_sheet([ada, bo], rows)
    assert sheet.header == ("Member", "Role", "Go (Category)", "Python (Category)")
    assert sheet.rows == (("Ada", "Lead", "", "E ✓"), ('=HYPERLINK("x")', "Member", "B", ""))
