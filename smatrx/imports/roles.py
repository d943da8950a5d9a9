"""What a job title or a section of a résumé says the person does, beyond the names it
writes: a "Web Developer" does web development, a "Lead Data Scientist" or a "Site
Reliability Lead" leads, a "Talks" section is public speaking. Pure: no Flask, no database.

Each finding is a mention (start, end, Match) at the title or heading, so it is dated by the
entry that holds it, as any other mention is."""

from __future__ import annotations

import re
from collections.abc import Mapping

from smatrx.imports.mentions import WORD, Candidate, CatalogTerm, Match, Mention
from smatrx.imports.trie import normalise
from smatrx.imports.vocabulary import (
    FIRST_PERSON_SUBJECTS,
    SKILL_VERBS,
    TALK_HEADING_WORDS,
    TITLE_FILLER,
)

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
    "Owner": ("Management",),  # a "Product Owner" manages a product
}
_TITLE = re.compile(
    r"(?P<field>(?:[A-Z][\w+#./&-]*[ \t]+){1,4})(?P<role>" + "|".join(_FIELDS) + r"|Lead)\b"
    r"(?!['\u2019]s)"
)
_LEAD_BEFORE_ROLE = re.compile(
    r"\bLead[ \t]+(?:[A-Z][\w+#./&-]*[ \t]+){0,3}(?:" + "|".join(_FIELDS) + r")\b"
)
_HEAD_OF = re.compile(r"\bHead[ \t]+of[ \t]+[A-Z]")
# "Certified" on the title's line before it: the title names a certificate, not a job.
_A_CERTIFICATE = re.compile(r"\bCertified\b")
LEADERSHIP = "leadership"
PUBLIC_SPEAKING = "publicspeaking"

# Occupations that name a field of work by themselves, in the languages the reader meets:
# a "Visiting Instructor" teaches, a "Cyfieithydd" (Welsh) translates. Only as a title,
# capitalised at a title's place (the start of a line or after a separator or another
# capitalised word), never as the title of a person named after it ("Professor Okafor").
_OCCUPATIONS: dict[str, str] = {
    **dict.fromkeys(
        [
            "Instructor",
            "Instructora",
            "Lecturer",
            "Teacher",
            "Tutor",
            "Lektor",
            "Lektorin",
            "Dozent",
            "Dozentin",
            "Lehrer",
            "Lehrerin",
            "Leraar",
            "Lerares",
            "Docent",
            "Docente",
            "Enseignant",
            "Enseignante",
            "Profesor",
            "Profesora",
            "Professora",
            "Insegnante",
            "Lärare",
            "Lærer",
            "Lærar",
            "Opettaja",
            "Nauczyciel",
            "Nauczycielka",
            "Učitel",
            "Učitelka",
            "Öğretmen",
            "Tanár",
            "Profesoară",
            "Pensyarah",
            "Mwalimu",
            "Athro",
            "Athrawes",
            "Darlithydd",
            "Darlithwraig",
            "Mhadhiri",
            "Guro",
            "Kennari",
            "Преподаватель",
            "Викладач",
            "Учитель",
            "Καθηγητής",
            # titles of several words: an assistant's and a sessional lecturer's
            "Ayudante de cátedra",
            "Ayudante de catedra",
            "Chargé de cours",
            "Chargée de cours",
            "Maître de conférences",
            "Maîtresse de conférences",
            "Teaching Assistant",
            "Καθηγήτρια",
        ],
        "teaching",
    ),
    **dict.fromkeys(
        [
            "Translator",
            "Translatrice",
            "Traducteur",
            "Traductrice",
            "Traductor",
            "Traductora",
            "Tradutor",
            "Tradutora",
            "Traduttore",
            "Traduttrice",
            "Übersetzer",
            "Übersetzerin",
            "Vertaler",
            "Vertaalster",
            "Översättare",
            "Oversetter",
            "Oversætter",
            "Kääntäjä",
            "Tõlkija",
            "Tłumacz",
            "Tłumaczka",
            "Překladatel",
            "Překladatelka",
            "Prevajalec",
            "Prevoditelj",
            "Fordító",
            "Traducător",
            "Traducătoare",
            "Çevirmen",
            "Penerjemah",
            "Penterjemah",
            "Mfasiri",
            "Tagasalin",
            "Cyfieithydd",
            "Itzultzailea",
            "Tradutor",
            "Переводчик",
            "Перекладач",
            "Преводач",
            "Μεταφραστής",
            "Μεταφράστρια",
        ],
        "translation",
    ),
}
_OCCUPATION_KEYS = {word.casefold(): key for word, key in _OCCUPATIONS.items()}
_ALTERNATION = "|".join(
    re.escape(word).replace(r"\ ", r"[ \t]+")
    for word in sorted(_OCCUPATIONS, key=len, reverse=True)
)
_OCCUPATION = re.compile(
    r"(?<![\w'\u2019-])(?P<word>" + _ALTERNATION + r")"
    r"(?![\w'\u2019-])(?![ \t]+[A-Z][a-z])"
)
# Languages that capitalise a title's first word only: "Ekstern lektor (deltid)",
# "Profesora auxiliar" is the other order.
_OCCUPATION_AFTER_TITLE_WORD = re.compile(
    r"[A-Z\u00c0-\u00de][^\W\d_]*[ \t]+(?P<word>" + _ALTERNATION.lower() + r")(?![\w'\u2019-])"
)
# What may stand before a title's role noun on its line: nothing, a separator, or other
# capitalised words of the title ("Visiting Instructor", "Senior Lecturer").
# A person named before it on the line, by a title of theirs: a referee's line.
_A_PERSON_BEFORE = re.compile(
    r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Engr|Eng|Ing|Atty|Sir|Dame)\.?[ \t]+[A-Z]"
)
_TITLE_PLACE = re.compile(
    r"(?:^|[:|\u00b7\u2013\u2014,(\t\]*#>-]|[A-Z][\w.-]*)[ \t]*$", re.MULTILINE
)


