# ruff: noqa: RUF001, RUF002 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout53 to heldout55): a range whose end a PDF put
on a line of its own ("mayo de 2019" / "a la fecha", "abril 2015" / "– agosto 2019"), and a
job's title with a role taken on inside the job in brackets ("(desde 2024, responsable técnico
del equipo)"), which dates that role and not the job."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_a_range_end_on_a_line_of_its_own(matcher: Matcher) -> None:
    text = """Experiencia
Ingeniera de plataforma
Logística del Plata S.A. — Rosario
mayo de 2019
a la fecha
• Clústeres de Kubernetes en AWS.
Administradora de sistemas
Cooperativa Agraria — Rosario
abril 2015
– agosto 2019
• Servidores Debian y copias con Bacula.
"""
    found = years(text, matcher)
    assert found["Kubernetes"] == 7
    assert found["Debian"] == 4


def test_two_dates_of_their_own_are_no_range(matcher: Matcher) -> None:
    # a job's single month and the year of a degree below it stay apart
    text = """Experience
Support technician, Acme — March 2021
2019
• Windows 11 rollout.
"""
    assert years(text, matcher).get("Windows") != 5


def test_a_role_in_brackets_on_the_title_keeps_the_job_going(matcher: Matcher) -> None:
    text = """Esperienza
03/2018 – in corso
Valtellina Sistemi S.r.l., Sondrio
Sviluppatore backend (dal 2022 referente tecnico del team pagamenti)
- API in Go su PostgreSQL.
- Dal 2022 coordino un gruppo di quattro sviluppatori.

01/2015 – 02/2018
Studio Orobie, Bergamo
Sviluppatore web
- Siti in PHP.
"""
    found = years(text, matcher)
    assert found["Go"] == 8
    assert found["PostgreSQL"] == 8
    assert found["Leadership"] == 5


def test_a_role_in_brackets_in_spanish(matcher: Matcher) -> None:
    text = """Experiencia
ENERO 2020 – ACTUALIDAD
Cantábrico Datos, S.L. – Santander
Data Engineer (desde 2024, responsable técnico del equipo de datos)
  - Pipelines en Databricks.
"""
    found = years(text, matcher)
    assert found["Databricks"] == 7
    assert found["Leadership"] == 3
