# ruff: noqa: RUF001 - en dashes and non-English letters are the data under test.
"""Résumé layouts the entry splitter once read wrongly (heldout7): undated sections headed in
Turkish, Hungarian or Romanian, a period inside a job's bullet, a table of dates apart from
the jobs' duties."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.sources.resume import split_entries

TODAY = date(2026, 12, 5)


def spans(text: str) -> list[tuple[str, int, int]]:
    """(the range as written, first line, last line) of each entry."""
    return [
        (entry.range.text, *entry.lines)
        for entry in split_entries(text, today=TODAY)
        if entry.range is not None
    ]


@pytest.mark.parametrize(
    ("heading", "after"),
    [
        ("Yetenekler", "SQL · Python · Docker"),  # Turkish: skills
        ("Referanslar", "Ada Erdem — Veri Platformu Müdürü"),  # Turkish: references
        ("İŞ DENEYİMİ", "Docker"),  # Turkish capitals: "İ" lower-cases with a dot
        ("KÉSZSÉGEK", "Rust, C, Git"),  # Hungarian: skills
        ("PROJEKTEK, ELOADÁSOK", "• canlens — Rust, WebAssembly"),  # Hungarian, PDF-folded ő
        ("Competențe", "Tehnic | Python, Git"),  # Romanian: competences
        ("Competenţe", "Tehnic | Python, Git"),  # the same with a cedilla ţ
        ("Limbi străine", "Engleză – C2"),  # Romanian: foreign languages
        ("IT skills", "Integration | HL7, FHIR"),  # "IT" is no job
    ],
)
def test_an_undated_section_in_another_language_ends_the_entry_above(
    heading: str, after: str
) -> None:
    text = f"""Veri Mühendisi — Kervan Market, İstanbul
Eylül 2018 – Şubat 2021
- Teradata ve Hive.

{heading}
{after}
"""
    assert spans(text) == [("Eylül 2018 – Şubat 2021", 1, 3)]


def test_a_table_row_with_start_and_end_in_two_cells_is_dated() -> None:
    text = """Employment history
From | To | Employer | Post
03/2022 | to date | Acme Trust | Senior Analyst
11/2019 | 02/2022 | Acme Trust | Analyst
"""
    entries = split_entries(text, today=TODAY)
    assert [(e.range.start, e.range.end, e.range.ongoing) for e in entries] == [
        (date(2022, 3, 1), TODAY, True),
        (date(2019, 11, 1), date(2022, 2, 1), False),
    ]
    assert entries[1].heading == "Acme Trust | Analyst"


def test_duties_written_apart_from_a_table_of_dates_get_their_rows_dates() -> None:
    text = """Employment history
From | To | Employer | Post
03/2022 | to date | Aire Valley Hospitals NHS Trust | Senior Systems Analyst (Band 7)
11/2019 | 02/2022 | Aire Valley Hospitals NHS Trust | Systems Analyst (Band 6)
09/2009 | 05/2014 | Boots UK, Harrogate | Pharmacy Technician

Main duties and achievements

Senior Systems Analyst (Band 7) – Aire Valley Hospitals
• HL7 interfaces; FHIR APIs.

Systems Analyst (Band 6) – Aire Valley Hospitals
• SQL and PowerShell scripts.

Pharmacy Technician – Boots UK
• Dispensing and checking.

IT skills
Integration | HL7, FHIR
"""
    found = {
        entry.lines: (entry.range.start.year, entry.text.split("\n")[-1])
        for entry in split_entries(text, today=TODAY)
    }
    # each row keeps its own line (the last does not take the duties below it)
    assert found[(5, 5)] == (
        2009,
        "09/2009 \u2013 05/2014 | Boots UK, Harrogate | Pharmacy Technician",
    )
    # each title takes the dates of the row naming all its words ("Band 6" is not "Band 7")
    assert found[(9, 10)] == (2022, "\u2022 HL7 interfaces; FHIR APIs.")
    assert found[(12, 13)] == (2019, "\u2022 SQL and PowerShell scripts.")
    assert found[(15, 16)] == (2009, "\u2022 Dispensing and checking.")
    assert len(found) == 6
