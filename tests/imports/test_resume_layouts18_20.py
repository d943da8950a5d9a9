# ruff: noqa: RUF001 - en dashes and full-width brackets are the data under test.
"""Years the importer once read wrongly (heldout18 to heldout20): a year closing a clause of
its own dates that clause, not the names before it; a tool a dated change moved away from
was used before the change, not during it."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from smatrx.imports.sources.resume_sections import looks_like_heading
from tests.imports.catalog import catalog_matcher, spans, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_a_year_closing_a_clause_of_its_own_dates_that_clause_only(matcher: Matcher) -> None:
    text = """Experience
Architect, Acme Studio (Feb 2016 – Jun 2020)
- Documented projects in AutoCAD, moving the studio to Revit on its first project in 2018.
"""
    found = years(text, matcher)
    assert found["AutoCAD"] == 4  # the whole job: Feb 2016 to Jun 2020
    assert found["Autodesk Revit"] == 2  # Jan 2018 to Jun 2020


def test_a_clause_after_a_semicolon_is_dated_apart(matcher: Matcher) -> None:
    text = """Experience
Engineer, Acme (Jan 2015 – Dec 2020)
- Kept the builds on Jenkins; moved the pipelines to GitHub Actions in 2019.
"""
    found = years(text, matcher)
    assert found["Jenkins"] == 6
    assert found["GitHub Actions"] == 2


def test_a_year_after_a_comma_still_dates_the_whole_item(matcher: Matcher) -> None:
    text = """Experience
Engineer, Acme (Jan 2015 – Dec 2020)
- Moved the pipelines to GitHub Actions, cutting build times by half, in 2019.
"""
    assert years(text, matcher)["GitHub Actions"] == 2


def test_a_tool_migrated_from_was_used_before_the_change(matcher: Matcher) -> None:
    text = """Experience
Digital Marketing Manager, Acme (February 2022 – Current)
- Since 2024 our email flows run in Klaviyo (migrated from Mailchimp); they return 18%.
"""
    found = years(text, matcher)
    assert found["Klaviyo"] == 3  # Jan 2024 to Dec 2026 (as of 5 Dec 2026)
    assert found["Mailchimp"] == 1  # Feb 2022 to Dec 2023


def test_a_tool_replaced_from_the_jobs_start_earns_nothing_there(matcher: Matcher) -> None:
    text = """Experience
Engineer, Acme (Jan 2024 – Current)
- Since 2024 the builds run on GitHub Actions, replacing Jenkins for every team.

Engineer, Beta (Jan 2019 – Dec 2023)
- Release pipelines in Jenkins.
"""
    assert years(text, matcher)["Jenkins"] == 5  # Beta's only


def test_an_undated_migration_keeps_the_jobs_dates(matcher: Matcher) -> None:
    text = """Experience
Engineer, Acme (Jan 2019 – Dec 2022)
- Migrated the newsletter from Mailchimp to Klaviyo.
"""
    found = years(text, matcher)
    assert found["Mailchimp"] == found["Klaviyo"] == 4


def test_a_heading_line_ending_in_an_abbreviation_names_the_job_below(matcher: Matcher) -> None:
    text = """EXPERIENCIA PROFESIONAL

Consultora SAP FI/CO Senior
Grupo Consultor Regio, S.C. — San Pedro Garza García, N.L.
mar. 2021 – a la fecha
Consultora funcional en implementaciones de SAP.

Practicante de Contabilidad
Aceros del Norte, S.A. de C.V. — Monterrey, N.L.
ene. 2016 – jun. 2016
Prácticas profesionales: registro de pólizas.
"""
    assert spans(text) == [("mar. 2021 – a la fecha", 3, 6), ("ene. 2016 – jun. 2016", 8, 11)]
    assert years(text, matcher)["SAP FI/CO"] == 5  # the first job's title, not the second's


def test_a_sentence_above_a_date_still_is_no_heading() -> None:
    assert not looks_like_heading("Built the billing services in Go.")
    assert looks_like_heading("Acme Pty. Ltd.")


def test_a_profile_sentence_opening_with_a_start_dates_what_it_names(matcher: Matcher) -> None:
    text = """PROFILE
Data scientist for three years. Since April 2021 I have run the retail team's MLOps.

EXPERIENCE
ML Engineer, Acme (April 2021 – present)
- Recommendation models in PyTorch.
"""
    assert years(text, matcher)["MLOps"] == 5  # April 2021 to December 2026


def test_a_japanese_summary_sentence_opening_with_a_start(matcher: Matcher) -> None:
    text = """■職務要約
SIerで3年間従事しました。2021年4月より機械学習エンジニアとして本番運用（MLOps）までを担当しています。

■職務経歴
株式会社リテールミライ（2021年4月～現在）
"""
    assert years(text, matcher)["MLOps"] == 5


def test_a_profile_sentence_without_a_start_dates_nothing(matcher: Matcher) -> None:
    text = """PROFILE
Data scientist who has run the retail team's MLOps since the start.

EXPERIENCE
ML Engineer, Acme (April 2021 – present)
- Recommendation models in PyTorch.
"""
    assert years(text, matcher)["MLOps"] is None


def test_a_job_dating_a_skill_outweighs_a_profile_sentence(matcher: Matcher) -> None:
    text = """PROFILE
Engineer for ten years. Since 2015 I have written Python every day.

EXPERIENCE
Engineer, Acme (January 2020 – December 2022)
- Services in Python.
"""
    assert years(text, matcher)["Python"] == 3


def test_a_sentence_opening_with_since_inside_a_jobs_paragraph_dates_that_sentence() -> None:
    from tests.imports.catalog import catalog_matcher, years

    text = (
        "Career History\n\nSenior Consultant, Ardmore Business Solutions, Cork\n"
        "January 2022 - Present\nLead consultant on Dynamics 365 and Azure DevOps. Since 2024 I "
        "have also built approval flows in Power Automate. Reports in Power BI.\n"
    )
    found = years(text, catalog_matcher())
    assert found["Power Automate"] == 3  # Jan 2024 - Dec 2026: 36 months
    assert found["Azure DevOps"] == 5 and found["Power BI"] == 5  # Jan 2022 - Dec 2026
