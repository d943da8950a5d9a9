"""Names as a regular expression: the comparison key of a name (normalise) and one
trie-shaped pattern for a whole catalog's names and aliases, so that matching costs one
pass over a text whatever the size of the catalog. Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_SEPARATORS = re.compile(r"[\s._\-]+")
# Between two word chunks of a name: optional, or one line break — a PDF's text wraps a
# long line between any two words ("Microsoft Defender for\nEndpoint", "ISO\n14971").
_SEPARATOR_PATTERN = r"(?:[ \t._\-]{0,3}|[ \t]{0,3}\n[ \t]{0,60})"
_CHUNKS = re.compile(r"\w+|[ \t._\-]+|[^\w \t._\-]+")


def normalise(text: str) -> str:
    """The comparison key of a name: case-folded, spaces, dots, dashes and underscores gone,
    so that "Node.js", "NodeJS" and "node js" are one key. ".NET" becomes "net"."""
    return _SEPARATORS.sub("", text.casefold())


def _units(variant: str) -> list[str]:
    """A name as units for the trie: single characters, with SEP where a separator was."""
    units: list[str] = []
    chunks = _CHUNKS.findall(variant.casefold().strip())
    for index, chunk in enumerate(chunks):
        if chunk[0] in " \t._-":
            inner = 0 < index < len(chunks) - 1
            if inner and chunks[index - 1][-1].isalnum() and chunks[index + 1][0].isalnum():
                units.append("SEP")
                continue
            if chunk.strip():
                units.extend(chunk.strip())
            elif inner:
                units.append("SPACE")  # spaces around a symbol: "ci / cd"
            continue
        units.extend(chunk)
    return units


def _unit_pattern(unit: str) -> str:
    if unit == "SEP":
        return _SEPARATOR_PATTERN
    if unit == "SPACE":
        return r"[ \t]*"
    return re.escape(unit)


# Scripts written without spaces between words (Chinese, Japanese, Korean's Hangul
# syllables, Thai, Lao, Khmer, Burmese): a name borders them directly ("LoRaWANによる",
# "のMQTT連携", "Java로", "C言語"), so their letters end a name as a space does.
_GAPLESS = (
    "\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f"
    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
)
# A letter or digit of the scripts that do put spaces between words.
_SPACED_WORD = rf"[^\W{_GAPLESS}]"
_END = rf"(?!{_SPACED_WORD}|[+#])(?!\.\w)"
GAPLESS_LETTER = re.compile(f"[{_GAPLESS}]")
_START = rf"(?<!{_SPACED_WORD})(?<!{_SPACED_WORD}\.)"


def trie_pattern(variants: Iterable[str], *, glued: str = "") -> str:
    """One regular expression for many names, shaped as a trie so that matching does not try
    every name at every position; at each node longer continuations are tried first.

    The end-of-name check follows the whole trie once rather than every name (where a name
    ends inside a longer one, an empty branch lets the engine back off to it): with some
    3,000 names and aliases that halves the pattern and its compile time. The pieces are
    collected in one list, as joining strings at every node costs time in the square of a
    long name's length.

    `glued`, a pattern, may follow a name without a break (a model number, "Cortex-M4"; a
    case ending, "PC-linttel"); the name is then the group "name", the rest "glued"."""
    trie: dict[str, Any] = {}
    for variant in variants:
        node = trie
        for unit in _units(variant):
            node = node.setdefault(unit, {})
        node[""] = True
    parts: list[str] = []

    def build(node: dict[str, Any]) -> None:
        units = [unit for unit in node if unit]
        split = len(units) + ("" in node) > 1
        if split:
            parts.append("(?:")
        for index, unit in enumerate(units):
            if index:
                parts.append("|")
            parts.append(_unit_pattern(unit))
            build(node[unit])
        if split and "" in node:
            parts.append("|")  # the name may end here, tried after the longer ones
        if split:
            parts.append(")")

    build(trie)
    names = "".join(parts)
    if glued:
        return rf"{_START}(?P<name>{names})(?P<glued>{glued})?" + _END
    return _START + "(?:" + names + ")" + _END
