# ruff: noqa: RUF001 -- sentences of other languages spell their own letters
"""Whose technology a mention is: the rules found with the held-out corpora 26 to 28, used
after their first score. Another party's clause read over a line break that only wraps the
sentence, and plural articles before a party in Spanish, Portuguese and Italian."""

from __future__ import annotations

import pytest

from tests.imports.catalog import assert_own, assert_theirs


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # the team opens the clause; the sentence wraps before the name
        (
            "- Diseño de las pantallas; el equipo de producto desarrollaba las apps\n"
            "  móviles en Kotlin.",
            "Kotlin",
        ),
        # the line ends in a preposition and the name opens the next
        (
            "- Entrega de los diseños; los programadores lo construyen en\n  React Native.",
            "React Native",
        ),
    ],
)
def test_another_partys_clause_over_a_wrapped_line(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # a line that ends a sentence does not run on into the next one's clause
        (
            "- Moved the nightly jobs to the new cluster in 2022.\n"
            "- The mobile apps are built in React Native by me alone.",
            "React Native",
        ),
        ("- Escribí los servicios en\n  Kotlin para la app.", "Kotlin"),
    ],
)
def test_a_wrapped_line_of_the_person_stays_theirs(text: str, own: str) -> None:
    assert_own(text, own)


def test_plural_article_before_the_party() -> None:
    """ "los desarrolladores lo implementan en ...": the developers, not the person."""
    assert_theirs("Maquetas en Figma; los desarrolladores lo implementan en Vue.js.", "Vue.js")
    assert_theirs(
        "Protótipos das telas que a loja pediu; os desenvolvedores o constroem em Angular.",
        "Angular",
    )


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # "whose" and the party's things, then a past verb
        ("- Partnered with the risk team, whose scoring models ran in SAS.", "SAS"),
        # Italian "al" (to the), an imperfect verb after adverbs
        ("- Supporto al reparto vendite, che lavorava ancora solo in SAS.", "SAS"),
        # Dutch: the relative clause's verb comes after the name
        ("- Overleg met de afdeling, dat in Python ontwikkelt, over de koppeling.", "Python"),
        ("- Trabajo con el equipo móvil, que desarrollaba las apps en Kotlin.", "Kotlin"),
    ],
)
def test_a_relative_clause_about_a_counterpart(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("- Worked with the risk team, whose scoring models I rebuilt in Python.", "Python"),
        ("- Moved to the data team, which ran Spark on Kubernetes.", "Apache Spark"),
        ("- Bij het platformteam, dat ik in Kotlin heb gebouwd.", "Kotlin"),
    ],
)
def test_a_relative_clause_the_person_is_in_stays_theirs(text: str, own: str) -> None:
    assert_own(text, own)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- Nauwe afstemming met het SAP-team over de koppelingen.", "SAP"),
        ("- Regelmäßige Abstimmung mit dem Kotlin-Team zur App.", "Kotlin"),
    ],
)
def test_a_team_the_name_is_glued_to(text: str, theirs: str) -> None:
    """Dutch and German glue the name to the team with a hyphen ("het SAP-team")."""
    assert_theirs(text, theirs)


def test_the_persons_own_glued_team_stays_theirs() -> None:
    assert_own("- Ich leite das Kotlin-Team seit 2021.", "Kotlin")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # "their" before a list the name ends
        (
            "- Retail clients upload stock from their own Magento and WooCommerce shops.",
            "WooCommerce",
        ),
        # "its" after a client, no verb of making opening the clause
        ("- Counselled a hospital client on the renewal of its SAP licence.", "SAP"),
    ],
)
def test_their_things_named_before_a_list_or_with_its(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


def test_its_after_the_persons_verb_of_making_stays_theirs() -> None:
    assert_own("- Built the customer portal and its Angular front end.", "Angular")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- L'équipe data (Scala et Spark) reprend nos fichiers chaque nuit.", "Scala"),
        ("- Images Docker für die Services der Backendteams\n  (Kotlin/Ktor)", "Kotlin"),
        ("- Integração com as APIs do time de pagamentos (escritas em Kotlin).", "Kotlin"),
    ],
)
def test_a_teams_stack_in_brackets(text: str, theirs: str) -> None:
    assert_theirs(text, theirs)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("- Led the mobile team (Kotlin, Swift) through two releases.", "Kotlin"),
        ("- Mobile developer in a team of five (Kotlin, Swift).", "Kotlin"),
        ("Backend Engineer, Payments Team (Kotlin, Kafka)", "Kotlin"),
        ("- Segmentation models for the sales team in Python (pandas).", "pandas"),
    ],
)
def test_the_persons_team_or_thing_in_brackets_stays_theirs(text: str, own: str) -> None:
    assert_own(text, own)


def test_their_thing_kept_in_the_name() -> None:
    """ "their" and their thing, then "in": the party keeps it there, the person does not."""
    assert_theirs(
        "- Loaded the sales feeds; the client's payroll team kept their records in SAP and "
        "we received exports.",
        "SAP",
    )


def test_another_partys_thing_after_with_or_against() -> None:
    """The person's verb opens the clause, but the thing they work against is another's."""
    assert_theirs(
        "- Matched our totals against the vendor's Snowflake extracts weekly.", "Snowflake"
    )
    assert_own("- Rebuilt the client's checkout in React.", "React")


def test_a_clause_of_other_people_without_that() -> None:
    """ "the sheets our planners kept in Excel": the planners' tool, not the person's."""
    assert_theirs(
        "- Retired the rota sheets our planners kept in Excel for a web app.", "Microsoft Excel"
    )
    assert_own("- Replaced the scripts we kept in Perl with Python services.", "Perl")
    assert_own("- Migrated the jobs our team wrote in Perl to Python.", "Perl")


def test_a_party_after_its_verb_in_russian() -> None:
    """Russian puts the subject after its verb: "(... на Kotlin) писал подрядчик"."""
    assert_theirs(
        "— Старое приложение склада (на Kotlin) писал подрядчик, я его не трогал.", "Kotlin"
    )
    assert_own("— Приложение склада на Kotlin писал я сам для подрядчика.", "Kotlin")


def test_thai_which_and_a_team_after_the_name() -> None:
    """Thai "ซึ่งทีม...ดูแล": which the team looks after; "เราส่งเพียง": we only send."""
    assert_theirs("• ระบบบัญชีเป็น Oracle ซึ่งทีมไอทีดูแล เราส่งเพียงไฟล์", "Oracle Database")


def test_a_plural_possessive_after_to_or_with() -> None:
    """ "the depots' SAP system": many organisations, none of them the person's employer."""
    assert_theirs("- Wrote a gateway so our scanners could post to the depots' SAP system.", "SAP")
    assert_own("- Built dashboards for the stores' managers in Tableau.", "Tableau")
