"""A name that the words around it make another kind of thing, whatever the name: a kitchen's
rank before "Chef", a kind of snake before "python", the beer after "Java" ("the Java Porter"),
a street ("Java Lane"), a courier ("LBC Express"), the German helmet with the rest of the
safety gear, a royal title before a name, a part of another abbreviation glued to it. Read by
smatrx.imports.matcher. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.mentions import WORD, Candidate
from smatrx.imports.vocabulary import NAME_TRAPS_AFTER, NAME_TRAPS_BEFORE


def another_kind_of_thing(text: str, cand: Candidate) -> bool:
    """A word before the name that makes it another thing, whatever the name: a kitchen's
    rank before "Chef", a kind of snake before "python" ("the odd royal python"); a word
    after it ("the Java Porter", "Java Lane"); a part of another abbreviation glued to it
    ("IR(ME)R", "C-SSRS")."""
    before = WORD.findall(text[max(0, cand.start - 24) : cand.start])[-2:]
    if len(before) == 2 and before[1].casefold() in {"a", "à"}:
        before = before[:1]  # "Esperando a Godot"
    before = before[-1:]
    if (
        before
        and re.match(r"[ \t]+$", text[cand.start - 1 : cand.start])
        and before[0].casefold() in NAME_TRAPS_BEFORE.get(cand.text.casefold(), ())
    ):
        return True
    after = re.match(r"[ \t]+([^\W\d_]+)", text[cand.end : cand.end + 24])
    if after and after.group(1).casefold() in NAME_TRAPS_AFTER.get(cand.text.casefold(), ()):
        return True  # "the Java Porter", "our Java blend"
    if cand.text.casefold() == "helm" and _SAFETY_GEAR_AFTER.match(text, cand.end):
        return True  # the German helmet: "mit Helm und Sicherheitsschuhen"
    if cand.text.casefold() == "gin" and _SPIRITS_AROUND.search(
        text, max(0, cand.start - 30), cand.end + 40
    ):
        return True  # the spirit: "Gin and rum recipe development", "the Roseland Gin"
    if (
        " " in cand.text
        and cand.text.istitle()
        and _A_VENDORS_MODULE.search(text, max(0, cand.start - 10), cand.start)
    ):
        return True  # a module of the vendor's product: "SAP Time Management"
    if cand.text in _ROLES_IN_CAPITALS and _A_COUNT_BEFORE.search(
        text, max(0, cand.start - 6), cand.start
    ):
        return True  # people counted by their role: "14 engineers, 2 QA, 1 SRE"
    if _STREET_AFTER.match(text, cand.end) and cand.text[:1].isupper():
        return True  # an address: "No. 42/3, Java Lane, Colombo 02"
    if cand.text == "Express" and _COURIER_BEFORE.search(text, max(0, cand.start - 8), cand.start):
        return True  # a courier: "J&T Express", "LBC Express", "DHL Express" (and "SQL Express"
        # is SQL Server's edition, not Express.js)
    if before and before[0] in _ROYAL_TITLES and cand.text[:1].isupper():
        return True  # a person, or a place named after one: "King Shaka International"
    glued = text[max(0, cand.start - 2) : cand.start]
    return cand.text.isupper() and (
        (len(cand.text) == 1 and glued.endswith(")") and glued[:1].isalpha())
        or (len(glued) == 2 and glued[1] == "-" and glued[0].isupper())
    )


_SAFETY_GEAR_AFTER = re.compile(
    r"[ \t]*(?:und|oder|,|&)\s+(?:Sicherheits|Schutz|Warn|Gehör|Arbeits|Stahlkappen|Hand"
    r"schuh)\w*"
)
_SPIRITS_AROUND = re.compile(
    r"\b(?i:rum|vodka|whisky|whiskey|tonic|botanicals?|distill\w*|distiller\w*|liqueurs?"
    r"|spirits?|cocktails?|juniper)\b"
)
_A_VENDORS_MODULE = re.compile(r"\b(?:SAP|Oracle|Workday|PeopleSoft|Dynamics 365)[ \t]$")
_ROLES_IN_CAPITALS = frozenset({"QA", "SRE", "DBA", "UX", "QE", "SDET", "BA", "PM"})
_A_COUNT_BEFORE = re.compile(r"(?:^|[\s,(])\d{1,3}[ \t]$")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Lane|Road|Rd|Street|St|Avenue|Ave|Drive|Close|Crescent|Boulevard|Terrace|Mawatha"
    r")\b\.?[ \t]*(?:,|$)",
    re.MULTILINE,
)
_COURIER_BEFORE = re.compile(r"(?<![\w&])(?:[A-Z]{2,4}|[A-Z]&[A-Z])[ \t]+$")
_ROYAL_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Saint", "Lord", "Lady"})
