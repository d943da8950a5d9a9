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
