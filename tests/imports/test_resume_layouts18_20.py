# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout18 to heldout20): a year closing a clause of
its own dates that clause, not the names before it."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, years


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
