"""Match free text and listed skill names to the catalog. Pure: no Flask, no database.

One module shared by every import source (GitHub, LinkedIn export, résumé):

* ``Matcher.find(text)`` finds the catalog skills a free text mentions: names and aliases as
  whole words, case-insensitive, with symbols kept ("C++", "C#", ".NET", "Node.js", "CI/CD"),
  the longest name winning at a position ("ASP.NET Core" over ".NET"). Names that are also
  ordinary words or single letters ("Go", "R", "C", "Swift", "Express", ...) count only with
  programming context or inside a list of technologies, so "go-to-market", "R&D" or "Series C"
  match nothing. Near misses ("Kubernets") are then found with rapidfuzz above a threshold.
* ``Matcher.match_name(name)`` matches one listed skill name (a LinkedIn "Skills.csv" row, a
  GitHub topic): exact after normalising case and punctuation, else fuzzy.

Technology-looking names the catalog lacks are listed by ``smatrx.imports.unknown``.

The whole catalog is compiled into one trie-shaped regular expression, so ``find`` costs one
pass over the text whatever the size of the catalog.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from smatrx.imports.trie import normalise, trie_pattern
from smatrx.imports.vocabulary import (
    AMBIGUOUS_PHRASES,
    AMBIGUOUS_WORDS,
    APPOSITION_OPENERS,
    CONTEXT_NOUNS_AFTER,
    CONTEXT_WORDS,
    EMPLOYER_BEFORE,
    ENGLISH_FUNCTION_WORDS,
    FIRST_NAMES,
    FIRST_PERSON_WORDS,
    FOREIGN_FUNCTION_WORDS,
    FOREIGN_LIST_JOINERS,
    FUZZY_STOP_WORDS,
    GENITIVE_PARTICLES,
    IMPERATIVE_VERBS,
    IMPLIED_BY_PREFIX,
    IMPLIED_BY_WORD,
    IMPLIES,
    LEISURE_VERBS,
    LIST_ONLY_WORDS,
    NAME_PARTICLES,
    NOT_IMPLIED_BY_PREFIX,
    NOT_THE_PERSONS_VERB,
    OTHER_PARTY_MARKERS,
    OTHER_PARTY_NOUNS,
    OTHERS_TEAM_AFTER,
    OTHERS_TEAM_BEFORE,
    OTHERS_TEAM_MODIFIERS,
    PHRASE_END_WORDS,
    SEASON_NOUNS,
    SEASONS,
    SHORT_ALLOWED,
    SKILL_ADJECTIVES,
    SUBJECT_ARTICLES,
    SUBJECT_TEAM_NOUNS,
    THE_NOUN_FOLLOWERS,
    TRAP_AFTER,
    TRAP_AFTER_COMPOUNDS,
    TRAP_BEFORE,
)

# --------------------------------------------------------------------------------------------
# Public types


@dataclass(frozen=True)
class CatalogTerm:
    """What the matcher knows of one catalog skill."""

    skill_id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    skill_id: str
    name: str  # the catalog name
    term: str  # the text that matched, as written in the source
    fuzzy: bool  # True for a near miss found by rapidfuzz
    score: float  # 100 for exact, the rapidfuzz score otherwise


# --------------------------------------------------------------------------------------------
# Text helpers

_URL = re.compile(
    r"\b(?:https?://|www\.)\S+"
    r"|\b[\w.+-]+@[\w-]+\.[\w.]+"
    # a bare address: "github.com/dmitri", "gitlab.io/x" (its host names no skill)
    r"|\b(?:[\w-]+\.)+(?:com|org|net|io|dev|app|co|me|ai|page)/\S*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w+#'-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_LIST_SEPARATORS = re.compile(
    rf"[,;/|•·●▪◦\t:()]|\s(?:and|or|&|{'|'.join(FOREIGN_LIST_JOINERS)})\s|^\s*[-*]\s", re.MULTILINE
)
_WINDOW = 6
_TOKEN = re.compile(r"[A-Za-z0-9][\w+#]*(?:\.[\w+#]+)*")
_YEAR_AFTER = re.compile(r"[ \t]+'?(?:(?:19|20)\d\d|\d\d)\b")
# "AWS (ECS, RDS)": a parenthesised list right after a name, and its items.
_PARENTHESISED = re.compile(r"[ \t]*\(([^()\n]{1,120})\)")
_LIST_ITEM = re.compile(r"[^,;&]+")
_SLASH_PART = re.compile(r"[^/]+")
_LIST_JOINER = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)
# "a Figma-like editor", "an OutSystems-like company": a likeness, not the thing itself.
_LIKENESS = re.compile(r"-(?:like|esque)\b", re.IGNORECASE)
# A state or country code after a comma: "Phoenix, AZ", "Richmond, VA", "Oban, UK".
_PLACE_AFTER = re.compile(r",[ \t]*[A-Z]{2}\b(?![\w+#./-])(?![ \t]*[,/&]?[ \t]*[A-Za-z])")
# "Cisco and Juniper routers": the word before a coordinator, right before a name.
_COORDINATED = re.compile(r"([A-Za-z][\w.+#-]*)[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*$")


def mask_urls(text: str) -> str:
    return _URL.sub(lambda m: " " * len(m.group()), text)


def _starts_a_field(text: str, start: int) -> bool:
    """The name opens a table cell or a field ("| Puppet theatre company |"): capitalised
    there as any first word is, so the capital proves nothing."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t")
    return before.endswith(("|", "\u2022", "\u00b7", "\t")) or before in ("", "-", "*")


