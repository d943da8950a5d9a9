"""What the importer once missed in heldout95 to heldout100: mentoring said as training new
analysts, interns "whom I train", French "j'accompagne deux analystes juniors"; networking
said as network troubleshooting, "gestione della rete" or a LAN looked after."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Promoted to L2 in 2020: threat hunting and training new L1 analysts.", "Mentoring"),
        ("- Run the labelling work with four interns whom I train and supervise.", "Mentoring"),
        ("- Membre d'une équipe Scrum; j'accompagne deux analystes QA juniors.", "Mentoring"),
        ("- Windows 10 rollout, printer and network troubleshooting.", "Network Administration"),
        ("- Gestione della rete, delle stampanti e dei lettori.", "Network Administration"),
        ("- LAN cabling and troubleshooting for the wards.", "Network Administration"),
        ("- MISRA C rules checked with PC-lint on every build.", "Static Code Analysis"),
    ],
)
def test_found(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "- HACCP records, allergen matrix, training new starters.",
        "- Trained new models on the GPU cluster every week.",
    ],
)
def test_training_anyone_new_is_no_mentoring(text: str) -> None:
    assert "Mentoring" not in names(text)


def test_a_users_wi_fi_is_no_networking() -> None:
    assert "Network Administration" not in names(
        "- Apps that work on a slow hotel Wi-Fi connection and an old phone."
    )


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Support N2 ; rédaction de la documentation technique.", "Technical Writing"),
        ("- Mentoring two graduates and reviewing every PR in production.", "Code Review"),
        ("- Release coordination with the dev teams and the support staff.", "Release Management"),
        ("- Hardware and software support for hospital staff.", "Technical Support"),
    ],
)
def test_practices_said_in_other_words(text: str, present: str) -> None:
    assert present in names(text)


def test_reading_technical_documentation_is_no_technical_writing() -> None:
    assert "Technical Writing" not in names("Anglais (B2, lecture de documentation technique)")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Periodo | Empresa / Cargo | Funciones y logros", "Cargo"),
        ("- Backend at Champagne Logistique Digitale (SAS), Reims.", "SAS"),
        (
            "- CANoe configurations to simulate the CAN network and charger communication.",
            "Communication",
        ),
        (
            "- If a system adds clicks at three in the morning, nurses stop using it.",
            "Active Directory",
        ),
        ("- Unit tests with Ceedling/Unity on the host.", "Unity"),
        ("- Data Vault 2.0 Practitioner (2022).", "HashiCorp Vault"),
        ("- A HIL rig (Python + pytest, relay\n  boards and a CAN interface).", "Relay"),
    ],
)
def test_other_senses(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Statistics in SAS (PROC GLM) and R.", "SAS"),
        ("- Rust services built with Cargo and Clippy.", "Cargo"),
        ("- Secrets in HashiCorp Vault for every service.", "HashiCorp Vault"),
        ("- Frontend in React with Relay and GraphQL.", "Relay"),
    ],
)
def test_the_same_names_as_technologies(text: str, present: str) -> None:
    assert present in names(text)


def test_the_prophetess_is_no_database() -> None:
    text = "- Segnalo i rischi per tempo, senza fare la Cassandra ma senza nasconderli."
    assert "Apache Cassandra" not in names(text)
    assert "Apache Cassandra" in names("- Cluster Cassandra e Kafka in produzione.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- My father was a docker at the harbour, and our customers work there.", "Docker"),
        ("Credo nelle riunioni brevi e svelte, nelle decisioni messe per iscritto.", "Svelte"),
    ],
)
def test_a_dockworker_and_an_italian_adjective(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_docker_and_svelte_as_technologies() -> None:
    assert "Docker" in names("- Built a docker image for the API.")
    assert "Svelte" in names("- Frontend in React e Svelte per i clienti.")


def test_a_job_title_in_the_cell_before_is_no_other_party() -> None:
    row = (
        "02/2022 - Present | Shamba Pay Ltd - Mobile Developer | Lead developer of the farmer"
        " app in Kotlin with Jetpack Compose; since 2023 we also ship the agent app in Flutter,"
        " and I lead that codebase"
    )
    assert {"Kotlin", "Jetpack Compose"} <= names(row)


def test_nothing_away_from_the_laptop_is_a_skill() -> None:
    text = (
        "Experience\nEngineering Manager, Geyser Cloud - Mar 2020 - present\n"
        "- Code reviews and hiring for three teams.\n\n### Away from the laptop\n\n"
        "Waka ama in summer, and negotiating the couch with two cats, Mocha and Jenkins.\n"
    )
    found = names(text)
    assert not {"Negotiation", "Mocha", "Jenkins"} & found
    assert "Code Review" in found
