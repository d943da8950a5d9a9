"""Years the importer once misread in heldout95 to heldout100 (as of tests.imports.catalog's
TODAY): Indian "Jun-2015 to Jun-2018" ranges, a month glued to its year by a hyphen."""

from __future__ import annotations

from datetime import date

from smatrx.imports.dates import find_date_ranges
from tests.imports.catalog import catalog_matcher, years


def test_a_month_glued_to_its_year_by_a_hyphen() -> None:
    [found] = find_date_ranges("Duration: Jun-2015 to Jun-2018", today=date(2026, 12, 5))
    assert (found.start, found.end) == (date(2015, 6, 1), date(2018, 6, 1))
    # (a hyphen between spaces still joins a range's months: "Mar - Jun 2020")
    [spaced] = find_date_ranges("Mar - Jun 2020", today=date(2026, 12, 5))
    assert (spaced.start, spaced.end) == (date(2020, 3, 1), date(2020, 6, 1))


def test_a_project_dated_jun_2015_to_jun_2018() -> None:
    text = """PROJECT DETAILS
Project 1: Claims Warehouse
Company: Pallava Infotech Ltd.
Role: ETL Developer
Duration: Jun-2015 to Jun-2018
Environment: Informatica PowerCenter 10.1, Oracle 12c, Control-M
Responsibilities:
• Informatica mappings loading claims data into the Oracle warehouse.
"""
    found = years(text, catalog_matcher())
    assert found["Informatica"] == 3
    assert found["Control-M"] == 3
