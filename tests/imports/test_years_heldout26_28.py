# ruff: noqa: RUF001, RUF002 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout26 to heldout28): a range closing a job's
item after "in" ("... on the night shift in 2020–21.") is no new job; years a person states
for a name ("the last six in network security") count for it."""

from __future__ import annotations

import pytest

from smatrx.imports.claims import claimed_years
from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, spans, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_a_range_closing_an_item_after_in_is_no_new_job(matcher: Matcher) -> None:
    text = """Experience

Mar 2016 - Jun 2021: Staff Nurse, Some Hospital
 * Ward rotations in surgery and cardiology.
 * Night shift cover, including the vaccination hub in 2020–21.
 * Care records kept on Cerner Millennium.
"""
    # one job, and the lines after the item are still the job's
    assert spans(text) == [("Mar 2016 - Jun 2021", 3, 6)]
    assert years(text, matcher)["Oracle Health"] == 5


def test_a_range_so_placed_after_during_is_no_new_job_either() -> None:
    text = """Experience

Jan 2015 - Dec 2020  Analyst, Acme Ltd
- Weekly reporting for the sales team during 2018 - 2019.
- Dashboards in Tableau.
"""
    assert spans(text) == [("Jan 2015 - Dec 2020", 3, 5)]


def test_a_bulleted_job_with_its_range_at_the_end_is_still_a_job() -> None:
    text = """Experience
- Data Analyst, Acme Ltd, London 2019 - 2021
- Junior Analyst, Beta plc, Leeds 2017 - 2019
"""
    assert [s[0] for s in spans(text)] == ["2019 - 2021", "2017 - 2019"]


@pytest.mark.parametrize(
    ("before", "count"),
    [
        ("Engineer with about ten years in IT, the last six in ", 6),
        ("Twelve years of ", 12),
        ("I have 5+ years of hands-on experience with ", 5),
        ("eight years' experience in ", 8),
        ("Analyst with 7 years working with ", 7),
        ("Twenty-five years on ", 25),  # not "five"
    ],
)
def test_a_count_of_years_right_before_a_name_is_claimed(before: str, count: int) -> None:
    text = before + "Python and more."
    assert claimed_years(text, len(before)) == count


@pytest.mark.parametrize(
    "before",
    [
        "Nine years in IT, with ",  # the count is the career's, not the name's
        "Moved to AWS in 2019 with ",  # a year, not a count
        "Ran the 2019 years of ",
        "",
    ],
)
def test_no_count_leading_to_the_name_claims_nothing(before: str) -> None:
    text = before + "Python and more."
    assert claimed_years(text, len(before)) is None


def test_a_stated_count_raises_years_the_dated_jobs_give_fewer_of(matcher: Matcher) -> None:
    text = """Summary
Engineer with about ten years in IT, the last seven in security operations.

Experience
Security Analyst, Acme Bank
Jan 2022 - present
- Monitor alerts in Splunk.

SOC Analyst, Beta Telecom
Jun 2019 - Dec 2021
- Triage of phishing reports.
"""
    found = years(text, matcher)
    assert found["Security Operations"] == 7
    # the jobs' own years for what the count does not name
    assert found["Splunk"] == 5


def test_a_stated_count_lowers_no_years(matcher: Matcher) -> None:
    text = """Summary
Two years of Python in a data team, before that Java.

Experience
Developer, Acme Ltd
Jan 2016 - present
- Services in Python and Java.
"""
    assert years(text, matcher)["Python"] == 11
