# ruff: noqa: RUF001 - en dashes are how résumés write ranges.
"""A practice named only in a skills list takes its years from the dated use of its tools;
Go before a parenthesised aside and a chip family's part numbers ("STM32F4") are found."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from smatrx.imports.proposals import linkedin_proposals
from smatrx.imports.sources.resume_lines import rejoined_hyphenation
from tests.imports.catalog import TODAY, catalog_matcher, names, years


def test_go_before_an_aside_in_brackets() -> None:
    assert "Go" in names("- Wrote our internal tools in Go (a release bot and a cost report).")
    # (a board game is still a game)
    assert "Go" not in names("Evenings: playing Go (the board game) at the club.")


def test_the_part_numbers_of_a_chip_family() -> None:
    assert "STM32" in names("- Bootloader for the STM32F4/H7 boards, in C on FreeRTOS.")
    assert "STM32" in names("- Ported the motor controller to the STM32H743.")
    # (only a family named by letters and a number takes a part: "C4" is no C)
    assert "C" not in names("- Wiring of the C4 distribution board.")


_SKILLS_LIST_CI_CD = """EXPERIENCE

Harbour Systems, DevOps Engineer, March 2019 – present
- Pipelines in GitLab CI for sixty services.

Quay Software, Build Engineer, January 2016 – February 2019
- Ran the Jenkins farm for the desktop product.

SKILLS
CI/CD: GitLab CI, Jenkins
SQL: PostgreSQL, MySQL
"""


def test_a_listed_practice_takes_the_years_of_its_dated_tools() -> None:
    found = years(_SKILLS_LIST_CI_CD, catalog_matcher())
    assert found["CI/CD"] == 11  # January 2016 to December 2026, 131 months
    assert found["Jenkins"] == 3


def test_sql_beside_the_databases_stays_undated() -> None:
    # (most readers leave a listed SQL undated: a database kept running dates no query)
    text = _SKILLS_LIST_CI_CD.replace("for sixty services.", "for sixty services on PostgreSQL.")
    found = years(text, catalog_matcher())
    assert found["PostgreSQL"] == 7
    assert found["SQL"] is None


def test_a_practice_dated_by_its_own_mention_adds_its_tools_years() -> None:
    text = _SKILLS_LIST_CI_CD.replace(
        "for sixty services.", "for sixty services; CI/CD owner since 2023."
    )
    assert years(text, catalog_matcher())["CI/CD"] == 11  # Jenkins from 2016, not 2023 only


def test_a_listed_practice_in_a_linkedin_export() -> None:
    position = SimpleNamespace(
        title="Build Engineer",
        company="Quay Software",
        description="Ran the Jenkins farm for the desktop product.",
        started=date(2016, 1, 1),
        finished=date(2019, 2, 1),
    )
    export = SimpleNamespace(
        skills=["Continuous Integration and Continuous Delivery (CI/CD)"],
        endorsements={},
        positions=[position],
        certifications=[],
        projects=[],
    )
    proposals, _ = linkedin_proposals(export, catalog_matcher(), today=TODAY)
    assert {p.name: p.years for p in proposals}["CI/CD"] == 3


def test_jenkins_for_builds() -> None:
    assert "Jenkins" in names("- Jenkins for the dev team's builds and releases.")


def test_ecs_on_aws_and_in_a_game_engine() -> None:
    assert "Amazon ECS" in names("- Containerised the old workloads with Docker and ECS.")
    # (beside a game engine it is the entity component system)
    assert "Amazon ECS" not in names("- Combat systems in Unity (C#, DOTS/ECS, Burst compiler).")


def test_what_a_move_took_the_repositories_away_from() -> None:
    french = """Expérience
Développeuse PHP, Agence Web, Épernay — mars 2017 – août 2021
▪ Sites et boutiques en ligne en PHP et Symfony.
▪ En 2019, j'ai piloté la migration de nos dépôts SVN vers Git.
"""
    found = years(french, catalog_matcher())
    assert found["Apache Subversion"] == 2  # March 2017 to the middle of 2019, not to 2021
    assert found["Git"] == 2  # 2019 to August 2021
    portuguese = """Experiência
