# ruff: noqa: RUF001, RUF002 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout59 to heldout61): a range's start with its
dash on one line and its end on the next ("avril 2018 –" / "septembre 2021"), read alone as
running to the present; Portuguese "até à data" (to date)."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_a_start_and_its_dash_then_the_end_on_the_next_line(matcher: Matcher) -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Data engineer
mars 2019 –
juin 2022
Mutuelle Atlantique, Nantes
• Traitements PySpark sur un cluster Hadoop.
"""
    assert years(text, matcher)["Apache Hadoop"] == 3


def test_a_start_and_its_dash_then_today_on_the_next_line(matcher: Matcher) -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Data engineer
octobre 2021 –
aujourd'hui
Vinéo, Bordeaux
• Modèles dbt sur BigQuery.
"""
    assert years(text, matcher)["Google BigQuery"] == 5


def test_portuguese_to_date(matcher: Matcher) -> None:
    text = """## Experiência profissional
### Engenheiro de Cibersegurança — Vidreira, S.A. (Leiria)
*setembro de 2021 – até à data*
- Deteção no Microsoft Sentinel com KQL.
"""
    assert years(text, matcher)["KQL"] == 5
