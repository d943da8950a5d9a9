# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly, found while heldout68 to heldout70 were written: a
job's start and end each on a line of their own with no dash between them ("Oct 2020" /
"Present"), as a PDF with a dates column gives them."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_a_start_and_an_end_on_lines_of_their_own(matcher: Matcher) -> None:
    text = """EXPERIENCE
Senior Analyst
Harbour Freight Ltd., Halifax, NS
Oct 2020
Present
• Monthly reports in Tableau.
Analyst
Bluenose Insurance, Halifax, NS
May 2015
Sep 2020
• Claims data in SQL Server.
"""
    found = years(text, matcher)
    assert found["Tableau"] == 6
    assert found["Microsoft SQL Server"] == 5


def test_a_month_alone_before_a_line_of_words_stays_alone(matcher: Matcher) -> None:
    text = """Experience
Support technician, Acme
March 2021
Windows 11 rollout.
"""
    assert years(text, matcher).get("Windows") != 5


def test_a_projects_role_under_its_own_dates_keeps_them(matcher: Matcher) -> None:
    # the jobs in a table, then projects with their own durations and a role each: the role
    # names a row of the table, but the project's dates are its own
    text = """WORK EXPERIENCE
[table]
Organisation | Designation | Duration
Lakeside Infotech, Pune | Senior QA Engineer | Aug 2023 – Till date
Deccan Softech, Pune | QA Engineer | Jun 2020 – Jul 2023
[/table]
PROJECT DETAILS
Project 1: Claims Portal (Lakeside Infotech)
Duration: Aug 2023 – Till date
Role: Senior QA Engineer
Environment: Selenium WebDriver, Java
Project 2: Grocery App (Deccan Softech)
Duration: Jan 2022 – Jul 2023
Role: QA Engineer
Environment: PyTest, MySQL
"""
    found = years(text, matcher)
    assert found["pytest"] == 1
    assert found["Selenium"] == 3


def test_a_title_ending_on_an_abbreviation_names_its_row(matcher: Matcher) -> None:
    text = """EXPERIENCIA LABORAL
[table]
Periodo | Puesto | Empresa
Ene 2022 – a la fecha | Desarrolladora Full Stack Sr. | Rápido Entregas, Guadalajara
Jul 2019 – Dic 2021 | Desarrolladora Web | Nearshore Tapatío, Zapopan
[/table]
Rápido Entregas — Desarrolladora Full Stack Sr.
• Backend en Node.js con NestJS.
Nearshore Tapatío — Desarrolladora Web
• Mantenimiento de backends en PHP con Laravel.
"""
    found = years(text, matcher)
    assert found["NestJS"] == 5
    assert found["Laravel"] == 2


def test_a_column_of_dates_on_the_left_wraps_its_range(matcher: Matcher) -> None:
    text = """WERKERVARING

sept. 2021 –                Senior machine learning engineer
heden                       Facet Vision NV, Antwerpen
• Modellen in Python met PyTorch.

mrt. 2018 –                 Data scientist
aug. 2021                   Polis & Co Verzekeringen NV, Lier
• Fraudedetectie met XGBoost.
"""
    found = years(text, matcher)
    assert found["PyTorch"] == 5
    assert found["XGBoost"] == 3


def test_a_column_of_dates_on_the_right_wraps_its_range(matcher: Matcher) -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Ingénieur logiciel embarqué senior                              Mars 2019 –
Arverne Sensors – Clermont-Ferrand                              aujourd'hui
 Firmware en C sous FreeRTOS.

Développeur logiciel embarqué                                   Septembre 2011
Sodelec Auvergne – Riom                                         – février 2019
 Applications sous Linux embarqué avec Yocto.

Backend Developer                                                          Jul 2017 – Feb
Grand Harbour Payments Ltd, Birkirkara                                                   2021
• Settlement services with Hibernate.
"""
    found = years(text, matcher)
    assert found["FreeRTOS"] == 7
    assert found["Yocto Project"] == 7
    assert found["Hibernate"] == 3
