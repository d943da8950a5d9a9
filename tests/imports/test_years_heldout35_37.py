# ruff: noqa: RUF001, RUF002 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout35 to heldout37 and later): a bullet of a job's
duties, written apart from a table of dated jobs, that carries years starting outside the job's
("patched 60 Exchange servers (2017–2019)": product versions, a client's years) is a line of
that job, not a job of its own that takes every later job's duties."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_a_duties_bullet_with_years_outside_its_job_is_no_job(matcher: Matcher) -> None:
    # a Word table's rows, as the text of the file reads them
    text = """Employment
Dates | Organisation | Role
March 2020 – present | Harbour Freight Ltd | Systems Administrator
2012 – 2015 | Quayside Print | IT Technician

Harbour Freight Ltd – Systems Administrator
• Patched and monitored 60 Exchange Server hosts (2017–2019).
• Wrote the onboarding scripts in PowerShell.

Quayside Print – IT Technician
• Looked after the Active Directory and the print servers.
"""
    found = years(text, matcher)
    assert found["PowerShell"] == 6
    assert found["Active Directory"] == 3