def title_mentions(text: str, by_key: Mapping[str, CatalogTerm]) -> list[Mention]:
    """Field skills and leadership from titles: "Junior Web Developer" → Web Development,
    "Google Cloud Professional Data Engineer" → Data Engineering, "Site Reliability Lead",
    "Lead Data Scientist" and "Head of Data" → Leadership."""
    found: list[Mention] = []
    for title in _TITLE.finditer(text):
        if _A_CERTIFICATE.search(text, max(0, title.start() - 40), title.end()):
            continue  # a certificate's name: "AWS Certified Solutions Architect - Associate"
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
    for occupation in (*_OCCUPATION.finditer(text), *_OCCUPATION_AFTER_TITLE_WORD.finditer(text)):
        line_start = text.rfind("\n", 0, occupation.start()) + 1
        if not _TITLE_PLACE.search(text, line_start, occupation.start()):
            continue
        if _A_PERSON_BEFORE.search(text, line_start, occupation.start()):
            continue  # a referee's title: "Dr. Nuwan Perera, Senior Lecturer, SLIIT"
        key = _OCCUPATION_KEYS[" ".join(occupation.group("word").split()).casefold()]
        found.extend(_mention(by_key, key, occupation.start(), occupation.end(), text))
    return found


# Talk words that say talks were given (a "conference" may be a job's subject).
_TALKS_GIVEN = frozenset({"talks", "talk", "speaking", "keynotes", "presentations", "vorträge"})


def talk_sections(text: str, by_key: Mapping[str, CatalogTerm]) -> list[Mention]:
    """A "Talks" (or "Speaking", "Ponencias", "Vorträge", "Előadások" ...) heading with lines
    under it: the person speaks in public."""
    found: list[Mention] = []
    for heading in re.finditer(r"^[ \t#*_]*(?P<words>[^\n]{3,60}?)[ \t:*_]*$", text, re.MULTILINE):
        words = re.findall(r"[^\W\d_]+", heading.group("words").casefold())
        if not words or len(words) > 5:
            continue
        joined = "and" in words or "&" in heading.group("words")
        if any(w in TALK_HEADING_WORDS for w in words) and (
            all(w in TALK_HEADING_WORDS or w in TITLE_FILLER for w in words)
            # (a section of talks and something else: "Game jams & talks", "Side projects
            # and talks", "Presentations and Community")
            # (not a job's title: "Conference & Events Manager")
            or (joined and len(words) <= 4 and any(w in _TALKS_GIVEN for w in words))
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
    # Hindi and Urdu make a verb of an English one with "karna": "3 juniors ko mentor karta
    # hoon" ("I mentor three juniors")
    if re.match(
        r"[ \t]+(?:kar(?:ta|ti|te|na|ke|enge|ungi|unga)?|kiya|kiye|ki)\b", text[cand.end :]
    ):
        return True
    # a bullet's or a clause's own verb, with its object: "; mentor two apprentices"
    opening = text[max(0, cand.start - 5) : cand.start]
    after = WORD.findall(text[cand.end : cand.end + 30])[:1]
    # (capitalised, only opening its line or bullet: "- Mentor two mid-level designers")
    line_opening = re.search(r"(?:^|\n)[ \t]*(?:[-*\u2022\u00b7][ \t]*)?$", opening) is not None
    return (
        (cand.text.islower() or (cand.text[:1].isupper() and line_opening))
        # (or a second verb of the same bullet: "Line manage two assistants and mentor them")
        and bool(re.search(r"(?:^|[;\n\u2022]|^-|\band)[ \t]*$", opening))
        and bool(after)
        and (after[0].casefold() in _OBJECT_OPENERS or after[0][:1].isdigit())
    )


_OBJECT_OPENERS = frozenset(
    {"a", "an", "the", "our", "my", "junior", "new", "several", "them", "both"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)


def a_gloss(text: str, cand: Candidate) -> bool:
    """A word of the document's language glossed in English, the name alone in parentheses
    after it: "Cyfieithu (translation) llinynnau'r rhyngwyneb" — the person names their
    work in the catalog's words."""
    return (
        cand.text.islower()
        and text[cand.end : cand.end + 1] == ")"
        and re.search(r"[^\W\d_]{3,}[ \t]\($", text[max(0, cand.start - 40) : cand.start])
        is not None
    )
