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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from smatrx.imports.asides import (
    a_hobbies_line,
    a_referees_line,
    hobbies_sections,
    in_spans,
    interests_sections,
    references_sections,
)
from smatrx.imports.implications import (
    IMPLIED_BY_PREFIX,
    IMPLIED_BY_WORD,
    IMPLIED_PRACTICES,
    IMPLIES,
    NOT_IMPLIED_BY_PREFIX,
    NOT_IMPLIED_BY_WORD,
)
from smatrx.imports.language_aliases import with_their_languages
from smatrx.imports.list_context import has_context, whole_list_item
from smatrx.imports.lists import coordinated_items, parent_list_items, shared_head_items
from smatrx.imports.mentions import (
    WORD,
    Candidate,
    CatalogTerm,
    Match,
    Mention,
    foreign_sentence,
    glued_to_another_script,
    mask_urls,
    near_line,
    not_english,
    segment,
)
from smatrx.imports.near_misses import (
    a_short_word_misspelt,
    closest_name,
    name_variants,
    near_miss_phrases,
    words_align,
)
from smatrx.imports.other_senses import another_sense
from smatrx.imports.ownership import someone_elses
from smatrx.imports.people_skills import people_skill_mentions
from smatrx.imports.practice_phrases import practice_mentions
from smatrx.imports.proper_names import (
    a_proper_noun,
    ends_a_longer_name,
    opens_a_longer_name,
)
from smatrx.imports.roles import a_gloss, talk_sections, the_persons_verb, title_mentions
from smatrx.imports.text_clues import TextClues
from smatrx.imports.traps import (
    town_after_employer,
    trapped,
    written_apart,
)
from smatrx.imports.trie import normalise, trie_pattern
from smatrx.imports.vocabulary import (
    AMBIGUOUS_PHRASES,
    AMBIGUOUS_WORDS,
    ENGLISH_LOANWORDS,
    FUZZY_STOP_WORDS,
    GLUED_ENDINGS,
    LIST_ONLY_WORDS,
    LOWER_CASE_WORDS,
    SHORT_ALLOWED,
)
from smatrx.imports.word_senses import (
    regression_test_mentions,
)

# CatalogTerm and Match, the public types, live in smatrx.imports.mentions (shared with
# the rules in traps.py and lists.py) and are imported from here as before.


# --------------------------------------------------------------------------------------------
# The matcher


@dataclass(frozen=True)
class Reading:
    """What a text names: the person's skills, and technologies it gives to someone else."""

    own: list[Mention]
    theirs: list[Mention]


