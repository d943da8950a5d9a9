# ruff: noqa: RUF001 - an en dash separates a town from its state in the data.
"""Words and names the importer once took for technologies (heldout56 to heldout58): German
and Dutch "flink" (quick), Beckett's play, a Brazilian state's or an Italian province's code
"GO" after its town (smatrx.imports.traps, vocabulary)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


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
