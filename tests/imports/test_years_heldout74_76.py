# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout74 to heldout76): a period inside a wrapped
line of an item ("Java" / "   y, desde 2019, Kotlin.") dates part of the job, and starts
no job of its own."""

from __future__ import annotations

from tests.imports.catalog import catalog_matcher, years


def test_a_period_inside_a_wrapped_item_is_no_job() -> None:
    text = """EXPERIENCIA LABORAL

Desarrolladora Android                                                Enero 2018 –
Penco Sistemas Ltda., Talcahuano                                        Marzo 2021
  Apps de terreno para el control de contenedores en el puerto: Java
   y, desde 2019, Kotlin.
  SQLite para trabajo offline.
"""
    found = years(text, catalog_matcher())
    assert found["SQLite"] == 3
    assert found["Java"] == 3