def _capitalised(words: list[str]) -> bool:
    return bool(words) and words[0][:1].isupper()


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (within one line) around text[start:end]."""
    left = max(text.rfind("\n", 0, start), -1)
    for found in _SENTENCE_END.finditer(text, left + 1, start):
        left = found.start()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left + 1, right


_LANGUAGE_WINDOW = 200
# How far around a name another organisation is looked for, and what ends its clause.
_OTHER_PARTY_REACH = 80
_CLAUSE_BREAK = re.compile(r"[;!?:\n]|\.(?=\s)")


def _near_line(text: str, start: int) -> tuple[int, int]:
    """The line around `start`, at most _LANGUAGE_WINDOW characters either side."""
    low = max(0, start - _LANGUAGE_WINDOW)
    left = text.rfind("\n", low, start) + 1 or low
    right = text.find("\n", start, start + _LANGUAGE_WINDOW)
    return left, min(len(text), start + _LANGUAGE_WINDOW) if right < 0 else right


def _line(text: str, start: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    return left, len(text) if right < 0 else right


# --------------------------------------------------------------------------------------------
# The matcher


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    text: str
    term: CatalogTerm
    ambiguous: bool


class Matcher:
    """Built once per import from the catalog; ``find`` and ``match_name`` are then cheap."""

    def __init__(self, terms: Iterable[CatalogTerm], *, fuzzy_threshold: float = 90.0) -> None:
        self.fuzzy_threshold = fuzzy_threshold
        terms = list(terms)  # read twice: keys, then what each name implies
        self._by_key: dict[str, CatalogTerm] = {}
        self._ambiguous_keys: set[str] = set()
        variants: list[str] = []
        for term in terms:
            for variant in (term.name, *term.aliases):
                variant = variant.strip()
                key = normalise(variant)
                if not key or key in self._by_key:
                    continue
                self._by_key[key] = term
                variants.append(variant)
                if self._is_ambiguous(variant):
                    self._ambiguous_keys.add(key)
        self._pattern = re.compile(trie_pattern(variants), re.IGNORECASE) if variants else None
        # Broader skills a product implies, by skill id (names the catalog lacks are skipped).
        self._implies: dict[str, list[CatalogTerm]] = {}
        implies = {product: list(broader) for product, broader in IMPLIES.items()}
        for term in terms:
            for prefix, platform in IMPLIED_BY_PREFIX.items():
                if term.name.startswith(prefix) and term.name not in NOT_IMPLIED_BY_PREFIX:
                    implies.setdefault(term.name, []).append(platform)
            for word, broader in IMPLIED_BY_WORD.items():
                if term.name != broader and re.search(rf"(?<![\w]){word}(?![\w])", term.name):
                    implies.setdefault(term.name, []).append(broader)
        for product, broader in implies.items():
            term = self._by_key.get(normalise(product))
            if term is None:
                continue
            for name in broader:
                implied = self._by_key.get(normalise(name))
                if implied is not None and implied.skill_id != term.skill_id:
                    self._implies.setdefault(term.skill_id, []).append(implied)
        # Fuzzy choices: keys long enough to be told apart, never the ambiguous words.
        self._fuzzy_keys = [
            key for key in self._by_key if len(key) >= 5 and key not in self._ambiguous_keys
        ]

    @staticmethod
    def _is_ambiguous(variant: str) -> bool:
        word = variant.casefold()
        if word in AMBIGUOUS_PHRASES:
            return True
        if not word.isalpha():  # symbols or digits make it distinctive: "C++", ".NET", "k8s"
            return False
        return word in AMBIGUOUS_WORDS or (len(word) <= 2 and word not in SHORT_ALLOWED)

    # -- exact matching --------------------------------------------------------------------

    def _candidates(self, text: str) -> list[_Candidate]:
        if self._pattern is None:
            return []
        found = []
        for hit in self._pattern.finditer(text):
            key = normalise(hit.group())
            term = self._by_key.get(key)
            if term is None:  # a separator the regex allowed but the key lacks; skip
                continue
            found.append(
                _Candidate(hit.start(), hit.end(), hit.group(), term, key in self._ambiguous_keys)
            )
        return found

    @staticmethod
    def _trapped(text: str, cand: _Candidate, seg: tuple[int, int]) -> bool:
        """The ambiguous name is plainly something else: "R&D", "go-to-market", "Series C"."""
        before = text[max(0, cand.start - 2) : cand.start]
        after = text[cand.end : cand.end + 2]
        if before.endswith("&") or after.startswith("&"):
            return True
        if (len(before) == 2 and before[1] == "-" and before[0].isalnum()) or (
            len(after) == 2 and after[0] == "-" and after[1].isalnum()
        ):
            return True
        # Neighbours within the sentence only: "statistics in R.\n* A MySQL ..." has no
        # word after R.
        words_before = _WORD.findall(text[max(seg[0], cand.start - 30) : cand.start])
        words_after = _WORD.findall(text[cand.end : min(seg[1], cand.end + 30)])
        prev = words_before[-1].casefold() if words_before else ""
        nxt = words_after[0].casefold() if words_after else ""
        gap_after = text[cand.end : cand.end + 3]
        joined_after = not re.match(r"\s*[,;/|:)]", gap_after)
        joined_before = not re.search(r"[,;/|:(]\s*$", text[max(0, cand.start - 3) : cand.start])
        if prev in {"let's", "lets", "let\u2019s"}:
            return True
        if (
            joined_before
            and prev in EMPLOYER_BEFORE
            and cand.text[:1].isupper()
            and not (len(words_before) > 1 and words_before[-2].casefold() in SKILL_ADJECTIVES)
        ):
            return True  # an employer: "Senior Engineer at Oracle", not "good at Go"
        if cand.text.casefold() in SEASONS and _YEAR_AFTER.match(text, cand.end):
            return True  # a date: "Spring 2015", "Fall '19"
        if cand.text.casefold() in SEASONS and joined_after and nxt in SEASON_NOUNS:
            return True  # a season's event: "the Spring sale"
        if (
            prev in LEISURE_VERBS
            # Spanish and French put "a"/"à" between the verb and a person: "Leo a Kafka"
            or (
                prev in {"a", "\u00e0"}
                and len(words_before) > 1
                and words_before[-2].casefold() in LEISURE_VERBS
            )
        ) and (not nxt or nxt in PHRASE_END_WORDS):
            return True  # a book, an author, a place: "Reading Kafka on the tram"
        next_word = re.match(r"[ \t]+([^\W\d_]+)", text[cand.end : cand.end + 12])
        if (
            next_word is not None
            and next_word.group(1).casefold() in GENITIVE_PARTICLES
            and Matcher._foreign_sentence(text, seg, cand.start)
        ):
            return True  # a noun of that language: "Tableau de bord", "Spark de la vie"
        if joined_before and prev in TRAP_BEFORE:
            return True
        if joined_after and nxt in TRAP_AFTER:
            compound = " ".join(w.casefold() for w in words_after[:2])
            if compound not in TRAP_AFTER_COMPOUNDS:
                return True  # ("Rails back office" is the name qualifying a noun)
        sentence_start = not _WORD.search(text, seg[0], cand.start)
        imperative = cand.text.casefold() in IMPERATIVE_VERBS
        if sentence_start and imperative and nxt in {"to", "for", "with", "get"}:
            return True  # an imperative: "Go to the portal", "Go for it" (not "Puppet for")
        if sentence_start and nxt == "and" and not _capitalised(words_after[1:2]):
            return True  # "Go and see", but not "Prometheus and Grafana dashboards"
        if not cand.text.isupper() and _PLACE_AFTER.match(text, cand.end):
            return True  # a place: "Dockyard Labs (Phoenix, AZ)"
        if len(cand.text) == 1:
            # initials and marks: "John R. Smith", "Intel(R)", "A, B and C grades"
            if after[:1] == "." and re.match(r"[ \t]+[A-Z]", text[cand.end + 1 : cand.end + 3]):
                return True
            if before.endswith("(") and after.startswith(")"):
                return True
        return False

    def _has_context(
        self, text: str, cand: _Candidate, accepted: list[_Candidate], seg: tuple[int, int]
    ) -> bool:
        seg_start, seg_end = seg
        left_words = list(_WORD.finditer(text, seg_start, cand.start))[-_WINDOW:]
        right_words = list(_WORD.finditer(text, cand.end, seg_end))[:_WINDOW]
        for word in (*left_words, *right_words):
            if word.group().casefold().strip("'-") in CONTEXT_WORDS:
                return True
        if (
            right_words
            and right_words[0].group().casefold() in CONTEXT_NOUNS_AFTER
            and not text[cand.end : right_words[0].start()].strip()
        ):
            return True  # "a Go service": the noun the name qualifies
        low = left_words[0].start() if left_words else cand.start
        high = right_words[-1].end() if right_words else cand.end
        if any(other.start < high and other.end > low for other in accepted):
            return True
        # a short heading on the line before: "Programming languages" / "Skills"
        line_start, _ = _line(text, cand.start)
        if line_start > 0:
            prev_start, prev_end = _line(text, line_start - 1)
            heading = _WORD.findall(text[prev_start:prev_end])
            if 0 < len(heading) <= 4 and any(w.casefold() in CONTEXT_WORDS for w in heading):
                return True
        return False

    def _proper_noun(self, text: str, cand: _Candidate, seg: tuple[int, int]) -> bool:
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
            and bool(_WORD.search(text, seg[0], cand.start))
            and not _starts_a_field(text, cand.start)
        ):
            return False
        if _WORD.findall(text[max(seg[0], cand.start - 4) : cand.start])[-1:] == ["of"]:
            return False  # a place or a title: "the oracle of Delphi"
        before = _WORD.findall(text[max(seg[0], cand.start - 5) : cand.start])[-1:]
        if before == ["the"]:
            after = _WORD.findall(text[cand.end : min(seg[1], cand.end + 12)])[:1]
            # "the Jenkins of our street", "the Hive was buzzing": a noun of its own
            if not after or after[0].casefold() in THE_NOUN_FOLLOWERS:
                return False
        # a surname after a first name inside a sentence: "met Kofi Jenkins", "by Ana Ruby"
        window_start = max(seg[0], cand.start - 30)
        preceding = re.search(r"(?<![\w.])([A-Z][a-z]+) $", text[window_start : cand.start])
        if (
            preceding is not None
            and normalise(preceding.group(1)) not in self._by_key
            and _WORD.search(text, seg[0], window_start + preceding.start(1)) is not None
        ):
            return False
        following = re.match(r" ([A-Z][a-z]+)\b", text[cand.end : cand.end + 40])
        return following is None or normalise(following.group(1)) in self._by_key

    @staticmethod
    def _in_list(
        text: str,
        cand: _Candidate,
        accepted: list[_Candidate],
        lines: dict[int, list[tuple[int, int]]] | None = None,
    ) -> bool:
        """The name is a whole item of a separated list that holds another technology.
        `lines` keeps each line's items across calls (a long line is split once)."""
        line_start, line_end = _line(text, cand.start)
        items = None if lines is None else lines.get(line_start)
        if items is None:
            bounds = [line_start]
            for sep in _LIST_SEPARATORS.finditer(text, line_start, line_end):
                bounds.extend((sep.start(), sep.end()))
            bounds.append(line_end)
            items = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
            if lines is not None:
                lines[line_start] = items
        if len(items) < 2:
            return False
        found = bisect_right(items, (cand.start, len(text) + 1)) - 1
        own = items[found] if found >= 0 and cand.end <= items[found][1] else None
        if own is None:
            return False
        item = text[own[0] : own[1]].strip(" \t-*•.")
        item = re.sub(r"\s+v?\d[\w.]*$", "", item)  # "Go 1.22"
        if item.casefold() != cand.text.casefold():
            return False
        return any(
            line_start <= other.start < line_end and not own[0] <= other.start < own[1]
            for other in accepted
        )

    @staticmethod
    def _not_the_persons_verb(text: str, cand: _Candidate) -> bool:
        """A name written as a past-tense verb after a passive or another subject: "was
        mentored by", "she managed the team"."""
        first = cand.text.split(None, 1)[0].casefold()
        if not first.endswith("ed"):
            return False
        before = _WORD.findall(text[max(0, cand.start - 12) : cand.start])[-1:]
        return bool(before) and before[0].casefold() in NOT_THE_PERSONS_VERB

    @staticmethod
    def _others_team(text: str, cand: _Candidate) -> bool:
        """The name qualifies another team the person worked with: "worked with the Java
        team", "the Kafka platform group", "the client's Java team builds", "Our Java team
        owns the gateway" (the sentence's subject) — their technology, not the person's."""
        if re.match(r"[ \t]+\w", text[cand.end : cand.end + 2]) is None:
            return False
        after = [w.casefold() for w in _WORD.findall(text[cand.end : cand.end + 40])[:2]]
        if after[:1] and after[0] in OTHERS_TEAM_MODIFIERS and after[1:]:
            after = after[1:]
        if not after or after[0] not in OTHERS_TEAM_AFTER:
            return False
        seg_start, _ = _segment(text, cand.start, cand.end)
        before = [
            w.casefold() for w in _WORD.findall(text[max(seg_start, cand.start - 30) : cand.start])
        ]
        if not before:
            return False
        if before[-1].endswith(("'s", "\u2019s")):
            return True  # "the client's Java team"
        if before[-1] in {"our", "their"} and len(before) == 1:
            return True  # "Our Java team owns ..." opens the sentence
        return len(before) >= 2 and before[-2] in OTHERS_TEAM_BEFORE and before[-1] == "the"

    @staticmethod
    def _other_partys(text: str, cand: _Candidate) -> bool:
        """Another organisation is the actor next to the name, in its clause: "the React
        rewrite the previous agency had proposed", "(React) was built by another agency",
        "Our hosting partner configures the servers with Puppet" — their technology."""
        left = max(0, cand.start - _OTHER_PARTY_REACH)
        before_text = _CLAUSE_BREAK.split(text[left : cand.start])[-1]
        after_text = _CLAUSE_BREAK.split(text[cand.end : cand.end + _OTHER_PARTY_REACH])[0]
        after = [w.casefold() for w in _WORD.findall(after_text)][:7]
        for i in range(1, len(after)):
            if after[i] in OTHER_PARTY_NOUNS and after[i - 1] in OTHER_PARTY_MARKERS:
                between = after[: i - 1]
                if len(between) > 4 or FIRST_PERSON_WORDS.intersection(between):
                    return False
                agent = i >= 2 and after[i - 2] == "by"
                acts = i + 1 < len(after) and after[i + 1] not in PHRASE_END_WORDS
                return agent or acts
        before = [w.casefold() for w in _WORD.findall(before_text)][-8:]
        for i in range(len(before) - 1, 0, -1):
            if before[i] in OTHER_PARTY_NOUNS and before[i - 1] in OTHER_PARTY_MARKERS:
                between = before[i + 1 :]
                if len(between) > 4 or FIRST_PERSON_WORDS.intersection(between):
                    return False
                # the noun is the subject: a verb, not a preposition, follows it
                return bool(between) and between[0] not in PHRASE_END_WORDS
        # A clause whose subject is another team, with no first person before the name:
        # "A equipa de análise constrói os seus relatórios em Power BI sobre as réplicas
        # que eu mantenho", "The analytics team builds its reports in Power BI".
        seg_start, _ = _segment(text, cand.start, cand.end)
        clause = _CLAUSE_BREAK.split(text[seg_start : cand.start])[-1]
        opening = [w.casefold() for w in _WORD.findall(clause)]
        if len(opening) < 4 or len(opening) > 13 or opening[0] not in SUBJECT_ARTICLES:
            return False
        # a named team: "the analytics team", "a equipa de análise" ("the team" alone, often
        # the person's own, is not enough)
        named_team = (opening[2] in SUBJECT_TEAM_NOUNS and opening[1] not in {"same", "whole"}) or (
            opening[1] in SUBJECT_TEAM_NOUNS and opening[2] in GENITIVE_PARTICLES
        )
        return named_team and not FIRST_PERSON_WORDS.intersection(opening)

    @staticmethod
    def _named_place_or_person(text: str, cand: _Candidate) -> bool:
        """Part of a longer proper name: a capitalised particle right before it ("La Scala",
        "El Paso"), or a given name followed by an apposition ("Crystal, our designer")."""
        before = text[max(0, cand.start - 8) : cand.start]
        particle = re.search(r"(?<![\w])([A-Z][a-z]{1,4})[ \t]$", before)
        if particle and particle.group(1) in NAME_PARTICLES and cand.text[:1].isupper():
            return True
        if cand.text.casefold() in FIRST_NAMES and cand.text[:1].isupper():
            apposition = re.match(r",[ \t]+([^\W\d_]+)", text[cand.end : cand.end + 20])
            if apposition and apposition.group(1).casefold() in APPOSITION_OPENERS:
                return True
        return False

    @staticmethod
    def _foreign_sentence(text: str, seg: tuple[int, int], at: int) -> bool:
        """The sentence around `at` is written in another language than English (its
        function words say so): there an ambiguous name is a word of that language or a
        person. Only _LANGUAGE_WINDOW characters either side are read, so a document of one
        endless line costs no more than one of short lines."""
        foreign = english = 0
        low_end = max(seg[0], at - _LANGUAGE_WINDOW)
        high_end = min(seg[1], at + _LANGUAGE_WINDOW)
        for word in _WORD.findall(text, low_end, high_end):
            low = word.casefold()
            if low in FOREIGN_FUNCTION_WORDS or low.startswith(("l'", "d'", "j'", "qu'")):
                foreign += 1
            elif low in ENGLISH_FUNCTION_WORDS:
                english += 1
        return foreign >= 2 and foreign > english

    def _accept(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        candidates = [
            cand
            for cand in candidates
            if not self._others_team(text, cand)
            and not self._other_partys(text, cand)
            and not self._named_place_or_person(text, cand)
            and not self._not_the_persons_verb(text, cand)
            and not _LIKENESS.match(text, cand.end)
        ]
        # In another language's sentence a name written in lower case is a word of that
        # language ("J'apprends vite"): it waits, as an ambiguous name does.
        waits = [
            cand.ambiguous
            or (
                cand.text.isalpha()
                and cand.text.islower()
                and not cand.term.name.islower()
                and self._foreign_sentence(text, _near_line(text, cand.start), cand.start)
            )
            for cand in candidates
        ]
        starts = [cand.start for cand in candidates]  # in text order, as found
        line_items: dict[int, list[tuple[int, int]]] = {}
        accepted = [cand for cand, wait in zip(candidates, waits, strict=True) if not wait]
        pending = [cand for cand, wait in zip(candidates, waits, strict=True) if wait]
        # Two rounds, so an ambiguous name accepted by context can vouch for a list neighbour.
        for _ in range(2):
            still = []
            for cand in pending:
                seg = _segment(text, cand.start, cand.end)
                if self._trapped(text, cand, seg) or _town_after_employer(text, cand, starts):
                    continue
                lowercase_word = cand.text.islower() and not cand.term.name.islower()
                # Only an item of a list vouches for a word of a list-only kind, or for a name
                # in capitals the catalog writes otherwise ("SWIFT MT940" is the bank network,
                # not Swift).
                list_only = cand.text.casefold() in LIST_ONLY_WORDS or (
                    len(cand.text) > 2
                    and cand.text.isupper()
                    and cand.text.casefold() == cand.term.name.casefold()
                    and not cand.term.name.isupper()
                    and not text[seg[0] : seg[1]].isupper()
                )
                if self._in_list(text, cand, accepted, line_items) or (
                    not list_only
                    and (
                        (not lowercase_word and self._has_context(text, cand, accepted, seg))
                        or self._proper_noun(text, cand, seg)
                    )
                ):
                    accepted.append(cand)
                else:
                    still.append(cand)
            pending = still
        # A name the document already uses as a technology counts too, capitalised, at a
        # sentence's start, where a capital proves nothing by itself: "- Rails back office
        # for a ferry operator" under "Ruby on Rails developer".
        known = {c.term.skill_id for c in accepted}
        for cand in pending:
            if (
                cand.text[:1].isupper()
                and not cand.text.isupper()
                and cand.term.skill_id in known
                and len(cand.text) >= 4
                and cand.text.casefold() not in LIST_ONLY_WORDS
                and not _WORD.search(text, _segment(text, cand.start, cand.end)[0], cand.start)
            ):
                accepted.append(cand)
        return sorted(accepted, key=lambda c: c.start)

    # -- fuzzy matching --------------------------------------------------------------------

    def _fuzzy(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, Match]]:
        """Near misses among technical-looking 1-3 word phrases that matched nothing exactly."""
        if not self._fuzzy_keys:
            return []
        covered = bytearray(len(text) + 1)
        for start, end in taken:
            covered[start:end] = b"\x01" * (end - start)
        tokens = [
            tok
            for tok in _TOKEN.finditer(text)
            if not covered[tok.start()] and not covered[tok.end() - 1]
        ]
        queries: dict[str, tuple[int, str]] = {}
        for i, first in enumerate(tokens):
            for size in (1, 2, 3):
                group = tokens[i : i + size]
                if len(group) < size:
                    break
                last = group[-1]
                if size > 1 and text[group[-2].end() : last.start()] not in {" ", "-", "."}:
                    break
                if not _looks_technical(last.group()):
                    break
                key = normalise(text[first.start() : last.end()])
                if len(key) < 5 or key in self._by_key:
                    continue
                if size == 1 and key in FUZZY_STOP_WORDS:
                    continue
                queries.setdefault(key, (first.start(), text[first.start() : last.end()]))
        if not queries:
            return []
        fuzz, process = _rapidfuzz()
        found: list[tuple[int, Match]] = []
        for key, (position, phrase) in queries.items():
            best = process.extractOne(
                key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold
            )
            if best is None or not _plausible_typo(key, best[0]):
                continue
            choice, score = best[0], float(best[1])
            term = self._by_key[choice]
            found.append((position, Match(term.skill_id, term.name, phrase, True, score)))
        return found

    # -- public ----------------------------------------------------------------------------

    def locate(self, text: str) -> list[tuple[int, int, Match]]:
        """Every accepted mention as (start, end, match), in order: where each skill is
        named in the text, by the same rules as find() (evidence quotes these, and years
        come from the entries that hold them)."""
        if not text:
            return []
        text = mask_urls(text)
        candidates = self._candidates(text)
        accepted = self._accept(text, candidates)
        found = [
            (c.start, c.end, Match(c.term.skill_id, c.term.name, c.text, False, 100.0))
            for c in accepted
        ]
        found.extend(self._parent_lists(text, accepted))
        found.extend(self._coordinated(text, accepted))
        found.extend(self._shared_head(text, accepted))
        taken = [(c.start, c.end) for c in candidates]
        exact_ids = {m.skill_id for _, _, m in found}
        for position, match in self._fuzzy(text, taken):
            if match.skill_id not in exact_ids:
                found.append((position, position + len(match.term), match))
        found.extend(
            (
                start,
                end,
                Match(implied.skill_id, implied.name, match.term, match.fuzzy, match.score),
            )
            for start, end, match in list(found)
            for implied in self._implies.get(match.skill_id, ())
        )
        found.sort(key=lambda item: item[0])
        return found

    def _parent_lists(self, text: str, accepted: list[_Candidate]) -> list[tuple[int, int, Match]]:
        """ "AWS (ECS, RDS, S3)": each item of a parenthesised list right after a name is
        read with the name before it ("AWS ECS"), when that is a catalog name or alias."""
        found = []
        for cand in accepted:
            listed = _parent_list(text, cand)
            if listed is None:
                continue
            list_start, inner = listed
            prefixes = dict.fromkeys((cand.text, cand.term.name, *cand.term.aliases))
            # "AWS Lambda, API Gateway and DynamoDB": the siblings share the prefix
            prefixes = dict.fromkeys((*prefixes, *_platform_prefix(cand.text)))
            # "and"/"or" separate items as commas do, blanked to keep the positions
            inner = _LIST_JOINER.sub(lambda m: "," * len(m.group()), inner)
            for item in _LIST_ITEM.finditer(inner):
                # "Pub/Sub" is one item, "ECS/EKS" two: the whole first, then its parts
                parts = [item]
                if "/" in item.group():
                    parts.extend(_SLASH_PART.finditer(inner, item.start(), item.end()))
                for part in parts:
                    words = part.group().strip()
                    if not words:
                        continue
                    term = next(
                        (
                            term
                            for prefix in prefixes
                            if (term := self._by_key.get(normalise(f"{prefix} {words}")))
                            and term.skill_id != cand.term.skill_id
                        ),
                        None,
                    )
                    if term is None:
                        continue
                    start = list_start + part.start() + part.group().find(words)
                    match = Match(term.skill_id, term.name, words, False, 100.0)
                    found.append((start, start + len(words), match))
                    break
        return found

    def _coordinated(self, text: str, accepted: list[_Candidate]) -> list[tuple[int, int, Match]]:
        """ "Cisco and Juniper routers": modifiers joined by "and", "or", "/" or commas share
        the head noun of the name after them, so "Cisco routers" is named as well, when that
        is a catalog name or alias."""
        found = []
        for cand in accepted:
            parts = cand.text.split(None, 1)
            if len(parts) < 2:
                continue
            head = parts[1]
            position = cand.start
            for _ in range(4):  # "Cisco, Arista and Juniper routers"
                before = _COORDINATED.search(text[max(0, position - 40) : position])
                if before is None:
                    break
                word_start = max(0, position - 40) + before.start(1)
                word = before.group(1)
                term = self._by_key.get(normalise(f"{word} {head}"))
                if term is None:
                    break
                match = Match(term.skill_id, term.name, word, False, 100.0)
                found.append((word_start, word_start + len(word), match))
                position = word_start
        return found

    def _shared_head(self, text: str, accepted: list[_Candidate]) -> list[tuple[int, int, Match]]:
        """ "Kotlin with Spring Boot and coroutines": a lower-case item later in the same
        sentence's list that makes a catalog name with the name before it ("Kotlin
        Coroutines") names that too — the sentence leaves the head out once said."""
        found = []
        for cand in accepted:
            _, seg_end = _segment(text, cand.start, cand.end)
            position = cand.end
            for item in _HEAD_LIST_ITEM.finditer(text, cand.end, min(seg_end, cand.end + 160)):
                words = item.group(1)
                position = item.start(1)
                if not words.islower() or len(words.split()) > 2:
                    continue
                term = next(
                    (
                        term
                        for head in dict.fromkeys((cand.text, cand.term.name))
                        if (term := self._by_key.get(normalise(f"{head} {words}")))
                        and term.skill_id != cand.term.skill_id
                    ),
                    None,
                )
                if term is not None:
                    match = Match(term.skill_id, term.name, words, False, 100.0)
                    found.append((position, position + len(words), match))
        return found

    def find(self, text: str) -> list[Match]:
        """Every distinct catalog skill a free text mentions, in order of first mention."""
        seen: set[str] = set()
        result: list[Match] = []
        for _, _, match in self.locate(text):
            if match.skill_id not in seen:
                seen.add(match.skill_id)
                result.append(match)
        return result

    def match_name(self, name: str) -> Match | None:
        """One skill name as listed (a LinkedIn skill, a GitHub topic): exact, else fuzzy."""
        name = (name or "").strip()
        if not name:
            return None
        tries = _name_variants(name)
        for variant in tries:
            term = self._by_key.get(normalise(variant))
            if term is not None:
                return Match(term.skill_id, term.name, name, False, 100.0)
        best: tuple[str, float] | None = None
        fuzz, process = _rapidfuzz()
        for variant in tries:
            key = normalise(variant)
            if len(key) < 5 or key in FUZZY_STOP_WORDS:
                continue
            hit = process.extractOne(
                key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold
            )
            if hit is None or not _plausible_typo(key, hit[0]):
                continue
            if best is None or hit[1] > best[1]:
                best = (hit[0], float(hit[1]))
        if best is None:
            return None
        term = self._by_key[best[0]]
        return Match(term.skill_id, term.name, name, True, best[1])


