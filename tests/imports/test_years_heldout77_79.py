# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout77 to heldout79): a year after "from" closing
an item dates its clause from then to the job's end, as "in 2019" does ("containerised them
with Docker from 2019"); "and" opening a verb in the past starts that clause ("... in AutoCAD
and moved the studio onto Revit from 2018": AutoCAD the whole job)."""

from __future__ import annotations

from tests.imports.catalog import catalog_matcher, years


def test_a_year_after_from_closing_an_item() -> None:
    text = """Experience
DevOps Engineer, Ka Malu Health — Jun 2017 – Jan 2022
- Built CI/CD pipelines in Jenkins; containerised them with Docker from 2019.
- Monitoring with Nagios.
"""
    found = years(text, catalog_matcher())
    assert found["Docker"] == 3
    assert found["Jenkins"] == 4


def test_and_opens_the_clause_the_year_dates() -> None:
    text = """Experience
Architect, Studio North — Jun 2015 – Jan 2022
- Produced construction drawings in AutoCAD and moved the studio onto Revit from 2018.
- Site visits.
"""
    assert years(text, catalog_matcher())["AutoCAD"] == 6
