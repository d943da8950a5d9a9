# ruff: noqa: RUF001 - en dashes are the data under test.
"""Names and words the importer once took for technologies (heldout80 to heldout82): Italian
"ai" (to the) in lower case, maple sap, "Natural State Consulting Group" (no near miss of
strategy consulting), New Zealand's Ministry for Primary Industries ("Food Control Plan under
MPI") (smatrx.imports.vocabulary, kinds_of_things)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Assistenza ai clienti e installazioni in sede.", "Artificial Intelligence"),
        ("Every March I help boil sap at my uncle's sugarhouse.", "SAP"),
        ("2009 – 2015 | Natural State Consulting Group, Little Rock, AR", "Business Strategy"),
        ("- Food Control Plan under MPI — daily records and the verification visit.", "MPI"),
    ],
)
def test_other_things_so_named(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Worked on AI and ML products.", "Artificial Intelligence"),
        ("- SAP S/4HANA and SAP BW.", "SAP"),
        ("- Parallel solvers in C++ with MPI and OpenMP on the cluster.", "MPI"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)
