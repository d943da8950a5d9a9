"""A mention of a catalog name in a text, and the text around it: the sentence, the line,
the language it is written in. Pure: no Flask, no database. Shared by the matcher
(smatrx.imports.matcher) and the rules that say a mention is someone else's
(smatrx.imports.traps)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from smatrx.imports.function_words import (
    ENGLISH_FUNCTION_WORDS,
    FOREIGN_FUNCTION_WORDS,
    GERMAN_FUNCTION_WORDS,
)
from smatrx.imports.trie import GAPLESS_LETTER
from smatrx.imports.vocabulary import (
    WRAP_WORDS,
)


@dataclass(frozen=True)
class CatalogTerm:
    """What the matcher knows of one catalog skill."""

    skill_id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    skill_id: str
    name: str  # the catalog name
    term: str  # the text that matched, as written in the source
    fuzzy: bool  # True for a near miss found by rapidfuzz
    score: float  # 100 for exact, the rapidfuzz score otherwise


# A mention found in a text: where it starts and ends, and what it names.
Mention = tuple[int, int, Match]


_URL = re.compile(
    r"\b(?:https?://|www\.)\S+"
    r"|\b[\w.+-]+@[\w-]+\.[\w.]+"
    # a bare address: "github.com/dmitri", "gitlab.io/x" (its host names no skill)
    r"|\b(?:[\w-]+\.)+(?:com|org|net|io|dev|app|co|me|ai|page)/\S*",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_][\w+#'-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    term: CatalogTerm
    ambiguous: bool


def mask_urls(text: str) -> str:
    return _URL.sub(lambda m: " " * len(m.group()), text)


def starts_a_field(text: str, start: int) -> bool:
    """The name opens a table cell or a field ("| Puppet theatre company |"): capitalised
    there as any first word is, so the capital proves nothing."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t")
    return before.endswith(("|", "\u2022", "\u00b7", "\t")) or before in ("", "-", "*")


def capitalised(words: list[str]) -> bool:
    return bool(words) and words[0][:1].isupper()


def segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: within its line, or across a line break that
    only wraps it ("... Strimzi on OpenShift for\nKafka.", "...Paralímpicos\n  de Tokio.")."""
    line_start = max(text.rfind("\n", 0, start), -1)
    left = line_start
    if line_start >= 0 and _wraps(text, line_start):
        left = max(text.rfind("\n", 0, line_start), -1)
    for found in _SENTENCE_END.finditer(text, left + 1, start):
        if found.start() != line_start or left == line_start:
            left = found.start()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    if right < len(text) and text[right] == "\n" and _wraps(text, right):
        further = _SENTENCE_END.search(text, right + 1)
        right = further.start() if further else len(text)
    return left + 1, right


_WRAP_AFTER = re.compile(r"[ \t]*[a-z]")
_NAME_WRAPS = re.compile(r"[A-Za-z][\w+#.]{0,19}")
_FIRST_WORD = re.compile(r"[ \t]*([a-z]+)\b")


def _goes_on(after: str) -> bool:
    first = _FIRST_WORD.match(after)
    return first is not None and (
        first.group(1) in ENGLISH_FUNCTION_WORDS or first.group(1) in WRAP_WORDS
    )


def _wraps(text: str, newline: int) -> bool:
    """The line break at `newline` wraps a sentence: the line before ends in a lower-case word
    of English prose or a comma (or in a name, when the line after opens with a function
    word), the line after is no bullet or heading, and one of them
    says so — a function word ending the first ("for", "the", "and"), or the second going
    on in lower case. (Only the line's last 40 characters are read: called for every
    mention, it must not cost the line's length.)"""
    tail = text[max(0, newline - 40) : newline].rstrip(" \t")
    if not tail or "\n" in tail[-1:]:
        return False
    last = tail.rsplit(None, 1)[-1] if tail.split() else ""
    comma = last.endswith(",") or tail.endswith(",")
    word = last.rstrip(",")
    after = text[newline + 1 : newline + 80]
    if not comma and not (word.isalpha() and word.islower()):
        # A name ending the line goes on when the next line opens with a function word in
        # lower case: "the feed-system ECU: C" / "  on STM32 (Cortex-M4)".
        return _NAME_WRAPS.fullmatch(word) is not None and _goes_on(after)
    if comma and word and not (word.isalpha() and word.islower()) and last != ",":
        return False
    if _WRAP_AFTER.match(after):
        return True
    stripped = after.lstrip(" \t")
    return (
        (word in ENGLISH_FUNCTION_WORDS or word in WRAP_WORDS)
        and bool(stripped)
        and stripped[0].isalnum()
        and not stripped[:1].isdigit()
    )


LANGUAGE_WINDOW = 200


def near_line(text: str, start: int) -> tuple[int, int]:
    """The line around `start`, at most LANGUAGE_WINDOW characters either side."""
    low = max(0, start - LANGUAGE_WINDOW)
    left = text.rfind("\n", low, start) + 1 or low
    right = text.find("\n", start, start + LANGUAGE_WINDOW)
    return left, min(len(text), start + LANGUAGE_WINDOW) if right < 0 else right


def line_bounds(text: str, start: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    return left, len(text) if right < 0 else right


def foreign_sentence(text: str, seg: tuple[int, int], at: int) -> bool:
    """The sentence around `at` is written in another language than English (its
    function words say so, or its words are of another script than the Latin one): there
    an ambiguous name is a word of that language or a person. A lower-case "i" is no
    English word (Catalan, Slavic, Albanian, Welsh write it). Only LANGUAGE_WINDOW
    characters either side are read, so a document of one endless line costs no more than
    one of short lines."""
    foreign = english = 0
    low_end = max(seg[0], at - LANGUAGE_WINDOW)
    high_end = min(seg[1], at + LANGUAGE_WINDOW)
    for word in WORD.findall(text, low_end, high_end):
        low = word.casefold()
        if low in FOREIGN_FUNCTION_WORDS or low.startswith(("l'", "d'", "j'", "qu'")):
            foreign += 1
        elif word == "i":
            continue
        elif low in ENGLISH_FUNCTION_WORDS:
            english += 1
        else:
            foreign += other_script(word)
    return foreign >= 2 and foreign > english


def german_sentence(text: str, at: int) -> bool:
    """The line around `at` is German by its function words: there every noun is
    capitalised, so a capital proves nothing ("mit Helm und Auffanggurt")."""
    low, high = near_line(text, at)
    german = english = 0
    for word in WORD.findall(text, low, high):
        low_word = word.casefold()
        german += low_word in GERMAN_FUNCTION_WORDS
        english += low_word in ENGLISH_FUNCTION_WORDS
    return german >= 2 and german > english


def other_script(word: str) -> int:
    """How many words of another language than English `word` counts for, by its script:
    none for the Latin alphabet; one for a word of Cyrillic, Greek, Arabic, Hebrew,
    Devanagari, Hangul and the other scripts written with spaces; one per two characters
    for the scripts written without them (Chinese, Japanese, Thai), where one "word" runs
    to the next space or punctuation mark."""
    code = ord(word[0])
    if code < 0x370 or 0x1E00 <= code <= 0x1EFF or 0xFF00 <= code <= 0xFF5E:
        return 0  # Latin, with its accents and Vietnamese letters; fullwidth Latin
    if written_without_spaces(word):
        return max(1, len(word) // 2)
    return 1


def written_without_spaces(word: str) -> bool:
    """`word` opens in a script written without spaces between its words."""
    code = ord(word[0])
    return any(low <= code <= high for low, high in _UNSPACED_SCRIPTS)


# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer; Japanese kana
# and Chinese characters.
_UNSPACED_SCRIPTS = (
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0x3040, 0x30FF),
    (0x3400, 0x9FFF),
    (0xF900, 0xFAFF),
)


def not_english(text: str, at: int) -> bool:
    """The line around `at` holds no English function word and does hold a word of another
    language or a letter English does not write ("statikus ellenőrzés PC-linttel"): where a
    case ending glued to a name is that language's grammar, not another word."""
    low, high = near_line(text, at)
    words = [word.casefold() for word in WORD.findall(text, low, high) if word != "i"]
    if any(word in ENGLISH_FUNCTION_WORDS for word in words):
        return False
    return any(word in FOREIGN_FUNCTION_WORDS or not word.isascii() for word in words)


def glued_to_another_script(text: str, cand: Candidate) -> bool:
    """A name written against Chinese, Japanese, Korean or Thai letters ("Spark로",
    "Go言語", "CAN通信") or after a Hebrew prefix ("ב-Jenkins"): no English word is glued
    to those, so it is the name."""
    before = text[max(0, cand.start - 2) : cand.start]
    after = text[cand.end : cand.end + 1]
    if len(before) == 2 and before[1] in "-\u05be" and "\u05d0" <= before[0] <= "\u05ea":
        return True
    if any(GAPLESS_LETTER.match(ch) for ch in (before[-1:], after) if ch):
        return True
    # spaced from such letters on both sides, with a capital: "腳本以 Lua 撰寫"
    left = text[max(0, cand.start - 3) : cand.start].rstrip(" \t")
    right = text[cand.end : cand.end + 3].lstrip(" \t")
    return (
        cand.text[:1].isupper()
        and len(cand.text) >= 3
        and bool(left and right)
        and all(GAPLESS_LETTER.match(ch) for ch in (left[-1], right[0]))
    )
