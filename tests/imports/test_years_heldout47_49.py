# ruff: noqa: RUF001, RUF002 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout47 to heldout49): a range whose end year a PDF
wrapped onto the next line ("September 2019 – September" / "2020"), and duties written under
titles after a table of dated jobs when another dated table (the degrees) follows them, or
when a title carries a note in brackets the row lacks."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_an_end_year_wrapped_onto_the_next_line(matcher: Matcher) -> None:
    text = """EXPERIENCE
Research Engineer | Institute of Marine Robotics, University of Tasmania | March 2018 – March
2021
• Sonar image segmentation with TensorFlow.
"""
    assert years(text, matcher)["TensorFlow"] == 3


def test_a_year_opening_a_sentence_below_a_month_stays_there(matcher: Matcher) -> None:
    # a month ending a line of prose is no range's end: the next line keeps its year
    text = """Platform Engineer, Harbourline — June 2019 – present
• Moved the last services off the old cluster in April
2023 saw the move to Kubernetes complete, run with Terraform.
"""
    assert years(text, matcher)["Terraform"] == 7


def test_duties_under_titles_before_a_table_of_degrees(matcher: Matcher) -> None:
    text = """Experience
Period | Role | Employer
10/2020 – present | Security Analyst (SOC L3) | Riverbend Cyber Ltd, Hobart
09/2016 – 09/2020 | Systems Administrator | Tamar Print Ltd, Launceston

Riverbend Cyber Ltd – Security Analyst (permanent contract)
• Alert triage in Microsoft Sentinel with KQL.

Tamar Print Ltd – Systems Administrator
• Windows Server and Active Directory for 400 users.

Education
Years | Degree | School
2011 – 2013 | MSc Computer Science | University of Tasmania
2008 – 2011 | BSc Computing | University of Tasmania
"""
    found = years(text, matcher)
    assert found["Microsoft Sentinel"] == 6
    assert found["Active Directory"] == 4


def test_a_note_in_brackets_on_its_own_line_is_no_title(matcher: Matcher) -> None:
    text = """Experience
Period | Role | Employer
since 01/2020 | Senior SAP Consultant FI/CO | Rheinufer Consulting GmbH, Köln
10/2012 – 03/2015 | Junior Controller | Tiefbau GmbH, Wuppertal

Rheinufer Consulting GmbH (since 01/2020)
• Customizing SAP FI and SAP CO
  (cost centres, internal orders)
• Rolled out SAP Fiori apps for incoming invoices

Tiefbau GmbH (10/2012 – 03/2015)
• Cost centre accounting in SAP CO
"""
    assert years(text, matcher)["SAP Fiori"] == 7


def test_a_note_that_the_job_goes_on_is_no_title(matcher: Matcher) -> None:
    # "(till date)" after an open start: the title and employer above still head the job
    text = """PROFESSIONAL EXPERIENCE

Lead Instructional Designer
Vaigai Learning Solutions Pvt. Ltd., Madurai
Since August 2020 (till date)
- Build modules in Articulate Storyline.

Instructional Designer
Thirumalai eLearning Services, Chennai
2016 - 2019
- Wrote storyboards.
"""
    assert years(text, matcher)["Training Delivery"] >= 8


def test_kinds_of_testing_and_research_date_the_broader_skill(matcher: Matcher) -> None:
    text = """Experience
Senior QA Engineer, Dreisam Health — 11/2021 – present
- End-to-end test automation with Playwright.

Software Tester, Kaiserstuhl Versicherung — 12/2014 – 12/2017
- Manual testing of the customer portal.

Research Assistant, Abertay University — October 2016 – February 2019
- Card sorting and tree testing for the website redesign.
"""
    found = years(text, matcher)
    assert found["Software Testing"] == 8
    assert found["UX Research"] == 2


def test_a_since_inside_a_profile_sentence_dates_no_job(matcher: Matcher) -> None:
    profile = (
        "Softwarearchitekt mit über 15 Jahren Erfahrung in der Java-Entwicklung, seit 2019 mit "
        "Schwerpunkt auf der Modernisierung von Versicherungssystemen."
    )
    text = f"""Kurzprofil
{profile}

Beruflicher Werdegang
04.2019 – heute | Softwarearchitekt, WestKom Versicherungs-IT GmbH, Münster
Event-getriebene Architektur mit Apache Kafka auf Red Hat OpenShift.
10.2014 – 03.2019 | Senior Java-Entwickler, Prinzipal Software GmbH, Münster
Kundenportale mit Hibernate auf Oracle Database.
"""
    assert years(text, matcher)["Apache Kafka"] == 7
