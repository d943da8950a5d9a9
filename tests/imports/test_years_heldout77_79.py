# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout77 to heldout81): a year after "from" closing
an item dates its clause from then to the job's end, as "in 2019" does ("containerised them
with Docker from 2019"); "and" opening a verb in the past starts that clause ("... in AutoCAD
and moved the studio onto Revit from 2018": AutoCAD the whole job); so do the other
languages' words for it ("Interfacce web in Angular e TypeScript dal 2019")."""

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


def test_a_start_in_another_language_closing_an_item() -> None:
    text = """## Esperienza

### Software Architect
**Secchia Digital S.r.l.** – Sassuolo (MO)
*2014 – oggi*

- Sviluppo in **C#** su **.NET**.
- Interfacce web in **Angular** e **TypeScript** dal 2019.
"""
    found = years(text, catalog_matcher())
    assert found["Angular"] == 8
    assert found["C#"] == 13


def test_a_start_closing_an_item_dates_its_last_clause() -> None:
    text = """Expérience
Ingénieur BI, Acme — Jan 2015 – Present
- Entrepôt SQL Server alimenté avec SSIS, puis flux vers Azure Data Factory depuis 2023.
- Tests unitaires (JUnit, Mockito), passage en TDD sur les nouveaux modules à partir de 2019.
"""
    found = years(text, catalog_matcher())
    assert found["SQL Server Integration Services"] == 12
    assert found["Azure Data Factory"] == 4
    assert found["JUnit"] == 12
    assert found["Test-Driven Development"] == 8
