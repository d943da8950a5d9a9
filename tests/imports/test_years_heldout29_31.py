# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout29 to heldout31): Italian "ad" between two
dates ("da marzo 2019 ad oggi"), Portuguese "Out." for October, a bulleted "Tools: ..." item
among a job's items (the job's, not a Skills section), and a relative clause closing an item
with "in <year>" (the outcome's year, not the work's); a skill listed on LinkedIn that a
position names as written, inside a longer name or where prose reading passes it by."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.matcher import Matcher
from smatrx.imports.proposals import linkedin_proposals
from tests.imports.catalog import TODAY, catalog_matcher, spans, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Da marzo 2019 ad oggi", date(2019, 3, 1), TODAY),
        ("gennaio 2015 ad aprile 2018", date(2015, 1, 1), date(2018, 4, 1)),
        ("Out. 2020 – presente", date(2020, 10, 1), TODAY),
        ("Fev. 2016 – Out. 2019", date(2016, 2, 1), date(2019, 10, 1)),
    ],
)
def test_italian_ad_and_portuguese_out_are_read(text: str, start: date, end: date) -> None:
    found = find_date_ranges(text, today=TODAY)
    assert [(r.start, r.end) for r in found] == [(start, end)]


def test_out_without_its_dot_is_no_month() -> None:
    # "out" is an English word: only "Out." with its dot is October
    found = find_date_ranges("out 2020 - 2022", today=TODAY)
    assert [(r.start, r.end) for r in found] == [(date(2020, 1, 1), date(2022, 1, 1))]


def test_an_italian_job_ad_oggi_dates_its_items(matcher: Matcher) -> None:
    text = """ESPERIENZA PROFESSIONALE

Da febbraio 2021 ad oggi
Analista – Alfa S.r.l., Milano
- Report settimanali in Tableau

Gennaio 2018 – gennaio 2021
Sviluppatore – Beta S.p.A., Torino
- Servizi in PHP
"""
    found = years(text, matcher)
    assert found["Tableau"] == 5
    assert found["PHP"] == 3


def test_a_bulleted_tools_item_under_a_job_is_the_jobs(matcher: Matcher) -> None:
    text = """EXPERIENCE

Backend Engineer
Acme Ltd, Pune
Mar 2021 - Present
- Built the billing services in Java.
- Tools: Docker, Grafana, Redis.

Developer
Beta Ltd, Pune
Jan 2019 - Feb 2021
- Wrote reports in Python.

SKILLS
Languages: Java, Python
"""
    assert spans(text)[0] == ("Mar 2021 - Present", 3, 7)
    found = years(text, matcher)
    assert found["Docker"] == found["Grafana"] == found["Redis"] == 5


def test_a_bulleted_label_under_a_heading_still_opens_a_section() -> None:
    text = """Experience

Analyst, Acme Ltd
Jan 2019 - Dec 2021
- Weekly reports.

- Skills: Excel, SQL, Tableau
"""
    assert spans(text) == [("Jan 2019 - Dec 2021", 3, 5)]


def test_a_bulleted_languages_label_under_a_jobs_items_is_no_item_of_it() -> None:
    # only labels of what a job used ("Tools", "Tech stack") stay the job's
    text = """Experience
Analyst, Acme Ltd
Jan 2019 - Dec 2021
- Weekly reports.
- Languages: English, Hindi
"""
    assert spans(text) == [("Jan 2019 - Dec 2021", 2, 4)]


def test_a_relative_clause_closing_with_a_year_dates_only_itself(matcher: Matcher) -> None:
    text = """Experience

Security Engineer, Acme Bank
January 2020 - Present
- Led the PCI DSS readiness work that got the bank certified in 2024.
- Ran the SIEM.
"""
    # PCI DSS was the job's work from its start; 2024 is when the audit was passed
    assert years(text, matcher)["PCI DSS"] == 7


def test_a_year_closing_a_plain_item_still_dates_it(matcher: Matcher) -> None:
    text = """Experience

Engineer, Acme Ltd
January 2018 - Present
- Moved the build farm to Kubernetes in 2023.
"""
    assert years(text, matcher)["Kubernetes"] == 4


def _linkedin_years(
    listed: list[str], *positions: tuple[str, str, date, date | None]
) -> dict[str, int | None]:
    export = SimpleNamespace(
        skills=listed,
        endorsements={},
        positions=[
            SimpleNamespace(
                title=title, company="Acme", description=text, started=started, finished=finished
            )
            for title, text, started, finished in positions
        ],
        certifications=[],
        projects=[],
    )
    proposals, _ = linkedin_proposals(export, catalog_matcher(), today=TODAY)
    return {p.name: p.years for p in proposals}


def test_a_listed_skill_inside_a_longer_name_of_a_position_gets_its_years() -> None:
    found = _linkedin_years(
        ["Databricks"],
        ("Data Engineer", "Pipelines in PySpark on Azure Databricks.", date(2021, 1, 1), None),
    )
    assert found["Databricks"] == 6


def test_a_listed_skill_named_as_written_in_a_position_gets_its_dates() -> None:
    found = _linkedin_years(
        ["Angular", "Docker"],
        ("Developer", "Angular voor de klantportalen.", date(2018, 1, 1), date(2020, 12, 1)),
    )
    assert found["Angular"] == 3
    assert found["Docker"] is None  # listed, named by no position


def test_a_listed_skill_is_not_dated_by_a_broader_word_or_a_short_one() -> None:
    found = _linkedin_years(
        ["Go", "Excel"],
        ("Analyst", "Go to the clients; excel at reporting.", date(2018, 1, 1), None),
    )
    assert found.get("Go") is None
    assert found.get("Microsoft Excel") is None
