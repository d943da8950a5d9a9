# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years the importer once read wrongly (heldout80 to heldout84): an open start after a comma
in the middle of an item ("zuerst mit Subversion, ab 2015 mit Git") dates its clause and
starts no job; a client project dated on a line of its own ends before the next job's duties
written under that job's title (the dates in a table above); a move from one tool to
another in a year ("moved our source control from SVN to Git in 2016 and ...") leaves the
old tool the months before the move, to the middle of its year."""

from __future__ import annotations

from tests.imports.catalog import catalog_matcher, years


def test_an_open_start_after_a_comma_inside_an_item() -> None:
    text = """Berufserfahrung

Entwickler – Maschinenbau Dornbirn GmbH
Jänner 2011 – Jänner 2019

- Steuerungssoftware in C++
- Quellcode zuerst in Subversion, ab 2016 mit Git
- Einführung von Scrum im Team

Praktikant – Beta AG
2009 – 2010
- Tests in Python
"""
    found = years(text, catalog_matcher())
    assert found["Git"] == 3  # 2016 to January 2019, not 2016 to today
    assert found["Scrum"] == 8  # the job's, not the clause's


def test_a_project_ends_before_the_next_jobs_duties() -> None:
    text = """Work history
[table]
Company | Designation | Duration
Harbour Apps Pvt. Ltd., Udupi | Senior Test Engineer | Sep 2021 – Till Date
Coastline Soft Pvt. Ltd., Udupi | Test Engineer | Jul 2018 – Aug 2021
[/table]

Harbour Apps Pvt. Ltd. – Senior Test Engineer
• Owns the Playwright suites for the web clients.

Project: Loyalty App (Apr 2023 – Till Date)
Client: a grocery chain
• Mobile test automation with Appium.

Coastline Soft Pvt. Ltd. – Test Engineer
• Database checks with SQL queries on MySQL.
• From 2020, automated the smoke tests with Selenium WebDriver.
"""
    found = years(text, catalog_matcher())
    assert found["MySQL"] == 3  # Coastline's years, not the loyalty project's as well
    assert found["Selenium"] == 1  # from 2020 to August 2021
    assert found["Appium"] == 3


def test_a_move_leaves_the_old_tool_the_months_before_it() -> None:
    text = """Experience
Firmware Engineer, Kaimai Controls — Jan 2013 – Dec 2020
- Firmware in C for irrigation controllers.
- Moved our source control from SVN to Git in 2016 and set up code reviews.
"""
    found = years(text, catalog_matcher())
    assert found["Apache Subversion"] == 3  # January 2013 to June 2016
    assert found["Git"] == 8  # the move's work is the job's


def test_a_move_in_another_language() -> None:
    text = """Expérience
Développeur PHP, Agence Moselle — janv. 2015 – déc. 2020
- Sites en PHP et MySQL.
- Passage de SVN à Git en 2018, puis mise en place de l'intégration continue.
"""
    assert years(text, catalog_matcher())["Apache Subversion"] == 3  # to June 2018


def test_a_year_after_in_leaves_the_old_tool_to_the_middle_of_that_year() -> None:
    text = """Experience
Android Developer, Zambezi Couriers — Jan 2019 – Jan 2022
- Rebuilt the rider app, migrating it from Java to Kotlin in 2020.
"""
    assert years(text, catalog_matcher())["Java"] == 1  # January 2019 to June 2020


def test_a_europass_cv_with_its_dates_in_a_left_column() -> None:
    # The job's text sits in the right-hand column, indented to the title; the left column
    # holds the dates and labels only, and the page footer carries a copyright's years.
    pad = " " * 33
    text = f"""ESPERIENZA PROFESSIONALE
