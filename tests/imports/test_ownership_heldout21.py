"""Whose technology a mention is: the rules found with the twenty-first held-out corpus,
used after its first score. Another party opening the clause as its subject, with the
name inside that party's own things or work."""

from __future__ import annotations

import pytest

from tests.imports.catalog import assert_own, assert_theirs


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- The insurer's claims team sends their weekly reports to us in Tableau.", "Tableau"),
        ("- Our auditor's analytics team shares its workpapers with me in Alteryx.", "Alteryx"),
        ("El equipo de ventas publica mis cifras en sus informes de Power BI.", "Power BI"),
    ],
)
def test_a_party_sharing_its_own_things_with_the_person(text: str, theirs: str) -> None:
    """Another party is the subject and the name is in "their" things; the person is only
    the one they are given to."""
    assert_theirs(text, theirs)


def test_a_wrapped_pdf_line_still_reads_their_things() -> None:
    # the line ends in "de": the sentence goes on in the next line
    text = "El equipo de finanzas publica mis previsiones en sus informes de\nPower BI cada mes."
    assert_theirs(text, "Power BI")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("L'équipe iOS, qui travaille en Swift, nous envoie les maquettes.", "Swift"),
        ("The vendor's team, which maintains the portal in Angular, sends us specs.", "Angular"),
    ],
)
def test_a_relative_clause_on_the_party_opening_the_sentence(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("- Our pricing team shares their dashboards with the board in Tableau.", "Tableau"),
        ("- The client's team sends their data; I build the reports in Power BI.", "Power BI"),
        ("- Joined the mobile team, which works in Kotlin.", "Kotlin"),
        ("- Our team, which works in Kotlin, ships weekly.", "Kotlin"),
    ],
)
def test_the_persons_own_team_or_part_stays_their_own(text: str, own: str) -> None:
    assert_own(text, own)
