"""Names and words the importer once took for technologies (heldout86 to heldout88): a
season of a year ("the 2024 Spring flood"), Flanders' technical secondary school ("derde
graad TSO"), the town of Oban (smatrx.imports.kinds_of_things)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "• Pulled 30 years of archive for the 2024 Spring flood retrospective",
            "Spring Framework",
        ),
        ("Informatica in de derde graad TSO: programmeren in Python", "TSO/ISPF"),
        ("Address | 14 Ardconnel Terrace, Oban, Argyll PA34 5DJ", "Oban"),
    ],
)
def test_other_things_so_named(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Background jobs in Elixir with Oban and Phoenix.", "Oban"),
        ("- Mainframe work in TSO/ISPF and JCL.", "TSO/ISPF"),
        ("- Spring Boot 3 services, then Spring in 2024 for the batch jobs.", "Spring Boot"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)
