# ruff: noqa: RUF001, RUF003 - dashes and letters of other alphabets are the data under test.
"""Date ranges in every language a résumé we read may be written in (month names from CLDR,
smatrx/data/month_names.json; 'now' and range words by hand in dates.py)."""

import json
from datetime import date
from pathlib import Path

import pytest

from smatrx.imports import dates
from smatrx.imports.dates import find_date_ranges, parse_month_year

TODAY = date(2026, 11, 27)
NOW = None  # an ongoing range: ends today


# One range per language, as a native writes it on a résumé or LinkedIn shows it.
@pytest.mark.parametrize(
    ("language", "text", "start", "end"),
    [
        ("bg", "яну 2019 – до момента", date(2019, 1, 1), NOW),
        ("cs", "březen 2018 – současnost", date(2018, 3, 1), NOW),
        ("da", "marts 2019 – nu", date(2019, 3, 1), NOW),
        ("de", "Jänner 2018 – bis heute", date(2018, 1, 1), NOW),
        ("el", "Μαρ 2019 - Σήμερα", date(2019, 3, 1), NOW),
        ("el", "Σεπτέμβριος 2017 – Ιούνιος 2021", date(2017, 9, 1), date(2021, 6, 1)),
        ("en", "Sept. 2017 – till date", date(2017, 9, 1), NOW),
        ("es", "mar. de 2019 - actualidad", date(2019, 3, 1), NOW),
        ("et", "jaan 2019 – praegu", date(2019, 1, 1), NOW),
        ("fi", "tammi 2020 – nyt", date(2020, 1, 1), NOW),
        ("fr", "févr. 2019 – fevrier 2021", date(2019, 2, 1), date(2021, 2, 1)),
        ("ga", "Meán Fómhair 2018 – anois", date(2018, 9, 1), NOW),
        ("hr", "siječanj 2019 – do danas", date(2019, 1, 1), NOW),
        ("hr", "ožu 2017 – trenutno", date(2017, 3, 1), NOW),
        ("hu", "márc. 2019 – jelenleg", date(2019, 3, 1), NOW),
        ("hu", "2019. márc. – napjainkig", date(2019, 3, 1), NOW),
        ("hu", "2016-tól 2019-ig", date(2016, 1, 1), date(2019, 1, 1)),
        ("it", "set 2018 – ad oggi", date(2018, 9, 1), NOW),
        ("lt", "2019 m. kovo – dabar", date(2019, 3, 1), NOW),
        ("lt", "rugsėjis 2019 – iki dabar", date(2019, 9, 1), NOW),
        ("lv", "2019. gada marts – šobrīd", date(2019, 3, 1), NOW),
        ("lv", "janv. 2019 – tagad", date(2019, 1, 1), NOW),
        ("mt", "Settembru 2019 – illum", date(2019, 9, 1), NOW),
        ("nl", "jan 2019 t/m dec 2020", date(2019, 1, 1), date(2020, 12, 1)),
        ("no", "aug. 2019 – nå", date(2019, 8, 1), NOW),
        ("pl", "sty 2022 – obecnie", date(2022, 1, 1), NOW),
        ("pl", "październik 2016 do lipiec 2019", date(2016, 10, 1), date(2019, 7, 1)),
        ("pt", "jan/2018 – atual", date(2018, 1, 1), NOW),
        ("pt", "mar. de 2019 - o momento", date(2019, 3, 1), NOW),
        ("pt", "set 2014 – até o momento", date(2014, 9, 1), NOW),
        ("ro", "ian. 2019 – prezent", date(2019, 1, 1), NOW),
        ("ro", "septembrie 2018 - până în prezent", date(2018, 9, 1), NOW),
        ("sk", "jún 2017 – súčasnosť", date(2017, 6, 1), NOW),
        ("sl", "avg. 2017 – danes", date(2017, 8, 1), NOW),
        ("sv", "maj 2018 – pågående", date(2018, 5, 1), NOW),
        ("is", "janúar 2019 – núna", date(2019, 1, 1), NOW),
        ("ca", "de març de 2019 – actualitat", date(2019, 3, 1), NOW),
        ("gl", "xaneiro 2019 – hoxe", date(2019, 1, 1), NOW),
        ("eu", "urtarrila 2019 – gaur egun", date(2019, 1, 1), NOW),
        ("cy", "Medi 2019 – presennol", date(2019, 9, 1), NOW),
        ("sq", "janar 2019 – sot", date(2019, 1, 1), NOW),
        ("tr", "Ocak 2020 - Halen", date(2020, 1, 1), NOW),
        ("tr", "Eyl 2015 – Ağu 2019", date(2015, 9, 1), date(2019, 8, 1)),
        ("tr", "NİSAN 2018 – günümüz", date(2018, 4, 1), NOW),
        ("tr", "2015 ila 2018", date(2015, 1, 1), date(2018, 1, 1)),
        ("uk", "вер. 2019 – теперішній час", date(2019, 9, 1), NOW),
        ("uk", "січень 2019 – тепер", date(2019, 1, 1), NOW),
        ("ru", "март 2019 – по настоящее время", date(2019, 3, 1), NOW),
        ("ru", "мар. 2019 г. – наст. время", date(2019, 3, 1), NOW),
        ("ru", "марта 2016 по июнь 2019", date(2016, 3, 1), date(2019, 6, 1)),
        ("ru", "03.2018 – н.в.", date(2018, 3, 1), NOW),
        ("be", "студзень 2019 – цяпер", date(2019, 1, 1), NOW),
        ("sr-Latn", "mart 2018 – danas", date(2018, 3, 1), NOW),
        ("sr-Cyrl", "септембар 2018 – данас", date(2018, 9, 1), NOW),
        ("bs", "juni 2019 – trenutno", date(2019, 6, 1), NOW),
        ("mk", "октомври 2019 – денес", date(2019, 10, 1), NOW),
        ("af", "Maart 2019 – hede", date(2019, 3, 1), NOW),
        ("sw", "Januari 2019 – sasa", date(2019, 1, 1), NOW),
        ("id", "Agustus 2019 - sekarang", date(2019, 8, 1), NOW),
        ("id", "Jan 2019 s/d Des 2021", date(2019, 1, 1), date(2021, 12, 1)),
        ("ms", "Ogos 2019 - kini", date(2019, 8, 1), NOW),
        ("fil", "Hunyo 2019 - kasalukuyan", date(2019, 6, 1), NOW),
        ("vi", "Tháng 3/2019 – nay", date(2019, 3, 1), NOW),
        ("vi", "tháng 10 năm 2018 - hiện tại", date(2018, 10, 1), NOW),
        ("az", "sentyabr 2019 – hazırda", date(2019, 9, 1), NOW),
        ("kk", "қаңтар 2019 – қазір", date(2019, 1, 1), NOW),
    ],
)
def test_a_range_as_natives_write_it(language: str, text: str, start: date, end: date | None):
    (found,) = find_date_ranges(text, today=TODAY)
    assert found.start == start, language
    assert (found.end, found.ongoing) == ((TODAY, True) if end is NOW else (end, False))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ΜΆΡΤΙΟΣ 2019", date(2019, 3, 1)),  # upper case, final sigma
        ("μαρτιος 2019", date(2019, 3, 1)),  # typed without accents
        ("ИЮНЬ 2020", date(2020, 6, 1)),
        ("KASIM 2019", date(2019, 11, 1)),  # Turkish "Kasım" typed on an English keyboard
        ("NİSAN 2019", date(2019, 4, 1)),
        ("fevrier 2019", date(2019, 2, 1)),
        ("dezembro 2019", date(2019, 12, 1)),
        ("2019 г.", date(2019, 1, 1)),
    ],
)
def test_parse_month_year_in_other_scripts_and_spellings(value: str, expected: date):
    assert parse_month_year(value) == expected