# An item of a list inside a sentence: what follows a comma, semicolon, "and", "or", "with".
_HEAD_LIST_ITEM = re.compile(
    r"(?:[,;]|\b(?:and|or|with|plus)\b)[ \t]+([a-z][\w+#-]*(?:[ \t][a-z][\w+#-]*)?)"
    r"(?=[ \t]*(?:[,;.)]|\band\b|\bor\b|$))",
    re.MULTILINE,
)

# After a platform's name, its services are listed after a colon or "with": "into AWS: EC2,
# RDS, S3", "landing zones on AWS with Control Tower and Terraform"; after one of its
# services the next items are more of them: "AWS Lambda, API Gateway and DynamoDB". Each
# item counts only when the platform's name before it makes a catalog name.
_INTRODUCED_LIST = re.compile(r"(?:[ \t]*:|[ \t]+(?:with|using|including|on))[ \t]+", re.IGNORECASE)
_SIBLING_LIST = re.compile(r"[ \t]*,[ \t]*")
_LIST_END = re.compile(r";|\.(?:\s|$)|\n")


def _until_sentence_end(text: str, start: int) -> str:
    window = text[start : start + 160]
    end = _LIST_END.search(window)
    return window[: end.start()] if end else window


def _platform_prefix(name: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in IMPLIED_BY_PREFIX if name.startswith(p))


