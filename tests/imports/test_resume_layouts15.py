# ruff: noqa: RUF001 - en dashes and letters of other scripts are the data under test.
"""Years the importer once read wrongly (heldout13 to 15): "Starting in 2020" opening an
item; a degree's years beside the jobs that used the same skill (and "Academic
Appointments", a lecturer's posts, not degrees); a year after "in" in the middle of a short
item; a Korean or Japanese date opening an item with no word for "in"."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.matcher import Matcher
from smatrx.imports.sources.resume import split_entries
from tests.imports.catalog import catalog_matcher, years

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Starting in 2019 I moved the reports to Go.", date(2019, 1, 1)),
        ("- Beginning in March 2021, the billing jobs in Rust", date(2021, 3, 1)),
        ("- Starting from 2018 also on-call", date(2018, 1, 1)),
    ],
)
def test_starting_in_opens_a_period(text: str, start: date) -> None:
    [found] = find_date_ranges(text, today=TODAY)
    assert (found.start, found.end, found.ongoing) == (start, TODAY, True)


def test_starting_in_inside_prose_is_no_period() -> None:
    assert find_date_ranges("the contract starting in 2019 was renewed", today=TODAY) == []


def test_an_item_starting_in_a_year_dates_its_names(matcher: Matcher) -> None:
    text = """Experience

Reporting Analyst, Northwind Haulage
Jan 2015 - Dec 2020
- Monthly volume reports in SQL for the planners.
- Starting in 2019 I rewrote the report jobs in Kotlin, which halved their run time.
"""
    found = years(text, matcher)
    assert found["Kotlin"] == 2
    assert found["SQL"] == 6


def test_a_degree_does_not_add_years_to_a_skill_a_job_dates(matcher: Matcher) -> None:
    text = """Work Experience

Hydrology Analyst – Rivermark Surveys, Perth
Aug 2017 – Present
• Flood extent maps from satellite imagery (remote sensing) for the water board.

Education

[table]
Degree | University | Years
M.Sc. Remote Sensing | Curtin University | 2013 – 2016
[/table]
"""
    assert years(text, matcher)["Remote Sensing"] == 9


def test_a_degree_alone_still_dates_its_skill(matcher: Matcher) -> None:
    text = """Experience

Security Analyst, Harbour Bank
Jan 2019 - Dec 2022
- Triage of phishing reports and firewall changes.

Education
BSc Computer Forensics, University of Kent, 2015 - 2018
"""
    assert years(text, matcher)["Digital Forensics"] == 3


def test_a_course_under_a_degree_does_not_add_the_degree_years(matcher: Matcher) -> None:
    text = """EXPERIENCE
Gameplay Programmer - Lantern Games (June 2018 to December 2022)
- Gameplay and tools in Unreal Engine with C++.
EDUCATION
Licenciatura en Sistemas, Universidad del Sur (2010 - 2015)
Curso de Unreal Engine avanzado, Domestika (2020)
"""
    assert years(text, matcher)["Unreal Engine"] == 4


def test_academic_appointments_are_posts_not_degrees() -> None:
    text = """ACADEMIC APPOINTMENTS

Jan 2020 – present: Lecturer in Statistics, University of Hull
I teach regression and fit survival models in R. Since 2023 also deep learning in JAX.

EDUCATION

2014 – 2018: PhD in Statistics, University of York
"""
    entries = split_entries(text, today=TODAY)
    assert [entry.education for entry in entries] == [False, True]


def test_a_year_after_in_in_a_short_item_dates_it(matcher: Matcher) -> None:
    text = """Expérience professionnelle
09.2016 - 03.2022
Designer UX, Studio Lac, Neuchâtel
- Maquettes dans Sketch pour des sites bancaires.
- Passage à Figma en 2020 pour tous les projets.
"""
    found = years(text, matcher)
    assert found["Figma"] == 2
    assert found["Sketch"] == 5


def test_a_year_after_in_closing_a_later_clause_dates_only_that_clause(matcher: Matcher) -> None:
    text = """Experience

Lead Engineer, Sandpiper Freight                          Jan 2015 - Dec 2022
- Built the booking app in Django with PostgreSQL; moved it to AWS in 2021 with Terraform.
"""
    assert years(text, matcher)["Django"] == 8


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("- 2020년 1월 데이터팀으로 이동, 이후 Kafka 기반 스트리밍 운영", 2),
        ("- 2020年4月にKafkaの運用を担当", 1),
    ],
)
def test_a_korean_or_japanese_date_opening_an_item(
    item: str, expected: int, matcher: Matcher
) -> None:
    text = f"""경력

(주)가람소프트 — 백엔드 개발자
2016.03 ~ 2022.02

- 주문 API 개발 (Java, Spring Boot)
{item}
"""
    found = years(text, matcher)
    assert found["Apache Kafka"] == expected
    assert found["Java"] == 6
