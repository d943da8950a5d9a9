# ruff: noqa: RUF003 - Thai, Japanese and Persian dates in comments are data, not typos.
"""Dates written in other scripts and calendars, rewritten as the Gregorian dates the date
patterns read (dates.py): ASCII digits for other scripts' digits and full-width forms, Thai
Buddhist Era, Japanese era, Minguo, Solar Hijri and Ethiopian years and months.

Pure functions, no Flask.
"""

from __future__ import annotations

import re
from functools import cache

from smatrx.imports import calendars

# Digits of other scripts as ASCII, full-width forms as ASCII: one character for one.
_WIDTH = {
    **calendars.DIGITS,
    **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
    0x3000: " ",
    0x301C: "~",
}
# Other calendars' dates, rewritten as Gregorian ones (calendars.py), after the digits are ASCII:
# Thai Buddhist Era years ("พ.ศ. 2564", "มี.ค. 2564", "2555 – 2559" on a line in Thai),
# Japanese eras ("令和3年", "平成元年", "H30年", "R3.4"), Minguo years ("民國110年"), Solar
# Hijri months and years ("فروردین ۱۴۰۰", "1400/01", "1398 – 1400" on a line in Persian),
# Ethiopian ones ("መስከረም 2013", "2013 E.C.", "2013 ዓ.ም.").
_KANJI_ERA = "|".join(era for era in calendars.JAPANESE_ERAS if not era.isascii())
_SOLAR_HIJRI_MONTH = "|".join(sorted(calendars.SOLAR_HIJRI_MONTHS, key=len, reverse=True))
_ETHIOPIAN_MONTH = "|".join(sorted(calendars.ETHIOPIAN_MONTHS, key=len, reverse=True))


@cache
def _other_calendars() -> re.Pattern[str]:
    return re.compile(
        r"(?P<be_mark>พ\.?[ \t]?ศ\.?[ \t]*)(?P<be>25\d\d)(?!\d)"
        r"|(?<![\d.,])(?P<be_thai>25\d\d)(?![\d,]|\.\d)"
        rf"|(?P<era>{_KANJI_ERA})[ \t]*(?P<era_year>\d{{1,2}}|元)(?=[ \t]*年)"
        r"|(?<!\w)(?-i:(?P<era_letter>[MTSHR]))(?P<era_letter_year>\d{1,2})"
        r"(?=[ \t]*年|\.(?:0[1-9]|1[0-2])(?![\d.]))"
        r"|(?P<roc_mark>民[國国])[ \t]*(?P<roc>\d{2,3})(?=[ \t]*年)"
        rf"|(?<![\w])(?P<sh_month>{_SOLAR_HIJRI_MONTH})[ \t]+(?P<sh_year>1[34]\d\d)(?!\d)"
        r"|(?<![\d./])(?P<sh_y>1[34]\d\d)/(?P<sh_m>0?[1-9]|1[0-2])(?![\d/])"
        r"|(?<![\d.,])(?P<sh_bare>1[34]\d\d)(?![\d,/]|\.\d)"
        rf"|(?<![\w])(?P<et_month>{_ETHIOPIAN_MONTH})[ \t]+(?P<et_year>(?:19|20)\d\d)(?!\d)"
        r"(?:[ \t]*(?:E\.?C\.?|ዓ\.?ም\.?))?"
        r"|(?<![\d.,])(?P<et_bare>(?:19|20)\d\d)[ \t]*(?:E\.C\.|EC\b|ዓ\.[ \t]?ም\.?)",
        re.IGNORECASE,
    )


_ASCII_CALENDAR_HINT = re.compile(
    r"(?<!\w)[MTSHR]\d{1,2}\.(?:0[1-9]|1[0-2])(?![\d.])|\d[ \t]*E\.?C\b"
)
# A quick test for the rewriting above: a text with none of these letters has none of it.
_OTHER_CALENDAR_HINT = re.compile(r"[\u0e00-\u0e7f年\u0600-\u06ff\u1200-\u137f]|E\.?C\b|R\d|H\d")


def _line_has(text: str, at: int, low: int, high: int) -> bool:
    """Whether the line of `text` around position `at` has a letter between `low` and `high`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return any(low <= ord(char) <= high for char in text[start : len(text) if end < 0 else end])


def _other_calendar(text: str, found: re.Match[str]) -> str | None:
    """The Gregorian writing of one match of _other_calendars() in `text`; None to leave it as
    written. A bare Buddhist Era year is one on a line in Thai, a bare Solar Hijri year one on
    a line in the Arabic script."""
    groups = found.groupdict()
    if groups["be_thai"] and not _line_has(text, found.start(), 0x0E00, 0x0E7F):
        return None
    if groups["sh_bare"] and not _line_has(text, found.start(), 0x0600, 0x06FF):
        return None
    if groups["era_letter"]:
        year = calendars.japanese_era_to_gregorian(groups["era_letter"], groups["era_letter_year"])
        return None if year is None else str(year)
    if groups["be"] or groups["be_thai"]:
        year = int(groups["be"] or groups["be_thai"])
        return (
            str(calendars.buddhist_to_gregorian(year)) if calendars.is_buddhist_year(year) else None
        )
    if groups["era"]:
        year = calendars.japanese_era_to_gregorian(groups["era"], groups["era_year"])
        return None if year is None else str(year)
    if groups["roc"]:
        return str(calendars.minguo_to_gregorian(int(groups["roc"])))
    if groups["sh_month"] or groups["sh_y"] or groups["sh_bare"]:
        year = int(groups["sh_year"] or groups["sh_y"] or groups["sh_bare"])
        if not calendars.is_solar_hijri_year(year):
            return None
        if groups["sh_bare"]:
            return str(calendars.solar_hijri_to_gregorian(year)[0])
        month = (
            calendars.SOLAR_HIJRI_MONTHS.get(groups["sh_month"].lower())
            if groups["sh_month"]
            else int(groups["sh_m"])
        )
        y, m = calendars.solar_hijri_to_gregorian(year, month)
        return f"{y}-{m:02d}"
    if groups["et_month"]:
        month = calendars.ETHIOPIAN_MONTHS[groups["et_month"].lower()]
        y, m = calendars.ethiopian_to_gregorian(int(groups["et_year"]), month)
        return f"{y}-{m:02d}"
    if groups["et_bare"]:
        return str(calendars.ethiopian_to_gregorian(int(groups["et_bare"]))[0])
    return None


def as_gregorian(text: str) -> tuple[str, list[int] | None]:
    """`text` as the patterns read it: ASCII digits and full-width forms (one character for
    one), other calendars' dates as Gregorian ones. With it, where each of its characters
    came from in `text` (one more entry for its end), or None when nothing moved."""
    if text.isascii():  # the common case: only "R3.04" (a Japanese era) or "2013 E.C." to read
        if not _ASCII_CALENDAR_HINT.search(text):
            return text, None
        folded = text
    else:
        folded = text.translate(_WIDTH)
    if not _OTHER_CALENDAR_HINT.search(folded):
        return folded, None
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for found in _other_calendars().finditer(folded):
        written = _other_calendar(folded, found)
        if written is None:
            continue
        start, end = found.span()
        pieces.append(folded[last:start])
        origin.extend(range(last, start))
        pieces.append(written)
        origin.extend(start + min(i, end - start - 1) for i in range(len(written)))
        last = end
    if not pieces:
        return folded, None
    pieces.append(folded[last:])
    origin.extend(range(last, len(folded) + 1))
    return "".join(pieces), origin
