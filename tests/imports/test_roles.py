"""What titles and sections say the person does (smatrx.imports.roles), through the matcher
with the real catalog. Pure: no app, no database."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def names(matcher: Matcher, text: str) -> set[str]:
    return {m.name for m in matcher.find(text)}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("**Junior Web Developer** · Digital Team, Taff Valley University", "Web Development"),
        ("Lead Data Scientist, Motor Pricing", "Data Science"),
        ("- Google Cloud Professional Data Engineer (2023)", "Data Engineering"),
        ("Lead Data Scientist, Motor Pricing", "Leadership"),
        ("Site Reliability Lead, Core Platforms", "Leadership"),
        ("Head of Data, Acme", "Leadership"),
        ("Services in Kotlin. I mentor five engineers.", "Mentoring"),
    ],
)
def test_a_title_or_a_verb_says_what_the_person_does(matcher: Matcher, text: str, skill: str):
    assert skill in names(matcher, text)


def test_a_talks_section_is_public_speaking(matcher: Matcher):
    text = "EXPERIENCE\nEngineer, Acme\n\nTALKS\n- Error budgets, SREcon EMEA 2023\n"
    assert "Public Speaking" in names(matcher, text)
    assert "Public Speaking" not in names(matcher, "- Talks with the vendor went well.\n")


@pytest.mark.parametrize(
    "text",
    [
        "Worked with our Web Developers on the checkout.",  # others, in the plural
        "Lead a migration of the billing system.",  # a verb, not a title
        "My mentor was Ada Okafor.",  # a person's mentor, not mentoring
    ],
)
def test_not_a_title(matcher: Matcher, text: str):
    assert not names(matcher, text) & {"Web Development", "Leadership", "Mentoring"}


def test_a_bullets_own_verb_with_its_object(matcher: Matcher):
    text = "- Lead a team of 7 engineers; mentor two apprentices from the college."
    assert "Mentoring" in names(matcher, text)
