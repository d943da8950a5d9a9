"""Words and names the importer once took for technologies (heldout62 to heldout64): the first
half of a pair of German compounds ("Helm- und Sicherheitsschuhpflicht"), Beckett's play in
Spanish ("Esperando a Godot"), a research vessel's name, a canoe, and a name that is also a
verb opening a clause ("Make quick prototypes in Figma") (smatrx.imports.traps, vocabulary)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


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
