"""Whose technology a mention is, by its owner: another party's thing named with it ("the
client's Kafka platform", "leverantörens Java-applikation", "the Java application of the
client", "l'application Java du client"; not "of the customer portal", a portal for customers),
or another team the name qualifies ("the client's Java team", "met het FPGA-team").
Read by smatrx.imports.ownership. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.clause_words import possessive_agent
from smatrx.imports.mentions import WORD, Candidate, segment
from smatrx.imports.ownership_clauses import team_acts_after
from smatrx.imports.ownership_grammar import PREPOSITIONS, WITH_ARTICLES, WITH_WORDS
from smatrx.imports.vocabulary import (
    AGENT_NOUNS,
    OTHERS_TEAM_AFTER,
    OTHERS_TEAM_BEFORE,
    OTHERS_TEAM_MODIFIERS,
    OWNERS_VERBS,
    SERVED_PEOPLE,
)

# After an agent noun, a verb: its subject acts ("developers built", "the lab next door runs").
FINITE_VERB = re.compile(
    r"(?:\w{2,}ed|had|has|have|ran|built|wrote|made|kept|chose|work|works|"
    r"did|does|took|put|set|sold|bought|brought|chosen|" + "|".join(sorted(OWNERS_VERBS)) + r")",
    re.IGNORECASE,
)


def owned_by_another(before: list[str], after: list[str]) -> bool:
    """Another party's thing: "The client's Kafka platform, run by ...", "the data science
    team's Spark jobs", "leverantörens Java-applikation"; or its owner after it: "the Java
    application of the client", "l'application Java du client". (Unless the person's verb
    opens the clause: "Wrote the lab's first Snakemake workflows" — checked before.)"""
    for i in range(max(0, len(before) - 3), len(before)):
        if possessive_agent(before[i], before[i - 1] if i else ""):
            return True
    for i, word in enumerate(before[:-1]):  # the clause's subject is another's thing
        owner = before[i + 1 : i + 3]
        if word in _OWNER_CONTRACTED and owner[0] in AGENT_NOUNS:
            return True  # "Hệ thống cũ của khách hàng viết bằng COBOL"
        if (
            word in _OWNER_LINKS
            and len(owner) == 2
            and owner[0] in _OWNER_ARTICLES
            and owner[1] in AGENT_NOUNS
        ):
            return True  # "The billing system of the client runs on COBOL"
    for i, word in enumerate(after[:4]):
        owner = after[i + 1 : i + 3]
        if word in _OWNER_CONTRACTED:  # "du client", "del cliente"
            return bool(owner) and _owner(owner[0])
        if word in _OWNER_LINKS:  # "of the client", "van de klant"
            return (
                len(owner) == 2
                and owner[0] in _OWNER_ARTICLES
                and _owner(owner[1])
                and _ends_its_phrase(after, i + 3)
            )
        if word in PREPOSITIONS:
            return False
    return False


def _ends_its_phrase(words: list[str], index: int) -> bool:
    """Nothing, a preposition, a conjunction or a verb at words[index]: the owner ends its noun
    phrase ("of the client runs", not "of the customer portal": a portal for customers)."""
    if index >= len(words):
        return True
    word = words[index]
    return (
        word in PREPOSITIONS
        or word in {"and", "or", "but", "which", "who", "that"}
        or FINITE_VERB.fullmatch(word) is not None
    )


def _owner(word: str) -> bool:
    """A party that owns the thing before it ("du client"), not the people it is for
    ("mentoria dos desenvolvedores")."""
    return word in AGENT_NOUNS and word not in SERVED_PEOPLE


# An owner after the thing: "of the client", "van de klant", "du client", "del cliente".
_OWNER_LINKS = frozenset({"of", "van", "de", "di"})


_OWNER_CONTRACTED = frozenset(
    {"du", "del", "do", "da", "des", "della", "dello", "dos", "c\u1ee7a"}  # Vietnamese "của"
)


_OWNER_ARTICLES = frozenset({"the", "a", "an", "another", "their", "de", "het", "la", "le", "il"})


def others_team(text: str, cand: Candidate) -> bool:
    """The name qualifies another team the person worked with: "worked with the Java
    team", "the Kafka platform group", "the client's Java team builds", "Our Java team
    owns the gateway" (the sentence's subject) — their technology, not the person's."""
    if re.match(r"[ \t]+\w|-\w", text[cand.end : cand.end + 2]) is None:
        return False  # (Dutch and German glue the name on: "met het FPGA-team")
    after = [w.casefold() for w in WORD.findall(text[cand.end : cand.end + 40])[:2]]
    if after[:1] and after[0] in OTHERS_TEAM_MODIFIERS and after[1:]:
        after = after[1:]
    if not after or after[0] not in OTHERS_TEAM_AFTER:
        return False
    seg_start, _ = segment(text, cand.start, cand.end)
    before = [
        w.casefold() for w in WORD.findall(text[max(seg_start, cand.start - 30) : cand.start])
    ]
    if not before:
        return False
    if before[-1].endswith(("'s", "\u2019s")):
        return True  # "the client's Java team"
    if before[-1] in {"our", "their"} and len(before) == 1:
        return True  # "Our Java team owns ..." opens the sentence
    if before == ["the"] and team_acts_after(text, cand.end):
        return True  # "The SAP Basis team handled transports": its verb, no "I" after
    if len(before) >= 2 and before[-2] in WITH_WORDS and before[-1] in WITH_ARTICLES:
        return True  # "samenwerking met het FPGA-team", "Abstimmung mit dem SAP-Team"
    return len(before) >= 2 and before[-2] in OTHERS_TEAM_BEFORE and before[-1] == "the"
