"""Names and words the importer once took for technologies (heldout65 to heldout67): an animal
so called ("my own malamute,\\nJava, thinks she is a sled dog", "walking our sheepdog, Perl",
"with Ruby,\\nmy red kelpie"), a street ("Java Lane"), a German helmet with the rest of the
safety gear, classes of a driving licence ("C & MR"), "Documentatie" (no near miss of a name)
(smatrx.imports.named_people, traps, vocabulary); running a project, said with the person's
verb or by a "Project Manager" title (smatrx.imports.practice_phrases, roles)."""

from __future__ import annotations

import pytest

from smatrx.imports.proposals import resume_proposals
from tests.imports.catalog import TODAY, catalog_matcher, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Outside work: my old husky,\nKotlin, still pulls the sled.", "Kotlin"),
        ("Walking our sheepdog, Perl, along the river.", "Perl"),
        ("Sundays on the pier with Ruby,\nmy red kelpie.", "Ruby"),
        ("Address: 12 Java Lane, Colombo 03", "Java"),
        ("- Abnahmen vor Ort, natürlich mit Helm und Sicherheitsschuhen.", "Helm"),
        ("Licences: C & MR driver licence, first aid", "C"),
        ("- Documentatie van procedures in de kennisbank.", "Optical Character Recognition"),
    ],
)
def test_names_and_words_that_are_no_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Deployments mit Helm und Argo CD.", "Helm"),
        ("- Firmware in C & C++ for the pump.", "C"),
        ("- Services in Java and Kotlin for the clinic app.", "Java"),
        ("- Scripts in Perl, later Python.", "Perl"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Project lead for the payroll system implementation.",
        "- Led the Dynamics 365 roll-out for the sales team in 2021.",
        "- Coordinated 30+ translation projects a month.",
        "- I now lead ERP implementations for small manufacturers.",
    ],
)
def test_running_a_project(text: str) -> None:
    assert "Project Management" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Worked in the project team for the new ward.",
        "- Reported to the project board every month.",
    ],
)
def test_not_running_a_project(text: str) -> None:
    assert "Project Management" not in names(text)


def test_a_project_managers_title() -> None:
    text = "Experience\n\nLocalisation Project Manager, Kea Games\n2019 - present\n- Translation."
    proposals, _ = resume_proposals(text, catalog_matcher(), today=TODAY)
    assert "Project Management" in {p.name for p in proposals}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("• Supervise three keepers on the weekend roster.", "Leadership"),
        ("I lead the data platform and analytics practice (five engineers).", "Leadership"),
        ("Third hire at a start-up; now lead a data team of four.", "Leadership"),
        ("Lidero a tres analistas de datos.", "Leadership"),
        ("• Líder técnico de un equipo de cuatro desarrolladores.", "Leadership"),
        ("- Line-manage our two support analysts.", "People Management"),
    ],
)
def test_leading_people_said_in_more_ways(text: str, present: str) -> None:
    assert present in names(text)


def test_managing_machines_is_no_people_management() -> None:
    assert "People Management" not in names("- Managed 40 servers in two racks.")


@pytest.mark.parametrize(
    "text",
    [
        "- Two-week sprints in Jira; estimated stories and demoed to the client.",
        "- Scrum: estimaciones, demos y retrospectivas.",
        "- Revisione del codice, stime, pianificazione degli sprint.",
        "- Schätzungen und Planung im Scrum-Team.",
        "- Recueil des besoins et chiffrage des devis.",
    ],
)
def test_estimating_the_work(text: str) -> None:
    assert "Estimation" in names(text)


@pytest.mark.parametrize(
    "text", ["- The sales team estimated the costs.", "- Population estimates for the region."]
)
def test_no_estimating_of_the_persons(text: str) -> None:
    assert "Estimation" not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Buy the hops and malt against an annual ingredients budget of $520k.",
        "- Manage the plant's chemical budget (about $1.2M a year).",
        "- Prepare and defend the annual network budget before the board.",
        "- £250k annual R&D tooling budget.",
        "- Préparation du budget cloud annuel avec la direction financière.",
        "- Elaboração do orçamento anual de infraestrutura.",
    ],
)
def test_holding_a_budget(text: str) -> None:
    assert "Budget Management" in names(text)


@pytest.mark.parametrize(
    "text", ["- Delivered the project within budget.", "- SLOs and error budgets with product."]
)
def test_no_budget_of_the_persons(text: str) -> None:
    assert "Budget Management" not in names(text)