01/09/2020 – alla data attuale   Data Engineer
{pad}Etna Dati S.r.l., Catania (Italia)
{pad}? Pipeline di dati in Python su Google Cloud.
{pad}? Dal 2022 responsabile tecnico di un gruppo di quattro
{pad}  persone: pianificazione e revisione del codice.
01/11/2016 – 31/08/2020          Sviluppatore
{pad}Sicula Soft S.r.l., Catania (Italia)
{pad}? Applicazioni in Java con database Oracle.
{pad}? Sviluppo in ambiente Linux con Git.
© Unione europea, 2002-2026 | europass.europa.eu                  Pagina 1 / 2
"""
    found = years(text, catalog_matcher())
    assert found["Python"] == 6  # September 2020 to today: "alla data attuale" is the present
    assert found["Java"] == 3  # November 2016 to August 2020, not the footer's 2002-2026
    assert found["Git"] == 3
    assert found["Code Review"] == 5  # the item opening "Dal 2022", its bullet a "?"


def test_a_bracketed_range_going_on_after_a_comma_starts_no_job() -> None:
    text = """EXPERIENCE

2020 - present
SITE RELIABILITY ENGINEER
Fundy Grid Software Inc., Moncton, NB

  - Led the migration from our own data centre to AWS (2020-2022),
    moving 160 VMs and retiring two racks.
  - Monitoring with Prometheus and Grafana.
"""
    assert years(text, catalog_matcher())["Prometheus"] == 7  # 2020 to today, not 2020-2022


def test_a_start_right_after_a_name_dates_its_clause() -> None:
    text = """Experience
Systems Administrator, Harbour Freight — 2014 – 2020
- Server builds with Ansible since 2017; before that, Bash scripts run from cron.
- Infrastructure as code with Terraform since 2019, replacing hand-made resources.
- Test automation: Selenium tests with NUnit from 2018, running nightly.
- Windows Server for 400 users.
"""
    found = years(text, catalog_matcher())
    assert found["Ansible"] == 3  # 2017 to 2020
    assert found["Bash"] == 6  # after the ";": the job's
    assert found["Terraform"] == 1
    assert found["NUnit"] == 2
    assert found["Windows Server"] == 6


def test_starts_inside_a_table_cell_of_items() -> None:
    # A Swiss Lebenslauf: each job one row, its work one cell of items separated by ";".
    rows = [
        "Zeitraum | Funktion / Arbeitgeber | Tätigkeiten",
        "seit 04/2020 | Entwicklerin, Rhein MedTech AG, Chur | Firmware in C++ mit FreeRTOS; "
        "seit 2022 zusätzlich Embedded Linux (Yocto); Build mit CMake; CI in Jenkins; "
        "seit 2024 fachliche Führung von zwei Entwicklern und Code-Reviews",
        "06/2011 – 02/2014 | Fischwerk AG – Mitarbeiterin, ab 01/2013 Schichtleiterin | "
        "Verpackung und Qualitätskontrolle; ab Januar 2013 Schichtleitung, Tagesberichte in Excel",
    ]
    text = "Berufserfahrung\n\n[table]\n" + "\n".join(rows) + "\n[/table]\n"
    found = years(text, catalog_matcher())
    assert found["Yocto Project"] == 5  # 2022 to today, to its ";"
    assert found["CMake"] == 6  # the job's: after the ";" that ends the dated item
    assert found["Code Review"] == 3  # the last item, from 2024
    assert found["Microsoft Excel"] == 1  # from January 2013, the second start on the row


def test_a_range_closing_an_item_after_over_or_between_starts_no_job() -> None:
    text = """Experience

DevOps Engineer — Tees Retail, Middlesbrough
March 2019 → April 2022

- Moved the shop APIs from a colocation rack to Microsoft Azure over 2020–21.
- Scripting in Bash and Python.
- Hiring: rebuilt the interview loop; hired six engineers between 2020 and 2021.
- Configuration management with Ansible.
"""
    found = years(text, catalog_matcher())
    assert found["Bash"] == 3  # the job's, March 2019 to April 2022
    assert found["Ansible"] == 3


def test_a_start_after_a_name_before_a_colon_dates_the_item() -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE
Ingénieur embarqué — Armor Balises, Perros-Guirec — mars 2013 – juillet 2019
- Firmware en C sous FreeRTOS pour balises de localisation.
- Linux embarqué depuis 2016 : passerelles construites avec Buildroot, scripts Bash.
"""
    found = years(text, catalog_matcher())
    assert found["Buildroot"] == 3  # 2016 to July 2019
    assert found["FreeRTOS"] == 6
