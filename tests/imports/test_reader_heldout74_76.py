# ruff: noqa: RUF001 - letters and dashes of other languages are the data under test.
"""Names and words the importer once took for technologies (heldout74 to heldout76): a
German helmet wherever nothing of Kubernetes is near ("in der Gondel mit Helm und
Auffanggurt", "Helm im Kofferraum"), a German "Express-Lösung", a Ruby port, the Portuguese
label "Cargo:", a technical lead with no staff ("fachliche Leitung eines Teams"), Azure
DevOps's Boards (no Azure cloud); and the work of people around software, once missed:
coaching one person ("coach her on writing"), organising events (not "sourcing events"),
email newsletters and Mailchimp, a Facebook page, live-streaming, sales targets, "Teams"
among Microsoft's tools (not teams of people, nor the German plural)
(smatrx.imports.kinds_of_things, mentions, people_skills, practice_phrases, implications,
the catalog)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Die Arbeit in der Gondel mit Helm und Auffanggurt gehört für mich dazu.", "Helm"),
        ("Alpine Skitouren – Helm und Gurt sind immer im Kofferraum.", "Helm"),
        ("Lieber eine saubere Lösung als eine Express-Lösung, die uns verfolgt.", "Express"),
        ("- Port wines by category – Tawny, Ruby, LBV, Vintage – and year.", "Ruby"),
        ("Cargo: SRE Sênior (entrei como SRE Pleno)", "Cargo"),
        ("• Seit 2022 fachliche Leitung eines Teams von drei Entwicklern.", "People Management"),
        ("- Work items in Azure Boards.", "Microsoft Azure"),
    ],
)
def test_other_things_so_named(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Deployments mit Helm und Argo CD auf Kubernetes.", "Helm"),
        ("- Releases der Services mit Helm im Cluster.", "Helm"),
        ("- Backend in Node.js mit Express und TypeScript.", "Express"),
        ("- Rust with Cargo and Clippy.", "Cargo"),
        ("• Seit 2022 fachliche Leitung eines Teams von drei Entwicklern.", "Leadership"),
        ("- Work items in Azure Boards.", "Azure DevOps"),
    ],
)
def test_the_skills_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("• Since 2022 I line manage a bid coordinator and coach her on writing.", "Coaching"),
        (
            "• Helped organise wedding fairs and our stand at regional tourism events.",
            "Event Planning",
        ),
        ("- Organised the annual user conference in Lisbon.", "Event Planning"),
        ("• Ran the monthly email newsletter and the hotel's Facebook page.", "Email Marketing"),
        (
            "• Ran the monthly email newsletter and the hotel's Facebook page.",
            "Social Media Marketing",
        ),
        ("- Campaigns in Mailchimp for the shop.", "Email Marketing"),
        ("Ran the station's Facebook page and live-streamed community events.", "Video Streaming"),
        (" Met monthly sales targets; Branch Employee of the Year 2018.", "Sales"),
    ],
)
def test_the_work_of_people_around_software(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Consumed events from Kafka topics and planned the event schema.", "Event Planning"),
        ("- Planned the event logs' retention in Splunk.", "Event Planning"),
        ("- Run strategic sourcing events for software and SaaS.", "Event Planning"),
        ("• Ran kaizen events and a Lean Six Sigma project.", "Event Planning"),
        (
            "Ich mag saubere Schnittstellen und Teams, die Verantwortung übernehmen.",
            "Microsoft Teams",
        ),
    ],
)
def test_no_events_organised(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Led the migration from shared drives to SharePoint and Teams (2020-2022).",
        "- Outlook, Teams, Excel",
        "- Kommunikation über Outlook, Teams und Jira.",
    ],
)
def test_teams_among_microsofts_tools(text: str) -> None:
    assert "Microsoft Teams" in names(text)


@pytest.mark.parametrize(
    "text",
    ["- Worked with three product teams and the data teams.", "- Led two Teams of engineers."],
)
def test_teams_of_people(text: str) -> None:
    assert "Microsoft Teams" not in names(text)
