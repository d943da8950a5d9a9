"""Where a name stands among others: a whole item of a separated list that holds another
technology ("Go, Rust, Kafka"), or a line under a short heading naming skills ("TECHNICAL
SKILLS", a skills table's rows). Pure: no Flask, no database."""

from __future__ import annotations

import re
from bisect import bisect_right

from smatrx.imports.mentions import WORD, Candidate, line_bounds
from smatrx.imports.vocabulary import CONTEXT_WORDS, FOREIGN_LIST_JOINERS

LIST_SEPARATORS = re.compile(
    rf"[,;/|•·●▪◦\t:()]|\s(?:and|or|&|{'|'.join(FOREIGN_LIST_JOINERS)})\s|^\s*[-*]\s", re.MULTILINE
)
# How far up a skills heading is looked for over a run of list lines, and how long such a
# line may be (longer is prose).
_HEADING_REACH = 12
_LIST_LINE_LENGTH = 100


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
