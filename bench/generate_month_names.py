# ruff: noqa: RUF001, RUF002, RUF003 - letters of other alphabets are the data here.
"""Write smatrx/data/month_names.json: month spellings of every language a résumé we read may be
written in, from CLDR (Babel), for smatrx/imports/dates.py.

Run by hand after changing a list below or upgrading Babel (the dev extra has it):

    .venv/bin/python bench/generate_month_names.py           # writes the JSON, prints a summary
    .venv/bin/python bench/generate_month_names.py --check   # exits 1 if the JSON is stale

What goes in, per language: CLDR's wide and abbreviated month names, in their format
("stycznia 2020") and stand-alone ("styczeń") forms, lower-cased, plus the spellings people
type: without the final dot ("janv"), and without diacritics in Latin and Greek script
("fevrier", "kasim" for "kasım", "μαρτιος"); Cyrillic keeps its letters (stripping "й" from
"май" would make another word). Then the hand entries CLDR lacks (HAND, below).

Conflicts: a spelling that means two months in two languages is left out (LEFT_OUT in the
JSON, with its readings), unless RESOLVED names one reading as the overwhelmingly common one in
résumés. Spellings that are ordinary English words are left out too (ENGLISH_WORDS): a
month there would turn English prose into date ranges ("led the team 2019 - 2021").
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from babel import Locale

OUTPUT = Path(__file__).resolve().parent.parent / "smatrx" / "data" / "month_names.json"

# CLDR locales: all EU/EEA languages, the other languages of Europe, then languages of Africa,
# Asia and the Americas that write résumés in the Latin, Cyrillic or Greek script.
LOCALES = (
    # EU
    "bg", "cs", "da", "de", "de_AT", "el", "en", "es", "es_PE", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "pt_PT", "ro", "sk", "sl", "sv",
    # EEA and the rest of Europe
    "is", "nb", "nn", "fo", "lb", "ca", "gl", "eu", "cy", "sq", "bs", "sr_Latn", "sr", "mk",
    "tr", "uk", "ru", "be",
    # Africa, Asia (Latin and Cyrillic script)
    "af", "sw", "ha", "zu", "so", "id", "ms", "fil", "vi", "az", "uz", "kk",
    # Other scripts, for their Gregorian months (the Thai, Solar Hijri and Ethiopian calendars'
    # years and months are smatrx/imports/calendars.py's): Hebrew, Thai, Arabic, Persian, Urdu,
    # Hindi, Bengali, Amharic, and the other languages of India, Nepal and Sri Lanka (Tamil,
    # Telugu, Kannada, Malayalam, Marathi, Gujarati, Punjabi, Odia, Nepali, Sinhala)
    "he", "th", "ar", "fa", "ur", "hi", "bn", "am",
    "ta", "te", "kn", "ml", "mr", "gu", "pa", "or", "ne", "si",
)  # fmt: skip

# Spellings CLDR lacks that résumés use (of the entries dates.py had by hand before this file;
# CLDR gives the rest, "sept", "maerz" (Luxembourgish) and "setiembre" (Peru) included).
HAND: dict[str, int] = {
    "mrz": 3,  # German, as LinkedIn exports and DIN dates abbreviate "März"
    "fév": 2,  # French, short for "févr."
    # Seasons, as academic and some design résumés write them ("Spring 2019 - Fall 2021"):
    # the season's first month.
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 12,
}

# Spellings meaning two months in two languages where one reading is overwhelmingly the one a
# résumé means. Everything else ambiguous is left out.
RESOLVED: dict[str, tuple[int, str]] = {
    # Croatian "listopad" is October; Polish and Czech (about twelve times the speakers, and
    # the reading dates.py always had) make it November. Croatian résumés keep "listopada"
    # (genitive, October in Croatian, November in Polish) the same way.
    "listopad": (11, "Polish, Czech; Croatian reads October"),
    "listopada": (11, "Polish, Czech; Croatian reads October"),
    "lis": (11, "Polish, Czech abbreviation; Croatian reads October"),
    # Polish "lip"(iec) is July, Croatian "lip"(anj) June: Polish (ten times the speakers, and
    # the reading dates.py always had). Czech "srp"(en) August against Croatian "srp"(anj)
    # July is no such case: left out.
    "lip": (7, "Polish; Croatian reads June"),
}

# Ordinary English words (and English abbreviations) that some language's month spelling
# matches: never months, so English prose stays prose ("led the team 2019 - 2021" is no
# January). Czech "led", "pro", "dub"; Portuguese "out"; Malay "mac"; Hausa "sat"; Welsh
# "maw"; Filipino "hun"; Maltese "ġun"; Basque "api"; Azerbaijani and Uzbek "sen"; Albanian
# "gush"; ...
ENGLISH_WORDS = frozenset(
    {
        "out", "led", "pro", "dub", "min", "sun", "sub", "ion", "maw", "mac", "mat", "sat",
        "sen", "fab", "rugs", "api", "gun", "hun", "meh", "nob", "ira", "gush",
    }
)  # fmt: skip
# Kept although English has them too, as months in too many résumés to lose (and dates.py
# always read them so): "may", "mar", "dec", "mars", "mart", "set" (Italian, Portuguese),
# "mag", "gen", "ott" (Italian), "ago" (Spanish, Italian, Portuguese), "des" (Norwegian,
# Danish), "sie", "lip" (Polish), "juli". A month counts only with a year right after it
# ("set 2019 - 2021"), so the risk is that, not the word.

_FOLD = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ß": "ss"})


def _script_of(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0]  # "LATIN", "GREEK", "CYRILLIC"


def without_diacritics(spelling: str) -> str:
    """ "février" -> "fevrier", "kasım" -> "kasim", "μάρτιος" -> "μαρτιος"; Cyrillic kept."""
    out = []
    for char in unicodedata.normalize("NFD", spelling):
        if unicodedata.combining(char) and out and _script_of(out[-1]) in {"LATIN", "GREEK"}:
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out)).translate(_FOLD)


def clean(name: str, locale: str) -> str:
    spelling = name.lower().strip()
    if locale == "ca":  # "de gen.", "d’abr.": the preposition is not the month
        for prefix in ("de ", "d’", "d'"):
            if spelling.startswith(prefix):
                spelling = spelling[len(prefix) :]
    return spelling


def spellings_of(locale: str) -> dict[str, int]:
    months = Locale.parse(locale).months
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in months[context][width].items():
                spelling = clean(name, locale)
                for variant in (spelling, spelling.rstrip(".")):
                    for form in (variant, without_diacritics(variant)):
                        found[form] = number
    return found


def build() -> dict[str, object]:
    readings: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for locale in LOCALES:
        for spelling, number in spellings_of(locale).items():
            readings[spelling][number].add(locale)
    wide = {
        clean(name, locale)
        for locale in LOCALES
        for name in Locale.parse(locale).months["format"]["wide"].values()
        if _script_of(name[0]) not in {"LATIN", "GREEK", "CYRILLIC"}
    }
    for spelling, number in HAND.items():
        readings[spelling][number].add("hand")
    months: dict[str, int] = {}
    left_out: dict[str, str] = {}
    for spelling in sorted(readings):
        by_month = readings[spelling]
        if spelling.endswith(".") or (len(spelling) < 3 and spelling not in wide):
            # dates.py reads a dot after any month; "ag" (Catalan) is too short. (May's full
            # name in Hindi, Bengali and Tamil, "मई", "মে", "மே", is two characters, one
            # syllable, and kept; their two-letter abbreviations, "ஆக" also Tamil's "as",
            # are not.)
            continue
        if "." in spelling and _script_of(spelling[0]) != "THAI":
            continue  # a dot inside is Thai's abbreviation ("มี.ค"), no other language's
        if spelling in ENGLISH_WORDS:
            left_out[spelling] = "English word"
            continue
        if spelling in RESOLVED:
            assert len(by_month) > 1, f"{spelling} is no conflict any more"
            months[spelling] = RESOLVED[spelling][0]
            continue
        if len(by_month) > 1:
            left_out[spelling] = "; ".join(
                f"{n}: {', '.join(sorted(langs))}" for n, langs in sorted(by_month.items())
            )
            continue
        (number,) = by_month
        months[spelling] = number
    return {
        "_about": (
            "Month spellings (lower-case) -> month number, for smatrx/imports/dates.py. "
            "Generated by bench/generate_month_names.py from CLDR (Babel); do not edit by hand."
        ),
        "locales": list(LOCALES),
        "months": months,
        "left_out": left_out,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the JSON is stale")
    args = parser.parse_args()
    data = build()
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if args.check:
        stale = not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text
        print("stale" if stale else "up to date")
        return 1 if stale else 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(
        f"{OUTPUT.name}: {len(data['months'])} spellings from {len(LOCALES)} locales, "
        f"{len(data['left_out'])} left out"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
