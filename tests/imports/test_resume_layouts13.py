# ruff: noqa: RUF001 - full-width forms and letters of other scripts are the data under test.
"""Résumé layouts the importer once read wrongly (heldout13): Japanese shokumu-keirekisho
company headings with their period in full-width brackets, Korean Markdown periods in
backticks, Thai Buddhist-Era and Hebrew month lines over a job, and the section headings of
those languages (Japanese ones written with no space between their words), which end the
job above: a skills table under them is not that job's."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.sources.resume import split_entries
from smatrx.imports.sources.resume_sections import is_section_heading
from tests.imports.catalog import spans

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "heading",
    [
        "■職務経歴",
        "■活かせる経験・知識・技術",
        "【保有資格】",
        "专业技能",
        "## 기술 스택",
        "## 경력 사항 (총 8년 11개월)",
        "כישורים",
        "ניסיון תעסוקתי",
        "ทักษะ",
        "ประวัติการทำงาน",
        "БІЛІМІ / ОБРАЗОВАНИЕ",
        "ЖҰМЫС ТӘЖІРИБЕСІ / ОПЫТ РАБОТЫ",
    ],
)
def test_section_headings_of_other_scripts(heading: str) -> None:
    assert is_section_heading(heading)


@pytest.mark.parametrize(
    "line",
    [
        "・スマート電力量計向けファームウェアの設計・実装と技術調査を担当しました",  # too long
        "株式会社ミナト（2019年10月～現在）",
    ],
)
def test_japanese_lines_that_are_no_headings(line: str) -> None:
    assert not is_section_heading(line)


def test_japanese_company_headings_with_periods_then_a_skills_section() -> None:
    text = "\n".join(
        [
            "■職務経歴",
            "株式会社ミナト（2019年10月～現在）",
            "担当業務：",
            "・ファームウェアの設計（C言語、FreeRTOS）",
            "",
            "株式会社トウカイ（2013年4月～2019年9月）",
            "・車載ECUのソフトウェア開発（C言語、AUTOSAR）",
            "",
            "■活かせる経験・知識・技術",
            "言語 | C、Python",
        ]
    )
    assert spans(text) == [
        ("2019年10月～現在", 2, 4),
        ("2013年4月～2019年9月", 6, 7),
    ]


def test_korean_markdown_periods_in_backticks() -> None:
    text = "\n".join(
        [
            "## 경력 사항",
            "### 한빛 주식회사 — 데이터 엔지니어",
            "`2022.03 ~ 재직중`",
            "- 사용 기술: Python, Airflow",
            "### 스마트랩 — 백엔드 개발자",
            "`2018.01 ~ 2022.02`",
            "- 주문 API 개발 (Java, MySQL)",
            "",
            "## 기술 스택",
            "| 언어 | Python, Java |",
        ]
    )
    first, second = (entry for entry in split_entries(text, today=TODAY) if entry.range)
    assert (first.range.start, first.range.ongoing) == (date(2022, 3, 1), True)
    assert (second.range.start, second.range.end) == (date(2018, 1, 1), date(2022, 2, 1))
    assert second.lines[1] < 9


def test_thai_buddhist_era_and_hebrew_month_lines_over_a_job() -> None:
    thai = "\n".join(
        [
            "ประวัติการทำงาน",
            "มี.ค. 2564 – ปัจจุบัน",
            "บริษัท สยาม จำกัด — นักพัฒนา",
            "• พัฒนาโมดูลบัญชีบน Odoo ด้วย Python",
            "",
            "ทักษะ",
            "Python | ดีมาก",
        ]
    )
    [(written, first, last)] = spans(thai)
    assert (written, first) == ("มี.ค. 2564 – ปัจจุบัน", 2)
    assert last < 6
    hebrew = "\n".join(
        [
            "ניסיון תעסוקתי",
            "ינואר 2017 – פברואר 2021",
            "מהנדסת בדיקות, טלדור",
            "• כתיבת בדיקות Selenium ב-Python",
            "",
            "כישורים",
            "כלים: Git, Docker",
        ]
    )
    [(written, first, last)] = spans(hebrew)
    assert (written, first) == ("ינואר 2017 – פברואר 2021", 2)
    assert last < 6
