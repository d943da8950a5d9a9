# ruff: noqa: RUF002 - letters of other scripts are data here, not typos.
"""A party the person works with or hands work to, described by a relative clause whose verb
is one of making, running or using: "Hand the logs to the security operations centre, which
runs Splunk", "avec l'équipe mobile, qui développe l'application en Kotlin", "with the
actuarial team, whose pricing models ran in SAS", "met het platformteam, dat in Go
ontwikkelt" — the party's technology. Pure functions of a clause's words;
smatrx.imports.ownership decides with them."""

from __future__ import annotations

import re

from smatrx.imports.clause_words import agent, clause_words, possessive_agent, team_word
from smatrx.imports.mentions import Candidate
from smatrx.imports.ownership_clauses import named_reach
from smatrx.imports.ownership_grammar import (
    COUNTERPART_PREPOSITIONS,
    EMPLOYED_BEFORE_FOR,
    JOINING_VERBS,
    ORGANISATION_NOUNS,
    PAST_RELATIVE_VERBS,
    PLACE_MODIFIERS,
    PREPOSITIONS,
    RELATIVE_ADVERBS,
    RELATIVE_PRONOUNS,
    RELATIVE_VERBS,
    VERB_FINAL_RELATIVES,
    WHOSE_PRONOUNS,
    WORKING_VERBS,
)
from smatrx.imports.vocabulary import (
    FIRST_PERSON_SUBJECTS,
    FIRST_PERSON_WORDS,
    NEGATIONS,
    ONLY_WORDS,
    PERSON_VERBS,
)

_FIRST_PERSON_CONTRACTIONS = frozenset({"i'm", "i've", "i'd", "we're", "we've"})
# The verbs of a relative clause about the party, present or past ("which runs", "whose
# models ran", "che lavorava", "que desarrollaba").
_VERBS = RELATIVE_VERBS | WORKING_VERBS | PAST_RELATIVE_VERBS


def the_person_acts(words: list[str]) -> bool:
    """ "..., which I operated": the person acting in the clause — not merely their things
    ("leverantörens Java-applikation, våra servrar") nor the person served ("did all the
    layouts in Adobe XD and exported them for me")."""
    return any(w in FIRST_PERSON_SUBJECTS or w in _FIRST_PERSON_CONTRACTIONS for w in words)


def counterpart_acts(before: list[str], after: list[str]) -> bool:
    """A relative clause about a party the person works with or hands work to, its verb one
    of making, running or using: "Hand the logs to the security operations centre, which
    runs Splunk", "avec l'équipe mobile, qui développe l'application en Kotlin", "with the
    auditors, whose analytics team tests our journals in Alteryx", "with the actuarial
    team, whose pricing models ran in SAS" — the party's technology (not "Joined the
    platform team, which runs Kafka", "Moved to the data team, which uses Spark", nor
    "..., which I maintain")."""
    if the_person_acts(after):
        return False
    for r, word in enumerate(before):
        if word not in RELATIVE_PRONOUNS and word not in WHOSE_PRONOUNS:
            continue
        if not _counterpart(before[:r]):
            continue
        rest = before[r + 1 :]
        if word in WHOSE_PRONOUNS:  # "whose analytics team tests": the verb after its team
            party = [k for k, w in enumerate(rest[:4]) if agent(w) or team_word(w)]
            # (or after their things: "whose pricing models ran in SAS")
            things = [k for k, w in enumerate(rest[1:4], 1) if w in _VERBS]
            rest = rest[party[0] + 1 :] if party else rest[things[0] :] if things else []
        rest = _without_adverbs(rest)  # "which also runs", "che lavorava ancora"
        if rest[:1] and rest[0] in _VERBS and not the_person_acts(rest):
            return True
        if word in VERB_FINAL_RELATIVES and _VERBS.intersection(after[:2]):
            return True  # Dutch and German put the verb last: "dat in VHDL ontwikkelt"
    return False


def _without_adverbs(words: list[str]) -> list[str]:
    """The words after a relative pronoun without the adverbs opening them ("also",
    "still", "ancora interamente", "entirely")."""
    k = 0
    while k < min(2, len(words)) and (
        words[k] in RELATIVE_ADVERBS or words[k].endswith(("ly", "mente"))
    ):
        k += 1
    return words[k:]


