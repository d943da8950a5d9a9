"""What a whole text says once, read before its names are judged: the titles it quotes
("Astro Gaucho"), the models of vehicles or machines it names ("the AH-64E Apache"), the
acronyms it spells out ("Certified Application Developer (CAD)"). A name inside one of those
is that title, model or acronym, not the skill. Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from smatrx.imports.mentions import Candidate, line_bounds
from smatrx.imports.trie import normalise

# A run of capitalised words before a name, as a company's or a title's
# (words of a name may be joined by a particle: "Academia de Líderes Ubuntu")
CAPITALISED_RUN = re.compile(
    r"(?:[A-Z\u00c0-\u00de][\w&'.-]*[ \t]+"
    r"(?:(?:de|da|do|des|du|di|del|della|dos|das|of|for|van|der|für|y|e)[ \t]+)?){0,4}$"
)
# A quoted title of capitalised words ("Astro Gaucho", 'Project Phoenix'): its words, so the
# same title unquoted elsewhere in the document is known too.
_QUOTED_TITLE = re.compile(
    r"[\u201c\u201e\"\u00ab\u2018\u300c\u300e\u300a]\s*"
    r"(?P<title>[A-Z][\w.+-]*(?:[ \t]+[A-Z0-9][\w.+-]*){1,4})"
    r"\s*[\u201d\u201c\"\u00bb\u2019\u300d\u300f\u300b]"
)
# A vehicle's or a machine's model code and its name: "AH-64E Apache", "F-16 Falcon".
_MODEL_NAME = re.compile(r"\b[A-Z]{1,3}-\d{1,4}[A-Z]?[ \t]+(?P<name>[A-Z][a-z]{2,})\b")


def model_names(text: str) -> frozenset[str]:
    """Names the document gives a model of a vehicle or a machine ("the AH-64E Apache"),
    case-folded: wherever else they occur ("the Apache transition"), they are that model."""
    return frozenset(m.group("name").casefold() for m in _MODEL_NAME.finditer(text))


def quoted_titles(text: str) -> frozenset[str]:
    """The titles the document quotes ("Astro Gaucho"), case-folded."""
    return frozenset(m.group("title").casefold() for m in _QUOTED_TITLE.finditer(text))


def in_a_quoted_title(text: str, cand: Candidate, titles: frozenset[str]) -> bool:
    """The name opens or continues a title the document quotes somewhere: "Astro Gaucho
    (2023) - Google Play" after '"Astro Gaucho", runner con 2,3 millones ...'."""
    if not titles:
        return False
    line_start, line_end = line_bounds(text, cand.start)
    run_start = CAPITALISED_RUN.search(text, line_start, cand.start)
    start = run_start.start() if run_start else cand.start
    closing = re.match(r"(?:[ \t]+[A-Z0-9][\w.+-]*){0,4}", text[cand.end : line_end])
    run = text[start : cand.end + (closing.end() if closing else 0)].casefold()
    words = run.split()
    name = cand.text.casefold()
    return any(
        title in titles and name in title.split()
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
        if (title := " ".join(words[i:j]))
    )


_DEFINITION = re.compile(r"((?:[A-Z][\w-]*[ \t]+){2,6})\(([A-Z]{2,6})\)")


def redefined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text spells out, as "Certified Application Developer (CAD)": acronym →
    its words. Where the words are not the catalog's, the acronym names something else."""
    found: dict[str, str] = {}
    for definition in _DEFINITION.finditer(text):
        words = definition.group(1).split()
        acronym = definition.group(2)
        spelled = words[-len(acronym) :]
        if len(spelled) == len(acronym) and "".join(w[0] for w in spelled).upper() == acronym:
            found[acronym] = " ".join(spelled)
        elif len(acronym) >= 3:
            # the first letter a little further back: "Oracle Database 12c Administrator
            # Certified Professional (OCP)"
            tail = words[-(len(acronym) - 1) :]
            line_start = text.rfind("\n", 0, definition.start()) + 1
            before = text[line_start : definition.start(2)].split()[: -len(tail)][-5:]
            if "".join(w[0] for w in tail).upper() == acronym[1:]:
                first = next((w for w in reversed(before) if w[0] == acronym[0]), None)
                if first is not None:
                    found[acronym] = " ".join([first, *tail])
    return found


def spelled_out_otherwise(cand: Candidate, redefined: Mapping[str, str]) -> bool:
    """An acronym the document spells out as something else: "ServiceNow Certified
    Application Developer (CAD)" is not computer-aided design."""
    words = redefined.get(cand.text)
    if words is None:
        return False
    spelled = normalise(words)
    spellings = (cand.term.name, *cand.term.aliases)
    return not any(spelled in normalise(spelling) for spelling in spellings)


@dataclass(frozen=True)
class TextClues:
    """The acronyms a text spells out, the titles it quotes, the models it names."""

    redefined: Mapping[str, str] = field(default_factory=dict)
    titles: frozenset[str] = frozenset()
    models: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> TextClues:
        return cls(redefined_acronyms(text), quoted_titles(text), model_names(text))
