# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years come only from the dated entries that mention a skill (issue 17): a hyphenated
phrase is not a mention, and undated sections after a job (talks, projects, publications)
are not part of that job."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.matcher import Matcher, terms_from_catalog
from smatrx.imports.proposals import resume_proposals
from smatrx.seed.data import read_catalog

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(
        terms_from_catalog(
            {"id": skill.slug, "name": skill.name, "aliases": skill.aliases}
            for skill in read_catalog().skills
        )
    )


def years(text: str, matcher: Matcher) -> dict[str, int | None]:
    proposals, _ = resume_proposals(text, matcher, today=TODAY)
    return {proposal.name: proposal.years for proposal in proposals}


def test_a_hyphenated_phrase_is_not_a_mention(matcher: Matcher) -> None:
    text = """Experience

Marketing Lead, Acme
Jan 2010 - Dec 2012
Led the go-to-market plan for our developer tools.

Backend Engineer, Beta
Jan 2020 - Dec 2022
Built backend services in Go and Python.
"""
    found = years(text, matcher)
    assert found["Go"] == 3 and found["Python"] == 3


@pytest.mark.parametrize(
    "heading", ["Talks", "Speaking", "Projects", "Publications", "Open source"]
)
def test_an_undated_section_after_a_job_is_not_part_of_it(matcher: Matcher, heading: str) -> None:
    text = f"""Experience

Frontend Engineer, Gamma
Jan 2021 - Dec 2022
Built the shop in TypeScript.

{heading}
Why React hooks matter, a talk and a demo app in React
"""
    found = years(text, matcher)
    assert found["TypeScript"] == 2
    assert found["React"] is None  # mentioned, but in no dated entry


def test_years_and_evidence_come_only_from_mentions_the_matcher_accepted(
    matcher: Matcher,
) -> None:
    text = """Experience

Support Lead, Acme
Jan 2010 - Dec 2015
I react to problems with questions first.

Frontend Engineer, Beta
Jan 2021 - Dec 2022
Built the shop in React and TypeScript.
"""
    proposals, _ = resume_proposals(text, matcher, today=TODAY)
    react = next(p for p in proposals if p.name == "React")
    assert react.years == 2  # the verb in 2010-2015 adds nothing
    assert react.evidence == ["Line 9: Built the shop in «React» and TypeScript."]


def test_a_stack_section_ends_the_entry_above_it(matcher: Matcher) -> None:
    text = """Experience

Developer, Acme
Jan 2020 - Dec 2021
Built the API in Python.

Education
BSc Informatics (2013 - 2017)

Stack
Python, Docker, Git
"""
    found = years(text, matcher)
    assert found["Python"] == 2
    assert found["Docker"] is None and found["Git"] is None


def test_an_open_range_and_seasons_date_an_entry(matcher: Matcher) -> None:
    text = """Experience

Developer, Acme
Since Nov 2024
Built the API in Python.

Designer, Beta
Spring 2019 - Fall 2021
Prototypes in Figma.
"""
    found = years(text, matcher)
    assert found["Python"] == 2  # Nov 2024 to Dec 2026
    assert found["Figma"] == 3  # Mar 2019 to Sep 2021


def test_a_duration_beside_the_dates_is_not_a_title(matcher: Matcher) -> None:
    text = """Experience

Salesforce Developer – Charity CRM
Jan 2019 – Dec 2021 (3 yrs)
Apex triggers and Salesforce flows.
"""
    assert years(text, matcher)["Salesforce"] == 3
