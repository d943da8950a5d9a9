# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout56 to heldout58): a job told twice, first in a
table with its months, then as the heading of its duties with the years only ("Adriatica
Marine Systems S.r.l. (dal 2019)"): the duties take the table's months."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_duties_under_a_years_only_heading_take_the_tables_months(matcher: Matcher) -> None:
    text = """Esperienza
[table]
Periodo | Datore di lavoro | Ruolo
novembre 2020 – in corso | Carsica Elettronica S.r.l., Udine | Ingegnere firmware
marzo 2015 – ottobre 2020 | Isonzo Sistemi S.p.A., Gorizia | Sviluppatore embedded
[/table]

Carsica Elettronica S.r.l. (dal 2020)
• Firmware in Rust per sensori di vibrazione.

Isonzo Sistemi S.p.A. (2015 – 2020)
• Schede di controllo in C su STM32.
"""
    found = years(text, matcher)
    assert found["Rust"] == 6  # Nov 2020 to Dec 2026, not 2020 from January
    assert found["STM32"] == 5  # Mar 2015 to Oct 2020


def test_a_years_only_heading_of_another_employer_keeps_its_years(matcher: Matcher) -> None:
    text = """Experience
[table]
Period | Employer | Role
November 2020 – present | Carsica Ltd, Leeds | Firmware engineer
[/table]

Volunteer: Leeds Hackspace (2016 – 2020)
• Workshops on Rust for beginners.
"""
    assert years(text, matcher)["Rust"] == 4  # its own 2016 - 2020, not the table's job