def _parent_list(text: str, cand: _Candidate) -> tuple[int, str] | None:
    """(offset, text) of the list of items a name introduces, if any."""
    listed = _PARENTHESISED.match(text, cand.end)
    if listed is not None:
        return listed.start(1), listed.group(1)
    if cand.term.name in IMPLIED_BY_PREFIX.values():
        opener = _INTRODUCED_LIST.match(text, cand.end)
        if opener is not None:
            return opener.end(), _until_sentence_end(text, opener.end())
    if _platform_prefix(cand.text):
        opener = _SIBLING_LIST.match(text, cand.end)
        if opener is not None:
            return opener.end(), _until_sentence_end(text, opener.end())
    return None


def _town_after_employer(text: str, cand: _Candidate, starts: list[int]) -> bool:
    """A capitalised name closing a line after a comma, with no other technology on that
    line: where a résumé puts the employer's town ("Marine Science Association, Oban")."""
    line_start, line_end = _line(text, cand.start)
    if text[cand.end : line_end].strip(" \t.") or not cand.text[:1].isupper():
        return False
    if not text[line_start : cand.start].rstrip(" \t").endswith(","):
        return False
    # the only candidate on its line (a bisect: a long document has thousands of them)
    return bisect_right(starts, line_end - 1) - bisect_left(starts, line_start) == 1


