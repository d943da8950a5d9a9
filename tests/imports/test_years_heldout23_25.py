# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout23 to heldout25): a section heading in the
singular ("Education & certification") is no job's title; an open start in brackets after
one name of a list ("(since 2021), ...") dates no other name of its line."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from smatrx.imports.sources.resume_sections import is_section_heading
from tests.imports.catalog import catalog_matcher, spans, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize("heading", ["Education & certification", "Certification", "Certificate"])
def test_a_singular_certification_heading_opens_a_section(heading: str) -> None:
    assert is_section_heading(heading)


def test_a_certificate_under_an_education_and_certification_heading_earns_no_degree_years(
    matcher: Matcher,
) -> None:
    text = """Experience
Data Engineer – Acme Ltd
March 2019 – present
• Build pipelines in Python and the infrastructure in Terraform.

Education & certification
BSc Computer Science – Some University, 2010 – 2014
Terraform Associate certificate, HashiCorp – 2022
"""
    # the job's years, not the degree's added to them (the certificate is no degree's line)
    assert years(text, matcher)["Terraform"] == 7


def test_an_open_start_after_one_name_of_a_list_dates_no_other_name(matcher: Matcher) -> None:
    text = """Experience
2018 - present  Sound engineer, Acme Studios
  - Mix records for local bands.

Skills
Certified: Scrum Master (since 2021), Kubernetes Administrator certificate
"""
    found = years(text, matcher)
    assert found.get("Kubernetes") is None


def test_a_degree_range_in_brackets_before_a_comma_still_dates_the_degree() -> None:
    text = """Education
BSc Computer Science, Some University (2011 - 2015), with honours
"""
    assert [s[0] for s in spans(text)] == ["2011 - 2015"]


def test_a_title_under_a_full_stop_with_a_note_after_its_dates_opens_the_next_job(
    matcher: Matcher,
) -> None:
    # a PDF with no blank lines: the title sits right under the last item of the job above
    text = """EXPERIENCE
Acme Payments — Senior Developer
05/2021 – present | Lisbon (hybrid)
• Build the payments API in Go on PostgreSQL.
Beta Systems — Junior PHP Developer
01/2019 – 04/2021 | Porto, Portugal
• Kept the old billing pages running on MySQL.
"""
    found = years(text, matcher)
    # the title's job: Jan 2019 to Apr 2021, not the job above's years as well
    assert found["PHP"] == 2
    assert [entry[1:] for entry in spans(text)] == [(2, 4), (5, 7)]


def test_a_project_dated_by_a_single_year_does_not_run_on_inside_the_one_above(
    matcher: Matcher,
) -> None:
    text = """Projects
--------

**Payments ledger rewrite** (Acme, 2023 – 2024)
Rebuilt the ledger on PostgreSQL with two other engineers.

**Monitoring overhaul** (Acme, 2016)
Replaced the old Nagios checks with alerting we could trust.
"""
    assert [entry[0] for entry in spans(text)] == ["2023 – 2024", "2016"]
    assert years(text, matcher)["Nagios"] == 1  # its own year, not the ledger's


def test_a_certificate_with_a_year_under_a_section_heading_stays_undated() -> None:
    text = """Projects
**Payments ledger rewrite** (Acme, 2023 – 2024)
Rebuilt the ledger on PostgreSQL.

Certifications
**Certified Kubernetes Administrator** (2020)
"""
    assert [entry[0] for entry in spans(text)] == ["2023 – 2024"]
