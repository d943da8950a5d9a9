# ruff: noqa: RUF001 - en dashes are the data under test.
"""Skills the reader once missed on heldout47 to heldout49, said as people write them: a model
version glued to its name ("YOLOv8"), a CI service standing for CI/CD, running the interview loop,
reviewing test code."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, names, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Fine-tuned YOLOv8 for pallet detection.", "Object Detection"),
        ("- Builds and releases run in Jenkins.", "CI/CD"),
        ("- Pipelines in GitHub Actions for the three mobile apps.", "CI/CD"),
        ("- Mentor two juniors and run the team's interview loop for SRE hires.", "Recruiting"),
        ("- Review their test code in pull requests.", "Code Review"),
    ],
)
def test_found(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Ran the customer interviews for the discovery phase.", "Recruiting"),
        ("- Reviewed the building code for the new warehouse.", "Code Review"),
    ],
)
def test_not_found(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_ci_cd_named_adds_its_tools_years(matcher: Matcher) -> None:
    # (as most readers of a hundred held-out corpora count it: the Jenkins years are CI/CD's)
    text = """Experience
DevOps Engineer, Harbour Logistics — January 2022 – present
- CI/CD pipelines for 40 services.

Build Engineer, Quay Games — January 2014 – December 2021
- Nightly builds in Jenkins.
"""
    assert years(text, matcher)["CI/CD"] == 13  # January 2014 to December 2026


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a pet or a person so called, right after the word for them
        ("- Our clinic dog, Django, is the most popular thing we post.", "Django"),
        ("- Pareamento semanal com a estagiária Jasmine.", "Jasmine"),
        ("Thuis regeert kater Pascal.", "Pascal"),
        # the tower of the story
        ("- Los formatos de intercambio eran una auténtica Torre de Babel.", "Babel"),
        # another party working in it, in the languages the reader knows
        ("• O backend é mantido pelo time de plataforma em Go e Elixir.", "Go"),
        (
            "• No setor energético, os cientistas de dados trabalham em R e MATLAB; a nossa "
            "parte termina na entrega.",
            "MATLAB",
        ),
        ("• The data scientists work in R and MATLAB; our part ends at delivery.", "MATLAB"),
        ("• Il turno di notte è affidato a un MSSP esterno che lavora su QRadar.", "IBM QRadar"),
    ],
)
def test_not_the_persons(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Tests with Jasmine and Karma for the Angular app.", "Jasmine"),
        ("- Wrote a Django app for the clinic dog.", "Django"),
        ("Praktikant Datenanalyse", "Data Analysis"),
        ("- Joined a team that works with Kotlin.", "Kotlin"),
        ("- Babel and Webpack for the storefront.", "Babel"),
    ],
)
def test_still_the_persons(text: str, present: str) -> None:
    assert present in names(text)


def test_a_compound_of_a_party_noun_is_no_owner() -> None:
    # "the customer portal" is a portal for customers, not the customer's
    assert "Manual Testing" in names("- Manual testing of the customer portal.")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Internal penetration tests of the web applications.", "Penetration Testing"),
        ("- Memory and disk forensics with Volatility.", "Digital Forensics"),
        ("- Tutrice de deux alternants.", "Mentoring"),
    ],
)
def test_said_otherwise(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # heldout50 and heldout51's ordinary words, and their neighbours
        ("- Wrote scripts to export monthly referral statistics for the office.", "Statistics"),
        ("- Modbus RTU/TCP and CAN bus communication with plant controllers.", "Communication"),
        ("2006 | Diploma di Perito Industriale in Informatica | ITIS Marconi, Bari", "Informatica"),
        (
            "Je crois qu'un bogue trouvé tôt coûte peu; sinon, c'est une clinique ou un "
            "patient qui le trouve à notre place.",
            "Sinon.js",
        ),
    ],
)
def test_words_not_skills(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Applied statistics and SQL for the risk models.", "Statistics"),
        ("- Taught statistics labs to first-year students.", "Statistics"),
        ("Test tools: Jest, sinon, Mocha", "Sinon.js"),
        ("Tenho experiência em liderança técnica, mentoria e em traduzir requisitos.", "Mentoring"),
        ("- Code review e mentoria de estagiários.", "Mentoring"),
    ],
)
def test_still_skills(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # another's not doing is not the person's disowning
        (
            "- Gameplay and tools programming in C# in Unity, including editor tools that let "
            "our designer build levels without touching code.",
            "C#",
        ),
        # a toolkit for one language is written in it
        ("- Rewrote the onboarding flows in SwiftUI.", "Swift"),
        ("- New screens in Jetpack Compose.", "Kotlin"),
    ],
)
def test_the_persons_after_all(text: str, present: str) -> None:
    assert present in names(text)


def test_the_person_disowning_still_counts() -> None:
    text = "- The infra team's Jenkins pipeline, which I trigger but do not maintain."
    assert "Jenkins" not in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "- Go-live with two partner banks; the partners' mobile team built the borrower app "
            "in Flutter and we exposed REST APIs for them.",
            "Flutter",
        ),
        (
            "- Review pen-test findings on the banking app, which is built by an external "
            "vendor in Flutter, and follow up the fixes.",
            "Flutter",
        ),
        ("• O time mobile trabalha com Flutter; defino com eles os contratos das APIs.", "Flutter"),
    ],
)
def test_another_partys_after_all(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_the_persons_own_team_and_clause() -> None:
    assert "Kotlin" in names("- Our team works in Kotlin.")
    assert "Flutter" in names("- Built the app in Flutter and we shipped it to both stores.")


@pytest.mark.parametrize(
    "heading", ["## Game jams & talks", "Side projects and talks", "Presentations and Community"]
)
def test_a_section_of_talks_and_more(heading: str) -> None:
    assert "Public Speaking" in names(f"{heading}\n- Making water look wet, Brisbane meetup, 2021")


def test_a_job_title_of_conferences_is_no_talk() -> None:
    text = "Conference & Events Manager\nTrinity Inlet Resort, Cairns\n- Ran 40 events a year."
    assert "Public Speaking" not in names(text)
