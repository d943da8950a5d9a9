"""Whose technology a mention is: the rules found with the eighteenth to twentieth held-out
corpora, used after their first score. A Korean development house as the subject."""

from __future__ import annotations

import pytest

from tests.imports.catalog import assert_own, assert_theirs, catalog_matcher, own_and_theirs


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # "the shop system is Java code that an outside development house wrote"
        ("- 쇼핑몰 시스템은 외부 개발사가 작성한 Java 코드이며, 저는 서버만 운영", "Java"),
        # "the billing module is Ruby code the outsourcer delivers"
        ("- 과금 모듈은 외주사가 납품하는 Ruby 코드로, 배포만 담당", "Ruby"),
    ],
)
def test_a_korean_development_house_as_the_subject(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


def test_the_persons_own_korean_code_stays_theirs_own() -> None:
    # "I wrote the settlement batch in Java"
    assert_own("- 정산 배치를 Java로 개발했습니다", "Java")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        (
            "- Send incident tickets to the service desk office, which runs ServiceNow.",
            "ServiceNow",
        ),
        ("- Exchange lab results with the regional hospital, which runs Epic.", "Epic Systems"),
        ("- Work with the payments team, which maintains the ledger in Scala.", "Scala"),
        ("- Travail avec l'équipe web, qui développe le portail en Angular.", "Angular"),
        ("- Share data with the insurer, whose actuarial team builds models in SAS.", "SAS"),
        ("- Liaise with our logistics partner, whose IT team uses SAP for stock.", "SAP"),
    ],
)
def test_a_relative_clause_about_a_party_the_person_works_with(text: str, theirs: str) -> None:
    """The party after "with" or "to", and a relative clause whose verb makes, runs or uses
    the technology: the party's, not the person's."""
    assert_theirs(text, theirs)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("- Joined the platform team, which runs Kafka in three regions.", "Apache Kafka"),
        ("- Worked with my team, which builds the services in Go.", "Go"),
        (
            "- Moved the servers to the new data centre, which runs VMware vSphere.",
            "VMware vSphere",
        ),
        ("- Work with the payments team on the ledger, which I maintain in Scala.", "Scala"),
        ("- Moved in 2021 to the data team, which uses Apache Spark.", "Apache Spark"),
        ("- Seconded to the analytics unit, which builds dashboards in Tableau.", "Tableau"),
    ],
)
def test_the_persons_own_team_place_or_part_stays_theirs_own(text: str, own: str) -> None:
    """The person in the team ("joined", "my team", "moved to", "seconded to"), a place
    rather than a party ("data centre"), or the person acting in the relative clause."""
    assert_own(text, own)


def test_a_brazilian_team_named_time_opening_the_sentence() -> None:
    """Brazilian Portuguese "o time de ..." (the ... team) as the subject: theirs."""
    assert_theirs("O time de BI publica os relatórios no Tableau; eu preparo os dados.", "Tableau")
    assert_own("Publiquei os relatórios no Tableau para o time de vendas.", "Tableau")


def test_engineers_as_another_party() -> None:
    """Engineers acting, as developers do ("Our developers built ..."): theirs; the
    engineers the person leads or mentors: the person's work."""
    assert_theirs(
        "Our platform engineers run the clusters on Kubernetes; I deploy to them.", "Kubernetes"
    )
    assert_own("- Led a team of engineers who built the platform in Go.", "Go")
    assert_own("- Mentored four engineers in Rust and code review.", "Rust")


@pytest.mark.parametrize(
    "text",
    [
        "A team of five developers built the app in Flutter.",
        "The team of six engineers built the reports in Power BI.",
    ],
)
def test_a_preposition_does_not_qualify_the_party_after_it(text: str) -> None:
    """ "A team of five developers": the people are governed by "of", not the subject acting;
    the person's team built it."""
    own, theirs = own_and_theirs(catalog_matcher(), text)
    assert own and not theirs


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("De webshop (PHP) wordt door een extern bureau gebouwd en onderhouden.", "PHP"),
        ("Le portail est développé en Angular par une société externe.", "Angular"),
        ("The intranet is maintained by an external firm in Drupal.", "Drupal"),
    ],
)
def test_a_passive_by_an_external_party(text: str, theirs: str) -> None:
    """A passive's agent marked as outside the person's organisation, whatever its noun."""
    assert_theirs(text, theirs)