Desenvolvedor Java, Joinville — Jan/2017 – Fev/2021
• Em 2018 trocamos o SVN pelo Git, e eu conduzi a migração dos repositórios.
"""
    found = years(portuguese, catalog_matcher())
    assert found["Apache Subversion"] == 1  # January 2017 to the middle of 2018
    assert found["Git"] == 3


@pytest.mark.parametrize("bullet", ["○", "●", "■", "➢", "✓", "?"])
def test_an_item_opening_with_a_start_after_any_bullet(bullet: str) -> None:
    text = f"""WORK EXPERIENCE
Ashta Soft Systems, Nagpur                                  Aug 2016 – Nov 2024
Associate Software Engineer
{bullet} Trained on Java and MySQL; maintained the billing web application.
{bullet} From Jan 2022 on the Salesforce practice: custom objects and reports.
"""
    found = years(text, catalog_matcher())
    assert found["Salesforce"] == 2  # January 2022 to November 2024, not the whole job
    assert found["Java"] == 8


def test_a_name_a_pdf_hyphenated_at_a_lines_end() -> None:
    text = """EXPERIENCE
Artland Möbelwerke GmbH, Quakenbrück, 12/2013 – 11/2018
 Betreuung von Windows Server, Active Direc-
  tory und der Drucker für drei Standorte.
 Dashboards in React-
  based pages for the sales team.
"""
    found = years(text, catalog_matcher())
    assert found["Active Directory"] == 5  # December 2013 to November 2018, 60 months
    assert found["React"] == 5  # (a hyphen that was the word's own keeps its reading)


def test_rejoining_keeps_every_other_position() -> None:
    text = "Active Direc-\n  tory und Exchange\nnext line"
    joined, joins = rejoined_hyphenation(text)
    assert joined == "Active Directory\n    und Exchange\nnext line"
    assert len(joined) == len(text) and joins == [12]
    assert joined.index("und") == text.index("und")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Android: Kotlin, Jetpack Compose, MVVM, Coroutines, Hilt, Room", True),
        ("- App in Kotlin con arquitectura MVVM, Coroutines y Flow.", True),
        ("Python: asyncio coroutines, FastAPI, Django", False),  # (no Kotlin)
        ("Card services in Kotlin. Lua for coroutines in the game scripts.", False),
    ],
)
def test_coroutines_are_kotlins_beside_kotlin(text: str, found: bool) -> None:
    assert ("Kotlin Coroutines" in names(text)) is found


def test_a_squad_of_the_client_is_not_led() -> None:
    assert "Leadership" not in names("- Apoyo al squad de pagos del cliente con pruebas de API.")


def test_a_peer_reviewed_paper_is_no_code_review() -> None:
    assert "Code Review" not in names("- Two peer-reviewed papers on remote sensing (IGARSS 2018).")


def test_threat_modelling_workshops_are_threat_modelling() -> None:
    assert "Threat Modeling" in names("- Threat modelling workshops with every squad.")


def test_cisco_switches_stay_cisco() -> None:
    found = names("- Configured Cisco switches and Fortinet firewalls.")
    assert "Cisco IOS" in found


def test_another_teams_change_windows_are_no_change_management() -> None:
    text = "- Worked around the ERP team's PeopleSoft change windows when scheduling scans."
    assert "Change Management" not in names(text)


def test_a_left_sidebar_beside_a_middle_column_of_dates() -> None:
    profile = [
        ("COMPÉTENCES", "PROFIL"),
        ("Langages", "Ingénieur logiciel embarqué, plus de dix ans d'expérience"),
        ("C, C++, Python, Rust", "sur microcontrôleurs ARM et Linux embarqué, du ferroviaire"),
        ("Cibles", "à l'électronique marine, pour des produits qui vivent en mer."),
    ]
    rows = [
        ("", "", "EXPÉRIENCE PROFESSIONNELLE"),
        ("CAN, NMEA 2000, BLE,", "sept. 2020 –", "Ingénieur logiciel embarqué senior"),
        ("SPI, I2C", "aujourd'hui", "Océalys Instruments – Lorient"),
        ("Outils", "", "Capteurs de vent et de cap pour voiliers de course."),
        ("Git, Jira, débogage", "", "• Firmware en C sur STM32 sous FreeRTOS, code MISRA C."),
        ("", "", "• Git avec workflow par merge requests et revue de code."),
        ("", "", "• Encadrement de deux alternants, avec l'équipe électronique."),
        ("mars 2016 –", "", ""),
    ]
    text = (
        "NOM PRÉNOM\n"
        + "\n".join(f"{a:<37}{b}" for a, b in profile)
        + "\n"
        + "\n".join(f"{a:<37}{b:<17}{c}".rstrip() for a, b, c in rows)
        + "\n"
    )
    found = years(text, catalog_matcher())
    assert found["STM32"] == 6  # September 2020 to today
    assert found["Git"] == 6
    assert found["Jira"] is None  # the sidebar's, beside the job: dated by nothing


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Wix sites; my favourite client was Ruby's Patty Palace, for its menus.", "Ruby"),
        ("Familienstand | verheiratet, eine Tochter (Julia, 5 Jahre)", "Julia"),
        ("- Weekend hikes with my husband Jenkins and our two kids.", "Jenkins"),
    ],
)
def test_a_familys_or_a_shops_name(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_possessive_before_a_technologys_part() -> None:
    assert "Django" in names("- Reports through Django's ORM and its admin.")


def test_gherkin_is_its_own_skill_not_cucumber() -> None:
    found = names("- Acceptance criteria written in Gherkin (BDD) with the product owner.")
    assert "Gherkin" in found
    assert "Cucumber" not in found
    assert "Cucumber" in names("Automation | Playwright, Selenium, Cucumber, Postman")


def test_a_sentences_last_word_wrapped_alone_is_no_heading() -> None:
    text = """ESPERIENZA PROFESSIONALE