class Matcher:
    """Built once per import from the catalog; ``find`` and ``match_name`` are then cheap."""

    def __init__(self, terms: Iterable[CatalogTerm], *, fuzzy_threshold: float = 90.0) -> None:
        self.fuzzy_threshold = fuzzy_threshold
        terms = list(terms)  # read twice: keys, then what each name implies
        self._by_key: dict[str, CatalogTerm] = {}
        self._written: dict[str, str] = {}  # each key as the catalog writes it
        self._ambiguous_keys: set[str] = set()
        variants: list[str] = []
        spellings: set[str] = set()
        for term in terms:
            for variant in (term.name, *term.aliases):
                variant = variant.strip()
                key = normalise(variant)
                if key and self._by_key.get(key) is term and variant.casefold() not in spellings:
                    # (another spelling of one of the term's names, split inside a word the
                    # name writes whole: "e-mail marketing" beside "Email Marketing")
                    spellings.add(variant.casefold())
                    variants.append(variant)
                if not key or key in self._by_key:
                    continue
                spellings.add(variant.casefold())
                self._by_key[key] = term
                self._written[key] = variant
                variants.append(variant)
                if self._is_ambiguous(variant):
                    self._ambiguous_keys.add(key)
        self._pattern = (
            re.compile(trie_pattern(variants, glued=GLUED_ENDINGS), re.IGNORECASE)
            if variants
            else None
        )
        # Broader skills a product implies, by skill id (names the catalog lacks are skipped).
        implies = {product: list(broader) for product, broader in IMPLIES.items()}
        for term in terms:
            for prefix, platform in IMPLIED_BY_PREFIX.items():
                if term.name.startswith(prefix) and term.name not in NOT_IMPLIED_BY_PREFIX:
                    implies.setdefault(term.name, []).append(platform)
            for word, broader in IMPLIED_BY_WORD.items():
                if (
                    term.name != broader
                    and term.name not in NOT_IMPLIED_BY_WORD
                    and re.search(rf"(?<![\w]){word}(?![\w])", term.name)
                ):
                    implies.setdefault(term.name, []).append(broader)
        self._implies = self._by_skill_id(implies)
        self._implied_practices = self._by_skill_id(IMPLIED_PRACTICES)
        # Fuzzy choices: keys long enough to be told apart, never the ambiguous words.
        self._fuzzy_keys = [
            key for key in self._by_key if len(key) >= 5 and key not in self._ambiguous_keys
        ]

    def _by_skill_id(self, table: Mapping[str, Iterable[str]]) -> dict[str, list[CatalogTerm]]:
        """A table of implications by name (product → broader names) by skill id; names the
        catalog lacks are skipped."""
        found: dict[str, list[CatalogTerm]] = {}
        for product, broader in table.items():
            term = self._by_key.get(normalise(product))
            if term is None:
                continue
            for name in broader:
                implied = self._by_key.get(normalise(name))
                if implied is not None and implied.skill_id != term.skill_id:
                    found.setdefault(term.skill_id, []).append(implied)
        return found

    @staticmethod
    def _is_ambiguous(variant: str) -> bool:
        word = variant.casefold()
        if word in AMBIGUOUS_PHRASES:
            return True
        if not word.isalpha():  # symbols or digits make it distinctive: "C++", ".NET", "k8s"
            return False
        return word in AMBIGUOUS_WORDS or (len(word) <= 2 and word not in SHORT_ALLOWED)

    # -- exact matching --------------------------------------------------------------------

    def _candidates(self, text: str) -> list[Candidate]:
        if self._pattern is None:
            return []
        found = []
        for hit in self._pattern.finditer(text):
            name = hit.group("name")
            key = normalise(name)
            term = self._by_key.get(key)
            if term is None:  # a separator the regex allowed but the key lacks; skip
                continue
            ambiguous = key in self._ambiguous_keys or (name.islower() and key in LOWER_CASE_WORDS)
            glued = hit.group("glued")
            if glued and not self._may_glue(text, hit.start(), name, key, glued, ambiguous):
                continue
            found.append(Candidate(hit.start(), hit.start() + len(name), name, term, ambiguous))
        return found

    @staticmethod
    def _may_glue(text: str, start: int, name: str, key: str, glued: str, ambiguous: bool) -> bool:
        """A model number after a name of three characters or more ending in a letter
        ("Cortex-M4", not "C4"); a case ending after a distinctive name of four or more, in a
        sentence of another language ("PC-linttel", not "Perlen" in English)."""
        if glued[0].isdigit() or re.fullmatch(r"v\d{1,2}", glued):
            return len(key) >= 3 and name[-1].isalpha()
        if re.fullmatch(r"[A-Z]\d[A-Z\d]*", glued):
            # a part of a chip family named by letters and a number: "STM32F4", "STM32H743"
            return re.fullmatch(r"[A-Za-z]{2,}\d{2}", name) is not None
        if len(glued) == 1 and name[-1].casefold() in "aeiouy":
            return False  # "Javaa" is no case of "Java"
        return not ambiguous and len(key) >= 4 and not_english(text, start)

    def _accept(
        self, text: str, candidates: list[Candidate]
    ) -> tuple[list[Candidate], list[Candidate]]:
        """The mentions of the person's skills, and those of someone else's technology
        (smatrx.imports.ownership) that would count were they the person's."""
        clues = TextClues.of(text) if candidates else TextClues()
        candidates = [
            cand for cand in candidates if not another_sense(text, cand, self._by_key, clues)
        ]
        theirs = {id(cand) for cand in candidates if someone_elses(text, cand)}
        own = [cand for cand in candidates if id(cand) not in theirs]
        accepted = self._vouched(text, own)
        if not theirs:
            return accepted, []
        # Theirs by the same rules, with every mention able to vouch for a neighbour.
        return accepted, [c for c in self._vouched(text, candidates) if id(c) in theirs]

    def _vouched(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        # In another language's sentence a name written in lower case is a word of that
        # language ("J'apprends vite"): it waits, as an ambiguous name does. So does any name
        # in a section about the person's life outside work ("a washed Java from Ijen",
        # "admiratrice de Django Reinhardt"): there, a list vouches only for a capitalised
        # name ("mentoring at a township coding club" is still the person's).
        interests = interests_sections(text) if candidates else []
        waits = [
            cand.ambiguous
            or (
                cand.text[:1].isupper()
                and in_spans(interests, cand.start)
                # (capitalised inside its sentence, not only as its first word)
                and WORD.search(text, segment(text, cand.start, cand.end)[0], cand.start)
                is not None
            )
            or (
                cand.text.isalpha()
                and cand.text.isascii()  # ("статистике" is the alias in that language)
                # (an English word the other languages borrow as is: "los firewalls")
                and cand.text.casefold() not in ENGLISH_LOANWORDS
                and cand.text.islower()
                and not cand.term.name.islower()
                # (a long name the catalog knows is that language's name of the skill or the
                # skill's name used as is: Dutch "acceptatietesten", French "microservices
                # Java"; a shorter word may be the everyday word: Romanian "traducere" in
                # "memorii de traducere", French "vite")
                and len(cand.text) < 12
                and foreign_sentence(text, near_line(text, cand.start), cand.start)
            )
            for cand in candidates
        ]
        starts = [cand.start for cand in candidates]  # in text order, as found
        line_items: dict[int, list[tuple[int, int]]] = {}
        accepted = [cand for cand, wait in zip(candidates, waits, strict=True) if not wait]
        pending = [cand for cand, wait in zip(candidates, waits, strict=True) if wait]
        waiting = list(pending)
        # Two rounds, so an ambiguous name accepted by context can vouch for a list neighbour.
        for _ in range(2):
            still = []
            for cand in pending:
                seg = segment(text, cand.start, cand.end)
                if (
                    trapped(text, cand, seg)
                    or town_after_employer(text, cand, starts)
                    or written_apart(text, cand)
                ):
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
                if (
                    (
                        whole_list_item(text, cand, accepted, line_items)
                        # (in a section of interests, a list of names vouches for a name no
                        # word shares: "Hobby projects: Lua, Rust and Python")
                        or (not cand.ambiguous and whole_list_item(text, cand, waiting, line_items))
                        or the_persons_verb(text, cand)
                        or a_gloss(text, cand)
                        or glued_to_another_script(text, cand)
                    )
                    or (
                        not list_only
                        and not in_spans(interests, cand.start)  # (there, a list vouches only)
                        and (
                            (
                                not lowercase_word
                                and has_context(text, cand, accepted, seg)
                                and not (
                                    cand.text[:1].isupper()
                                    and (
                                        ends_a_longer_name(text, cand, seg, self._by_key)
                                        or opens_a_longer_name(text, cand, self._by_key)
                                    )
                                )
                            )
                            or a_proper_noun(text, cand, seg, self._by_key)
                        )
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
                and not WORD.search(text, segment(text, cand.start, cand.end)[0], cand.start)
            ):
                accepted.append(cand)
        return sorted(accepted, key=lambda c: c.start)

    # -- fuzzy matching --------------------------------------------------------------------

    def _fuzzy(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, Match]]:
        """Near misses among technical-looking 1-3 word phrases that matched nothing exactly."""
        if not self._fuzzy_keys:
            return []
        found: list[tuple[int, Match]] = []
        for key, (position, phrase) in near_miss_phrases(text, taken, self._by_key).items():
            closest = closest_name(key, self._fuzzy_keys, self.fuzzy_threshold)
            if closest is not None and words_align(phrase, self._written[closest[0]]):
                term = self._by_key[closest[0]]
                found.append((position, Match(term.skill_id, term.name, phrase, True, closest[1])))
        return found

    # -- public ----------------------------------------------------------------------------

    def locate(self, text: str) -> list[tuple[int, int, Match]]:
        """Every accepted mention as (start, end, match), in order: where each skill is
        named in the text, by the same rules as find() (evidence quotes these, and years
        come from the entries that hold them)."""
        return self.read(text).own

    def read(self, text: str) -> Reading:
        """The person's mentions (as locate) and someone else's: mentions of technologies
        the text gives to another party ("the client's Kafka platform")."""
        if not text:
            return Reading([], [])
        text = mask_urls(text)
        candidates = self._candidates(text)
        accepted, theirs = self._accept(text, candidates)
        their_mentions = [
            (c.start, c.end, Match(c.term.skill_id, c.term.name, c.text, False, 100.0))
            for c in theirs
        ]
        their_mentions.extend(self._implied(their_mentions, practices=False))
        their_mentions.sort(key=lambda item: item[0])
        return Reading(self._own(text, candidates, accepted), their_mentions)

    def _implied(
        self, found: list[tuple[int, int, Match]], *, practices: bool = True
    ) -> list[tuple[int, int, Match]]:
        """The broader skills the found mentions imply, at the same places (a practice a tool
        implies, IMPLIED_PRACTICES, only for the person's own: another's Jenkins says nothing
        more as their CI/CD)."""
        return [
            (
                start,
                end,
                Match(implied.skill_id, implied.name, match.term, match.fuzzy, match.score),
            )
            for start, end, match in found
            for implied in [
                *self._implies.get(match.skill_id, ()),
                *(self._implied_practices.get(match.skill_id, ()) if practices else ()),
            ]
        ]

    def _own(
        self, text: str, candidates: list[Candidate], accepted: list[Candidate]
    ) -> list[tuple[int, int, Match]]:
        found = [
            (c.start, c.end, Match(c.term.skill_id, c.term.name, c.text, False, 100.0))
            for c in accepted
        ]
        found.extend(parent_list_items(text, accepted, self._by_key))
        found.extend(coordinated_items(text, accepted, self._by_key))
        found.extend(shared_head_items(text, accepted, self._by_key))
        found.extend(title_mentions(text, self._by_key))
        found.extend(people_skill_mentions(text, self._by_key))
        found.extend(practice_mentions(text, self._by_key))
        found.extend(regression_test_mentions(text, self._by_key))
        found.extend(talk_sections(text, self._by_key))
        taken = [(c.start, c.end) for c in candidates]
        exact_ids = {m.skill_id for _, _, m in found}
        for position, match in self._fuzzy(text, taken):
            if match.skill_id not in exact_ids:
                found.append((position, position + len(match.term), match))
        found = with_their_languages(text, found)
        found.extend(self._implied(found))
        # nothing on a line of hobbies is a skill, however it was found ("Hobbies : Cricket,
        # mobile photography")
        # nor anything of a referee's ("Ruby Kinsella, Head of Data, Tillpoint Payments")
        # nor anything under a heading of hobbies ("Hobbys\nOper (die Mailänder Scala)")
        referees = references_sections(text)
        hobbies = hobbies_sections(text)
        found = [
            item
            for item in found
            if not a_hobbies_line(text, item[0])
            and not in_spans(referees, item[0])
            and not in_spans(hobbies, item[0])
            and not a_referees_line(text, item[0])
        ]
        found.sort(key=lambda item: item[0])
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
        tries = name_variants(name)
        for variant in tries:
            term = self._by_key.get(normalise(variant))
            if term is not None:
                return Match(term.skill_id, term.name, name, False, 100.0)
        best: tuple[str, float] | None = None
        for variant in tries:
            key = normalise(variant)
            if len(key) < 5 or key in FUZZY_STOP_WORDS:
                continue
            hit = closest_name(key, self._fuzzy_keys, self.fuzzy_threshold)
            if hit is not None and a_short_word_misspelt(variant, self._written[hit[0]]):
                continue
            if hit is not None and (best is None or hit[1] > best[1]):
                best = hit
        if best is None:
            return None
        term = self._by_key[best[0]]
        return Match(term.skill_id, term.name, name, True, best[1])


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
