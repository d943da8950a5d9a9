# ruff: noqa: RUF001 - en dashes are how résumés write ranges.
"""What heldout113-115's first scores showed the reader missing: an old Europass CV's labels
column, an item's period whose sentence goes on over its wrapped lines, a range in brackets
on an item's wrapped line (smatrx.imports.sources.resume_columns, resume_periods)."""

from __future__ import annotations

from tests.imports.catalog import catalog_matcher, names, own_and_theirs, years

_EUROPASS = """                      Curriculum Vitae
                              Europass

              Esperienza professionale

                                  Date   Marzo 2019 - oggi
          Lavoro o posizione ricoperti   Senior Embedded Software Engineer
  Principali attività e responsabilità   Sviluppo del software di centraline elettroniche (ECU):
                                         - firmware in C su microcontrollori NXP S32K;
                                         - stack AUTOSAR Classic, configurazione del software;
                                         - build notturne e integrazione continua con Jenkins e Git;
 Nome e indirizzo del datore di lavoro   Maiella Automotive Electronics S.r.l., Pescara

                                  Date   Settembre 2013 - Febbraio 2019
          Lavoro o posizione ricoperti   Sviluppatrice firmware
  Principali attività e responsabilità   Firmware per cruscotti digitali di motocicli:
                                         - sviluppo in C su STM32 e Renesas RL78;
                                         - FreeRTOS sui cruscotti;
 Nome e indirizzo del datore di lavoro   Sangro Motion S.p.A., Atessa
"""


def test_an_old_europass_cv_keeps_its_main_column_beside_the_labels() -> None:
    found = years(_EUROPASS, catalog_matcher())
    assert (found["Jenkins"], found["AUTOSAR"], found["FreeRTOS"]) == (7, 7, 5)


_A_GERMAN_JOB = """BERUFSERFAHRUNG

seit 01/2014          IT-Leiter
                      Ybbstaler Stanztechnik GmbH, Amstetten

                      - Leitung der IT-Projekte, u. a. Einführung von abas ERP
                        (Projekt 03/2016 - 06/2017, seither laufende Betreuung
                        gemeinsam mit dem Systempartner)
                      - Seit 2017 zusätzlich Informationssicherheits-
                        beauftragter: ISMS nach ISO 27001
                      - Server und Clients: Windows Server, Active Directory,
                        PowerShell-Skripte für Benutzer- und Rechteverwaltung
                      - Datensicherung mit Veeam nach der 3-2-1-Regel
"""


def test_an_items_period_over_its_wrapped_lines_is_no_new_job() -> None:
    found = years(_A_GERMAN_JOB, catalog_matcher())
    # the job's since January 2014; ISO 27001 since 2017
    assert (found["Veeam"], found["Active Directory"], found["ISO/IEC 27001"]) == (13, 13, 10)


_A_LEFT_SIDEBAR_CLOSE_TO_THE_JOBS = """                            MAËLLE KERHERVÉ
                            Ingénieure DevOps / SRE

CONTACT                     PROFIL
Quimper (29)                Ingénieure DevOps avec une dizaine d'années d'expé-
06 71 28 44 93              rience : d'abord l'infogérance de serveurs pour les PME
maelle.kerherve@proton.me   et les collectivités du Morbihan, puis une plateforme
Permis B                    SaaS pour la filière pêche bretonne. J'aime l'infra-
                            structure décrite en code, les mises en production
COMPÉTENCES                 sans stress et les astreintes calmes.
IaC : Terraform, Ansible    EXPÉRIENCES PROFESSIONNELLES
CI/CD : GitLab CI, Argo CD  Ingénieure DevOps / SRE                         sept. 2021 –
Supervision : Prometheus,   Kerlogik – Quimper                               aujourd'hui
Grafana, Loki, Zabbix       Éditeur SaaS pour les criées et les mareyeurs : ventes
Systèmes : Linux (Debian,   aux enchères, traçabilité des lots, facturation.
CentOS, Rocky), Windows     • Administration de la plateforme sur AWS ; toute
Server                        l'infrastructure est décrite en Terraform.
Sécurité : HashiCorp Vault  • Pipelines GitLab CI pour les 14 services de l'équipe
OUTILS                        de développement : build des images Docker, tests
Git, Jira, Confluence, GLPI   et déploiement sur Kubernetes.
                            • Scripts Python et Bash pour l'automatisation des
                              sauvegardes et la purge des environnements de test.

Administratrice systèmes et réseaux, puis DevOps                             2016 – 2021
Armor Infogérance – Vannes
• Administration de serveurs Linux (Debian, CentOS) et Windows Server.
• Virtualisation VMware vSphere ; sauvegardes Veeam et tests de restauration.
"""


