"""Whose technology a mention is, said in the passive: a party after a passive's "by" ("built by
an external firm", "gebouwd door de collega's", "mantido pelo time de plataforma", Cebuano and
Tagalog passives) and a relative clause in the passive ("the app, which is built by an external
vendor in Flutter"). Read by smatrx.imports.ownership. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.clause_words import agent, possessive_agent, team_word
from smatrx.imports.ownership_clauses import verb_before_by
from smatrx.imports.ownership_grammar import EXTERNAL_MARKERS
from smatrx.imports.vocabulary import OWNERS_VERBS, PASSIVE_BY_TEAM, PASSIVE_BY_WORDS


def passive_relative_party(before: list[str]) -> bool:
    """A relative clause in the passive whose agent is another party, right before the
    name: "the app, which is built by an external vendor in"."""
    for r in range(len(before) - 1, -1, -1):
        if before[r] in {"which", "that"}:
            rest = before[r + 1 :]
            return (
                bool(rest[:1])
                and rest[0] in {"is", "was", "are", "were"}
                and (a_passive_party(rest, []))
            )
    return False


_EVERYDAY_BY_WORDS = frozenset(
    {"by", "do", "da", "av", "af", "nga", "von"}
)  # (Cebuano "nga" links a noun; German "von" is also "of": "Betreuung von Windows-Clients")


# A passive's "by" only after a verb: English "by", German "von" ("betreut von", not
# "Mentoring von zwei Junior-Kollegen").
BY_ONLY_AFTER_A_VERB = frozenset({"by", "von"})

# An Italian or Spanish participle ("gestito", "sviluppata", "mantenido"), before "da".
_ROMANCE_PARTICIPLE = re.compile(r"\w{2,}(?:at|it|ut|ad|id)[oaie]s?")


def by_of_a_passive(words: list[str], i: int) -> bool:
    """words[i] is a passive's "by": always for "pelo", "door", "par"; after a verb for the
    words that are also everyday words ("by", "von"; Italian "da", which is Portuguese "of
    the": "gestito da un fornitore", not "Liderança técnica da equipa")."""
    word = words[i]
    if word not in PASSIVE_BY_WORDS:
        return False
    if word not in BY_ONLY_AFTER_A_VERB and word not in _EVERYDAY_BY_WORDS:
        return True
    before = words[i - 1] if i > 0 else ""
    return participle(before) or (
        word not in BY_ONLY_AFTER_A_VERB and _ROMANCE_PARTICIPLE.fullmatch(before) is not None
    )


def a_passive_party(before: list[str], after: list[str]) -> bool:
    """A passive's "by" with a party after it, in the clause: "gebouwd door de collega's",
    "dibangunkan dalam Java oleh pasukan IT", "desarrollado por el estudiante en Vue.js",
    "is built by the client's own BI team", "built by an external firm" (English "by"
    after a verb of making only)."""
    for words in (before, after):
        for i, word in enumerate(words):
            # ("by", and the "by" words that are also everyday words, after a verb of making)
            plain = word in PASSIVE_BY_WORDS and word not in _EVERYDAY_BY_WORDS
            passive_by = (
                word in BY_ONLY_AFTER_A_VERB and i > 0 and participle(verb_before_by(words, i))
            )
            if _cebuano_or_tagalog_passive(words, i):
                party = words[i + 2 : i + 5]  # "gihimo sa Basis team", "ginawa ng IT team"
            elif not (plain or passive_by):
                continue
            else:
                party = words[i + 1 : i + 4]
            if any(agent(w) or team_word(w) or possessive_agent(w) for w in party):
                return True
            if plain and party[:1] == [PASSIVE_BY_TEAM.get(word)]:
                return True  # "O backend é mantido pelo time de plataforma em Go"
            if passive_by and party[:1] in (["them"], ["him"], ["her"]):
                return True  # "their dashboard is built by them in R Shiny"
            if EXTERNAL_MARKERS.intersection(words[i + 1 : i + 6]):
                return True  # "door een extern bureau gebouwd", "par une société externe",
                # "por uma fábrica de software terceirizada"
    return False


def _cebuano_or_tagalog_passive(words: list[str], i: int) -> bool:
    """A Cebuano passive verb ("gi-": "gihimo", "gidumala") and its agent's "sa", or a
    Tagalog one (the "-in-" infix: "ginawa", "pinapatakbo", "binuo") and its "ng"."""
    word, following = words[i], words[i + 1 : i + 2]
    if len(word) < 5 or not word.isalpha():
        return False
    if word.startswith("gi") and following == ["sa"]:
        return True
    return word[1:3] == "in" and following == ["ng"]


def participle(word: str) -> bool:
    """A passive's verb of making or running before "by": "run by", "looked after by",
    "maintained by" (not "team by team", "reduced by 40 %", "consumed by other teams"); a
    German participle before "von" ("betreut von", "entwickelt von", "gewartet von")."""
    return (
        word in OWNERS_VERBS
        or word in _MORE_OWNERS_PARTICIPLES
        or bool(re.fullmatch(r"(?:\w*ge\w+(?:t|en)|\w+iert|\w+(?:eut|elt|ert))", word))
    )


# ("consumed by other teams" is the person's thing that others use)
_MORE_OWNERS_PARTICIPLES = frozenset(
    {"after", "handled", "configured", "deployed", "provided", "delivered", "kept", "done"}
)
