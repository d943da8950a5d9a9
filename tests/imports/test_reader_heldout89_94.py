"""What the importer once missed or misread in heldout89 to heldout94: Microsoft's Exchange
named alone in a list (not a stock or knowledge exchange in prose), Flemish and Dutch words
for support, budgets, networks and leading people; C named after porting ("Portage en C");
the practices behind design docs, architecture reviews, event streams and vendor
contracts; a line manager of people, appraisals, process maps and ledgers."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Beheer van Windows Server, Active Directory en Exchange.", "Exchange Server"),
        ("- Migration from Exchange on-premises to Microsoft 365.", "Exchange Server"),
        ("- Derdelijnssupport bij klanten op locatie.", "Technical Support"),
        ("- Budgetopvolging voor de hele ICT-afdeling.", "Budget Management"),
        ("- Beheer van netwerken en servers bij veertig klanten.", "Network Administration"),
        ("- Verantwoordelijk voor de servers; leiding over drie beheerders.", "Leadership"),
        ("- Portage en C des algorithmes de calibration radio.", "C"),
        ("- Write the design docs for new services.", "Technical Writing"),
        ("- Chair the monthly architecture review board.", "Software Architecture"),
        ("- Moved service traffic to event streams on Kafka.", "Event-Driven Architecture"),
        ("- Own the engineering budget and contractor/vendor contracts.", "Vendor Management"),
        ("- Line manager of the collections assistant and two volunteers.", "People Management"),
        ("- Annual appraisals for senior officers.", "Performance Management"),
        ("- Current-state workflow analysis; process maps in Visio.", "Business Process Modeling"),
        ("- Sales and purchase ledgers, bank reconciliations in Sage 50.", "Accounting"),
    ],
)
def test_found(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Built exchange rate feeds in Python for the treasury team.",
        "- Spoke at the regional knowledge exchange on cloud adoption with AWS.",
        "- Listed the company on the stock exchange in 2021.",
    ],
)
def test_an_exchange_in_prose_is_no_mail_server(text: str) -> None:
    assert "Exchange Server" not in names(text)


def test_a_line_manager_of_ones_own_is_no_skill() -> None:
    assert "People Management" not in names("- Reported monthly to my line manager.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Sistemi di ispezione in produzione su larga\n      scala (oltre 40 linee).", "Scala"),
        ("* Led tours; the Ionic columns of the old library were the first stop.", "Ionic"),
        ("- Once a small python curled up in a container of timber from Madang.", "Python"),
    ],
)
def test_ordinary_words(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_the_names_themselves_still_count() -> None:
    assert {"Scala", "Ionic", "Python"} <= names(
        "- Spark jobs in Scala; mobile apps in Ionic; scripts in Python."
    )
