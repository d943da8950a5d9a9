# ruff: noqa: RUF001, RUF002 - en dashes and letters of other scripts are the data under test.
"""Years the importer once read wrongly (heldout16): Uzbek, Armenian and Georgian dates
("2020-yil sentabr – hozirgacha", "2022 թ. մարտ – մինչ օրս", "03.2021 – დღემდე") and
their "since" suffixes; Mongolian, Macedonian and Sinhala "now"; Taiwan's "2021/04 ~ 仍在職"
after a Markdown label's colon; "3. 2019 年起" opening a numbered item; section headings
of those languages (Uzbek "TA'LIM", "KO'NIKMALAR" with an apostrophe inside the word),
which end the job or degree above so that a skills list gets no years."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.matcher import Matcher
from smatrx.imports.sources.resume_sections import is_section_heading
from tests.imports.catalog import catalog_matcher, years

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def one(text: str) -> tuple[date, date, bool]:
    (found,) = find_date_ranges(text, today=TODAY)
    return found.start, found.end, found.ongoing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-yil sentabr – hozirgacha", (date(2020, 9, 1), TODAY, True)),
        ("2016-yil avgust – 2020-yil avgust", (date(2016, 8, 1), date(2020, 8, 1), False)),
        ("2022 թ. մարտ – մինչ օրս", (date(2022, 3, 1), TODAY, True)),
        ("2018 թ. սեպտեմբեր – 2022 թ. փետրվար", (date(2018, 9, 1), date(2022, 2, 1), False)),
        ("Analyst (03.2021 – დღემდე)", (date(2021, 3, 1), TODAY, True)),
        ("მარტი 2019 – აგვისტო 2020", (date(2019, 3, 1), date(2020, 8, 1), False)),
        ("2019.03 – одоог хүртэл", (date(2019, 3, 1), TODAY, True)),
        ("март 2019 – до сега", (date(2019, 3, 1), TODAY, True)),
        ("2020 – මේ දක්වා", (date(2020, 1, 1), TODAY, True)),
        ("- **任職期間**：2021/04 ~ 仍在職（5 年 9 個月）", (date(2021, 4, 1), TODAY, True)),
        ("- **任職期間**：2017/08 ~ 2021/03", (date(2017, 8, 1), date(2021, 3, 1), False)),
    ],
)
def test_dates_of_more_languages(text: str, expected: tuple[date, date, bool]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("- 2018-yildan Apache Kafka orqali", date(2018, 1, 1)),
        ("• 2020 թ.-ից սկսեցի Burp Suite-ով", date(2020, 1, 1)),
        ("• 2019 წლიდან D3.js-ით ვაკეთებდი", date(2019, 1, 1)),
        ("3. 2019 年起负责商品搜索模块", date(2019, 1, 1)),
    ],
)
def test_since_suffixes_open_a_period(text: str, start: date) -> None:
    (found,) = find_date_ranges(text, today=TODAY)
    assert (found.start, found.ongoing) == (start, True)
    assert not found.text[0].isspace() and not found.text.startswith("3.")


def test_a_time_is_no_date_after_its_colon() -> None:
    assert find_date_ranges("Call 10:2019 - 2020", today=TODAY) == []


@pytest.mark.parametrize(
    "line",
    [
        "TA'LIM",
        "KO'NIKMALAR",
        "ISH TAJRIBASI",
        "ՀՄՏՈՒԹՅՈՒՆՆԵՐ",
        "ԿՐԹՈՒԹՅՈՒՆ",
        "უნარები",
        "სამუშაო გამოცდილება",
        "අධ්‍යාපනය",
        "學歷",
    ],
)
def test_section_headings_of_more_languages(line: str) -> None:
    assert is_section_heading(line)


def test_a_label_inside_a_job_is_no_heading() -> None:
    assert not is_section_heading("Yutuqlar: to'lovlar 40% tezroq")
    assert not is_section_heading("Director's Notes")


def test_uzbek_date_line_above_employer_and_a_skills_section(matcher: Matcher) -> None:
    text = (
        "ISH TAJRIBASI\n\n"
        "2020-yil sentabr – hozirgacha\n"
        '"Ipak Telekom" AJ, Toshkent – Yetakchi dasturchi\n'
        "- Java va Spring Boot mikroservislari.\n\n"
        "2016-yil avgust – 2020-yil avgust\n"
        '"Raqamli" MChJ – Dasturchi\n'
        "- Java, MySQL.\n"
        "- 2018-yildan Apache Kafka orqali uzatishni joriy qildim.\n\n"
        "TA'LIM\n"
        "2012 – 2016: Toshkent universiteti, bakalavr\n\n"
        "KO'NIKMALAR\n"
        "Java, Docker, Linux\n"
    )
    found = years(text, matcher)
    assert found["Java"] == 10
    assert found["Spring Boot"] == 6
    assert found["MySQL"] == 4
    assert found["Apache Kafka"] == 2  # from 2018 to August 2020, not the whole job
    assert found["Docker"] is None
    assert found["Linux"] is None


def test_armenian_date_line_above_title_and_employer(matcher: Matcher) -> None:
    text = (
        "ԱՇԽԱՏԱՆՔԱՅԻՆ ՓՈՐՁ\n\n"
        "2022 թ. մարտ – մինչ օրս\n"
        "Ավագ թեստավորող\n"
        "«Արարատ» ՍՊԸ, Երևան\n"
        "• Թեստավորում Nmap-ով և Metasploit-ով։\n\n"
        "2018 թ. սեպտեմբեր – 2022 թ. փետրվար\n"
        "SOC վերլուծաբան\n"
        "«Արմ» ՓԲԸ, Երևան\n"
        "• Մոնիտորինգ Wazuh-ով։\n\n"
        "ՀՄՏՈՒԹՅՈՒՆՆԵՐ\n"
        "Nmap, Bash, Ghidra\n"
    )
    found = years(text, matcher)
    assert found["Nmap"] == 4
    assert found["Wazuh"] == 3
    assert found["Bash"] is None
    assert found["Ghidra"] is None
