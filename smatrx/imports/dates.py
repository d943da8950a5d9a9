# ruff: noqa: RUF001, RUF002, RUF003 - Greek and Cyrillic letters are data here, not typos.
"""Date ranges as people write them in résumés and LinkedIn exports.

Pure functions, no Flask. Everything is month-precise: a bare year means January of that year, so
"2020" and "Jan 2020" parse to the same date (LinkedIn exports use both forms).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from smatrx.imports.calendar_dates import as_gregorian
from smatrx.imports.date_words import AND_WORDS as _AND_WORDS
from smatrx.imports.date_words import ASIAN_RANGE_WORDS as _ASIAN_RANGE_WORDS
from smatrx.imports.date_words import ASIAN_SINCE_SUFFIXES as _ASIAN_SINCE_SUFFIXES
from smatrx.imports.date_words import BETWEEN_WORDS as _BETWEEN_WORDS
from smatrx.imports.date_words import BULLET_GLYPHS
from smatrx.imports.date_words import NOW_WORDS as _NOW_WORDS
from smatrx.imports.date_words import NOW_WORDS_ALONE as _NOW_WORDS_ALONE
from smatrx.imports.date_words import RANGE_WORDS as _RANGE_WORDS
from smatrx.imports.date_words import SINCE_WORDS as _SINCE_WORDS


class _CompiledWhenUsed:
    """A regular expression compiled on first use. The month names of some 45 languages make
    these patterns take about a third of a second to compile: the web workers, which import
    this module for months_between and never read a date range, do not pay it."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def _compiled_when_used(pattern: str, flags: int = 0) -> Any:
    return _CompiledWhenUsed(pattern, flags)


__all__ = ["DateRange", "find_date_ranges", "months_between", "parse_month_year"]

MIN_YEAR = 1950

_SP = r"[ \t\u00a0]"  # horizontal space only: a range never spans two lines
# Letters of scripts that put no space between a date and the word after or before it
# (Japanese and Chinese "2021年から", "職歴2019年", Korean "2019.03 ~ 현재까지", Thai): a date
# there needs no word boundary.
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f"
# Not glued to a word, number, version or phone number before a date ("555-2019", "v1.2015"),
# but a date may follow a letter of those scripts.
# A colon after a word may come right before it ("任職期間：2021/04 ~ 仍在職", full-width
# colons read as ASCII ones; "**任職期間**：2021/04" in Markdown), not after a digit ("10:2019").
_NOT_GLUED_BEFORE = rf"(?:(?<![\w/.:+\-])|(?<=[{_CJK}])|(?<=[^\W\d_]:)|(?<=[^\W\d_]\*\*:))"
# ...nor after it ("2015-2018-2020", "2019 - nowhere", "2020/21").
_NOT_GLUED_AFTER = rf"(?:(?<=[{_CJK}])|(?![\w/]|[.,\-]\d))"

# Month spellings of some 50 languages (CLDR's wide and abbreviated names, format and
# stand-alone, with and without diacritics, plus a few hand entries and the seasons), generated
# by bench/generate_month_names.py, which documents the spellings it leaves out: those meaning
# two months in two languages, and English words ("led", "pro", "out").
_MONTH_DATA = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "month_names.json").read_text("utf-8")
)


def _key(spelling: str) -> str:
    """A month spelling as _MONTHS holds it: lower-case, one space, "ς" as "σ", Turkish "İ"
    ("NİSAN" lower-cases to "ni\u0307san") as "i"."""
    lowered = re.sub(rf"{_SP}+", " ", spelling.lower()).replace("i\u0307", "i")
    return lowered.replace("ς", "σ")