def _counterpart(words: list[str]) -> bool:
    """The noun phrase ending `words` names a party (not the person's own team), governed
    by a preposition of working with or handing to: "with the neighbouring hospital", "to
    the security operations centre", "avec l'équipe mobile", "al reparto attuariale"."""
    for k in range(len(words) - 1, max(-1, len(words) - named_reach(words)), -1):
        word, previous = words[k], words[k - 1] if k else ""
        if not (agent(word) or team_word(word) or word in ORGANISATION_NOUNS):
            continue
        if word in ORGANISATION_NOUNS and previous in PLACE_MODIFIERS:
            return False  # "to the new data centre": a place, not a party
        j = k - 1
        while j >= 0 and k - j <= 5 and words[j] not in PREPOSITIONS:
            if words[j] in COUNTERPART_PREPOSITIONS:
                break
            j -= 1
        if j < 0 or words[j] not in COUNTERPART_PREPOSITIONS:
            return False
        if JOINING_VERBS.intersection(words[max(0, j - 3) : j]):
            return False  # "Moved in 2021 to the data team, which ...": the person joined
        if words[j] == "for" and words[j - 1 : j] and words[j - 1] in EMPLOYED_BEFORE_FOR:
            return False  # "Worked for the platform team, which runs Kafka": theirs too
        mine = any(w in FIRST_PERSON_WORDS for w in words[j + 1 : k])
        return not (mine and team_word(word))  # "with my team, which builds ..."
    return False


def their_things_named(before: list[str]) -> bool:
    """A party in the clause, and "their" (or "its", after a client, vendor or other party
    that is no team) right before the name, before a list the name ends, or before their
    thing kept in it: "Helped the actuarial team reconcile data feeding their Prophet
    models", "clients send orders from their own Shopify and NetSuite systems", "the
    client's finance team kept their ledger in Oracle", "Advised a retail client on the
    renewal of its Salesforce licence" (not "Rebuilt the client portal and its React front
    end", the person's verb of making opening the clause)."""
    k = _their_word(before)
    if k is None:
        return False
    if before[k] == "their" or before[k] in _THEIR_WORDS:
        return any(team_word(w) or agent(w) for w in before[:k])
    opens_making = bool(before) and before[0] in PERSON_VERBS
    return not opens_making and any(agent(w) for w in before[:k])


def _their_word(before: list[str]) -> int | None:
    """Where "their" or "its" stands before the name: right before it ("their Prophet
    models"), before a list it ends ("their own Shopify and"), or before their thing and
    "in" ("their ledger in")."""
    for k in range(len(before) - 1, max(-1, len(before) - 5), -1):
        # (or its own, as the languages of Europe say it: "opera su propio QRadar")
        own = k + 1 < len(before) and before[k + 1] in _OWN_WORDS
        if before[k] not in {"their", "its"} and not (before[k] in _THEIR_WORDS and own):
            continue
        rest = before[k + 1 :]
        listed = bool(rest) and (
            rest[-1] in _LIST_WORDS or all(w in _LIST_WORDS for w in rest[:-1])
        )
        if len(rest) <= 1 or (listed and _LIST_WORDS.intersection(rest)):
            return k  # "their Prophet", "their own Shopify and"
        if 2 <= len(rest) <= 3 and rest[-1] in _KEPT_IN and not _LIST_WORDS.intersection(rest):
            return k  # "their ledger in Oracle"
        return None
    return None


# "In", "on": their thing kept in the name ("their ledger in Oracle").
_KEPT_IN = frozenset({"in", "on"})
# "Their" and "own" in the languages of Europe: "su propio", "leur propre", "ihr eigenes".
_THEIR_WORDS = frozenset(
    {"su", "sus", "seu", "sua", "seus", "suas", "leur", "leurs", "ihr", "ihre", "ihren", "ihrem"}
    | {"ihres", "loro", "hun", "hún", "sein", "seine", "seinen", "seinem", "seines", "son", "sa"}
    | {"ses", "suo", "suoi", "zijn"}
)
_OWN_WORDS = frozenset(
    {"propio", "propia", "propios", "propias", "próprio", "própria", "proprio", "propria"}
    | {"propre", "propres", "eigenen", "eigene", "eigenes", "eigener", "eigen"}
)
# Words inside a list of names after "their": "their own Shopify and NetSuite systems".
_LIST_WORDS = frozenset({"own", "and", "or", "y", "e", "et", "und", "en"}) | _OWN_WORDS


