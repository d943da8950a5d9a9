# ruff: noqa: RUF001 - an en dash separates a title from its employer in the data.
"""Practices said in a sentence that the importer once missed (heldout53 to heldout55): working
with or reporting to the business's leaders and functions (Stakeholder Management), a talk at
an event named by its name or a "Speaker at" line (Public Speaking), mentoring people named
as personnel or freshers or pairing with juniors (Mentoring), and a verb of the person's after
"and" in a sentence that names someone else's thing ("reviewed their test cases and mentored
freshers") (smatrx.imports.practice_phrases, people_skills and ownership)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import assert_own, names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Agree release dates with the product owners and legal.", "Stakeholder Management"),
        ("- Worked closely with the CFO and two business owners.", "Stakeholder Management"),
        ("- I liaise on retention with the Data Protection Officer.", "Stakeholder Management"),
        ("- Presented quarterly uptime figures to the executive board.", "Stakeholder Management"),
        ("- Weekly status updates to the CISO.", "Stakeholder Management"),
        ("- Report to the risk committee's directors on patch levels.", "Stakeholder Management"),
        ("- Gave talks at DevOpsDays Wellington and at work.", "Public Speaking"),
        ("• Speaker at the Otago Linux users meetup, 2022.", "Public Speaking"),
        ("- Mentor three support personnel on the night shift.", "Mentoring"),
        ("- Paired with the new junior analysts every Friday.", "Mentoring"),
        ("- Wrote the test plan, checked their scripts and mentored freshers.", "Mentoring"),
    ],
)
def test_said_in_a_sentence(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Reports to the CTO.", "Stakeholder Management"),
        ("- Reporting directly to the CEO of the group.", "Stakeholder Management"),
        ("- Worked with management consultants on the office move.", "Stakeholder Management"),
        ("- Worked on the finance systems upgrade.", "Stakeholder Management"),
        ("- Talks at lunch with the team were the best part.", "Public Speaking"),
    ],
)
def test_not_said(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_the_persons_verb_after_and_is_theirs() -> None:
    assert_own("- Triaged the vendor's bug reports and mentored two graduates.", "Mentoring")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Our Java Stout took gold at the county show.", "Java"),
        ("- Sourced the beans for the house Java blend from two estates.", "Java"),
        ("Beim Smalltalk nach dem Vortrag bin ich eher ruhig.", "Smalltalk"),
        ("Mir liegt der Zustand des Codes am Herzen.", "Zustand"),
        ("Cursus opgezet samen met mijn collega Gerrit voor de helpdesk.", "Gerrit"),
        ("Ingénieure systèmes – Vosgitech SAS, Épinal", "SAS"),
    ],
)
def test_words_and_names_that_are_no_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Services in Java 17 and Spring Boot.", "Java"),
        ("- Clinical trial reporting in SAS, R and Stata.", "SAS"),
        ("Skills: Smalltalk, Pharo, Squeak", "Smalltalk"),
        ("- State management with Zustand and React Query.", "Zustand"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)
