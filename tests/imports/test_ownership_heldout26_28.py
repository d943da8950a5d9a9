"""Whose technology a mention is: the rules found with the held-out corpora 26 to 28, used
after their first score. Another party's clause read over a line break that only wraps the
sentence, and plural articles before a party in Spanish, Portuguese and Italian."""

from __future__ import annotations

import pytest

from tests.imports.catalog import assert_own, assert_theirs


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # the team opens the clause; the sentence wraps before the name
        (
            "- Diseño de las pantallas; el equipo de producto desarrollaba las apps\n"
            "  móviles en Kotlin.",
            "Kotlin",
        ),
        # the line ends in a preposition and the name opens the next
        (
            "- Entrega de los diseños; los programadores lo construyen en\n  React Native.",
            "React Native",
        ),
    ],
)
def test_another_partys_clause_over_a_wrapped_line(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # a line that ends a sentence does not run on into the next one's clause
        (
            "- Moved the nightly jobs to the new cluster in 2022.\n"
            "- The mobile apps are built in React Native by me alone.",
            "React Native",
        ),
        ("- Escribí los servicios en\n  Kotlin para la app.", "Kotlin"),
    ],
)
def test_a_wrapped_line_of_the_person_stays_theirs(text: str, own: str) -> None:
    assert_own(text, own)


def test_plural_article_before_the_party() -> None:
    """ "los desarrolladores lo implementan en ...": the developers, not the person."""
    assert_theirs("Maquetas en Figma; los desarrolladores lo implementan en Vue.js.", "Vue.js")
    assert_theirs(
        "Protótipos das telas que a loja pediu; os desenvolvedores o constroem em Angular.",
        "Angular",
    )