da settembre 2019 a febbraio 2022
Assegnista di ricerca - Istituto Veneto, Castelfranco Veneto
- Nel 2020 il gruppo è passato a PyTorch; ho riscritto io le pipeline di
  training.
- Pre-processing di dati geospaziali con GDAL.
"""
    assert years(text, catalog_matcher())["GDAL"] == 2  # the job's, not an undated section


def test_an_aside_in_duties_written_under_a_table_of_dates() -> None:
    text = """PROFESSIONAL EXPERIENCE
Organisation | Designation | Duration
Kalinga Analytics Pvt. Ltd., Bhubaneswar | Machine Learning Engineer | Jul 2021 – Till Date
Utkal Retail Solutions Pvt. Ltd., Bhubaneswar | Data Scientist | Jun 2018 – Jun 2021

Kalinga Analytics Pvt. Ltd. – Machine Learning Engineer
• Document classification models in Python with PyTorch.
• In 2024 I introduced a RAG assistant using LangChain and pgvector on PostgreSQL.

Utkal Retail Solutions Pvt. Ltd. – Data Scientist
• Demand forecasting with XGBoost; SQL on PostgreSQL for the features.
• From 2020 the heavy feature jobs were moved to PySpark on AWS EMR.
"""
    found = years(text, catalog_matcher())
    assert found["LangChain"] == 3  # January 2024 to December 2026, not the whole job
    assert found["PyTorch"] == 5
    assert found["Amazon EMR"] == 1  # January 2020 to June 2021


def test_jax_rs_is_jakarta_ee_not_jax() -> None:
    found = names("- REST services in Java with JAX-RS and JPA.")
    assert "JAX" not in found
    assert "Jakarta EE" in found


def test_a_places_name_after_a_technologys() -> None:
    assert "Juniper Junos" not in names("Kamloops (Juniper Ridge), BC")
    assert "Juniper Junos" in names("- Juniper and Cisco routers at the data centre.")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Coordino a dos ingenieros de datos y reviso su código.", "Code Review"),
        ("- Código versionado em Git, com revisão por pares em pull requests.", "Code Review"),
        ("- Test code kept in Git with peer review on every change.", "Code Review"),
        ("- Atención directa a clientes para levantar requerimientos.", "Requirements Gathering"),
        ("- Anforderungsaufnahme mit den Fachabteilungen.", "Requirements Gathering"),
        ("- Gathered reporting requirements from marketing and finance.", "Requirements Gathering"),
        ("- Atendimento N2/N3 e documentação dos ambientes no Confluence.", "Technical Writing"),
        ("- Pflege der Dokumentation im Confluence.", "Technical Writing"),
        (
            "- Supervised two trainees and wrote most of our team's documentation.",
            "Technical Writing",
        ),
        ("- Code-Reviews, Einarbeitung neuer Kolleg:innen.", "Mentoring"),
        ("- Planificación, entrevistas y formación de los nuevos.", "Mentoring"),
        ("- Tutorat d'une alternante data analyst.", "Mentoring"),
        ("- Condução de workshops com as áreas de risco e cobrança.", "Facilitation"),
        ("- BDD con Cucumber: facilito los talleres con producto.", "Facilitation"),
        ("- Ateliers de cadrage et démonstrations mensuelles.", "Facilitation"),
        (
            "- Revisione del codice e colloqui tecnici per le nuove assunzioni.",
            "Technical Interviewing",
        ),
        ("- Hardware repair, OS installation and network cabling.", "Network Administration"),
        ("- Netzwerktechnik (VLANs, Firewall-Regeln).", "Network Administration"),
        ("- Configuração e manutenção de routers e switches Cisco.", "Network Administration"),
        ("- Support de niveau 2 pour un parc de 900 postes.", "Technical Support"),
        ("- Erst- und Zweitlevel-Support für 600 Mitarbeitende.", "Technical Support"),
        ("- Tier 1 and 2 support for 1,800 students and staff.", "Technical Support"),
        ("- Unit and component tests with Jest and React Testing Library.", "Unit Testing"),
        ("- DBA representative on the change advisory board (ITIL).", "Change Management"),
        ("- Incident- en changebeheer volgens ITIL in TOPdesk.", "Change Management"),
        ("- Gestion des incidents et des changements selon ITIL.", "Change Management"),
        (
            "- Software budget of £9m, with monthly forecasts and variance reports.",
            "Time Series Forecasting",
        ),
        ("- Regular speaker at WA DevOps meetups.", "Public Speaking"),
        ("- Served customers at the counter on weekends.", "Customer Service"),
        (
            "Competenze organizzative         Coordinamento di un gruppo di quattro persone.",
            "Leadership",
        ),
        (
            "- Dal 2011 team leader di un gruppo di sei sviluppatori: pianificazione, stime.",
            "Leadership",
        ),
        ("- Lidero un squad de 7 personas (5 devs, 1 diseñadora, 1 QA).", "Leadership"),
        ("• Desde 2024 lidero el squad de comercios: planeación del trabajo.", "Leadership"),
        ("- Supervise 11 full-time employees through planting and harvest.", "Leadership"),
        (
            "Depuis 2024, responsable technique d'une petite équipe de trois ingénieurs.",
            "Leadership",
        ),
        (
            "- Claims go through a clearinghouse; I manage that vendor relationship.",
            "Vendor Management",
        ),
        ("- Manage the marketing tech budget and vendor renewals.", "Vendor Management"),
        ("- Prepare the IT budget, get quotations and deal with suppliers.", "Vendor Management"),
        ("- Beheer van de applicaties, aanspreekpunt voor de leverancier.", "Vendor Management"),
        ("- Budgetopvolging en contractbeheer met leveranciers.", "Vendor Management"),
    ],
)
def test_practices_in_more_words(text: str, present: str) -> None:
    assert present in names(text)