_MONTHS: dict[str, int] = {_key(name): number for name, number in _MONTH_DATA["months"].items()}
# Abbreviations CLDR lacks that résumés write: Indonesian and Malay "Agt" (Agustus), and
# Catalan "ag." (agost), read only with its dot ("AG 2019" is a German company's suffix);
# Portuguese "Out." (outubro), only with its dot too ("out" is an English word).
_MONTHS.update({"agt": 8, "ag.": 8, "out.": 10})
# A quarter from its first month, as plans and résumés date work: "From Q1 2025 I also own
# the budget", "Q3 2021 – Q2 2023".
_MONTHS.update({"q1": 1, "q2": 4, "q3": 7, "q4": 10})
# A part of a year, from a month inside it: "Since mid-2023", "early 2022 – late 2024".
_MONTHS.update({"early": 2, "mid": 6, "late": 10})
# ...so written in the other languages of Europe: "Bis Mitte 2023", "desde mediados de 2022",
# "début 2021", "eind 2023", "a partir de meados de 2020", "da inizio 2022".
_MONTHS.update(
    {"mitte": 6, "anfang": 2, "ende": 10, "début": 2, "debut": 2, "mediados": 6,
     "principios": 2, "finales": 10, "meados": 6, "início": 2, "inicio": 2, "medio": 6,
     "eind": 10, "inizio": 2, "metà": 6}
)  # fmt: skip
# Armenian and Georgian months, which the CLDR locales of the generator leave out: Armenian
# nominative and genitive ("2022 թ. մարտ", "մարտի 2022"), Georgian ("მარტი 2021").
_HAND_MONTHS = {
    "hy": (
        "հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս",
        "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր",
    ),
    "ka": (
        "იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
        "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი",
    ),
}  # fmt: skip
for _number, _name in enumerate(_HAND_MONTHS["hy"], start=1):
    _MONTHS.update({_name: _number, _name + "ի": _number})  # "մարտ", genitive "մարտի"
for _number, _name in enumerate(_HAND_MONTHS["ka"], start=1):
    # "მარტი", genitive "მარტის" (stem "მარტ" + "ის"); "აგვისტო", genitive "აგვისტოს"
    _stem = _name.removesuffix("ი")
    _MONTHS.update({_name: _number, _stem + ("ის" if _stem != _name else "ს"): _number})


def _trie(spellings: Iterable[str]) -> str:
    """One alternation for many spellings, shaped as a trie so that matching does not try every
    spelling at every position; at each node longer continuations come first ("june" before
    "jun"). A space in a spelling ("tháng 3") is any run of horizontal space.

    (smatrx/imports/trie.py builds skill names so, but its separators may span a line break and
    its ends refuse a dot or a digit right after a name: "Mar.2019", "mar/2019".)"""
    root: dict[str, dict] = {}
    for spelling in spellings:
        node = root
        for char in spelling:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [
            (rf"{_SP}+" if char == " " else re.escape(char)) + build(child)
            for char, child in node.items()
            if char
        ]
        if "" in node and branches:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" if branches else ""

    return build(root)


# "ς" is in the trie as "σ": the pattern is case-insensitive, and "σ" matches "ς" and "Σ".
_MONTH_NAME = _trie(sorted(_MONTHS))
_YEAR = r"(?:19|20)\d{2}"
_MM = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"

# Between a month and its year: "Mar 2019", "Mar. 2019", "March, 2019", Spanish, Portuguese
# and Catalan "mar. de 2019", Vietnamese "tháng 3 năm 2019", Brazilian "mar/2019" and
# Vietnamese "tháng 3/2019", Indian "Jun-2015" (a hyphen glued to both: "Jun - 2016" is the
# months of a range).
_MONTH_GAP = rf"(?:\.?,?{_SP}*(?:(?:de|del|năm){_SP}+)?|\.?/|-(?=(?:19|20)\d\d))"
# After a year: Russian, Ukrainian and Bulgarian "2019 г." (год, "year").
_YEAR_MARK = rf"(?:{_SP}?гг?\.|{_SP}ж\.(?!{_SP}*[^\W\d_]))?"
# Year first, as Hungarian ("2019. márc."), Latvian ("2019. gada marts") and Lithuanian
# ("2019 m. kovo") write it: the year's dot or mark is required, so "2019 March" is no date.
# Basque glues its "of" to the year ("2020ko martxoa", "2021eko urtarrila"); Sri Lankan, Chinese
# and Japanese English résumés space the month after the year ("2021 Jan – Present"): read where
# no number follows the month ("2019 March 2020" is none).
# Uzbek "2020-yil sentabr", Armenian "2022 թ. մարտ" (թ., "year"), Georgian "2019 წ. მარტი".
_YEAR_SUFFIX = (
    rf"(?:\.|{_SP}m\.|{_SP}ж\.|{_SP}?[թწ]\.|-?e?ko(?={_SP})|-(?:yil|йил)(?={_SP})|(?={_SP}))"
)
_YEAR_FIRST = (
    rf"{_YEAR}{_YEAR_SUFFIX}(?:{_SP}*gada)?{_SP}*(?:{_MONTH_NAME})(?!\w)\.?"
    rf"(?!{_SP}*['\u2019]?\d)"
)

