"""Where a name stands among others: a whole item of a separated list that holds another
technology ("Go, Rust, Kafka"), a line under a short heading naming skills ("TECHNICAL
SKILLS", a skills table's rows), or technical words around it ("Go 1.22", "a Go service").
Pure: no Flask, no database."""

from __future__ import annotations

import re
from bisect import bisect_right

from smatrx.imports.function_words import FOREIGN_LIST_JOINERS
from smatrx.imports.mentions import WORD, Candidate, line_bounds
from smatrx.imports.vocabulary import (
    CONTEXT_NOUNS_AFTER,
    CONTEXT_WORDS,
    PHRASE_END_WORDS,
)

LIST_SEPARATORS = re.compile(
    rf"[,;/|•·●▪◦\t:()]|\s(?:and|or|&|{'|'.join(FOREIGN_LIST_JOINERS)})\s|^\s*[-*]\s", re.MULTILINE
)
# How far up a skills heading is looked for over a run of list lines, and how long such a
# line may be (longer is prose).
_HEADING_REACH = 12
_LIST_LINE_LENGTH = 100
# How many words either side of a name are read for context.
_WINDOW = 6
# A version number right after a name (a year is none: "Spring 2015").
_VERSION_AFTER = re.compile(r"[ \t]+v?\d{1,2}\.\d{1,2}(?:\.\d+)?\b(?![.,]\d)")


def under_a_skills_heading(text: str, cand: Candidate) -> bool:
    """A short heading naming skills or tools ("Programming languages", "TECHNICAL
    SKILLS") on the line before, or above a run of short list lines (a skills table's
    rows: "Test automation | Selenium, TestNG" ... "CI and versioning | Jenkins, Git")."""
    line_start, _ = line_bounds(text, cand.start)
    for _ in range(_HEADING_REACH):
        if line_start == 0:
            return False
        prev_start, prev_end = line_bounds(text, line_start - 1)
        line = text[prev_start:prev_end]
        words = WORD.findall(line)
        if 0 < len(words) <= 4 and any(w.casefold() in CONTEXT_WORDS for w in words):
            return True
        if not words or len(line) > _LIST_LINE_LENGTH or not LIST_SEPARATORS.search(line):
            return False  # a blank line or a line of prose ends the section
        line_start = prev_start
    return False


_ITEM_MAX_WORDS = 5


def whole_list_item(
    text: str,
    cand: Candidate,
    accepted: list[Candidate],
    lines: dict[int, list[tuple[int, int]]] | None = None,
) -> bool:
    """The name is a whole item of a separated list that holds another technology.
    `lines` keeps each line's items across calls (a long line is split once)."""
    line_start, line_end = line_bounds(text, cand.start)
    items = None if lines is None else lines.get(line_start)
    if items is None:
        bounds = [line_start]
        for sep in LIST_SEPARATORS.finditer(text, line_start, line_end):
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
    # (a word between two clauses of prose is no item of a list: "coûte peu; sinon, c'est
    # une clinique qui le trouve" — a list's neighbours are short)
    neighbours = [items[i] for i in (found - 1, found + 1) if 0 <= i < len(items)]
    if all(len(WORD.findall(text, start, end)) > _ITEM_MAX_WORDS for start, end in neighbours):
        return False
    return any(
        line_start <= other.start < line_end and not own[0] <= other.start < own[1]
        for other in accepted
    )


def has_context(
    text: str, cand: Candidate, accepted: list[Candidate], seg: tuple[int, int]
) -> bool:
    """Technical context around an ambiguous name in its segment: a version number after
    it, a context word or a noun it qualifies near it ("a Go service"), an accepted mention
    among its neighbours, or a skills heading above it."""
    seg_start, seg_end = seg
    if _VERSION_AFTER.match(text, cand.end):
        return True  # a version number: "Lua 5.4", "Go 1.22", "Swift 5.9"
    left_words = list(WORD.finditer(text, seg_start, cand.start))[-_WINDOW:]
    right_words = list(WORD.finditer(text, cand.end, seg_end))[:_WINDOW]
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
    # Under a skills heading, a name that opens a phrase of everyday words is one of
    # them: "MSK assessment and triage, exercise prescription" (a physiotherapist's).
    if (
        right_words
        and re.match(r"[ \t]+[a-z]", text[cand.end : right_words[0].end()])
        and right_words[0].group().casefold() not in CONTEXT_WORDS | CONTEXT_NOUNS_AFTER
        and right_words[0].group().casefold() not in PHRASE_END_WORDS  # ("R for the desk")
    ):
        return False
    return under_a_skills_heading(text, cand)
