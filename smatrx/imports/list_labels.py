"""A skills list's labelled line ("MLOps: MLflow, Docker, Kubernetes") names a practice by
the tools listed after it: the practice was used wherever those tools were."""

from __future__ import annotations

import re
from collections.abc import Mapping

# Labels the tools after them do not date: a database kept running dates no query ("SQL:
# PostgreSQL, MySQL" leaves SQL as the dated lines name it).
_NOT_DATED_BY_ITS_ITEMS = frozenset({"sql"})
# What may stand before a label on its line: indentation, a bullet, Markdown emphasis.
_BEFORE_LABEL = re.compile(r"[\s\-*•·▪◦●○■◆►➢➤✓✔❖]*")
_AFTER_LABEL = re.compile(r"[ \t*]*:[ \t]*\S")


def labelled_items(
    lines: list[str], spans: Mapping[str, Mapping[int, tuple[int, int]]]
) -> dict[str, set[str]]:
    """Per skill that labels a line (its name, then a colon, then the list), the other
    skills named on that line after it. `lines` are the text's lines; `spans` gives per
    skill its first mention on each line (1-based line number → columns in that line)."""
    on_line: dict[int, list[tuple[int, int, str]]] = {}
    for skill_id, by_line in spans.items():
        for number, (start, end) in by_line.items():
            on_line.setdefault(number, []).append((start, end, skill_id))
    labels: dict[str, set[str]] = {}
    for number, mentions in on_line.items():
        line = lines[number - 1]
        first = min(start for start, _, _ in mentions)
        if _BEFORE_LABEL.fullmatch(line, 0, first) is None:
            continue
        # (a label may be read as more than one skill: "Azure Machine Learning" is Azure too)
        named = {skill for start, _, skill in mentions if start == first}
        colon = _AFTER_LABEL.match(line, max(end for start, end, _ in mentions if start == first))
        if colon is None:
            continue
        # (a name read as two skills is a tool and what it implies, "FastAPI" and Python:
        # what is implied was not listed, and may have been used far more widely)
        spans = [(start, end) for start, end, _ in mentions]
        items = {
            skill
            for start, end, skill in mentions
            if start >= colon.end() - 1 and spans.count((start, end)) == 1
        } - named
        for label in named - _NOT_DATED_BY_ITS_ITEMS if items else ():
            labels.setdefault(label, set()).update(items)
    return labels