# Japanese, Chinese and Korean: "2021年4月", "2019년 3월", "2021年" (the year's mark
# required: full-width digits and the other calendars' years are ASCII and Gregorian by the
# time a pattern reads them, see _normalised).
_CJK_POINT = rf"{_YEAR}{_SP}*[年년](?:{_SP}*{_MM}{_SP}*[月월])?"

# One point in time. ISO "2017-03" comes before the bare year so "2017-03" isn't read as "2017".
_POINT = (
    rf"(?:{_CJK_POINT}|"
    rf"(?:{_YEAR}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?!\d)"
    # A month name, then its year: "Mar 2019", or two digits as US résumés write them: "Jan '19"
    # (one copy of the month trie for both: each copy costs compile time)
    rf"|(?:{_MONTH_NAME})(?:{_MONTH_GAP}{_YEAR}{_YEAR_MARK}|\.?{_SP}*['\u2019]\d{{2}}(?!\d))"
    rf"|{_MM}/{_YEAR}"
    # A whole date, the day dropped (everything is month-precise): day, month, year as
    # Europe writes it ("01.03.2017", "01/03/2019", "1-3-2019"), month, day, year as the US
    # does when the day cannot be a month ("03/15/2019"), year first ("2019/03/01",
    # "2019.03.01."); one separator throughout.
    rf"|{_DAY}(?:\.{_MM}\.|/{_MM}/|-{_MM}-){_YEAR}(?!\d)"
    # (Czech and Slovak space the dots: "1. 3. 2019")
    rf"|{_DAY}\.{_SP}{_MM}\.{_SP}{_YEAR}(?!\d)"
    rf"|{_MM}/(?:1[3-9]|2\d|3[01])/{_YEAR}(?!\d)"
    rf"|{_YEAR}(?:/{_MM}/|\.{_MM}\.){_DAY}(?!\d)\.?"
    # Year, then a two-digit month, as Hungarian ("2019.03.", "2019. 03."), Korean, Chinese
    # and Japanese résumés ("2019.03", "2019/03") write it; "2011/12" that is the academic
    # year 2011-12 is no month (parse_month_year refuses it)
    rf"|{_YEAR}(?:/|\.{_SP}?)(?:0[1-9]|1[0-2])(?![\d/]|\.\d)\.?"
    rf"|(?:0[1-9]|1[0-2])-{_YEAR}(?![\d\-])"  # "03-2019"
    rf"|(?:0[1-9]|1[0-2])\.{_YEAR}"  # German "03.2017"; two digits so "3.2017"-like versions don't
    rf"|(?:0[1-9]|1[0-2])/\d{{2}}(?![\d/])"  # "03/19" (two-digit month only)
    rf"|{_YEAR_FIRST}"
    rf"|{_YEAR}{_YEAR_MARK}))"
)


def _phrases(table: dict[str, tuple[str, ...]]) -> str:
    """One alternation of a table's phrases, longest first."""
    phrases = {phrase for group in table.values() for phrase in group}
    return "|".join(
        re.escape(phrase).replace(r"\ ", rf"{_SP}+").replace("'", "['\u2019]")
        for phrase in sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    )


