# ruff: noqa: RUF001 - en dashes and other letters are the data under test.
"""Names and words the importer once took for technologies, and skills it once missed
(heldout68 to heldout70): a section of volunteering and interests under one heading in another
language ("Ehrenamt und Interessen"), where a German capital proves nothing; mentoring said
as a role ("Volunteer mentor"), with whom ("mentor younger translators", "whom I now
mentor") and in other languages ("acompanhei três DBAs juniores", "Betreuung von zwei
Lehrlingen") (smatrx.imports.asides, people_skills); an acronym spelled out with its first
letter further back ("Oracle Database 12c Administrator Certified Professional (OCP)"), a
tech park ("UL Cyberpark"), a team doing something ("team building a lakehouse"), a vendor's
module ("SAP Time Management"), people counted by role ("2 QA, 1 SRE"), gin the spirit
(traps, near_misses, word_senses, kinds_of_things)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


def test_a_helmet_and_a_snake_among_the_volunteering_and_interests() -> None:
    text = """Erfahrung
Backend-Entwickler, Mainfranken Mode GmbH (2019 – heute)
- Services in Kotlin auf Kubernetes.

EHRENAMT UND INTERESSEN
Seit 2009 Freiwillige Feuerwehr, Gruppenführer (Helm mit
zwei roten Streifen). Zu Hause ein Terrarium mit Bruno, unserer Python.
"""
    found = names(text)
    assert "Helm" not in found
    assert "Python" not in found
    assert "Kotlin" in found


@pytest.mark.parametrize(
    "text",
    [
        "- I revise and mentor younger translators.",
        "- Hired a localisation coordinator, whom I now mentor.",
        "• Volunteer mentor, Bangladesh Olympiad in Informatics.",
        "Mentor with Women in Aviation International, Atlanta chapter.",
        "**Code Club Aotearoa mentor**, Napier Library",
        "- Com a minha chefe, acompanhei três DBAs juniores.",
        "- Encadrement d'un apprenti informaticien.",
        "- Begeleiding van een afstudeerstagiair van Fontys.",
        "• Betreuung von zwei Lehrlingen bis zur Lehrabschlussprüfung",
        "- Betreuung von zwei Masterarbeiten",
    ],
)
def test_mentoring_said_in_more_ways(text: str) -> None:
    assert "Mentoring" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Restarted the containers and the routers.",
        "- Mentor's Guide to the exam, a book I edited.",
        "- Supported the players and the users of the kiosk.",
    ],
)
def test_no_mentoring(text: str) -> None:
    assert "Mentoring" not in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Oracle Database 12c Administrator Certified Professional (OCP), 2016",
            "Red Hat OpenShift",
        ),
        ("Malabar Analytics Pvt. Ltd., UL Cyberpark, Kozhikode", "CyberArk"),
        ("- Lead engineer of a five-member team building a lakehouse.", "Team Building"),
        ("Time | SAP Time Management, award interpretation", "Time Management"),
        (
            "Manage three squads (14 engineers, 2 QA, 1 SRE) that own it.",
            "Site Reliability Engineering",
        ),
        ("Manage three squads (14 engineers, 2 QA, 1 SRE) that own it.", "Quality Assurance"),
        ("Distillation · Gin and rum recipe development · Botanical sourcing", "Gin"),
    ],
)
def test_other_things_so_named(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "- Red Hat OpenShift Container Platform (OCP) clusters on bare metal.",
            "Red Hat OpenShift",
        ),
        ("- Team building and offsites for the group.", "Team Building"),
        ("- REST APIs in Go with Gin and GORM.", "Gin"),
        ("- Built the QA process and the SRE on-call rota.", "Quality Assurance"),
    ],
)
def test_the_skills_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)
