# ruff: noqa: RUF001 - en dashes and non-English letters are the data under test.
"""Résumé layouts the entry splitter once read wrongly (heldout9): a job's heading block of
title, employer and a note above its dates, with no blank line after the job above; a
wrapped line of an item that is no heading; an item closing with a year of its own; a
degree's years that date its name, not the projects under it; an open start ("od leta 2023")
inside an item's clause that dates the names after it."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.sources.resume import split_entries, usage_ranges
from tests.imports.catalog import spans

TODAY = date(2026, 12, 5)


def test_title_and_employer_above_the_dates_after_the_last_item_above() -> None:
    # A PDF with no blank lines: the next job's title comes right under the last item.
    text = "\n".join(
        [
            "Principal DevSecOps Engineer",
            "Tennessee Valley Mission Systems, Huntsville, AL",
            "March 2021 – Present",
            "- Lead a team of 7 engineers.",
            "Configuration Manager",
            "Wiregrass Defense Group, Huntsville, AL",
            "January 2011 – July 2014",
            "- Configuration management for a simulation program.",
        ]
    )
    assert spans(text) == [("March 2021 – Present", 1, 4), ("January 2011 – July 2014", 5, 8)]


def test_a_heading_block_of_three_lines_after_a_blank_line() -> None:
    text = "\n".join(
        [
            "TIER 2 TECHNICAL SUPPORT ENGINEER",
            "Northbridge Outsourcing Inc. – Clark Freeport Zone",
            "(Account: US-based payroll and HR SaaS)",
            "June 2022 – Present",
            "  • Handle escalated tickets in Zendesk.",
            "",
            "TECHNICAL SUPPORT REPRESENTATIVE (TIER 1)",
            "Northbridge Outsourcing Inc. – Clark Freeport Zone",
            "(Account: e-wallet and bills payment app)",
            "March 2020 – May 2022",
            "  • Inbound chat and email support.",
        ]
    )
    assert spans(text) == [("June 2022 – Present", 1, 5), ("March 2020 – May 2022", 7, 11)]


def test_three_lines_above_need_a_boundary_above_them() -> None:
    # The job above ends in a line of prose with no full stop: only the line right above the
    # dates is taken, as before.
    text = "\n".join(
        [
            "Engineer, Acme",
            "2019 - 2021",
            "Built the billing pipeline in Go",
            "Ran the on-call rota",
            "Beta GmbH",
            "2017 - 2019",
            "Kept the lights on",
        ]
    )
    assert spans(text) == [("2019 - 2021", 1, 4), ("2017 - 2019", 5, 7)]


def test_a_wrapped_line_of_an_item_is_no_heading() -> None:
    text = "\n".join(
        [
            "Obdobie: 04/2020 – doteraz",
            "Nápln práce:",
            "- prihlasovanie klientov do internetbankingu rieši tím digitálnych",
            "  kanálov na Okta CIAM – tam len konzultujem role a audit",
            "Obdobie: 09/2015 – 03/2020",
            "- správa Windows Server prostredia",
        ]
    )
    assert spans(text) == [("04/2020 – doteraz", 1, 4), ("09/2015 – 03/2020", 5, 6)]


def test_an_item_closing_with_a_year_in_brackets_is_that_years_work() -> None:
    text = "\n".join(
        [
            "Java Developer — SoftForge, Київ",
            "липень 2016 – серпень 2019",
            "",
            "- Бекенд для логістичного клієнта: Java 8, Spring Boot.",
            "- Перші експерименти зі Scala у внутрішніх утилітах (2018).",
            "- Unit-тести на JUnit, CI на Jenkins.",
        ]
    )
    (entry,) = split_entries(text, today=TODAY)
    ((first, last, period),) = entry.periods
    assert (first, last) == (5, 5)
    assert (period.start, period.end) == (date(2018, 1, 1), date(2018, 12, 1))
    assert usage_ranges(entry, [5]) == [period]
    assert usage_ranges(entry, [4]) == [entry.range]


def test_an_item_closing_with_in_a_year_runs_from_then_to_the_jobs_end() -> None:
    text = "\n".join(
        [
            "Lead DevOps Engineer",
            "Cardinal Aerospace Solutions, Huntsville, AL",
            "June 2017 – February 2021",
            "- Python tooling for release notes.",
            "- Moved the build farm to AWS in 2019.",
            "Senior Build and Release Engineer",
            "Cardinal Aerospace Solutions, Huntsville, AL",
            "August 2014 – May 2017",
        ]
    )
    first, second = split_entries(text, today=TODAY)
    ((a, b, period),) = first.periods
    assert (a, b) == (5, 5)  # the title under the item is the next job's
    assert (period.start, period.end) == (date(2019, 1, 1), date(2021, 2, 1))
    assert second.lines == (6, 8)


def test_a_year_after_a_name_is_its_version_not_a_period() -> None:
    text = "\n".join(
        [
            "Systems Engineer, Acme",
            "2016 - 2021",
            "- Upgraded the farm to Windows Server 2019.",
            "- Reporting in Power BI, 2020",
        ]
    )
    (entry,) = split_entries(text, today=TODAY)
    assert entry.periods == ()


def test_a_year_outside_the_jobs_dates_is_no_period() -> None:
    text = "\n".join(
        [
            "Engineer, Acme",
            "2019 - 2021",
            "- Kept the payroll system its founders wrote (2005).",
        ]
    )
    (entry,) = split_entries(text, today=TODAY)
    assert entry.periods == ()


def test_a_degrees_years_date_its_name_not_the_projects_under_it() -> None:
    text = "\n".join(
        [
            "WORK EXPERIENCE",
            "",
            "CUSTOMER SERVICE REPRESENTATIVE",
            "Telesync Global Solutions",
            "August 2018 – February 2020",
            "  • Voice account for a US telecom.",
            "",
            "EDUCATIONAL ATTAINMENT",
            "Tertiary:   Bachelor of Science in Information Technology",
            "            Holy Angel University, Angeles City (2014 – 2018)",
            '            Capstone: "Patient Record System" (PHP and MySQL)',
            "",
            "SEMINARS AND TRAININGS ATTENDED",
            '  • "SQL for Support Engineers" – in-house training, 2023',
        ]
    )
    assert spans(text) == [("August 2018 – February 2020", 3, 6), ("2014 – 2018", 10, 10)]


def test_a_degree_keeps_its_name_below_the_dates_and_loses_its_thesis() -> None:
    text = "\n".join(
        [
            "ACADEMIC QUALIFICATIONS",
            "2011 – 2015   Jomo Kenyatta University of Agriculture and Technology",
            "              BSc. Computer Science, Second Class Honours",
            "              Thesis: SACCO loan tracker in PHP and MySQL",
            "              - Coursework: Java, C, data structures",
        ]
    )
    assert spans(text) == [("2011 – 2015", 2, 3)]


def test_a_record_of_labelled_fields_under_education_is_kept_whole() -> None:
    text = "\n".join(
        [
            "Vzdelanie",
            "Obdobie: 2008 – 2013",
            "Škola: Žilinská univerzita v Žiline",
            "Odbor: Informačné systémy (Ing.)",
        ]
    )
    assert spans(text) == [("2008 – 2013", 2, 4)]


def test_a_job_keeps_its_lines_outside_education() -> None:
    text = "\n".join(
        [
            "Experience",
            "Research Engineer, Acme | 2019 - 2021",
            "Thesis-grade models in PyTorch.",
            "Deployed them with Docker.",
        ]
    )
    assert spans(text) == [("2019 - 2021", 2, 4)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("- Od roku 2016 první moduly v jazyce Ada", date(2016, 1, 1)),  # Czech, Slovak, Polish
        ("od leta 2023 tudi statsmodels", date(2023, 1, 1)),  # Slovenian
        ("Sejak tahun 2020 memimpin tim", date(2020, 1, 1)),  # Indonesian, Malay
        ("- Từ năm 2019 kiêm sub-BrSE", date(2019, 1, 1)),  # Vietnamese
    ],
)
def test_from_the_year_as_written_with_the_word_year(text: str, start: date) -> None:
    (found,) = find_date_ranges(text, today=TODAY)
    assert (found.start, found.ongoing) == (start, True)


def test_an_open_start_inside_a_clause_dates_the_names_after_it() -> None:
    text = "\n".join(
        [
            "marec 2021 – danes",
            "Podatkovni znanstvenik, Savinja Aparati d.d., Velenje",
            "- Hierarhične napovedi prodaje po trgih in modelih: Python,",
            "  pandas, LightGBM, Prophet; od leta 2023 tudi statsmodels za intermitentne serije.",
            "- Podatkovni cevovodi v Apache Airflow.",
        ]
    )
    (entry,) = split_entries(text, today=TODAY)
    assert entry.lines == (1, 5) and entry.periods == ()
    ((line, column, last, _, period),) = entry.clauses
    assert (line, last) == (4, 4)
    assert (period.start, period.ongoing) == (date(2023, 1, 1), True)
    after = text.split("\n")[3].index("statsmodels")
    before = text.split("\n")[3].index("Prophet")
    assert usage_ranges(entry, [4], {4: after}) == [period]
    assert usage_ranges(entry, [4], {4: before}) == [entry.range]
    assert usage_ranges(entry, [4]) == [entry.range]  # no column: the job's dates
    assert usage_ranges(entry, [3]) == [entry.range]
    assert column < after


def test_a_closed_range_in_brackets_dates_nothing() -> None:
    # a version's years, not a period of use
    text = "\n".join(
        [
            "DBA Sénior — Banco Atlântico do Norte, Porto",
            "jan 2018 – atual",
            "- Administração de 60 instâncias SQL Server (2016 a 2022) com Always On.",
        ]
    )
    (entry,) = split_entries(text, today=TODAY)
    assert (entry.periods, entry.clauses) == ((), ())


def test_a_closed_range_closing_a_clause_dates_the_names_before_it() -> None:
    text = "\n".join(
        [
            "SAP-ontwikkelaar | Noordkaap Consultancy | sep 2011 – feb 2020",
            "IDocs, BAPI's en BAdI's voor koppelingen; SAP PI/PO van 2016 tot 2019.",
            "ALV-rapporten en SmartForms.",
        ]
    )
    (entry,) = split_entries(text, today=TODAY)
    line = text.split("\n")[1]
    ((a, col_a, b, col_b, period),) = entry.clauses
    assert (a, b) == (2, 2)
    assert line[col_a:col_b].split() == ["SAP", "PI/PO", "van"]
    assert (period.start, period.end) == (date(2016, 1, 1), date(2019, 1, 1))
    assert usage_ranges(entry, [2], {2: line.index("SAP PI/PO")}) == [period]
    assert usage_ranges(entry, [2], {2: line.index("BAPI")}) == [entry.range]
    assert usage_ranges(entry, [3]) == [entry.range]


def test_a_closed_range_going_on_with_the_sentence_dates_nothing() -> None:
    text = "\n".join(
        [
            "Engineer | Acme | 2011 - 2020",
            "Ran the 2016 - 2018 migration to Kafka with the platform team.",
        ]
    )
    (entry,) = split_entries(text, today=TODAY)
    assert entry.clauses == ()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("1. 3. 2019 – 31. 5. 2020", date(2019, 3, 1), date(2020, 5, 1)),  # Czech, Slovak
        ("2019.03. – 2020.05.", date(2019, 3, 1), date(2020, 5, 1)),  # Hungarian
        ("2019. 03. – 2020. 05.", date(2019, 3, 1), date(2020, 5, 1)),
        ("2019.03 - 2020.05", date(2019, 3, 1), date(2020, 5, 1)),  # Korean, Chinese
        ("2019/03 - 2020/05", date(2019, 3, 1), date(2020, 5, 1)),  # Japanese
        ("03-2019 - 05-2020", date(2019, 3, 1), date(2020, 5, 1)),
        ("2021. márc. – 2022. jún.", date(2021, 3, 1), date(2022, 6, 1)),
    ],
)
def test_a_year_and_a_month_in_every_order(text: str, start: date, end: date) -> None:
    (found,) = find_date_ranges(text, today=TODAY)
    assert (found.start, found.end, found.text) == (start, end, text)


@pytest.mark.parametrize(
    "text",
    [
        "2011/12 – 2013/14",  # academic years, not December 2011 to January 2013
        "PyCharm 2019.3 - 2020.1",  # versions: a one-digit "month"
        "tel 555-03-2019",
    ],
)
def test_no_year_and_month_where_none_is_written(text: str) -> None:
    assert find_date_ranges(text, today=TODAY) == []


def test_hungarian_year_first_to_present() -> None:
    (found,) = find_date_ranges("2021. márc. – jelenleg", today=TODAY)
    assert (found.start, found.ongoing) == (date(2021, 3, 1), True)