_PRESENT = _phrases(_NOW_WORDS)
# ...and the short ones, where the date stands alone: at its line's end, before a column's
# gap, a table's "|" or a closing bracket ("04/2021 – haut       Senior Developer")
_PRESENT_ALONE = rf"(?:{_phrases({'': _NOW_WORDS_ALONE})})(?=[ \t]{{2}}|\t|[ \t]*(?:[|)\]\n]|$))"
_SEPARATOR = (
    # (the start's ordinal dot may come first: Croatian, Serbian, Slovak, Hungarian write
    # "2014. – 2018.")
    rf"(?:\.?{_SP}*[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]{{1,2}}{_SP}*"
    rf"|{_SP}+(?:{_phrases(_RANGE_WORDS)}){_SP}+"
    rf"|-t[óo]l{_SP}+|-t[őo]l{_SP}+"  # Hungarian "2019-től 2021-ig", "2018-tól 2020-ig"
    rf"|{_SP}*(?:\u2192|->|=>){_SP}*"  # "Mar 2019 → Jun 2021"
    # Japanese, Chinese and Korean: a tilde (full-width and wave dash read as "~"), "2019年
    # 3月から2021年2月まで", "2019년 3월부터 2021년 2월까지", "2019年至2021年"
    rf"|{_SP}*(?:{_phrases({'': _ASIAN_RANGE_WORDS})})?{_SP}*~{_SP}*"
    rf"|{_SP}*(?:{_phrases({'': _ASIAN_RANGE_WORDS})}){_SP}*)"
)
_RANGE = _compiled_when_used(
    # Not glued to a word, number, version or phone number before it ("555-2019", "v1.2015").
    rf"{_NOT_GLUED_BEFORE}"
    # (a month glued by a hyphen to its year is a point, not a month ending at a year: "Since
    # Jun-2023", "mid-2023")
    rf"(?P<start>{_POINT}|(?P<bare_month>{_MONTH_NAME})\.?(?!-(?:19|20)\d\d))"
    rf"{_SEPARATOR}"
    rf"(?:{_DAY}(?:st|nd|rd|th)?\.?{_SP}+(?=[^\W\d_]))?"  # its day dropped: "to 31 Jul 2021"
    # (or a month alone after a start with a month: "2017ko otsaila – ekaina", "Feb 2017 –
    # June", the end in the start's year, or the next one; a word here, looked up in _MONTHS
    # as the range is read: one more copy of the month trie would cost compile time. Only
    # where the date ends, at the line's end or before a separator: "2016-tól 2019-ig" is
    # Hungarian's "from", "Jan 2019 – Acme Corp" a company)
    rf"(?P<end>{_POINT}|(?P<present>{_PRESENT}|{_PRESENT_ALONE})"
    rf"|(?P<bare_end>[^\W\d_]{{3,}})\.?(?=[ \t*_)\]]*(?:[\n|,;:(]|$)))"
    # ...nor after it ("2015-2018-2020", "2019 - nowhere", "2020/21").
    rf"{_NOT_GLUED_AFTER}",
    re.IGNORECASE,
)


