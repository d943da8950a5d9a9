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
