# ruff: noqa: RUF001 - letters, digits and dashes of other scripts are the data under test.
"""Other calendars and other scripts' digits (smatrx.imports.calendars), and the dates of
Japanese, Chinese, Korean, Thai, Hebrew, Kazakh, Persian and Amharic résumés read through them
(smatrx.imports.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports import calendars
from smatrx.imports.dates import find_date_ranges

TODAY = date(2026, 12, 5)


def test_digits_of_other_scripts_read_as_ascii() -> None:
    assert (
        calendars.ascii_digits("۱۴۰۰ ٢٠٢١ ২০২১ २०२१ ๒๕๖๔ ２０２１")
        == "1400 2021 2021 2021 2564 2021"
    )
    assert calendars.ascii_digits("2021 abc") == "2021 abc"


def test_full_width_forms_fold_to_ascii() -> None:
    assert [calendars.fold_width(c) for c in "～（３　〜a"] == ["~", "(", "3", " ", "~", "a"]


def test_buddhist_era() -> None:
    assert calendars.buddhist_to_gregorian(2564) == 2021
    assert calendars.is_buddhist_year(2564)
    assert not calendars.is_buddhist_year(2021)


@pytest.mark.parametrize(
    ("era", "year", "gregorian"),
    [
        ("令和", 3, 2021),
        ("令和", "元", 2019),
        ("平成", 31, 2019),
        ("平成", "元", 1989),
        ("昭和", 64, 1989),
        ("R", 3, 2021),
        ("H", 30, 2018),
        ("h", 30, 2018),
        ("平成", 32, None),  # Heisei ended in its 31st year
        ("X", 3, None),
    ],
)
def test_japanese_eras(era: str, year: int | str, gregorian: int | None) -> None:
    assert calendars.japanese_era_to_gregorian(era, year) == gregorian


def test_minguo() -> None:
    assert calendars.minguo_to_gregorian(110) == 2021


@pytest.mark.parametrize(
    ("year", "month", "gregorian"),
    [
        (1400, 1, (2021, 4)),  # Farvardin: 21 March to 20 April
        (1400, 9, (2021, 12)),
        (1400, 10, (2022, 1)),  # Dey: 22 December to 20 January
        (1400, 12, (2022, 3)),
        (1400, None, (2021, 4)),
    ],
)
def test_solar_hijri(year: int, month: int | None, gregorian: tuple[int, int]) -> None:
    assert calendars.solar_hijri_to_gregorian(year, month) == gregorian


def test_solar_hijri_refuses_a_month_it_has_not() -> None:
    with pytest.raises(ValueError, match="month 13"):
        calendars.solar_hijri_to_gregorian(1400, 13)


@pytest.mark.parametrize(
    ("year", "month", "gregorian"),
    [
        (2013, 1, (2020, 9)),  # Meskerem 2013 began on 11 September 2020
        (2013, 4, (2020, 12)),
        (2013, 5, (2021, 1)),  # Tir
        (2013, 12, (2021, 8)),
        (2013, 13, (2021, 9)),  # Pagume
        (2013, None, (2021, 1)),
    ],
)
def test_ethiopian(year: int, month: int | None, gregorian: tuple[int, int]) -> None:
    assert calendars.ethiopian_to_gregorian(year, month) == gregorian


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        # Japanese, Chinese, Korean
        ("2021年4月～2023年3月", date(2021, 4, 1), date(2023, 3, 1)),
        ("２０１９年４月〜２０２１年３月", date(2019, 4, 1), date(2021, 3, 1)),
        ("2019년 3월 ~ 2021년 2월", date(2019, 3, 1), date(2021, 2, 1)),
        ("2019년 3월부터 2021년 2월까지", date(2019, 3, 1), date(2021, 2, 1)),
        ("2019年3月から2021年2月まで", date(2019, 3, 1), date(2021, 2, 1)),
        ("2018年至2021年", date(2018, 1, 1), date(2021, 1, 1)),
        # Japanese eras, Minguo
        ("平成31年3月 - 令和2年5月", date(2019, 3, 1), date(2020, 5, 1)),
        ("H30年4月～R2年3月", date(2018, 4, 1), date(2020, 3, 1)),
        ("R3.04 - R5.03", date(2021, 4, 1), date(2023, 3, 1)),
        ("民國108年7月 - 民國110年6月", date(2019, 7, 1), date(2021, 6, 1)),
        # Thai Buddhist Era, Thai months
        ("มิ.ย. 2559 – ก.พ. 2564", date(2016, 6, 1), date(2021, 2, 1)),
        ("มกราคม พ.ศ. 2560 - ธันวาคม พ.ศ. 2562", date(2017, 1, 1), date(2019, 12, 1)),
        ("2555 – 2559  ปริญญาตรี", date(2012, 1, 1), date(2016, 1, 1)),
        ("๒๕๕๘ - ๒๕๖๒ นักบัญชี", date(2015, 1, 1), date(2019, 1, 1)),
        # Hebrew months
        ("ינואר 2017 – פברואר 2021", date(2017, 1, 1), date(2021, 2, 1)),
        # Solar Hijri, Persian digits
        ("فروردین ۱۴۰۰ - اسفند ۱۴۰۲", date(2021, 4, 1), date(2024, 3, 1)),
        ("۱۳۹۸/۰۷ تا ۱۴۰۰/۰۶", date(2019, 10, 1), date(2021, 9, 1)),
        ("۱۳۹۶ - ۱۳۹۸ کارشناس", date(2017, 1, 1), date(2019, 1, 1)),
        # Ethiopian
        ("መስከረም 2013 – ሰኔ 2015", date(2020, 9, 1), date(2023, 6, 1)),
        ("2008 E.C. - 2011 E.C.", date(2016, 1, 1), date(2019, 1, 1)),
        # Kazakh year-first months
        ("2018 ж. қаңтар – 2022 ж. тамыз", date(2018, 1, 1), date(2022, 8, 1)),
        # Arabic-Indic digits and an Arabic "to"
        ("٢٠١٨ - ٢٠٢١ مهندس", date(2018, 1, 1), date(2021, 1, 1)),
    ],
)
def test_closed_ranges_of_other_scripts_and_calendars(written: str, start: date, end: date) -> None:
    [found] = find_date_ranges(written, today=TODAY)
    assert (found.start, found.end, found.ongoing) == (start, end, False)
    assert found.text in written  # as written, not as read


@pytest.mark.parametrize(
    ("written", "start"),
    [
        ("株式会社ミナト（2019年10月～現在）", date(2019, 10, 1)),
        ("2021年4月～現在に至る", date(2021, 4, 1)),
        ("令和3年4月～現在", date(2021, 4, 1)),
        ("2019年至今", date(2019, 1, 1)),
        ("`2019.03 ~ 현재`", date(2019, 3, 1)),
        ("2022.03 ~ 재직중", date(2022, 3, 1)),
        ("2022.03 ～ 재직 중", date(2022, 3, 1)),
        ("มี.ค. 2564 – ปัจจุบัน", date(2021, 3, 1)),
        ("מרץ 2021 – היום", date(2021, 3, 1)),
        ("ספטמבר 2019 – עד היום", date(2019, 9, 1)),
        ("2022 ж. қыркүйек – қазіргі уақытқа дейін", date(2022, 9, 1)),
        ("مهر ۱۴۰۰ - تاکنون", date(2021, 10, 1)),
    ],
)
def test_now_words_of_other_scripts(written: str, start: date) -> None:
    [found] = find_date_ranges(written, today=TODAY)
    assert (found.start, found.end, found.ongoing) == (start, TODAY, True)


@pytest.mark.parametrize(
    ("written", "text", "start"),
    [
        ("・2021年からは新しいセンサーを担当", "2021年から", date(2021, 1, 1)),
        ("- 2020년부터 팀을 이끌고 있습니다", "2020년부터", date(2020, 1, 1)),
        ("– 2023 жылдан бастап талдау", "2023 жылдан бастап", date(2023, 1, 1)),
        ("• ตั้งแต่ปี 2566 รับผิดชอบ", "ตั้งแต่ปี 2566", date(2023, 1, 1)),
        ("• בדיקות ב-Jenkins; מאז 2023 עברנו", "מאז 2023", date(2023, 1, 1)),
    ],
)
def test_since_in_other_scripts(written: str, text: str, start: date) -> None:
    [found] = find_date_ranges(written, today=TODAY)
    assert (found.text, found.start, found.ongoing) == (text, start, True)


@pytest.mark.parametrize(
    "written",
    [
        "Budget 2550 - 2600 USD",  # a Buddhist year only on a line in Thai
        "Version R3.1 - R3.4 of the firmware",  # no era's month
        "1400 - 1402 Main Street",  # a Solar Hijri year only on a line in the Arabic script
        "12 สิงหาคม 2537 (อายุ 32 ปี)",  # a birthday, no range
    ],
)
def test_no_other_calendar_where_none_is_written(written: str) -> None:
    assert find_date_ranges(written, today=TODAY) == []
