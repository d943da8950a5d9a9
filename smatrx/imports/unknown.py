"""Technology-looking names a text mentions that the catalog lacks, so that the person can
propose them as new skills. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.matcher import Match, normalise
from smatrx.imports.mentions import mask_urls
from smatrx.imports.near_misses import PARENTHESES
from smatrx.imports.vocabulary import SKILL_LIST_HEADINGS, STOP_WORDS

_CAMEL = re.compile(r"\b[A-Za-z]*[a-z][A-Z][\w]*\b")
_DOTTED = re.compile(r"(?<![\w.])[A-Za-z][\w-]*\.(?:js|io)\b", re.IGNORECASE)
_DB_QL = re.compile(r"\b[A-Za-z][A-Za-z0-9]*(?:DB|QL)\b")
_ALNUM = re.compile(r"\b[A-Za-z][A-Za-z]+\d[\w.]*\b|\b[A-Za-z]+\d+[A-Za-z]+\w*\b")
_NOT_TECH_ALNUM = re.compile(r"^(?:[a-z]\d+|\d+(?:st|nd|rd|th|k|m|x|h|s|am|pm)|[a-z]\d[a-z])$")


def unknown_technologies(text: str, matches: list[Match], *, limit: int = 20) -> list[str]:
    """Technology-looking names in the text that matched no catalog skill, first mention first:
    CamelCase ("FooDB"), names with digits ("Vite8"), ".js"/".io" names, names ending in DB or
    QL, and the items of "Skills: X, Y, Z" lines. Best effort and conservative."""
    if not text or limit <= 0:
        return []
    text = mask_urls(text)
    known = set()
    for match in matches:
        known.add(normalise(match.term))
        known.add(normalise(match.name))
    found: list[tuple[int, str]] = []
    for pattern in (_CAMEL, _DOTTED, _DB_QL, _ALNUM):
        for hit in pattern.finditer(text):
            found.append((hit.start(), hit.group()))
    for line in SKILL_LIST_HEADINGS.finditer(text):
        offset = line.start("items")
        for item in re.finditer(r"[^,;|•·/]+", line.group("items")):
            value = PARENTHESES.sub(" ", item.group()).strip(" \t-*.")
            if value and len(value.split()) <= 3 and len(value) <= 30:
                found.append((offset + item.start(), value))
    found.sort(key=lambda pair: pair[0])
    result: list[str] = []
    seen: set[str] = set()
    for _, value in found:
        value = value.strip().rstrip(".")
        key = normalise(value)
        if not key or key in seen or len(key) < 2 or not any(ch.isalpha() for ch in key):
            continue
        seen.add(key)
        if key in STOP_WORDS or all(w in STOP_WORDS for w in value.casefold().split()):
            continue
        if _NOT_TECH_ALNUM.match(key):
            continue
        if any(key in other or other in key for other in known if len(other) >= 2):
            continue
        result.append(value)
        if len(result) >= limit:
            break
    return result
