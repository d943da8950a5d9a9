# ruff: noqa: RUF001 - an en dash separates a town from its state in the data.
"""Words and names the importer once took for technologies (heldout56 to heldout58): German
and Dutch "flink" (quick), Beckett's play, a Brazilian state's or an Italian province's code
"GO" after its town (smatrx.imports.traps, vocabulary); incidents handled and training
delivered, said with a verb (smatrx.imports.practice_phrases); another party's app built by
"uma fábrica de software terceirizada" (smatrx.imports.ownership_passives)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import assert_theirs, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ich arbeite mich flink in neue Frameworks ein.", "Apache Flink"),
        ("We zijn flink gegroeid in 2023.", "Apache Flink"),
        ("Teatro: montamos En attendant Godot no festival.", "Godot"),
        ("Anápolis – GO | (62) 99999-0000", "Go"),
        ("2016 – 2020 | Sistemi Srl, Gradisca (GO) | Sviluppatore", "Go"),
        ("Rua das Flores, 12 – Anápolis/GO", "Go"),
    ],
)
def test_words_and_names_that_are_no_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Streaming jobs in Apache Flink and Kafka.", "Apache Flink"),
        ("Skills: Flink, Spark, Beam", "Apache Flink"),
        ("- A 2D platformer built in Godot 4.", "Godot"),
        ("Backend: GO, Python, PostgreSQL", "Go"),
        ("Build / CI | Maven, Jenkins", "Continuous Integration"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Triage and escalate P1 incidents for the billing platform.", "Incident Management"),
        ("- Investigated outages with the network team.", "Incident Management"),
        ("- Gestión de incidencias de segundo nivel en Jira.", "Incident Management"),
        ("- Traitement des incidents de production.", "Incident Management"),
        ("- Designed and delivered Power BI training for 60 analysts.", "Training Delivery"),
        ("- Ran onboarding training sessions for new starters.", "Training Delivery"),
    ],
)
def test_practices_said_with_a_verb(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Attended a week of training on Kubernetes.", "Training Delivery"),
        ("- Ran the model training pipelines on GPUs.", "Training Delivery"),
        ("- Read about famous incidents in aviation.", "Incident Management"),
    ],
)
def test_not_said(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_an_app_built_by_an_outsourced_software_house_is_theirs() -> None:
    assert_theirs(
        "• O app de vendas é desenvolvido por uma fábrica de software terceirizada em Flutter.",
        "Flutter",
    )