def test_a_left_sidebar_a_narrow_gap_before_the_jobs() -> None:
    found = years(_A_LEFT_SIDEBAR_CLOSE_TO_THE_JOBS, catalog_matcher())
    # the second job is found; the sidebar's tools are no job's
    assert (found["Veeam"], found["Windows Server"], found["Terraform"]) == (5, 5, 5)
    assert found["HashiCorp Vault"] is None and found["Jira"] is None


_PROJECTS_LABELLED_IN_A_JOB = """WORK EXPERIENCE

GRADUATE ENGINEER / ASSISTANT SITE ENGINEER – ATHI BASIN CONSTRUCTION CO. LTD, NAIROBI
March 2018 – December 2021
Building contractor (NCA 3) for institutional and commercial buildings.
• Projects: four-storey students' hostel at a university in Juja, a 60-bed maternity wing.
• From 2020 I prepared the bar bending schedules for all the structural elements.
• Shop drawings and as-built drawings in AutoCAD.
"""


def test_a_bulleted_projects_label_is_the_jobs_item() -> None:
    # (not a Projects section after which "From 2020" opens a job of its own, to this day)
    assert years(_PROJECTS_LABELLED_IN_A_JOB, catalog_matcher())["AutoCAD"] == 3


_AN_ENDED_JOB = """EXPERIENCE

Data Analyst - Citricola del Litoral S.A., Salto
03/2016 - 07/2019
Citrus packer and exporter: oranges, mandarins and lemons for Europe and the US.
  - Power BI dashboards from 2018 for the packing-house and quality managers.
  - Python scripts from 2018 to clean the data coming from the grading-line scales.
  - SQL on PostgreSQL, and from 2018 on BigQuery for the export reports.
  - Team lead from 2017 for three analysts; ran code reviews in GitLab.
"""


def test_a_name_from_a_year_going_on_with_what_it_was_for() -> None:
    found = years(_AN_ENDED_JOB, catalog_matcher())
    # from January 2018 to July 2019; PostgreSQL (before "and from") and the lead's role
    # with the whole job
    assert (found["Power BI"], found["Python"]) == (1, 1)
    assert (found["PostgreSQL"], found["GitLab"]) == (3, 3)


def test_what_came_before_a_start_closing_its_clause() -> None:
    job = (
        "EXPERIENCE\n\nQA Engineer, Norba Software, June 2012 – present\n"
        "• Automatización de pruebas con Playwright y TypeScript desde 2022; hasta entonces,"
        " con Selenium WebDriver y Java.\n"
        "- Server builds with Ansible since 2017; before that, Bash scripts for every host.\n"
    )
    found = years(job, catalog_matcher())
    # June 2012 to the start of 2022 and of 2017
    assert (found["Selenium"], found["Java"], found["Bash"]) == (9, 9, 4)
    assert (found["Playwright"], found["Ansible"]) == (5, 10)


def test_since_then_in_the_promotions_own_sentence() -> None:
    job = (
        "EXPERIENCE\n\nPlatform Engineer, Kalamaja Payments, June 2012 – present\n"
        "I was promoted in April 2024, and since then I lead the platform team of five:"
        " planning, 1:1s and hiring.\n"
    )
    assert years(job, catalog_matcher())["Recruiting"] == 2


