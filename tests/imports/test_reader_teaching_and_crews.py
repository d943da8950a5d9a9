# ruff: noqa: RUF001 - en dashes are how résumés write ranges.
"""Teaching said in a sentence and leading crews, gangs and teams said as a role, in the words of
earlier corpora's people (smatrx.imports.practice_phrases, smatrx.imports.people_skills)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    "text",
    [
        "- Code Club volunteer at a primary school, teaching Scratch to Year 5 and 6.",
        "- PROMPT faculty member: teach obstetric emergency drills (shoulder dystocia, PPH) to"
        " midwives, paramedics and GPs.",
        "• Breastfeeding support, teaching mothers to hand express, and referral.",
        "- Clinical nutrition teaching for nursing students from the University of Akureyri.",
        "- Prenatal nutrition classes for pregnant women: iodine and vitamin D.",
        "Since 2022 I volunteer at Swahilipot Hub, where I run beginner Java workshops for young"
        " people from Old Town.",
        '- Since 2022, teach a weekend "build your own ukulele" course four times a year.',
        "* Tutored COMP SCI 1012 (Python programming) for two semesters.",
    ],
)
def test_teaching_said_in_a_sentence(text: str) -> None:
    assert "Teaching" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # workshops with people who are not learners are facilitation
        "- Ran discovery workshops for stakeholders and product owners.",
        # another party teaching
        "- The vendor taught the new system to our staff.",
        "- Gave talks to students at the university.",
    ],
)
def test_not_teaching(text: str) -> None:
    assert "Teaching" not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("* Led two- and three-man crews on the school upgrade programme.", "Leadership"),
        ("- Supervised labour gangs of up to 40; daily reports.", "Leadership"),
        ("- From 2019, night shift laboratory team leader supervising three technicians.",
         "Leadership"),
        ("• Since 2022 I have been survey lead for the new Stanley port project: control.",
         "Leadership"),
        ('- Took the helm of the four-person "combat strike team" before launch.', "Leadership"),
        ("• Vanaf 2008 teamleider van vijf ontwikkelaars: planning.", "Leadership"),
        ("• Leading a team of 5 data engineers since April 2022 – task allocation and guiding"
         " freshers.", "Mentoring"),
    ],
)  # fmt: skip
def test_leading_and_guiding_said_as_a_role(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the helm itself is no technology and no team
        "- Took the helm of the quarterly budget review.",
        "- Reported to the night shift team leader on the lab's results.",
    ],
)
def test_no_leading_without_a_team(text: str) -> None:
    assert "Leadership" not in names(text)
