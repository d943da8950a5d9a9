"""Skill words in another sense: "leadership" as the people who lead, "agile" as a
person's quality, "communication" between machines, an acronym before a model number, a
business function named as the domain a piece of work serves. Pure: functions of the text
and the mention; no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.mentions import WORD, Candidate


def a_body_of_people(text: str, cand: Candidate) -> bool:
    """ "Leadership" naming the people who lead, not the skill: "dashboards for the senior
    leadership team", "reports leadership reads weekly", "presented to executive leadership"."""
    if cand.text.casefold() not in _BODY_WORDS:
        return False
    after = WORD.findall(text[cand.end : cand.end + 16])[:1]
    before = WORD.findall(text[max(0, cand.start - 16) : cand.start])[-1:]
    return bool(
        (after and after[0].casefold() in _BODY_NOUNS_AFTER)
        or (before and before[0].casefold() in _BODY_WORDS_BEFORE)
    )


_BODY_WORDS = frozenset({"leadership"})
_BODY_NOUNS_AFTER = frozenset(
    {"team", "teams", "group", "groups", "forum", "meeting", "meetings", "offsite", "board"}
    | {"committee", "reads", "asked", "wanted", "signed", "approved", "reviews", "review"}
)
_BODY_WORDS_BEFORE = frozenset({"senior", "executive", "company", "exec", "c-suite"})


def a_persons_quality(text: str, cand: Candidate) -> bool:
    """ "Agile" as an adjective of a person or a mind, not the way of working: "an agile
    thinker", "stay agile", "agile and adaptable" ("agile teams", "an agile coach" still
    count)."""
    if cand.text.casefold() not in _QUALITY_WORDS:
        return False
    after = WORD.findall(text[cand.end : cand.end + 24])[:2]
    before = [w.casefold() for w in WORD.findall(text[max(0, cand.start - 24) : cand.start])]
    return bool(
        (after and after[0].casefold() in _QUALITY_NOUNS_AFTER)
        or (len(after) == 2 and after[0] == "and" and after[1] in _QUALITY_PEERS)
        or (before and before[-1] in _QUALITY_WORDS_BEFORE)
        or (before[-2:-1] and before[-1] == "and" and before[-2] in _QUALITY_PEERS)
    )


_QUALITY_WORDS = frozenset({"agile"})
_QUALITY_NOUNS_AFTER = frozenset(
    {"mind", "minds", "minded", "thinker", "thinkers", "learner", "learners", "person", "under"}
    | {"individual", "personality", "nature", "footwork", "body", "hands", "brain"}
)
_QUALITY_PEERS = frozenset(
    {"adaptable", "flexible", "resilient", "curious", "adaptive", "responsive", "quick"}
    | {"creative", "organised", "organized", "proactive", "versatile", "energetic", "fit"}
    | {"calm", "practical", "pragmatic", "reliable", "patient", "positive", "focused"}
)
_QUALITY_WORDS_BEFORE = frozenset(
    {"stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining"}
    | {"very", "highly", "extremely", "incredibly", "physically", "mentally", "quick"}
    | {"nimble", "keep", "keeps"}
)


def machines_communicating(text: str, cand: Candidate) -> bool:
    """ "Communication" between machines, not the soft skill: "communication over CAN bus",
    "serial communication", "inter-process communication protocols"."""
    if not cand.text.casefold().startswith("communication"):
        return False
    after = WORD.findall(text[cand.end : cand.end + 16])[:1]
    before = WORD.findall(text[max(0, cand.start - 24) : cand.start])[-1:]
    return bool(
        (after and after[0].casefold() in _MACHINE_LINKS_AFTER)
        or (before and before[0].casefold().split("-")[-1] in _MACHINE_LINKS_BEFORE)
    )


_MACHINE_LINKS_AFTER = frozenset(
    {"over", "via", "protocol", "protocols", "bus", "stack", "stacks", "layer", "interface"}
)
_MACHINE_LINKS_BEFORE = frozenset(
    {"serial", "wireless", "controller", "process", "device", "machine", "radio", "satellite"}
    | {"network", "data", "can", "modbus", "uart", "spi", "i2c", "ethernet", "fieldbus"}
)


def a_model_number(text: str, cand: Candidate) -> bool:
    """An acronym before a model number is a product's model, not the method the acronym
    also names: "Cisco IOS XR (ASR 9000) routers" (a year is no model: "SQL 2019")."""
    return (
        cand.text.isupper()
        and len(cand.text) <= 4
        and not any(ch.isdigit() for ch in cand.term.name)
        and _MODEL_NUMBER_AFTER.match(text, cand.end) is not None
    )


_MODEL_NUMBER_AFTER = re.compile(r"[ \t-]?(?!(?:19|20)\d\d\b)\d{3,5}[A-Z]{0,2}\b")
