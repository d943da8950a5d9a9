# ruff: noqa: RUF001 - en dashes are the data under test.
"""Words and names the importer once took for technologies (heldout62 to heldout64): the first
half of a pair of German compounds ("Helm- und Sicherheitsschuhpflicht"), Beckett's play in
Spanish ("Esperando a Godot"), a research vessel's name, a canoe, and a name that is also a
verb opening a clause ("Make quick prototypes in Figma") (smatrx.imports.traps, vocabulary);
hiring and speaking said in more ways (smatrx.imports.practice_phrases); a "Professional"
section of memberships ends the degree above it (smatrx.imports.sources.resume_sections)."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, names, years


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Auf der Baustelle gilt Helm- und\nSicherheitsschuhpflicht.", "Helm"),
        ("Teatro: ensayamos Esperando a Godot en el barrio.", "Godot"),
        ("- Two weeks of sampling aboard the research vessel Delphi.", "Delphi"),
        ("I paddle the Dusi canoe marathon every February.", "CANoe"),
        ("- Make quick paper prototypes before any Figma work.", "GNU Make"),
        ("• React calmly when a site visit goes wrong.", "React"),
    ],
)
def test_words_and_names_that_are_no_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Bash- und Python-Skripte für die Backups.", "Bash"),
        ("- Make targets for the firmware builds.", "GNU Make"),
        ("Frontend: React and Next.js on the client.", "React"),
        ("- React hooks and Redux Toolkit.", "React"),
        ("- Helped ship Android and iOS releases every fortnight.", "Android SDK"),
        ("- CAN bus logging with CANoe and CANalyzer.", "CANoe"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- I run a small team, hire and coach its analysts.", "Recruiting"),
        ("- Hired and onboarded two support coordinators.", "Recruiting"),
        ("- Recruited three of the current engineers.", "Recruiting"),
        ("- I also hire for the data platform team.", "Recruiting"),
        ("- Interviewed for all three analyst positions.", "Recruiting"),
        ("- Participation aux recrutements de l'équipe.", "Recruiting"),
        ("- Participação nas entrevistas de contratação.", "Recruiting"),
        ("- Auswahl und Einstellung von drei Kollegen.", "Recruiting"),
        ("- Give weekly guided talks to school groups.", "Public Speaking"),
        ("- Spoke at DevFest Leeds 2023.", "Public Speaking"),
        ("- Occasional speaker at BCS Wessex events.", "Public Speaking"),
        ("- Presented the quarterly risk review to the audit committee.", "Public Speaking"),
        (
            '- Presented "Less paper, fewer errors" at the regional nursing conference.',
            "Public Speaking",
        ),
        ("  * Talks: 'Testing firmware', EmbeddedConf 2022.", "Public Speaking"),
        ("Palestrante em meetups de Python.", "Public Speaking"),
        ("- Monatliche interne Tech-Talks zu Angular.", "Public Speaking"),
    ],
)
def test_hiring_and_speaking_said_in_a_sentence(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Hired a van for the office move.", "Recruiting"),
        ("- I was hired and trained by the vendor.", "Recruiting"),
        ("- The vendor presented its roadmap to the board.", "Public Speaking"),
        ("- Patients presenting symptoms at triage.", "Public Speaking"),
    ],
)
def test_hiring_and_speaking_not_said(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_professional_section_ends_the_degree_above() -> None:
    matcher: Matcher = catalog_matcher()
    text = """Experience
Firmware Engineer, Fellside Ltd, Kendal
2019 – present
• C on STM32.
Education
2010 – 2014
MEng Electronic Engineering, University of Leeds
Professional
Member of the IET; occasional speaker at IET Cumbria events
"""
    assert years(text, matcher).get("Public Speaking") is None
