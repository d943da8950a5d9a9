"""Near misses of a name: which typos are plausible ("Kubernets", "Postgress"), which words are
worth a fuzzy look, the variants of a listed name ("Amazon Web Services (AWS)"), and
rapidfuzz, imported only where near misses are looked for. Pure: no Flask, no database."""

from __future__ import annotations

import re
from typing import Any


def plausible_typo(key: str, choice: str) -> bool:
    """A typo keeps the first letter and is not a mere truncation or extension ("Canvas" is
    not "Canva", "Objective" is not "Objective-C"), except a doubled last letter ("Postgress")."""
    if key[0] != choice[0]:
        return False
    short, long = sorted((key, choice), key=len)
    if len(choice) <= 5 and len(key) != len(choice):
        return False  # a letter more or less turns a short name into a word: "Planos", PAN-OS
    if long.startswith(short):
        return long == short + short[-1]
    return True


GENERIC_SUFFIX = re.compile(
    r"\s+(?:programming\s+language|programming|language|framework|development|software)$",
    re.IGNORECASE,
)
PARENTHESES = re.compile(r"\(([^)]*)\)")


def name_variants(name: str) -> list[str]:
    """ "Amazon Web Services (AWS)" → itself, "Amazon Web Services", "AWS";
    "Python (Programming Language)" → ..., "Python"."""
    variants = [name]
    base = PARENTHESES.sub(" ", name).strip()
    if base and base != name:
        variants.append(base)
    for inner in PARENTHESES.findall(name):
        inner = inner.strip()
        if inner and not GENERIC_SUFFIX.match(" " + inner):
            variants.append(inner)
    for variant in list(variants):
        stripped = GENERIC_SUFFIX.sub("", variant).strip()
        if stripped and stripped not in variants:
            variants.append(stripped)
    return variants


def looks_technical(word: str) -> bool:
    """Capitalised, or holding digits or symbols: worth a fuzzy look."""
    return word[:1].isupper() or any(not ch.isalpha() for ch in word)


def rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz, imported where near misses are looked for (in the import jobs): the web
    workers, which only read stored proposals, never load it (~4 MB each)."""
    from rapidfuzz import fuzz, process

    return fuzz, process