def team_stack_in_brackets(text: str, cand: Candidate) -> bool:
    """The name in brackets right after another team, as its stack: "L'équipe mobile
    (Kotlin et Swift) s'appuie sur ...", "die Services der Entwicklerteams (Java/Spring
    Boot)", "do time de backend (escritos em Go)" — the team's technology (not "my team
    (Java)", "Led the mobile team (Kotlin)": the person's own team, or the one they lead)."""
    opening = text.rfind("(", max(0, cand.start - 60), cand.start)
    if opening < 0 or ")" in text[opening : cand.start]:
        return False
    closing = text.find(")", cand.end, cand.end + 60)
    if closing < 0 or len(text[opening:closing].split()) > 8:
        return False
    # (the bracket may open the next line: "... der Entwicklerteams\n  (Java)")
    low = max(0, opening - 100)
    cut = [m.end() for m in _BRACKET_CLAUSE_BREAK.finditer(text, low, opening)]
    words = clause_words(text, cut[-1] if cut else low, opening)
    if not words or _MEMBERSHIP.intersection(words[-5:]):
        return False  # "a developer in a team of five (Kotlin)": the person's team
    team = [
        k
        for k in range(max(0, len(words) - 3), len(words))
        if team_word(words[k])  # (not a party's noun: "Developer at Insurance Broker (Java)")
        or (words[k] == "time" and k and words[k - 1] in _BRAZILIAN_OF)
    ]
    if not team or FIRST_PERSON_WORDS.intersection(words[-5:]):
        return False
    if not _TEAM_ARTICLES.intersection(words[max(0, team[-1] - 2) : team[-1]]):
        return False  # a heading's "Backend Engineer, Payments Team (Java, Kafka)": theirs
    if _ON_WORDS.intersection(words[team[-1] + 1 :]):
        return False  # "clients in Python (pandas)", "customers on Linux (Debian)": a thing's
    return not (words[0] in PERSON_VERBS or the_person_acts(words))


# Brazilian Portuguese "time" (team) after "do", "da", "pelo".
_BRAZILIAN_OF = frozenset({"do", "da", "pelo", "pela", "o"})
# What ends the clause before a bracket: a sentence's end, a semicolon, a new bullet.
_BRACKET_CLAUSE_BREAK = re.compile(r"[;:!?]|\.(?=\s)|\n[ \t]*[-\u2022\u00b7*]|\n[ \t]*\n")
# A preposition between the party and the bracket: the bracket is about a thing of its own.
_ON_WORDS = PREPOSITIONS | {"en", "em", "sur", "auf", "op", "su", "met", "mit", "avec", "con"}
# The article or genitive before another team ("l'équipe", "der Entwicklerteams", "do time").
_TEAM_ARTICLES = frozenset(
    {"the", "l", "la", "le", "el", "il", "die", "der", "des", "het", "de", "do", "da", "o", "a"}
)
# Being in a team, not beside it: "in a team of five", "dans l'équipe", "im Team".
_MEMBERSHIP = frozenset({"in", "of", "within", "im", "dans", "nel", "nella", "nello", "na"})


def against_anothers_thing(before: list[str]) -> bool:
    """Another party's thing after "with", "against" or "to", the name its own: "Reconciled
    our figures with the billing vendor's Teradata reports", "Sent the files to the
    client's SAP team" — though the person's verb opens the clause, the thing they work
    against is the other party's (not "Rebuilt the client's checkout in React": the
    possessive is the verb's object). A plural possessive is another party whatever its noun
    ("report to the mines' SCADA systems"): a person's employer is one organisation."""
    for i in range(max(0, len(before) - 2), len(before)):
        plural = before[i].endswith(("s'", "s\u2019")) and before[i][:-2].isalpha()
        if not (plural or possessive_agent(before[i], before[i - 1] if i else "")):
            continue
        window = before[max(0, i - 4) : i]
        governing = [w for w in window if w in PREPOSITIONS or w in _AGAINST_WORDS]
        return bool(governing) and governing[-1] in _AGAINST_WORDS
    return False