# An item's bullet (a PDF's "?" for one its font lacks) or number opening a line.
_AN_ITEMS_MARK = rf"^[ \t]*(?:[-*?{BULLET_GLYPHS}]|\d{{1,2}}[.)])[ \t]+"
# An open range on a line of its own or after a separator: "Since Nov 2022", "Acme | since
# 2019", "— since March 2022", ongoing. Not inside prose ("grown since 2019").
# A column gap (two spaces or a tab) separates too: a two-column PDF line puts the date in
# the right column ("Senior FPGA Engineer, Acme          Since 2021").
_SINCE = _compiled_when_used(
    # (a gap is taken at its end only: a "[ \t]*" after a lookbehind met inside a long run of
    # spaces would rescan the run from every position)
    rf"(?:(?:^|(?<=[|\u00b7\u2022\u30fb,;(\u2013\u2014]))[ \t]*"
    rf"|(?:(?<=[ \t][ \t])|(?<=\t))(?![ \t])"
    # or a spaced hyphen, or two (a plain-text dash), ending a job's line: "Senior Engineer,
    # Acme - since July 2020", "Barje Logistics d.o.o., Ljubljana -- since October 2022"
    rf"|(?<=[ \t]-[ \t])|(?<=[ \t]--[ \t])"
    # or an item's bullet (a PDF's "?" for one its font lacks): "- From 2021, new processes
    # in UiPath", or a numbered item's number ("3. 2019 年起负责商品搜索模块")
    rf"|{_AN_ITEMS_MARK})"
    # "from" only so, opening a line or an item ("from 2019 to 2021" is a range already);
    # the other languages' words in _SINCE_WORDS. (Not opening a sentence inside a line: a
    # profile's "Desde 2023 me dedico a ..." tells a career's turn, not a job's dates.)
    rf"(?:{_phrases(_SINCE_WORDS)}){_SP}*"
    # with the word "year" as Czech, Slovak and Polish ("od roku 2016"), Slovenian ("od leta
    # 2023"), Croatian, Serbian and Bosnian ("od godine 2019"), Indonesian and Malay ("sejak
    # tahun 2020") and Vietnamese ("từ năm 2019") write it
    rf"(?:(?:roku|leta|godine|tahun|năm|ปี){_SP}*)?"
    # or "the" before a year naming that year's event: "- Since the 2020 lockdown all my
    # classes run on Google Classroom", "Since the start of the 2022 school year"
    rf"(?:the{_SP}+(?:(?:start|beginning){_SP}+of{_SP}+the{_SP}+)?(?={_YEAR}{_SP}+[^\W\d_]))?"
    rf"(?P<start>{_POINT}){_NOT_GLUED_AFTER}",
    re.IGNORECASE | re.MULTILINE,
)
_BETWEEN = _compiled_when_used(
    rf"(?<!\w)(?:{'|'.join(sorted(_BETWEEN_WORDS, key=len, reverse=True))}){_SP}+"
    rf"(?P<start>{_POINT}){_SP}+(?:{'|'.join(sorted(_AND_WORDS, key=len, reverse=True))}){_SP}+"
    rf"(?P<end>{_POINT}|(?P<present>{_PRESENT})){_NOT_GLUED_AFTER}",
    re.IGNORECASE,
)
# Hungarian glues "from" to the start ("2020-tól", "2021. márc.-tól"; "2020-tol" as a PDF
# folds "ő"; a month with the suffix on it, "márciustól", is not read): with no end after
# it, an open range, ongoing. Read where _SINCE is: at the start of a line or an item, or
# after a separator, not inside prose.
# Japanese, Chinese, Korean and Kazakh do the same with a postposition ("2021年から",
# "2020년부터", "2023 жылдан бастап"), read there too.
_FROM_SUFFIX = _compiled_when_used(
    rf"(?:(?:^|(?<=[|\u00b7\u2022\u30fb,;(\u2013\u2014]))[ \t]*"
    rf"|(?:(?<=[ \t][ \t])|(?<=\t))(?![ \t])"
    rf"|{_AN_ITEMS_MARK})"
    rf"(?P<start>{_POINT})(?:-t[óoő]l(?!\w)|{_SP}*(?:{_phrases({'': _ASIAN_SINCE_SUFFIXES})}))"
    rf"(?!{_SP}*(?:{_POINT}|{_PRESENT}|~))",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM_MARK = re.compile(_AN_ITEMS_MARK)
# A start and a dash with nothing after it: "(2022-)", "2019 - " at the end of a line.
_DANGLING = _compiled_when_used(
    rf"{_NOT_GLUED_BEFORE}(?P<start>{_POINT}){_SP}*[-\u2013\u2014~]{_SP}*(?=\)|$)",
    re.IGNORECASE | re.MULTILINE,
)

# A four-digit year and a two-digit one: "2016 - 19", "2019-21", or with an en or em dash.
# A hyphen glued to both counts only when the two digits cannot be a month: "2019-03" is
# ISO March 2019.
_SHORT_END = _compiled_when_used(
    rf"(?<![\w/.:+\-])(?P<start>{_YEAR})"
    rf"(?:{_SP}*[\u2013\u2014]{_SP}*|{_SP}+-{_SP}+|-(?=1[3-9]|[2-9]\d))"
    rf"(?P<yy>\d{{2}})(?![\w/]|[.,\-]\d)",
)

# A lone season with its year, alone on its line or in the right column after a gap or "|":
# a term-long entry ("Hardware Intern, Acme          Spring 2015"), the season's three
# months. A lone month is not read so: it names a moment (a graduation, a certificate, a
# talk), not a period of use. Never inside prose ("interned in Spring 2015 at ...").
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_LONE_SEASON = _compiled_when_used(
    rf"(?:(?:^|(?<=\|))[ \t]*|(?:(?<=[ \t][ \t])|(?<=\t))(?![ \t]))"
    rf"(?P<point>(?:{'|'.join(_SEASONS)}){_SP}+{_YEAR})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

_PARSERS = (
    _compiled_when_used(rf"(?P<y>{_YEAR}){_SP}*[年년](?:{_SP}*(?P<m>{_MM}){_SP}*[月월])?"),
    _compiled_when_used(rf"(?P<mon>{_MONTH_NAME}){_MONTH_GAP}(?P<y>{_YEAR})", re.IGNORECASE),
    _compiled_when_used(
        rf"(?P<y>{_YEAR}){_YEAR_SUFFIX}(?:{_SP}*gada)?{_SP}*(?P<mon>{_MONTH_NAME})\.?",
        re.IGNORECASE,
    ),
    _compiled_when_used(rf"(?P<mon>{_MONTH_NAME})\.?\s*['\u2019](?P<yy>\d{{2}})", re.IGNORECASE),
    _compiled_when_used(r"(?P<m>0[1-9]|1[0-2])/(?P<yy>\d{2})"),
    _compiled_when_used(
        rf"{_DAY}(?:\.(?P<m>{_MM})\.|/(?P<m2>{_MM})/|-(?P<m3>{_MM})-)(?P<y>{_YEAR})"
    ),
    _compiled_when_used(rf"{_DAY}\.{_SP}(?P<m>{_MM})\.{_SP}(?P<y>{_YEAR})"),
    _compiled_when_used(rf"(?P<y>{_YEAR})(?P<slash>/)(?P<m>0[1-9]|1[0-2])"),
    _compiled_when_used(rf"(?P<y>{_YEAR})\.{_SP}?(?P<m>0[1-9]|1[0-2])\.?"),
    _compiled_when_used(r"(?P<m>0[1-9]|1[0-2])-(?P<y>(?:19|20)\d{2})"),
    _compiled_when_used(rf"(?P<m>{_MM})/(?:1[3-9]|2\d|3[01])/(?P<y>{_YEAR})"),
    _compiled_when_used(rf"(?P<y>{_YEAR})(?:/(?P<m>{_MM})/|\.(?P<m2>{_MM})\.){_DAY}\.?"),
    _compiled_when_used(rf"(?P<m>{_MM})[/.](?P<y>{_YEAR})"),
    _compiled_when_used(rf"(?P<y>{_YEAR})-(?P<m>{_MM})(?:-\d{{1,2}})?"),
    _compiled_when_used(rf"(?P<y>{_YEAR})"),
)
_YEAR_MARK_END = _compiled_when_used(rf"(?<=\d){_SP}?(?:гг?|ж)\.$")


@dataclass(frozen=True)
class DateRange:
    start: date  # first day of the start month (January for a bare year)
    end: date  # first day of the end month; the `today` given when ongoing
    ongoing: bool
    text: str  # as written


def parse_month_year(value: str) -> date | None:
    """ "Jan 2020", "January 2020", "2020", "01/2020", "2020-01" → date(2020, 1, 1); else None."""
    cleaned = _YEAR_MARK_END.sub("", value.strip().strip("()[],;").strip())
    for pattern in _PARSERS:
        found = pattern.fullmatch(cleaned)
        if found is None:
            continue
        groups = found.groupdict()
        if groups.get("yy"):
            short = int(groups["yy"])  # "'19" is 2019, "'98" is 1998
            year = (2000 if short < 50 else 1900) + short
        else:
            year = int(groups["y"])
            if groups.get("slash") and int(groups["m"]) == (year + 1) % 100:
                return None  # "2011/12": an academic year, not December 2011
        if groups.get("mon"):
            month = _MONTHS.get(_key(groups["mon"]))
            if month is None:
                return None
        elif groups.get("m") or groups.get("m2") or groups.get("m3"):
            month = int(groups.get("m") or groups.get("m2") or groups.get("m3"))
        else:
            month = 1
        return date(year, month, 1)
    return None


def _bare_end(start_text: str, month_text: str) -> date | None:
    """The end of "Feb 2017 – June": the month in the start's year, or the next year's when it
    comes before the start's month ("Nov 2019 – Feb"). None when the start has no month of
    its own ("2019 – May" is no range) or either is no month."""
    start = parse_month_year(start_text) if re.search(r"[^\W\d_]", start_text) else None
    month = _MONTHS.get(_key(month_text))
    if start is None or month is None:
        return None
    return date(start.year + (month < start.month), month, 1)


def months_between(start: date, end: date) -> int:
    """Calendar months from start's month to end's month (Mar to Jun is 3; negative if reversed).

    A range covers months_between + 1 calendar months: "Mar 2017 - Jun 2020" is 40, as LinkedIn
    counts them.
    """
    return (end.year - start.year) * 12 + (end.month - start.month)


def find_date_ranges(text: str, *, today: date) -> list[DateRange]:
    """Every plausible date range in `text`, in order of appearance.

    Rejected: end before start, years outside 1950..today.year + 1 (so "2020 - 2019" or
    "1850 - 1900" in prose never become work experience).

    Read in `text` with ASCII digits and full-width forms, and other calendars' dates as
    Gregorian (calendar_dates.as_gregorian); each range's `text` is as written in `text`.
    """
    normal, origin = as_gregorian(text)
    ranges = _find_date_ranges(normal, today=today)
    if normal is text or (origin is None and normal == text):
        return ranges
    written: list[DateRange] = []
    for found in ranges:
        start = normal.find(found.text)
        end = start + len(found.text)
        if origin is not None:
            start, end = origin[start], origin[end]
        written.append(
            DateRange(start=found.start, end=found.end, ongoing=found.ongoing, text=text[start:end])
        )
    return written


def _find_date_ranges(text: str, *, today: date) -> list[DateRange]:
    latest_year = today.year + 1
    ranges: list[DateRange] = []
    spans: list[tuple[int, int]] = []  # where whole ranges were read
    for found in _RANGE.finditer(text):
        ongoing = found.group("present") is not None
        if found.group("bare_end"):
            end = _bare_end(found.group("start"), found.group("bare_end"))
            if end is None:
                continue  # "Jan 2019 – Acme": no range, and no span taken from the others
        else:
            end = today if ongoing else parse_month_year(found.group("end"))
        spans.append(found.span())
        if end is None:
            continue
        if found.group("bare_month"):
            # "Mar - Jun 2020": the start borrows the end's year ("Nov - Feb 2020" → Nov 2019).
            if ongoing:
                continue
            month = _MONTHS.get(_key(found.group("bare_month")))
            if month is None:
                continue
            start = date(end.year if month <= end.month else end.year - 1, month, 1)
        else:
            start = parse_month_year(found.group("start"))
            if start is None:
                continue
        if not MIN_YEAR <= start.year <= latest_year:
            continue
        if not ongoing and not MIN_YEAR <= end.year <= latest_year:
            continue
        if end < start:
            continue
        ranges.append(DateRange(start=start, end=end, ongoing=ongoing, text=found.group(0)))
    for found in _BETWEEN.finditer(text):
        if any(a < found.end() and found.start() < b for a, b in spans):
            continue
        ongoing = found.group("present") is not None
        start = parse_month_year(found.group("start"))
        end = today if ongoing else parse_month_year(found.group("end"))
        if start is None or end is None or not MIN_YEAR <= start.year <= latest_year:
            continue
        if end < start or end.year > latest_year:
            continue
        spans.append(found.span())
        ranges.append(DateRange(start=start, end=end, ongoing=ongoing, text=found.group(0)))
    for found in (
        *_SINCE.finditer(text),
        *_FROM_SUFFIX.finditer(text),
        *_DANGLING.finditer(text),
    ):
        if any(a < found.end() and found.start() < b for a, b in spans):
            continue  # "From 2021 to 2023" is that range, not a start with no end
        start = parse_month_year(found.group("start"))
        if start is None or not MIN_YEAR <= start.year <= today.year or start > today:
            continue
        # ("- From 2021", "● From 2021", "3. 2019 年起": the item's bullet or number is no date)
        written = _ITEM_MARK.sub("", found.group(0)).strip()
        ranges.append(DateRange(start=start, end=today, ongoing=True, text=written))
    taken = [(text.find(r.text), text.find(r.text) + len(r.text)) for r in ranges]
    for found in _SHORT_END.finditer(text):
        if any(a < found.end() and found.start() < b for a, b in taken):
            continue
        first = int(found.group("start"))
        last = first // 100 * 100 + int(found.group("yy"))
        if last < first:
            last += 100  # "1998 - 02" is 2002
        if last - first > 50 or not MIN_YEAR <= first <= last <= latest_year:
            continue
        span = (date(first, 1, 1), date(last, 1, 1))
        ranges.append(DateRange(start=span[0], end=span[1], ongoing=False, text=found.group(0)))
    for found in _LONE_SEASON.finditer(text):
        start = parse_month_year(found.group("point"))
        if start is None or any(a < found.end() and found.start() < b for a, b in taken):
            continue
        if not MIN_YEAR <= start.year <= today.year or start > today:
            continue
        last = start.month + 2  # "Spring 2015": March to May; "Winter 2015": to February
        end = min(date(start.year + (last - 1) // 12, (last - 1) % 12 + 1, 1), today)
        ranges.append(DateRange(start=start, end=end, ongoing=False, text=found.group("point")))
    return sorted(ranges, key=lambda r: text.find(r.text))
