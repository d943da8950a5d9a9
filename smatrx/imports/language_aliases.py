"""Aliases that name a skill only beside its language: "Coroutines" are Kotlin's in an
Android developer's "MVVM, Coroutines, Hilt", not in "Python for coroutines". Pure: no Flask,
no database."""

from __future__ import annotations

from smatrx.imports.implications import NEEDS_ITS_LANGUAGE
from smatrx.imports.mentions import Match, segment


def with_their_languages(
    text: str, found: list[tuple[int, int, Match]]
) -> list[tuple[int, int, Match]]:
    """The mentions without the aliases that name a skill only beside its language
    (NEEDS_ITS_LANGUAGE) where the text never names that language or their sentence names
    another."""
    names = {match.name for _, _, match in found}

    def belongs(start: int, end: int, match: Match) -> bool:
        language, others = NEEDS_ITS_LANGUAGE[match.term.casefold()]
        low, high = segment(text, start, end)
        return language in names and not any(
            other.name in others and low <= at < high for at, _, other in found
        )

    return [
        item
        for item in found
        if item[2].term.casefold() not in NEEDS_ITS_LANGUAGE or belongs(*item)
    ]
