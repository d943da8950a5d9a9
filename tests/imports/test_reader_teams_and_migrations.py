"""Leading a team named by what it does (no count), a lead role with a word between ("Lead
QA automation engineer"), reviewing a single pull request or reviewing in other languages,
and moving systems into a cloud (smatrx.imports.people_skills, smatrx.imports.practice_phrases);
Portuguese "da" ("of the") is no passive's "by" (smatrx.imports.ownership)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import assert_own, names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Led the payments team through two re-platformings.", "Leadership"),
        ("- Heading the analytics squad since the merger.", "Leadership"),
        ("- Led four delivery teams (31 people) across two sites.", "Leadership"),
        ("- Lead QA automation engineer for the lending platform.", "Leadership"),
        ("- Lead embedded dev on the pump controller.", "Leadership"),
        ("- Dirige l'équipe data depuis 2021.", "Leadership"),
        ("- Encadrement de cinq techniciens support.", "Leadership"),
        ("- Lideré el equipo de integraciones.", "Leadership"),
        ("- Coordenação da equipa de redes.", "Leadership"),
        ("- Responsável pela equipe de suporte N2.", "Leadership"),
        ("- Coordino il gruppo di sviluppo mobile.", "Leadership"),
        ("- Leitung des Backend-Teams am Standort Köln.", "Leadership"),
        ("- Technische Leitung der Datenplattform.", "Leadership"),
        ("- Leiding geven aan het datateam.", "Leadership"),
        ("- Reviewed every backend pull request before release.", "Code Review"),
        ("- Relecture des pull requests de l'équipe.", "Code Review"),
        ("- Revisiones de código y pair programming.", "Code Review"),
        ("- Módulos de Terraform y revisión de cambios por merge request.", "Code Review"),
        ("- Migrated the billing databases from a colocated rack to AWS.", "Cloud Migration"),
        ("- Led the migration of our ERP interfaces to Google Cloud.", "Cloud Migration"),
        ("- Migración de los servidores de correo a Microsoft Azure.", "Cloud Migration"),
        ("- Migratie van de webshop naar de cloud.", "Cloud Migration"),
    ],
)
def test_said_in_a_sentence(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Ran the team retrospectives every second Friday.", "Leadership"),
        ("- Managed the team's travel budget.", "Leadership"),
        ("- Worked in the team led by our CTO.", "Leadership"),
        ("- Encadrement de deux développeurs juniors.", "Leadership"),
        ("- The client migrated to AWS the year after I left.", "Cloud Migration"),
        ("- Moved to Perth in 2019 and joined the data team.", "Cloud Migration"),
        ("- Handled joiners, movers and leavers in Azure AD.", "Cloud Migration"),
        ("- Migrated the pipelines in AWS from Jenkins to CodeBuild.", "Cloud Migration"),
    ],
)
def test_not_said(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_portuguese_da_is_of_the_team_not_by_the_team() -> None:
    assert_own("- Liderança técnica da equipa de infraestrutura.", "Leadership")