def test_a_part_of_a_year_in_the_languages_of_europe() -> None:
    job = (
        "EXPERIENCE\n\nEntwicklerin, Ilztal Software GmbH, June 2012 – present\n"
        "• Bis Mitte 2023 Deployment per Ansible auf eigene VMs, danach als Docker-Container"
        " auf OpenShift im kommunalen Rechenzentrum\n"
    )
    found = years(job, catalog_matcher())
    # June 2012 to June 2023; June 2023 to December 2026
    assert (found["Ansible"], found["Docker"]) == (11, 3)


def test_a_browser_automation_tool_dates_test_automation() -> None:
    job = (
        "EXPERIENCE\n\nTester de software, Sabinar Informática S.L., June 2012 – present\n"
        "• Desde 2017, automatización de los casos de regresión con Selenium WebDriver y Java.\n"
    )
    assert years(job, catalog_matcher())["Test Automation"] == 10
    # (not another party's: the agency's Cypress suite is theirs)
    own, _ = own_and_theirs(catalog_matcher(), "- The agency's Cypress suite runs nightly.")
    assert "Test Automation" not in own


def test_tools_that_do_one_practice_date_it() -> None:
    job = (
        "EXPERIENCE\n\nData Engineer, Dayman Labs, June 2012 – present\n"
        "• Loads from the ERP with SQL Server Integration Services packages.\n"
        "• On call in PagerDuty one week in four.\n"
        "• Weekly demand with Prophet; contract tests of our APIs in Postman.\n"
    )
    found = years(job, catalog_matcher())
    assert (found["ETL"], found["Incident Management"]) == (14, 14)
    assert (found["Time Series Forecasting"], found["API Testing"]) == (14, 14)


def test_tools_of_a_trade_date_the_trade() -> None:
    job = (
        "EXPERIENCE\n\nEngineer, Dayman Labs, June 2012 – present\n"
        "• Services in FastAPI; the Android app calls them with Retrofit.\n"
        "• Branch routers on Cisco IOS and a pfSense firewall.\n"
        "• Firmware in Embedded C on STM32 with FreeRTOS.\n"
    )
    found = years(job, catalog_matcher())
    assert (found["REST APIs"], found["Network Administration"]) == (14, 14)
    assert found["Embedded Systems"] == 14


def test_libraries_and_models_of_a_field_date_it() -> None:
    job = (
        "EXPERIENCE\n\nAnalytics Engineer, Dayman Labs, June 2012 – present\n"
        "• Warehouse models in dbt; entity extraction with spaCy; plate reading with OpenCV.\n"
        "• Reports in R with ggplot2.\n"
    )
    found = years(job, catalog_matcher())
    assert (found["Data Modeling"], found["Natural Language Processing"]) == (14, 14)
    assert (found["Computer Vision"], found["R"]) == (14, 14)


def test_managing_customers_accounts() -> None:
    said = "• Business reviews twice a year, and I still manage three strategic accounts myself."
    assert "Account Management" in names(said)
    assert "Account Management" not in names("- Managed user accounts in Active Directory.")


def test_the_element_and_the_kitchens_rank() -> None:
    assert "Selenium" not in names(
        "- Selenium, iodine and vitamin analyses for the nutritional powders go to a lab."
    )
    assert "Chef" not in names("  - Chef de partie on the fish section until May 2016.")
    assert "Selenium" in names("- UI tests in Selenium WebDriver with Java.")
    assert "Chef" in names("- Server configuration with Chef and Ansible.")


_A_TITLE_HELD_SINCE_A_PROMOTION = """EXPERIENCIA PROFESIONAL
QA Lead (antes Ingeniera QA) – Manchatec Soluciones S.L., Albacete
Marzo 2020 – actualidad
• Diseño de la estrategia de pruebas y del plan de regresión de cada versión.
• Ascendida a QA Lead en enero de 2023: lidero un equipo de tres testers, reparto el trabajo.
"""


def test_a_title_is_held_from_the_promotion_its_items_tell() -> None:
    # January 2023 to December 2026, not the whole job from March 2020
    assert years(_A_TITLE_HELD_SINCE_A_PROMOTION, catalog_matcher())["Leadership"] == 4