# Spellings that mean two months in two languages: deliberate choices (documented in
# bench/generate_month_names.py), or left out.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("listopad 2019", date(2019, 11, 1)),  # Polish, Czech (Croatian: October)
        ("listopada 2019", date(2019, 11, 1)),
        ("lis 2019", date(2019, 11, 1)),
        ("lip 2019", date(2019, 7, 1)),  # Polish (Croatian: June)
        ("srp 2019", None),  # Czech August, Croatian July: left out
        ("mar 2019", date(2019, 3, 1)),  # March in every language that has it
        ("gen 2019", date(2019, 1, 1)),  # Italian, Catalan
        ("set 2019", date(2019, 9, 1)),  # Italian, Portuguese, Catalan, Filipino
        ("mag 2019", date(2019, 5, 1)),
        ("ago 2019", date(2019, 8, 1)),
        ("mart 2019", date(2019, 3, 1)),
        ("maj 2019", date(2019, 5, 1)),
    ],
)
def test_ambiguous_spellings(value: str, expected: date | None):
    assert parse_month_year(value) == expected


@pytest.mark.parametrize("word", ["led", "pro", "out", "dub", "sub", "sat", "mac", "min", "sun"])
def test_english_words_are_no_months(word: str):
    assert parse_month_year(f"{word} 2019") is None
    assert parse_month_year(f"{word.title()} 2019") is None


@pytest.mark.parametrize(
    "text",
    [
        "led the team 2019 - 2021",
        "Led 2019 - 2021 migration to Kubernetes",
        "pro 2019 - 2020 season",
        "Sat 2019 - 2020 exams",
        "out 2019 - 2020",
        "Sub 2019 – 2021 contracts",
    ],
)
def test_english_prose_reads_only_the_bare_years(text: str):
    (found,) = find_date_ranges(text, today=TODAY)
    assert (found.start.month, found.end.month) == (1, 1)
    assert found.text.startswith(("2019", "2020"))


@pytest.mark.parametrize(
    "text",
    [
        "Shipped 2019 - Hala Systems contract",  # Turkish "hala" is left out
        "Graduated 2019 - nowhere near done",
        "In 2019 I met Marco at the conference.",
        "API 2019 was the year we shipped v2",
        "2019 - Indi Games, lead designer",
        "2019 - dominated the league",  # "do" is a range word only between two dates
    ],
)
def test_english_prose_is_no_range(text: str):
    assert find_date_ranges(text, today=TODAY) == []


def test_every_spelling_of_the_json_reads_its_month():
    data = json.loads(
        (Path(dates.__file__).resolve().parent.parent / "data" / "month_names.json").read_text(
            "utf-8"
        )
    )
    assert len(data["months"]) > 900
    wrong = {
        name: number
        for name, number in data["months"].items()
        if parse_month_year(f"{name} 2019") != date(2019, number, 1)
    }
    assert wrong == {}
    assert not set(data["left_out"]) & set(data["months"])


def test_the_hand_entries_of_before_still_read_the_same():
    # a sample of the spellings dates.py had by hand before CLDR, and the seasons
    for value, month in [
        ("sept 2019", 9),
        ("mrz 2019", 3),
        ("maerz 2019", 3),
        ("fév 2019", 2),
        ("setiembre 2019", 9),
        ("stycznia 2019", 1),
        ("paź 2019", 10),
        ("fall 2019", 9),
        ("winter 2019", 12),
    ]:
        assert parse_month_year(value) == date(2019, month, 1), value
