"""How the ownership rules read a mention's clause: where it begins and ends, and its words
as other languages write them (an elided article, a hyphenated compound, a case ending, a
script written without spaces), with the words that name a party — a client, a vendor, a
team, "the client's". Pure functions of the text; smatrx.imports.ownership decides with
them whose a mention is."""

from __future__ import annotations

import re

from smatrx.imports.mentions import (
    Candidate,
    other_script,
    segment,
    written_without_spaces,
)
from smatrx.imports.ownership_words import (
    CLAUSE_LANGUAGE_MARKERS,
    CLAUSE_LANGUAGE_WORDS,
)
from smatrx.imports.vocabulary import (
    AGENT_NOUNS,
    AGENT_POSSESSIVES,
    FIRST_PERSON_SUBJECTS,
    FIRST_PERSON_WORDS,
    NEGATIONS,
    ONLY_WORDS,
    OTHER_PARTY_MARKERS,
    PASSIVE_BY_WORDS,
    TEAM_NOUNS,
    THIRD_PERSON_SUBJECTS,
)

# Where a sentence turns from one party to another: "; I only called its API", ", and I
# supplied the feeds", " — we only read from it".
CLAUSE_TURN = re.compile(
    # (a middle dot is a list's separator, except in Greek, where it is the semicolon)
    # (and a table's cell: "02/2022 - Present | Mobile Developer | Lead developer of ...")
    r"[;:\u0387]|\u00b7(?=[ \t]*[\u0370-\u03ff])|\s[\u2013\u2014-]\s|[ \t]\|[ \t]"
    # (the semicolons and full stops of other scripts: fullwidth, ideographic, Arabic,
    # Devanagari, Ethiopic; the Arabic comma before "and", glued on in Arabic: "، ويقتصر
    # دوري", "، و من")
    r"|[\uff1b\u3002\u061b\u0964\u1364\u1362]|\u060c\s*(?=\u0648)"
    # (a fullwidth comma before "I" or "we" in Chinese: "...Apollo 配置中心, 我们只读取配置")
    r"|\uff0c(?=\s*(?:\u6211|\u6211\u4eec))"
    r"|,\s*(?:and|but|while|whereas|so|yet|et|mais|y|pero|e|ma|en|"
    r"maar|und|aber|och|men|og|a|ale|ja|mutta|"
    # Welsh, Irish, Albanian, Maltese, Swahili, Tagalog, Malay, Turkish, Romanian, Greek,
    # Cyrillic
    r"ond|ac|agus|ach|dhe|por|iżda|lakini|ngunit|tetapi|tapi|fakat|ama|dar|"
    r"\u03ba\u03b1\u03b9|\u03b1\u03bb\u03bb\u03ac|\u0438|\u0456|\u043d\u043e|\u0430)\s",
    re.IGNORECASE,
)


