"""Names of other things that hold a technology's name: a person's ("met Kofi Jenkins",
"Jasmine and Ka-ho"), a company's or a club's ("Blue Dart Express", "Rhône Cloud Services",
"Clifton Vale RFC"), and when a capitalised name inside a sentence is the technology's own
(a proper noun). `known` is the catalog's keys (normalised names and aliases): a word no
technology is called opens a name of something else. Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Container

from smatrx.imports.mentions import WORD, Candidate, segment, starts_a_field
from smatrx.imports.traps import in_a_company_name
from smatrx.imports.trie import normalise
from smatrx.imports.vocabulary import CONTEXT_WORDS, FIRST_NAMES, THE_NOUN_FOLLOWERS

# Another given name joined to one: "Jasmine and Ka-ho", "Ka-ho and Jasmine".
_GIVEN_NAME = r"(?P<name>[A-Z][a-z]+(?:-[a-z]+)?)"
_PAIRED_NAME_AFTER = re.compile(rf"[ \t]+(?:and|&)[ \t]+{_GIVEN_NAME}\b(?![.+#])")
_PAIRED_NAME_BEFORE = re.compile(rf"(?<![\w.]){_GIVEN_NAME}[ \t]+(?:and|&)[ \t]+$")


def a_proper_noun(text: str, cand: Candidate, seg: tuple[int, int], known: Container[str]) -> bool:
    """Written as the catalog names it (or as one of its aliases), capitalised, inside a
    sentence (not its first word), long enough not to be an initial, and not the first
    name of a person ("learned it from Jasmine Okafor")."""
    written = cand.text.casefold()
    named = cand.text == cand.term.name or any(
        written == alias.casefold() for alias in cand.term.aliases
    )
    if not (
        named
        and len(cand.text) >= 4
        and cand.text[:1].isupper()
        and bool(WORD.search(text, seg[0], cand.start))
        and not starts_a_field(text, cand.start)
    ):
        return False
    if WORD.findall(text[max(seg[0], cand.start - 4) : cand.start])[-1:] == ["of"]:
        return False  # a place or a title: "the oracle of Delphi"
    if re.match(r"[ \t]+of[ \t]+[A-Z]", text[cand.end : cand.end + 6]):
        return False  # a place: "Penarth, Vale of Glamorgan"
    before = WORD.findall(text[max(seg[0], cand.start - 5) : cand.start])[-1:]
    if before == ["the"]:
        after = WORD.findall(text[cand.end : min(seg[1], cand.end + 12)])[:1]
        # "the Jenkins of our street", "the Hive was buzzing": a noun of its own
        if not after or after[0].casefold() in THE_NOUN_FOLLOWERS:
            return False
    if ends_a_longer_name(text, cand, seg, known):
        return False
    return not opens_a_longer_name(text, cand, known)


def opens_a_longer_name(text: str, cand: Candidate, known: Container[str]) -> bool:
    """Capitalised words after the name, one of them no technology's name: "Clifton Vale
    RFC" is a club, "Swift Cargo Movers" a haulier (Cargo names a technology; Movers does
    not). A word of programming ends nothing: "Python Developer"."""
    following = _CAPITALISED_AFTER.match(text, cand.end)
    if following is None:
        return False
    return any(
        normalise(word) not in known and word.casefold() not in CONTEXT_WORDS
        for word in following.group().split()
    )


# Up to three capitalised words (or acronyms) right after a name: "Cargo Movers", "RFC".
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{2,10})\b(?![.+#-]\w)){1,3}")


def ends_a_longer_name(
    text: str, cand: Candidate, seg: tuple[int, int], known: Container[str]
) -> bool:
    """A surname after a first name inside a sentence: "met Kofi Jenkins", "by Ana Ruby";
    or the last word of a longer name that opens with a word no technology is called:
    "booked with Blue Dart Express", "Correo Austral Express — Backend Developer" (Dart
    names a technology; Blue does not). A run holding a word of programming ("Programming
    Languages Go") is a heading, not a name."""
    window_start = max(seg[0], cand.start - 40)
    preceding = re.search(
        # (a word may be written in camel case: "StarTrack Express")
        r"(?<![\w.])((?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u024f]+"
        r"(?:[A-Z][a-z]+)?[ ]){1,3})$",
        text[window_start : cand.start],
    )
    run = preceding.group(1).split() if preceding is not None else []
    if any(word.casefold() in CONTEXT_WORDS for word in run):
        return False
    return any(normalise(word) not in known for word in run) and bool(
        # (one capitalised word may just open the sentence: "Experienced Ruby engineer")
        len(run) > 1 or WORD.search(text, seg[0], window_start + preceding.start(1))
    )


def one_of_two_people(text: str, cand: Candidate, known: Container[str]) -> bool:
    """A given name paired with another name no technology is called: "mentored two
    graduates, Jasmine and Ka-ho", "with Kofi and Ruby" ("Ruby and Rails" are both
    technologies)."""
    if cand.text.casefold() not in FIRST_NAMES or not cand.text[:1].isupper():
        return False
    after = _PAIRED_NAME_AFTER.match(text, cand.end)
    before = _PAIRED_NAME_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    return any(
        pair is not None and normalise(pair.group("name")) not in known for pair in (after, before)
    )


def a_name_made_of_its_words(text: str, cand: Candidate, known: Container[str]) -> bool:
    """A skill's everyday words capitalised as part of a company's name: "Rhône Cloud
    Services, Lyon", "Atlas E-Commerce SARL" (the catalog writes "cloud services",
    "E-commerce"; a name written as the catalog writes it is left to the other rules)."""
    words = cand.text.split()
    if cand.ambiguous or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False  # (an acronym is no everyday word: "SAP FI/CO", "TIA Portal")
    if any(spelling == cand.text for spelling in (cand.term.name, *cand.term.aliases)):
        return False
    if in_a_company_name(text, cand):
        return True
    # (one word may be a noun a language capitalises: German "Arbeitsgruppe Statistik")
    seg = segment(text, cand.start, cand.end)
    return len(words) > 1 and ends_a_longer_name(text, cand, seg, known)


def a_legal_form_after_a_name(text: str, cand: Candidate, known: Container[str]) -> bool:
    """A French "SAS" closing a company's name of two or more words no technology is called,
    with no capitalised word after it: "Vinéa Logistique SAS, Mérignac", "Transports Kléber
    SAS" ("Base SAS", "Certified Base SAS Programmer" are the software)."""
    if cand.text != "SAS":
        return False
    run = _NAME_RUN_BEFORE.search(text, max(0, cand.start - 60), cand.start)
    if run is None:
        return False
    words = run.group(1).split()
    return (
        len(words) >= 2
        and normalise(words[0]) not in known  # ("Atlantic Flux SAS": Flux is a tool's name)
        and not re.match(r"[ \t]+[A-Z]", text[cand.end : cand.end + 3])
    )


_NAME_RUN_BEFORE = re.compile(
    r"(?<![\w.])((?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u024f'-]+[ \t]+){2,4})$"
)
