# ruff: noqa: RUF002 - letters and digits of other scripts are data here.
"""Dates of other calendars and digits of other scripts, as résumés write them, turned into the
Gregorian years and ASCII digits smatrx.imports.dates reads.

Pure functions, no Flask. Everything is month-precise, as in dates.py: a Gregorian month is
the one a month of another calendar mostly falls in (Solar Hijri Farvardin, 21 March to 20
April, is April).

* Thai Buddhist Era: BE = CE + 543 ("พ.ศ. 2564" is 2021).
* Japanese eras: 明治 1868, 大正 1912, 昭和 1926, 平成 1989, 令和 2019; the era's first year is
  "元年" ("令和3年" is 2021, "平成31年" 2019, "R3", "H30" as forms abbreviate them).
* Minguo (Republic of China, Taiwan): year 1 is 1912 ("民國110年" is 2021).
* Solar Hijri (Iran, Afghanistan): year 1 began in March 622; Farvardin 1400 is April 2021.
* Ethiopian: the year begins on 11 September (Meskerem 1), 7 years 8 months behind; twelve
  months of thirty days and Pagume of five or six.
"""

from __future__ import annotations

import unicodedata

# Digits of other scripts, read as ASCII: Arabic-Indic, Persian (Extended Arabic-Indic),
# Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
# Tibetan, Myanmar, Khmer, Mongolian, and the full-width digits of Japanese and Chinese.
_DIGIT_BLOCKS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
)  # fmt: skip
DIGITS: dict[int, str] = {
    block + value: str(value) for block in _DIGIT_BLOCKS for value in range(10)
}


def ascii_digits(text: str) -> str:
    """Digits of every script as ASCII ("۱۴۰۰" → "1400", "２０２１" → "2021"); the length
    is kept, character for character."""
    return text.translate(DIGITS)


def fold_width(char: str) -> str:
    """One character of the full-width forms of Japanese, Chinese and Korean text as its ASCII
    form ("～" → "~", "（" → "("); the ideographic space as a space, the wave dash "〜" as
    "~". Anything else as it is."""
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if code == 0x3000:
        return " "
    if code == 0x301C:
        return "~"
    return char


def buddhist_to_gregorian(year: int) -> int:
    """Thai Buddhist Era year → Gregorian year (2564 → 2021)."""
    return year - 543


def is_buddhist_year(year: int) -> bool:
    """A four-digit year a Thai résumé writes in the Buddhist Era (2500 is 1957, 2600 2057)."""
    return 2500 <= year <= 2600


JAPANESE_ERAS: dict[str, int] = {
    # the Gregorian year of each era's first year (元年)
    "明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019,
    "M": 1868, "T": 1912, "S": 1926, "H": 1989, "R": 2019,
}  # fmt: skip


def japanese_era_to_gregorian(era: str, year: int | str) -> int | None:
    """An era and its year → Gregorian year ("令和", 3 → 2021; "平成", "元" → 1989; "H", 30 →
    2018). None for an unknown era or a year the era never reached."""
    base = JAPANESE_ERAS.get(era.upper() if era.isascii() else era)
    if base is None:
        return None
    number = 1 if year == "元" else int(year)
    last = {1868: 45, 1912: 15, 1926: 64, 1989: 31, 2019: 99}[base]
    if not 1 <= number <= last:
        return None
    return base + number - 1


def minguo_to_gregorian(year: int) -> int:
    """Minguo (ROC) year → Gregorian year (110 → 2021)."""
    return year + 1911


SOLAR_HIJRI_MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    # Dari (Afghanistan) names of the same months
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7,
    "عقرب": 8, "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
    # romanised, as English-language Iranian résumés write them
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5,
    "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "bahman": 11, "esfand": 12,
}  # fmt: skip


def solar_hijri_to_gregorian(year: int, month: int | None = None) -> tuple[int, int]:
    """A Solar Hijri year and month → the Gregorian (year, month) it mostly falls in
    (1400, 1 → (2021, 4); 1400, 10 → (2022, 1)). A bare year is its Farvardin."""
    month = month or 1
    if not 1 <= month <= 12:
        raise ValueError(f"no Solar Hijri month {month}")
    gregorian_month = month + 3
    return (year + 621 + (gregorian_month > 12), (gregorian_month - 1) % 12 + 1)


def is_solar_hijri_year(year: int) -> bool:
    """A year a résumé of today writes in the Solar Hijri calendar (1329 is 1950)."""
    return 1329 <= year <= 1420


ETHIOPIAN_MONTHS: dict[str, int] = {
    "መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4, "ታህሣሥ": 4,
    "ጥር": 5, "የካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ግንቦት": 9, "ሰኔ": 10, "ሐምሌ": 11,
    "ሀምሌ": 11, "ነሐሴ": 12, "ነሀሴ": 12, "ጳጉሜ": 13, "ጳጉሜን": 13,
    "meskerem": 1, "tikimt": 2, "tikemt": 2, "hidar": 3, "tahsas": 4, "tir": 5,
    "yekatit": 6, "megabit": 7, "miyazya": 8, "ginbot": 9, "sene": 10, "hamle": 11,
    "nehase": 12, "pagume": 13,
}  # fmt: skip


def ethiopian_to_gregorian(year: int, month: int | None = None) -> tuple[int, int]:
    """An Ethiopian year and month → the Gregorian (year, month) it mostly falls in
    (2013, 1 → (2020, 9): Meskerem 2013 began on 11 September 2020; 2013, 5 → (2021, 1)).
    A bare year is read as its middle: January of the Gregorian year it mostly falls in
    (2013 → (2021, 1))."""
    if month is None:
        return (year + 8, 1)
    if not 1 <= month <= 13:
        raise ValueError(f"no Ethiopian month {month}")
    if month == 13:  # Pagume: 6 to 10 September
        return (year + 8, 9)
    gregorian_month = month + 8
    return (year + 7 + (gregorian_month > 12), (gregorian_month - 1) % 12 + 1)


def is_cjk(char: str) -> bool:
    """A letter of Japanese, Chinese or Korean, or of Thai: scripts that put no space between
    a date and the word after it ("2021年から", "2019.03 ~ 현재까지")."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x9FFF  # ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul
        or 0x0E00 <= code <= 0x0E7F  # Thai
        or unicodedata.name(char, "").startswith("CJK")
    )