def _plausible_typo(key: str, choice: str) -> bool:
    """A typo keeps the first letter and is not a mere truncation or extension ("Canvas" is
    not "Canva", "Objective" is not "Objective-C"), except a doubled last letter ("Postgress")."""
    if key[0] != choice[0]:
        return False
    short, long = sorted((key, choice), key=len)
    if long.startswith(short):
        return long == short + short[-1]
    return True


_GENERIC_SUFFIX = re.compile(
    r"\s+(?:programming\s+language|programming|language|framework|development|software)$",
    re.IGNORECASE,
)
PARENTHESES = re.compile(r"\(([^)]*)\)")


def _name_variants(name: str) -> list[str]:
    """ "Amazon Web Services (AWS)" → itself, "Amazon Web Services", "AWS";
    "Python (Programming Language)" → ..., "Python"."""
    variants = [name]
    base = PARENTHESES.sub(" ", name).strip()
    if base and base != name:
        variants.append(base)
    for inner in PARENTHESES.findall(name):
        inner = inner.strip()
        if inner and not _GENERIC_SUFFIX.match(" " + inner):
            variants.append(inner)
    for variant in list(variants):
        stripped = _GENERIC_SUFFIX.sub("", variant).strip()
        if stripped and stripped not in variants:
            variants.append(stripped)
    return variants


def _looks_technical(word: str) -> bool:
    """Capitalised, or holding digits or symbols: worth a fuzzy look."""
    return word[:1].isupper() or any(not ch.isalpha() for ch in word)


# --------------------------------------------------------------------------------------------
# Building terms


def terms_from_catalog(skills: Iterable[Any]) -> list[CatalogTerm]:
    """CatalogTerms from ORM skills (.id/.name/.aliases) or dicts (id/name/aliases)."""
    terms = []
    for skill in skills:
        if isinstance(skill, Mapping):
            skill_id, name, aliases = skill.get("id"), skill.get("name"), skill.get("aliases")
        else:
            skill_id = skill.id
            name = skill.name
            aliases = getattr(skill, "aliases", None)
        if not skill_id or not name:
            continue
        clean = tuple(a.strip() for a in (aliases or ()) if isinstance(a, str) and a.strip())
        terms.append(CatalogTerm(str(skill_id), str(name), clean))
    return terms


def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz, imported where near misses are looked for (in the import jobs): the web
    workers, which only read stored proposals, never load it (~4 MB each)."""
    from rapidfuzz import fuzz, process

    return fuzz, process
