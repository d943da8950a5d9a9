"""What a job title or a section of a résumé says the person does, beyond the names it
writes: a "Web Developer" does web development, a "Lead Data Scientist" or a "Site
Reliability Lead" leads, a "Talks" section is public speaking. Pure: no Flask, no database.

Each finding is a mention (start, end, Match) at the title or heading, so it is dated by the
entry that holds it, as any other mention is."""

from __future__ import annotations

import re
from collections.abc import Mapping

from smatrx.imports.mentions import WORD, Candidate, CatalogTerm, Match
from smatrx.imports.trie import normalise
from smatrx.imports.vocabulary import (
    FIRST_PERSON_SUBJECTS,
    SKILL_VERBS,
    TALK_HEADING_WORDS,
    TITLE_FILLER,
)

Mention = tuple[int, int, Match]

# The role nouns of a title, capitalised as titles are written, and the field each names.
_FIELDS: dict[str, tuple[str, ...]] = {
    "Developer": ("Development",),
    "Engineer": ("Engineering",),
    "Scientist": ("Science",),
    "Designer": ("Design",),
    "Analyst": ("Analysis", "Analytics"),
    "Administrator": ("Administration",),
    "Architect": ("Architecture",),
    "Manager": ("Management",),
}
_TITLE = re.compile(
    r"(?P<field>(?:[A-Z][\w+#./&-]*[ \t]+){1,4})(?P<role>" + "|".join(_FIELDS) + r"|Lead)\b"
    r"(?!['\u2019]s)"
)
_LEAD_BEFORE_ROLE = re.compile(
    r"\bLead[ \t]+(?:[A-Z][\w+#./&-]*[ \t]+){0,3}(?:" + "|".join(_FIELDS) + r")\b"
)
_HEAD_OF = re.compile(r"\bHead[ \t]+of[ \t]+[A-Z]")
LEADERSHIP = "leadership"
PUBLIC_SPEAKING = "publicspeaking"


def title_mentions(text: str, by_key: Mapping[str, CatalogTerm]) -> list[Mention]:
    """Field skills and leadership from titles: "Junior Web Developer" → Web Development,
    "Google Cloud Professional Data Engineer" → Data Engineering, "Site Reliability Lead",
    "Lead Data Scientist" and "Head of Data" → Leadership."""
    found: list[Mention] = []
    for title in _TITLE.finditer(text):
        role = title.group("role")
        words = [w for w in title.group("field").split() if w.casefold() not in TITLE_FILLER]
        if role == "Lead":
            if words:
                found.extend(_mention(by_key, LEADERSHIP, title.start(), title.end(), text))
            continue
        for size in range(len(words), 0, -1):  # the longest field the catalog knows
            term = next(
                (
                    by_key[key]
                    for field in _FIELDS[role]
                    if (key := normalise(" ".join([*words[-size:], field]))) in by_key
                ),
                None,
            )
            if term is not None:
                match = Match(term.skill_id, term.name, title.group(), False, 100.0)
                found.append((title.start(), title.end(), match))
                break
    for lead in (*_LEAD_BEFORE_ROLE.finditer(text), *_HEAD_OF.finditer(text)):
        found.extend(_mention(by_key, LEADERSHIP, lead.start(), lead.end(), text))
    return found


def talk_sections(text: str, by_key: Mapping[str, CatalogTerm]) -> list[Mention]:
    """A "Talks" (or "Speaking", "Ponencias", "Vorträge", "Előadások" ...) heading with lines
    under it: the person speaks in public."""
    found: list[Mention] = []
    for heading in re.finditer(r"^[ \t#*_]*(?P<words>[^\n]{3,60}?)[ \t:*_]*$", text, re.MULTILINE):
        words = re.findall(r"[^\W\d_]+", heading.group("words").casefold())
        if not words or len(words) > 5:
            continue
        if any(w in TALK_HEADING_WORDS for w in words) and all(
            w in TALK_HEADING_WORDS or w in TITLE_FILLER for w in words
        ):
            found.extend(
                _mention(
                    by_key, PUBLIC_SPEAKING, heading.start("words"), heading.end("words"), text
                )
            )
    return found


def _mention(
    by_key: Mapping[str, CatalogTerm], key: str, start: int, end: int, text: str = ""
) -> list[Mention]:
    term = by_key.get(key)
    if term is None:
        return []
    return [(start, end, Match(term.skill_id, term.name, text[start:end], False, 100.0))]


def the_persons_verb(text: str, cand: Candidate) -> bool:
    """A skill named by a verb, after the person doing it: "I mentor five engineers"."""
    if cand.text.casefold() not in SKILL_VERBS:
        return False
    before = WORD.findall(text[max(0, cand.start - 12) : cand.start])[-1:]
    if before and before[0].casefold() in FIRST_PERSON_SUBJECTS:
        return True
    # a bullet's or a clause's own verb, with its object: "; mentor two apprentices"
    opening = text[max(0, cand.start - 3) : cand.start]
    after = WORD.findall(text[cand.end : cand.end + 30])[:1]
    return (
        cand.text.islower()
        and bool(re.search(r"(?:^|[;\n\u2022]|^-)[ \t]*$", opening))
        and bool(after)
        and (after[0].casefold() in _OBJECT_OPENERS or after[0][:1].isdigit())
    )


_OBJECT_OPENERS = frozenset(
    {"a", "an", "the", "our", "my", "junior", "new", "several"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
