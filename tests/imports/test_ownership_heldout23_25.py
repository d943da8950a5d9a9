"""Whose technology a mention is: the rules found with the held-out corpora 23 to 25, used
after their first score. Another party as the subject of a relative clause though the
person's verb opens the sentence, a team the name qualifies, data taken from another's
system, "our customers" as the party, and the person's own part set against another's."""

from __future__ import annotations

import pytest

from tests.imports.catalog import assert_own, assert_theirs


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- Drew the screens in Figma, which the mobile team implements in Flutter.", "Flutter"),
        ("- Ran the launch with our studio, whose developers rebuilt it in Vue.js.", "Vue.js"),
        ("- Wrote the API spec, which the vendor's developers coded in Go.", "Go"),
    ],
)
def test_another_party_as_the_subject_of_a_relative_clause(text: str, theirs: str) -> None:
    """The person's verb opens the sentence; the relative clause has its own subject."""
    assert_theirs(text, theirs)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("- Drew the screens in Figma, which our team implements in Flutter.", "Flutter"),
        ("- Wrote the API spec, which I then coded in Go.", "Go"),
        # the relative clause after the preposition is about the cluster, the person's
        ("- Support the lab, whose students run jobs on the Slurm cluster we host.", "Slurm"),
    ],
)
def test_a_relative_clause_of_the_person_stays_theirs(text: str, own: str) -> None:
    assert_own(text, own)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- Shipped data marts used by the customer's Tableau reporting team.", "Tableau"),
        ("- Reuniones semanales con el equipo de Ciencia de Datos para priorizar.", "Data Science"),
    ],
)
def test_a_team_the_name_qualifies(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


def test_the_persons_own_team_named_by_its_trade_stays_theirs() -> None:
    assert_own("- Reuniones semanales con mi equipo de Ciencia de Datos.", "Data Science")


def test_a_relative_clause_on_a_team_named_after_its_noun() -> None:
    text = "- Reportes en SQL; apoyo al trabajo con el equipo de Riesgos, que trabaja en SAS."
    assert_theirs(text, "SAS")


def test_data_taken_from_another_partys_system() -> None:
    text = "- Built nightly jobs that pull records from the client's Salesforce exports."
    assert_theirs(text, "Salesforce")


def test_a_system_the_person_migrated_off_stays_theirs() -> None:
    text = "- Migrated the reports from the client's Oracle database to PostgreSQL."
    assert_own(text, "PostgreSQL")
    assert_own(text, "Oracle Database")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- Most of our clients ran NetSuite, so each deal had a workshop.", "NetSuite"),
        ("- Our customers use Magento; we sell them the payment plug-in.", "Magento"),
    ],
)
def test_our_customers_are_the_party(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- De backendteams bouwen in Kotlin; mijn werk is de testautomatisering.", "Kotlin"),
        ("- Les équipes de développement codent en Java ; mon rôle : les tests.", "Java"),
        ("- The dev squads write Scala; my part is the release pipeline.", "Scala"),
    ],
)
def test_the_persons_part_set_against_another_partys(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


def test_an_adverb_between_the_passive_verb_and_by() -> None:
    text = "- The ticketing tool runs on SQL Server and is hosted solely by the vendor's team."
    assert_theirs(text, "Microsoft SQL Server")


def test_a_passive_by_them() -> None:
    text = "- I send the extracts to finance; their forecasts are built by them in Power BI."
    assert_theirs(text, "Power BI")


def test_a_team_named_by_the_technology_opens_the_sentence() -> None:
    assert_theirs("- The Salesforce team handled licences and profiles.", "Salesforce")


def test_the_persons_own_team_named_by_the_technology_stays_theirs() -> None:
    assert_own("- The Salesforce team I lead handled licences and profiles.", "Salesforce")


def test_a_previous_provider_acting() -> None:
    text = "- Our former hosting provider monitored the servers with Nagios until 2021."
    assert_theirs(text, "Nagios")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("L'équipe mobile iOS développe l'application en Swift, avec qui je teste.", "Swift"),
        ("Die Abteilung Controlling arbeitete damals mit QlikView.", "Qlik Sense"),
        ("El equipo comercial gestiona las cuentas en Salesforce.", "Salesforce"),
    ],
)
def test_a_team_named_after_its_noun_then_its_verb(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


def test_a_relative_clause_on_the_team_worked_for() -> None:
    text = "- Wrote the loaders for the research team, who own the Snowflake account."
    assert_theirs(text, "Snowflake")


def test_working_for_a_team_is_the_persons_employer() -> None:
    assert_own("- Worked for the platform team, which runs Kafka in three regions.", "Apache Kafka")


def test_the_name_of_the_party_handed_to() -> None:
    text = "- Pass the incident tickets to the service desk team, which runs Zendesk."
    assert_theirs(text, "Zendesk")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- Briefed our UX design agency every sprint.", "UX Design"),
        ("- Agreed the data feed with their CRM partner.", "CRM"),
    ],
)
def test_the_name_qualifies_an_outside_party(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


def test_the_persons_employer_named_by_its_trade_stays_theirs() -> None:
    assert_own("- Four years at a web development agency, building shops.", "Web Development")


def test_another_party_builds_it_in_the_next_clause() -> None:
    text = "- Gathered requirements for the switch to Workday; the vendor's consultants built it."
    assert_theirs(text, "Workday")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("O time de ciência de dados treina os modelos; eu preparo as tabelas.", "Data Science"),
        ("El equipo de Ciencia de Datos entrena modelos; yo preparo datos.", "Data Science"),
    ],
)
def test_a_team_of_that_trade_opens_the_sentence(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


def test_the_persons_team_of_that_trade_opening_the_sentence_stays_theirs() -> None:
    assert_own("El equipo de Ciencia de Datos que yo dirijo entrena los modelos.", "Data Science")


def test_the_persons_own_agency_stays_theirs() -> None:
    assert_own("- Founded our own UX design agency in 2019.", "UX Design")


def test_a_tool_the_person_built_in_before_another_runs_it_stays_theirs() -> None:
    assert_own(
        "- Built the nightly loads in Apache Airflow; the client's team runs it.", "Apache Airflow"
    )
