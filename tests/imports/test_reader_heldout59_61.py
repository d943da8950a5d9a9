# ruff: noqa: RUF001, RUF002 - en dashes are the data under test.
"""Words and names the importer once took for technologies (heldout59 to heldout61): a heading
"Protocols" (no typo of Pro Tools), Italian "fiori" (flowers), "GCE Advanced Level", "SQL
Sentry", a society's "General Assembly", an author being re-read, couriers ("LBC Express"),
a boat or a pet given a name ("a Shrimper called Ansible"); and a skills table's versions in
brackets ("Microsoft SQL Server (2005–2022), Oracle Database (10g–19c), ...") that date no job
(smatrx.imports.traps, named_people, vocabulary, sources.resume_periods)."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, names, years


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Protocols LoRaWAN, BLE, Modbus, SPI", "Pro Tools"),
        ("Tempo libero: fotografia di fiori di montagna.", "SAP Fiori"),
        ("2012 - 2014 GCE Advanced Level (Maths, Physics)", "Google Compute Engine"),
        ("Monitoring | SQL Sentry, Redgate SQL Monitor", "Sentry"),
        ("Poster at the EGU General Assembly in Vienna.", "Assembly"),
        ("Currently re-reading Kafka's The Castle.", "Apache Kafka"),
        ("- Delivery status sync with LBC Express and J&T Express.", "Express"),
        ("I sail a small yacht called Ansible on weekends.", "Ansible"),
    ],
)
def test_words_and_names_that_are_no_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- REST APIs in Node.js and Express.", "Express"),
        ("- Wrote a tool called Terraform-lint on top of Terraform.", "Terraform"),
        ("Skills: SAP Fiori, SAPUI5", "SAP Fiori"),
        ("- Error tracking with Sentry and alerts in PagerDuty.", "Sentry"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)


def test_versions_in_brackets_in_a_skills_table_date_no_job() -> None:
    matcher: Matcher = catalog_matcher()
    text = """Skills
[table]
Area | Technologies
Databases | Microsoft SQL Server (2008–2019), Oracle Database (11g–19c), PostgreSQL, MySQL
[/table]

Experience
Database Administrator — Murray Health, Albury
03/2018 – current
• SQL Server Always On for the patient systems.
"""
    assert years(text, matcher)["Microsoft SQL Server"] == 8
