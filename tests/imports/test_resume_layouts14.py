# ruff: noqa: RUF001, RUF002 - en dashes and letters of other scripts are the data under test.
"""Résumé layouts the importer once read wrongly (heldout14): month names of the languages
of India (May's two-letter name among them) and their words for "now" and for "from" after
the year; Persian "تا کنون" and headings whose plural is joined by a zero-width
non-joiner; bilingual "Tamil / English" headings; a left column of periods ending in the
Luxembourgish "haut"; a numbered job's dates after " - since"; its indented items; a table of
posts whose duties stand under "Duties – Employer" headings; "Zanter", "Sukad"."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.sources.resume import split_entries
from smatrx.imports.sources.resume_sections import is_section_heading
from tests.imports.catalog import spans

TODAY = date(2026, 12, 5)


def _range(text: str) -> tuple[date, date, bool]:
    [found] = find_date_ranges(text, today=TODAY)
    return found.start, found.end, found.ongoing


@pytest.mark.parametrize(
    "heading",
    [
        "শিক্ষাগত যোগ্যতা",
        "দক্ষতা",
        "কর্মঅভিজ্ঞতা",
        "தொழில்நுட்பத் திறன்கள் / Technical Skills",
        "கல்வித் தகுதி / Education",
        "பணி அனுபவம் / Work Experience",
        "Kompetenzen / Skills",
        "مهارت‌ها",
        "دوره‌ها و گواهینامه‌ها",
        "المؤهلات العلمية",
        "الشهادات المهنية",
        "TRAININGS AND CERTIFICATES",
    ],
)
def test_section_headings_of_these_languages(heading: str) -> None:
    assert is_section_heading(heading)


@pytest.mark.parametrize(
    "line",
    ["Senior Developer / Team Lead", "المهام – مؤسسة الأفق للبرمجيات", "Kotlin / Java"],
)
def test_lines_that_are_no_headings(line: str) -> None:
    assert not is_section_heading(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("காலம்: ஜூலை 2019 – இன்று வரை", (date(2019, 7, 1), TODAY, True)),
        ("ஆகஸ்ட் 2014 – மே 2019", (date(2014, 8, 1), date(2019, 5, 1), False)),
        ("मई 2017 – वर्तमान", (date(2017, 5, 1), TODAY, True)),
        ("মে ২০১৬ – ডিসেম্বর ২০১৯", (date(2016, 5, 1), date(2019, 12, 1), False)),
        ("آبان ۱۳۹۹ تا کنون", (date(2020, 11, 1), TODAY, True)),
        ("02/2020 – haut       Entwéckler", (date(2020, 2, 1), TODAY, True)),
        ("2018 – haut", (date(2018, 1, 1), TODAY, True)),
        ("Data Engineer, Kibru Bank, Adama - since March 2021", (date(2021, 3, 1), TODAY, True)),
        ("- ২০২২ থেকে Loki দিয়ে লগ দেখি", (date(2022, 1, 1), TODAY, True)),
        ("• 2021 முதல் QGIS plugins எழுதுகிறேன்", (date(2021, 1, 1), TODAY, True)),
        ("- Zanter 2022 och Terraform", (date(2022, 1, 1), TODAY, True)),
        ("Sukad 2020 nag-handle ko sa payroll", (date(2020, 1, 1), TODAY, True)),
    ],
)
def test_periods_of_these_languages(text: str, expected: tuple[date, date, bool]) -> None:
    assert _range(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jan 2019 – Haut Couture Atelier, Paris",  # a short "now" only where the date ends
        "Award 2019 - Leo Burnett Lisbon",
        "Tool built - from scratch in 2019",
    ],
)
def test_no_ongoing_period_from_a_short_word_or_prose(text: str) -> None:
    assert not any(found.ongoing for found in find_date_ranges(text, today=TODAY))


def test_numbered_jobs_with_indented_items_keep_their_own_periods() -> None:
    text = "\n".join(
        [
            "WORK EXPERIENCE",
            "1. Data Engineer, Kibru Bank, Adama - since March 2021",
            "   - Built the loan data warehouse on PostgreSQL with dbt.",
            "   - Since 2023 I also run the Airflow scheduler for the analytics team.",
            "2. Analyst, Adama Mills - 2017 to 2020",
            "   - Reports in Excel.",
            "SKILLS",
            "PostgreSQL, dbt, Airflow, Git",
        ]
    )
    first, second = (entry for entry in split_entries(text, today=TODAY) if entry.range)
    assert (first.range.start, first.range.ongoing, first.lines) == (date(2021, 3, 1), True, (2, 4))
    [(line, last, period)] = first.periods
    assert (line, last, period.start) == (4, 4, date(2023, 1, 1))
    assert second.lines == (5, 6)


def test_bengali_jobs_end_at_their_education_and_skills_headings() -> None:
    text = "\n".join(
        [
            "কর্মঅভিজ্ঞতা",
            "",
            "নদীপথ টেকনোলজিস, চট্টগ্রাম",
            "পদ: ব্যাকএন্ড ডেভেলপার",
            "সময়কাল: মে ২০২০ – বর্তমান",
            "",
            "- Rust-এ লেনদেন সার্ভিস লিখি।",
            "- ২০২৪ থেকে Loki আর Grafana দিয়ে সার্ভিসের লগ আর অ্যালার্ট আমিই দেখি।",
            "",
            "শিক্ষাগত যোগ্যতা",
            "- বিএসসি, চট্টগ্রাম বিশ্ববিদ্যালয়, ২০১৫ – ২০১৯",
            "",
            "দক্ষতা",
            "Rust · Loki · Git",
        ]
    )
    job, degree = (entry for entry in split_entries(text, today=TODAY) if entry.range)
    assert (job.range.start, job.range.ongoing, job.lines) == (date(2020, 5, 1), True, (3, 8))
    assert [(a, b, period.start) for a, b, period in job.periods] == [(8, 8, date(2024, 1, 1))]
    assert degree.lines[1] < 13


def test_duties_under_a_label_and_the_employer_after_a_table_of_posts() -> None:
    text = "\n".join(
        [
            "الخبرات العملية",
            "من | إلى | جهة العمل | المسمى الوظيفي",
            "يناير 2020 | حتى الآن | مؤسسة الأفق للبرمجيات، جدة | مهندس أنظمة",
            "مايو 2015 | ديسمبر 2019 | شركة الواحة للخدمات، الخبر | فني دعم",
            "",
            "المهام – مؤسسة الأفق للبرمجيات",
            "- إدارة خوادم Linux وقواعد بيانات PostgreSQL.",
            "- منذ 2024 أكتب سكربتات Terraform لبيئة الاختبار.",
            "",
            "المهام – شركة الواحة للخدمات",
            "- دعم المستخدمين على Windows Server.",
            "",
            "المهارات",
            "Linux، PostgreSQL، Terraform",
        ]
    )
    entries = [entry for entry in split_entries(text, today=TODAY) if entry.range]
    blocks = {entry.lines: entry for entry in entries if entry.heading.startswith("المهام")}
    assert set(blocks) == {(6, 8), (10, 11)}
    newer, older = blocks[(6, 8)], blocks[(10, 11)]
    assert (newer.range.start, newer.range.ongoing) == (date(2020, 1, 1), True)
    assert [(a, b, period.start) for a, b, period in newer.periods] == [(8, 8, date(2024, 1, 1))]
    assert (older.range.start, older.range.end) == (date(2015, 5, 1), date(2019, 12, 1))
    assert not any(entry.range.start == date(2024, 1, 1) for entry in entries)


def test_a_left_column_of_periods_ending_in_haut() -> None:
    text = "\n".join(
        [
            "Beruffserfarung",
            "02/2020 – haut       Backend-Entwéckler",
            "                     Ourdaller Bank S.A., Wolz",
            "                     - Zanter 2024 sinn ech och fir Terraform zoustänneg.",
            "06/2016 – 01/2020    Entwéckler",
            "                     Sauer Logistik, Ettelbréck",
            "Kompetenzen",
            "Go, Terraform",
        ]
    )
    assert spans(text) == [("02/2020 – haut", 2, 4), ("06/2016 – 01/2020", 5, 6)]
