"""The reader's rules found with the fourteenth held-out corpus (issue 17): hobbies lines,
car makers' models, Hindi's "karna" verbs, titles capitalised on their first word only,
Luxembourgish and German compounds and "a" for "and"."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Hobbies          : Cricket, go-karting on weekends, mobile photography\n", "Photography"),
        ("Loisirs : photographie, randonnée, Go (le jeu)\nSkills: Java\n", "Go"),
        ("・担当車種 スズキ Swift 向けメーター", "Swift"),
        ("Fleet of Suzuki Swift and Toyota Corolla cars for the sales team.", "Swift"),
        ("- Mäi Chef an ech hunn d'Architektur vun der Plattform ausgeschafft.", "Chef"),
        ("Termin für den Go-Live der neuen Plattform festgelegt.", "Go"),
    ],
)
def test_not_the_persons_skill(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("   - 3 junior developers ko mentor karta hoon.", "Mentoring"),
        ("Københavns Universitet,Ekstern lektor (deltid),Underviste", "Teaching"),
        ("- Oracle-Datebank, PL/SQL fir d'Batch-Treatementer an der Nuecht.", "Oracle Database"),
        ("Skills: Swift, Kotlin, Jetpack Compose", "Swift"),
    ],
)
def test_the_persons_skill(text: str, present: str) -> None:
    assert present in names(text)
