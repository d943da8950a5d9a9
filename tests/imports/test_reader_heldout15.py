"""The reader's rules found with the fifteenth held-out corpus (issue 17): cited authors and
titled people, a machine's model name, another company's product, other people's trades as
subjects, a clause opened by the person's verb."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Thesis on count data. Supervisor: Prof. Gareth Rust.", "Rust"),
        ("Ashworth, I., Rust, G. and Okafor, C. (2025). Joint nowcasting.", "Rust"),
        (
            "When the fleet moved to the AH-64E Apache in 2024 I modelled spares demand.\n"
            "- Spares demand modelling for the Apache transition.",
            "Apache HTTP Server",
        ),
        ("* Run the FIS Prophet valuation models for the IFRS 17 cycle.", "Prophet"),
    ],
)
def test_not_the_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Drupal · PHP · HTML · CSS · Git · GitLab", "Git"),
        ("Forecasts with Prophet and statsmodels in Python.", "Prophet"),
        ("Served the PHP apps on Apache and Nginx.", "Apache HTTP Server"),
        ("- assess controls against NIST SP 800-53 Rev. 5.", "NIST Cybersecurity Framework"),
        ("- Mentor our two graduate developers and run the code review.", "Mentoring"),
    ],
)
def test_the_technology(text: str, present: str) -> None:
    assert present in names(text)


def test_another_trade_as_the_subject_owns_it() -> None:
    reading = catalog_matcher().read(
        "The pricing actuaries build their rating models in R and Python; we call their APIs."
    )
    assert {"R", "Python"} <= {match.name for _, _, match in reading.theirs}
    assert not {"R", "Python"} & {match.name for _, _, match in reading.own}


@pytest.mark.parametrize(
    "text",
    [
        "Gameplay in Unity.\nDocente de Programación de Videojuegos - Universidad (2019)",
        "Figma.\nChargée de cours, ECAL / École cantonale d'art de Lausanne",
        "SQL.\nAyudante de cátedra - Bases de Datos",
    ],
)
def test_an_occupation_opening_a_later_line_is_a_title(text: str) -> None:
    assert "Teaching" in names(text)


def test_a_lowercase_alias_in_its_own_script_needs_no_voucher() -> None:
    # the waiting rule is for English names read as words of another language
    assert "Statistics" in names("Курсы по статистике и анализу данных для студентов.")
    assert "Vite" not in names("J'apprends vite, je documente ce que je fais.")
