# ruff: noqa: RUF001 - en dashes are the data under test.
"""Names and words the importer once took for technologies (heldout80 to heldout82): Italian
"ai" (to the) in lower case, maple sap, "Natural State Consulting Group" (no near miss of
strategy consulting), New Zealand's Ministry for Primary Industries ("Food Control Plan under
MPI"); and, found while heldout83 to heldout85 were used, an express delivery ("livraison
express", over a wrapped line too), a German "Packer" with nothing of machine images near (a
warehouse job), LoRA the fine-tuning method, a "Loan" officer (no near miss of Lean)
(smatrx.imports.vocabulary, kinds_of_things)."""

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


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # found while heldout83 to heldout85 were used
        (
            " Files de messages RabbitMQ pour l'offre de livraison\nexpress (SMS, e-mails).",
            "Express",
        ),
        ("- Entregas express el mismo día.", "Express"),
        (
            "- Ferialjobs in den Sommern: Packer im Zentrallager eines Autozulieferers",
            "HashiCorp Packer",
        ),
        ("- Fine-tuned Llama 3 with LoRA on support tickets.", "LoRaWAN"),
        ("Loan Operations Specialist, Denali Credit Union", "Lean"),
    ],
)
def test_more_other_things_so_named(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- API in Node.js with Express for the shipping team.", "Express"),
        ("- Images für die Server mit Packer und Ansible gebaut.", "HashiCorp Packer"),
        ("- Sensors on LoRa and LoRaWAN gateways.", "LoRaWAN"),
    ],
)
def test_more_technologies_still_count(text: str, present: str) -> None:
    assert present in names(text)