# Prepositions of working against a thing that is not the person's.
_AGAINST_WORDS = frozenset({"with", "against", "to", "alongside"})


def others_kept_it_in(before: list[str]) -> bool:
    """A clause of other people inside the person's, with no "that": "Replaced the
    spreadsheets our dispatchers kept in Excel", "Retired the macros the planners wrote in
    VBA" — the people's tool, which the person replaced or worked on (not "our team kept":
    the person's own team; nor "we kept", "I kept": the person)."""
    if len(before) < 6 or before[-1] not in _KEPT_IN or before[-2] not in _KEEPING_VERBS:
        return False
    people, determiner = before[-3], before[-4]
    if team_word(people) or people in FIRST_PERSON_WORDS or people in FIRST_PERSON_SUBJECTS:
        return False
    plural = people.isalpha() and people.endswith("s") and not people.endswith("ss")
    return plural and (determiner in _PEOPLE_DETERMINERS or agent(people))


_KEEPING_VERBS = frozenset(
    {"kept", "built", "wrote", "used", "maintained", "ran", "managed", "made", "created"}
)
_PEOPLE_DETERMINERS = frozenset({"our", "their", "the", "his", "her"})


def party_after_its_verb(after: list[str], foreign: bool) -> bool:
    """In a language of free word order, the party after the verb that follows the name:
    Russian "(iOS на Swift) делал подрядчик, его я не тестировал" (the contractor made it;
    I did not test it) — the party's, unless the person acts there too (a first-person
    word not followed by a negation)."""
    if not foreign:
        return False
    verbs = [k for k, w in enumerate(after[:3]) if _cyrillic_verb(w)]  # ("на Swift) делал")
    if not verbs or not after[verbs[0] + 1 :] or not _party(after[verbs[0] + 1]):
        return False
    for i, word in enumerate(after):
        if word in FIRST_PERSON_SUBJECTS and not NEGATIONS.intersection(after[i + 1 : i + 3]):
            return False
    return True


def _party(word: str) -> bool:
    return agent(word) or team_word(word)


def _cyrillic_verb(word: str) -> bool:
    """A Russian, Ukrainian or Bulgarian verb by its ending: past "-л", "-ла", "-ли", "-ло",
    present "-ет", "-ит", "-ют", "-ят", "-ут" (not a preposition: "для", "на", "с")."""
    if len(word) < 4 or not all("\u0400" <= c <= "\u04ff" for c in word):
        return False
    return word.endswith(_CYRILLIC_VERB_ENDINGS)


_CYRILLIC_VERB_ENDINGS = ("л", "ла", "ли", "ло", "ет", "ит", "ют", "ят", "ут")


def team_after_in_a_run(text: str, cand: Candidate, after: list[str], before: list[str]) -> bool:
    """In Thai, written without spaces, "which" and a team right after the name: "SAP
    ซึ่งทีมไอที...ดูแล" (which the IT team looks after) — the team's; unless the person acts
    in the clause (a first-person word, not followed by "only": "เราส่งเพียง", we only send)."""
    following = text[cand.end : cand.end + 12].lstrip()
    if not following.startswith(_THAI_WHICH) or not after or not team_word(after[0]):
        return False
    if FIRST_PERSON_WORDS.intersection(before):
        return False
    for i, word in enumerate(after):
        if word in FIRST_PERSON_WORDS and not ONLY_WORDS.intersection(after[i + 1 : i + 3]):
            return False
    return True


# Thai "which" ("ซึ่ง"), "that" ("ที่"), "by" ("โดย") opening the run after a name.
_THAI_WHICH = ("\u0e0b\u0e36\u0e48\u0e07", "\u0e17\u0e35\u0e48", "\u0e42\u0e14\u0e22")
