# ruff: noqa: RUF001 - en dashes are how résumés write ranges.
"""What heldout110-112 showed at their first score: a plain-text job line's "-- since
October 2022", a quarter as a start ("From Q1 2025"), a sentence wrapped after "their" before
another's technology, and Java the island (smatrx.imports.dates, ownership, vocabulary)."""

from __future__ import annotations

from datetime import date

from smatrx.imports.dates import find_date_ranges
from tests.imports.catalog import assert_theirs, catalog_matcher, names, years

TODAY = date(2026, 12, 5)


def test_an_open_start_after_a_plain_text_dash() -> None:
    (found,) = find_date_ranges(
        "Barje Logistics Software d.o.o., Ljubljana -- since October 2022", today=TODAY
    )
    assert (found.start, found.ongoing) == (date(2022, 10, 1), True)


def test_a_quarter_is_its_first_month() -> None:
    (found,) = find_date_ranges("Platform Engineer, Acme   Q3 2021 – Q2 2023", today=TODAY)
    assert (found.start, found.end) == (date(2021, 7, 1), date(2023, 4, 1))
    job = (
        "EXPERIENCE\n\nEngineering Manager, Barje Logistics, June 2012 – present\n"
        "- From Q1 2025 I also own the engineering budget and the vendor contracts.\n"
    )
    assert years(job, catalog_matcher())["Vendor Management"] == 2


def test_another_partys_technology_after_a_wrapped_their() -> None:
    assert_theirs(
        "- System integration testing of new releases from the vendor. The vendor's developers"
        " in Chennai fix the defects in their\n  Java code; I retest the fixes.",
        "Java",
    )


def test_java_the_birthplace() -> None:
    assert "Java" not in names("mijn oma is op Java geboren en kwam in 1958 naar Friesland.")
