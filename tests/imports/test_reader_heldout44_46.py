"""Words and names the reader once took for technologies (heldout44 to heldout46, at their
first score), in sentences of my own: German "Chef" after an ordinal ("mein erster Chef"),
Spanish "presto" as a verb before what is given, "Informatica" as a field of study, and
"Dash 8" the aircraft (DASH the protocol is written in capitals); ASP.NET Core and Entity
Framework imply .NET."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Mein neuer Chef hat mir das Reporting übergeben.", "Chef"),
        ("Presto mucha atención a la trazabilidad de los defectos.", "Presto"),
        ("Presto apoyo a los equipos de desarrollo en Bilbao.", "Presto"),
        ("Laurea in Informatica, Università di Padova (2015)", "Informatica"),
        ("Dipartimento di Informatica, tirocinio curriculare", "Informatica"),
        ("- Weight and balance sheets for Dash 8 and ATR flights.", "MPEG-DASH"),
    ],
)
def test_not_the_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Cookbooks in Chef and Ansible for the web tier.", "Chef"),
        ("- Consultas en Presto y Trino sobre el data lake.", "Presto"),
        ("- ETL in Informatica PowerCenter e Talend.", "Informatica"),
        ("- Adaptive streaming with HLS and DASH.", "MPEG-DASH"),
        # .NET's web and data frameworks are .NET
        ("- Web applications in C#, ASP.NET Core and Entity Framework.", ".NET"),
    ],
)
def test_still_the_technology(text: str, present: str) -> None:
    assert present in names(text)