def arabic_script(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


def clause(text: str, cand: Candidate) -> tuple[int, int]:
    """The mention's clause: its sentence cut at the turns around it."""
    seg_start, seg_end = segment(text, cand.start, cand.end)
    start, end = seg_start, seg_end
    for turn in CLAUSE_TURN.finditer(text, seg_start, seg_end):
        if turn.end() <= cand.start:
            start = turn.end()
        elif turn.start() >= cand.end:
            end = turn.start()
            break
    return start, end


_MACHINES_IN_A_COMPOUND = frozenset({"client", "clients"})


def clause_words(text: str, start: int, end: int) -> list[str]:
    """The words, case-folded; a lower-case "i" is another language's "and" ("El web i
    l'app", "kolege i ja"), never the English "I". The parties' nouns are read out of the
    words other languages write them in (_word_forms)."""
    words: list[str] = []
    for word in _WORD.findall(text, start, end):
        if "-" in word and word.casefold().rsplit("-", 1)[1] in _MACHINES_IN_A_COMPOUND:
            continue  # machines, no party: "Windows-Clients", "Thin-Clients"
        if word == "i":
            words.append("i\u0306")
        elif word.casefold() in CLAUSE_LANGUAGE_WORDS:
            words.append(_in_its_language(text, start, end, word.casefold()))
        else:
            words.extend(_word_forms(word.casefold()))
    return words


def _in_its_language(text: str, start: int, end: int, word: str) -> str:
    """A word that is another language's only in a sentence of that language: "main" is
    romanised Hindi's "I" in "main unko app me integrate karta tha" (two of its marker words
    in the sentence), English "main" elsewhere; Cebuano "ko" in "wala ko ana"."""
    seg_start, seg_end = segment(text, start, max(start, end))
    markers = CLAUSE_LANGUAGE_MARKERS[word]
    found = {w.casefold() for w in _WORD.findall(text, seg_start, seg_end)} & markers
    return CLAUSE_LANGUAGE_WORDS[word] if len(found) >= 2 else word


# A word as WORD reads it, with the vowel signs and other marks of the Indic scripts and
# Thai inside it: Python's \w leaves them out, so "मैंने" would read as "म", "न".
_WORD = re.compile(
    r"[^\W\d_][\w+#'\-\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]*"
)

# Every word of the tables the rules read, to find the parties' words inside other words.
_TABLE_WORDS = (
    AGENT_NOUNS
    | TEAM_NOUNS
    | AGENT_POSSESSIVES
    | FIRST_PERSON_SUBJECTS
    | FIRST_PERSON_WORDS
    | ONLY_WORDS
    | NEGATIONS
    | PASSIVE_BY_WORDS
)

PARTY_NOUNS = AGENT_NOUNS | TEAM_NOUNS | AGENT_POSSESSIVES

# The table words of the scripts written without spaces (Japanese, Thai, Chinese), longest
# first: "このシステムはベンダーが" holds "ベンダー".
_UNSPACED_WORDS = sorted(
    (w for w in _TABLE_WORDS if written_without_spaces(w)), key=len, reverse=True
)

# Articles and prepositions other languages elide before a noun: "l'équipe", "dell'agenzia".
_ELIDED = ("l'", "d'", "dell'", "all'", "dall'", "nell'", "sull'", "un'")


def _word_forms(word: str) -> list[str]:
    """A word as the tables read it: the party's noun out of an elision ("l'équipe" → "l",
    "équipe", as it reads with a curly apostrophe), out of a compound with a hyphen
    ("SCADA-leverandøren", Maltese "il-klijent") or without the case ending of another
    script ("заказчиком", "고객사의", "வாடிக்கையாளரின்"); and in a script without spaces,
    the table words inside the run ("私はAPIを呼ぶだけ" → "私", "だけ")."""
    if word in _TABLE_WORDS or len(word) < 2:
        return [word]
    if "'" in word:
        for prefix in _ELIDED:
            if word.startswith(prefix) and word[len(prefix) :] in PARTY_NOUNS:
                return [prefix[:-1], word[len(prefix) :]]
    if "-" in word:
        tail = word.rsplit("-", 1)[1]
        if tail in PARTY_NOUNS:
            return [tail]
    if written_without_spaces(word):
        return _inside(word) or [word]
    if other_script(word):
        for cut in range(len(word) - 1, max(0, len(word) - 4), -1):
            if word[:cut] in PARTY_NOUNS:
                return [word[:cut]]
    return [word]


def _inside(run: str) -> list[str]:
    """The table words inside a run of a script without spaces, in their order."""
    found: list[tuple[int, str]] = []
    taken = [False] * len(run)
    for table_word in _UNSPACED_WORDS:
        at = run.find(table_word)
        while at >= 0:
            if not any(taken[at : at + len(table_word)]):
                found.append((at, table_word))
                for i in range(at, at + len(table_word)):
                    taken[i] = True
            at = run.find(table_word, at + len(table_word))
    return [w for _, w in sorted(found)]


def agent(word: str) -> bool:
    return word in AGENT_NOUNS or word in THIRD_PERSON_SUBJECTS


def team_word(word: str) -> bool:
    """ "team", "ekipa", "the ERP team's", and compounds: "frontendteam", "vefteyminu"."""
    if word in TEAM_NOUNS or possessive_stem(word) in TEAM_NOUNS:
        return True
    return len(word) > 6 and word.endswith(("team", "teams", "teymi", "teyminu", "taldeak"))


def possessive_stem(word: str) -> str | None:
    """ "client's" → "client", "clients'" → "clients"; None for a word without a possessive."""
    for suffix in ("'s", "\u2019s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    for suffix in ("'", "\u2019"):
        if word.endswith("s" + suffix):
            return word[: -len(suffix)]
    return None


def possessive_agent(word: str, previous: str = "") -> bool:
    """ "the client's", "the ERP team's", "the partner trust's", "leverantörens"."""
    stem = possessive_stem(word)
    if stem is None:
        return word in AGENT_POSSESSIVES
    if stem in AGENT_NOUNS or previous in AGENT_NOUNS or previous in OTHER_PARTY_MARKERS:
        return True
    return stem in TEAM_NOUNS and previous not in FIRST_PERSON_WORDS
