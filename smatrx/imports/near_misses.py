"""Near misses of a name: which typos are plausible ("Kubernets", "Postgress"), which words are
worth a fuzzy look, the variants of a listed name ("Amazon Web Services (AWS)"), and
rapidfuzz, imported only where near misses are looked for. Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import Any

from smatrx.imports.trie import normalise
from smatrx.imports.vocabulary import FUZZY_STOP_WORDS

_TOKEN = re.compile(r"[A-Za-z0-9][\w+#]*(?:\.[\w+#]+)*")


def plausible_typo(key: str, choice: str) -> bool:
    """A typo keeps the first letter and the unaccented letters, and is not a mere truncation
    or extension ("Canvas" is not "Canva", "Objective" is not "Objective-C"), except a doubled
    last letter ("Postgress")."""
    if key[0] != choice[0]:
        return False
    if not key.isascii() and choice.isascii():
        return False  # no typo adds an accent: "Informática" is a word, not Informatica
    short, long = sorted((key, choice), key=len)
    if len(choice) <= 5 and len(key) != len(choice):
        return False  # a letter more or less turns a short name into a word: "Planos", PAN-OS
    if long.startswith(short):
        return long == short + short[-1]
    # a name's tail is a word of its own: "Tests" is no "t-tests"
    return not (long.endswith(short) and len(long) - len(short) <= 2)


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


# A word of a place's name ending so, a compound: "UL Cyberpark" (not CyberArk), "Technopark",
# "Infopark".
_A_PLACE = re.compile(r"\w{4,}(?:park|parks|ville|town|city)$")


def near_miss_phrases(
    text: str, taken: Sequence[tuple[int, int]], known: Container[str]
) -> dict[str, tuple[int, str]]:
    """Technical-looking phrases of 1-3 words outside what matched exactly, by normalised key:
    (where the phrase starts, the phrase as written). Keys already in the catalog, shorter than
    five letters or everyday words ("grade") are left out."""
    covered = bytearray(len(text) + 1)
    for start, end in taken:
        covered[start:end] = b"\x01" * (end - start)
    tokens = [
        tok
        for tok in _TOKEN.finditer(text)
        if not covered[tok.start()] and not covered[tok.end() - 1]
    ]
    phrases: dict[str, tuple[int, str]] = {}
    for i, first in enumerate(tokens):
        for size in (1, 2, 3):
            group = tokens[i : i + size]
            if len(group) < size:
                break
            last = group[-1]
            if size > 1 and text[group[-2].end() : last.start()] not in {" ", "-", "."}:
                break
            if not looks_technical(last.group()):
                break
            key = normalise(text[first.start() : last.end()])
            if len(key) < 5 or key in known:
                continue
            if size == 1 and (key in FUZZY_STOP_WORDS or _A_PLACE.search(key)):
                continue
            phrases.setdefault(key, (first.start(), text[first.start() : last.end()]))
    return phrases


def closest_name(key: str, choices: Sequence[str], threshold: float) -> tuple[str, float] | None:
    """The catalog key a near miss most plausibly stands for, with its similarity, if any
    is at least ``threshold`` similar and a plausible typo of it."""
    fuzz, process = rapidfuzz()
    best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=threshold)
    if best is None or not plausible_typo(key, best[0]):
        return None
    return best[0], float(best[1])


_WORD_BREAK = re.compile(r"[\s._/-]+")


def words_align(phrase: str, name: str) -> bool:
    """A near miss of a name of several words misspells each of its words, one for one: "Kubernets
    Engine" is Kubernetes Engine, but "Supply Chain Management" holds no Change Management,
    "Cloud Cost Engineering" no Chaos Engineering, and "Service NSW" is no ServiceNow. One word
    may stand for several ("Softwaretests")."""
    written = [word for word in _WORD_BREAK.split(phrase.casefold()) if word]
    named = [word for word in _WORD_BREAK.split(name.casefold()) if word]
    if len(written) == 1 or (len(named) == 1 and not re.search(r"\s", phrase.strip())):
        return True  # (one word may be a compound: "Softwaretests", "Software-Tester")
    if len(written) != len(named):
        return False
    fuzz, _ = rapidfuzz()
    # (each word recognisably the same word: "Tester" for "Testing" is, "Chain" for "Change"
    # is not; the whole phrase already passed the threshold)
    # (an everyday word stands for no other: "Oral Health" is no Oracle Health)
    return not a_short_word_misspelt(phrase, name) and all(
        one == other or (one not in FUZZY_STOP_WORDS and fuzz.ratio(one, other) >= _WORD_LIKENESS)
        for one, other in zip(written, named, strict=True)
    )


def a_short_word_misspelt(phrase: str, name: str) -> bool:
    """A near miss of a name of as many words whose word of three letters or fewer it writes
    otherwise: such a word (an acronym, mostly) has no near miss ("Soil Testing" is no SIL
    testing)."""
    written = [word for word in _WORD_BREAK.split(phrase.casefold()) if word]
    named = [word for word in _WORD_BREAK.split(name.casefold()) if word]
    return len(written) == len(named) > 1 and any(
        len(other) <= _SHORTEST_MISSPELT and one != other
        for one, other in zip(written, named, strict=True)
    )


_WORD_LIKENESS = 75.0
_SHORTEST_MISSPELT = 3
