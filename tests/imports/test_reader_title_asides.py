# ruff: noqa: RUF001 - en dashes in résumé lines are data.
"""A job's title dated by an aside beside it on the heading: the title a promotion made is
held from the promotion, not over the whole job; a promotion within one field ("SRE Sênior
(entrei como SRE Pleno, promovido em 2023)") keeps the field over the whole job."""

from __future__ import annotations

from tests.imports.catalog import catalog_matcher, years


def _years(heading: str, item: str = "- Calibration of BP machines.") -> dict[str, int]:
    return years(f"EXPERIENCE\n{heading}\n{item}\n", catalog_matcher())


def test_a_title_in_an_aside_held_since_a_year() -> None:
    # heldout106: "Head of Section since July 2022" in a job from March 2019
    found = _years(
        "Position: Biomedical Engineering Technician (Head of Section since July 2022)\n"
        "Period: March 2019 – to date"
    )
    assert found["Leadership"] == 4


def test_the_title_after_the_one_held_until_a_year() -> None:
    found = _years(
        "03/2015 – Present | Arkansas River Electric | SAP Technical Lead"
        " (Senior ABAP Developer until 2019)",
        "- ABAP reports for finance.",
    )
    assert found["Leadership"] == 8
    assert found["ABAP"] == 11


def test_the_title_after_a_promotion_told_beside_it() -> None:
    # heldout104: a table row of the job, the promotion in October 2024
    found = _years(
        "Designation | Technical Lead (joined as Senior Software Engineer, promoted in"
        " October 2024)\nDuration | 02 Aug 2021 to Present",
        "• Java 17 and Spring Boot services.",
    )
    assert found["Leadership"] == 2
    assert found["Java"] == 5


def test_a_promotion_within_one_field_keeps_the_field() -> None:
    found = _years(
        "Cargo: SRE Sênior (entrei como SRE Pleno, promovido em 2023)\nJaneiro 2021 – atual",
        "• Kubernetes na AWS.",
    )
    assert found["Site Reliability Engineering"] == 6


def test_a_sentences_start_in_brackets_is_no_title() -> None:
    found = _years(
        "seit 04/2020 | Montfort GmbH | Platform Engineer • Secrets-Management mit HashiCorp"
        " Vault • Kleine Kubernetes-Operatoren und CLI-Tools in Go (seit 2022)"
    )
    assert found["HashiCorp Vault"] == 6
