# ruff: noqa: RUF001 - en dashes are how résumés write ranges.
"""Years the importer once misread in heldout95 to heldout100 (as of tests.imports.catalog's
TODAY): Indian "Jun-2015 to Jun-2018" ranges, a month glued to its year by a hyphen."""

from __future__ import annotations

from datetime import date

from smatrx.imports.dates import find_date_ranges
from tests.imports.catalog import catalog_matcher, years


def test_a_month_glued_to_its_year_by_a_hyphen() -> None:
    [found] = find_date_ranges("Duration: Jun-2015 to Jun-2018", today=date(2026, 12, 5))
    assert (found.start, found.end) == (date(2015, 6, 1), date(2018, 6, 1))
    # (a hyphen between spaces still joins a range's months: "Mar - Jun 2020")
    [spaced] = find_date_ranges("Mar - Jun 2020", today=date(2026, 12, 5))
    assert (spaced.start, spaced.end) == (date(2020, 3, 1), date(2020, 6, 1))


def test_a_project_dated_jun_2015_to_jun_2018() -> None:
    text = """PROJECT DETAILS
Project 1: Claims Warehouse
Company: Pallava Infotech Ltd.
Role: ETL Developer
Duration: Jun-2015 to Jun-2018
Environment: Informatica PowerCenter 10.1, Oracle 12c, Control-M
Responsibilities:
• Informatica mappings loading claims data into the Oracle warehouse.
"""
    found = years(text, catalog_matcher())
    assert found["Informatica"] == 3
    assert found["Control-M"] == 3


def test_a_left_column_of_dates_whose_gap_the_pdf_lost() -> None:
    text = """Career
Apr 2020 – Ardee Freight Ltd, Drogheda
present Head of Platform (Platform Lead until 2022)
 • Run the Kotlin services on AWS for the booking platform.
2012 – 2019 Carlingford Data, Newry
 Senior Developer
 • Java services on Oracle.
"""
    found = years(text, catalog_matcher())
    assert found["Kotlin"] == 6  # April 2020 to today, not unread
    assert found["Java"] in (6, 7)


def test_a_range_on_the_line_is_no_start_whose_end_opens_the_next() -> None:
    text = """Experience
Ene 2022 – a la fecha | Desarrolladora Full Stack | Rápido Entregas, Guadalajara
Jul 2019 – Dic 2021 | Desarrolladora Web | Nearshore Tapatío, Zapopan
- PHP y Laravel para el portal de clientes.
"""
    assert years(text, catalog_matcher())["Laravel"] == 2


def test_until_a_year_dates_the_old_tool_and_the_sentence_after_it() -> None:
    text = """Experience
Senior SRE, Banna Cloud Ltd — Jan 2014 – Dec 2021
- We ran Nagios until 2017, then moved the alerting to Prometheus.
- Until 2016 we were on SVN; I led the move to Git.
- Bis 2019 liefen die Builds auf Jenkins, danach auf GitLab CI.
"""
    found = years(text, catalog_matcher())
    assert found["Nagios"] == 3  # 2014 to January 2017, where Prometheus starts
    assert found["Prometheus"] == 5  # from 2017 to the job's end
    assert found["Apache Subversion"] == 2
    assert found["Git"] == 6
    assert found["Jenkins"] == 5
    assert found["GitLab CI"] == 3


def test_until_in_a_title_or_outside_the_jobs_dates_dates_nothing() -> None:
    text = """Experience
Data Officer (Data Clerk until 2017), Tema Port Authority — Mar 2015 – Feb 2020
- Power BI reports.
- Tableau dashboards until 2012 in my first job.
"""
    found = years(text, catalog_matcher())
    assert found["Power BI"] == 5  # the job's months, inclusive
    assert found["Tableau"] == 5


def test_a_left_sidebar_beside_jobs_dated_on_the_right_of_their_column() -> None:
    rows = [
        ("KEY SKILLS", "EXPERIENCE"),
        ("Embedded Linux, Yocto", "Histon Devices Ltd, Cambridge          Apr 2018 – Present"),
        ("Git, Jenkins, Python", "- Firmware in C for a wearable monitor, team of four people."),
        ("FreeRTOS, Zephyr", "- Bare-metal drivers for SPI and I2C on the sensor boards."),
        ("JTAG, oscilloscope", "- Code reviews and mentoring of two graduate engineers here."),
        ("", "Cam Sensors Ltd, Cambourne          Sep 2010 – Mar 2018"),
        ("", "- Embedded Linux gateway with Yocto builds and kernel device drivers."),
    ]
    text = "NAME SURNAME\n" + "\n".join(f"{left:<40}{right}" for left, right in rows) + "\n"
    found = years(text, catalog_matcher())
    assert found["Yocto Project"] == 7  # the sidebar's list beside the 2018 job dates nothing
    assert found["Jenkins"] is None


def test_an_open_start_after_a_semicolon_in_a_wrapped_item_dates_its_clause() -> None:
    text = """Experience
Senior Firmware Engineer, Fenland Devices — Apr 2018 – Present
- FreeRTOS on the original product; since 2023 all new
  products are on Zephyr RTOS, and I ran the evaluation.
"""
    found = years(text, catalog_matcher())
    assert found["FreeRTOS"] == 8
    assert found["Zephyr RTOS"] == 4  # since 2023 (to today, December 2026), not a new job


def test_a_static_analyser_is_static_code_analysis() -> None:
    text = """Experience
Embedded Developer, Linzer Steuerungen — 03/2016 – 02/2020
- MISRA-C rules checked with PC-lint on every build.
"""
    assert years(text, catalog_matcher())["Static Code Analysis"] == 4


def test_an_item_opening_in_a_month_and_year() -> None:
    text = """Experience
E-Commerce Manager, Kingdom Knitwear — January 2020 – present
- In October 2020 we moved from Magento 2 to Shopify Plus with an agency in Cork.
Online Sales Executive, Atlantic Way — March 2016 – December 2019
- Day-to-day running of the Magento 1 store.
"""
    found = years(text, catalog_matcher())
    assert found["Magento"] == 4  # March 2016 to September 2020
    assert found["Shopify"] == 6  # from October 2020


def test_a_left_sidebar_whose_jobs_range_end_wrapped_in_the_right_column() -> None:
    rows = [
        ("TOOLS", "EXPERIENCE"),
        ("Canva · InDesign", "Marketing Coordinator                  04/2022 –"),
        ("Klaviyo · Mailchimp", "                                       Present"),
        ("", "Meewasin Outdoor Supply · Saskatoon, SK, a three-store retailer"),
        ("EDUCATION", "- Build the weekly email campaigns and automated flows in Klaviyo."),
        ("Bachelor of Commerce", "- Design flyers and the catalogue in Canva and InDesign."),
        ("2015 – 2019", "- A/B test subject lines and report open and conversion rates."),
        ("", "- Monthly reporting to the owners from Google Analytics and Klaviyo."),
    ]
    text = "NAME\n" + "\n".join(f"{left:<39}{right}".rstrip() for left, right in rows) + "\n"
    # (the degree's years in the sidebar start no job in the middle of the 2022 one)
    assert years(text, catalog_matcher())["Klaviyo"] == 4


def test_a_chilean_academic_section_dates_no_job() -> None:
    text = """EXPERIENCIA LABORAL
Araucanía Salud S.A., Temuco — DBA                    mar. 2019 – a la fecha
- Oracle Database 19c en RAC y PostgreSQL 15 con Patroni.
ANTECEDENTES ACADÉMICOS
2005 – 2010     Ingeniería Civil en Informática, Universidad de La Frontera
1999 – 2004     Enseñanza media, Liceo Pablo Neruda, Temuco
CURSOS Y CERTIFICACIONES
2017    Oracle Certified Professional, Oracle Database 12c Administrator
"""
    assert years(text, catalog_matcher())["Oracle Database"] == 7  # the job's, not 1999's


def test_until_before_a_start_on_the_same_item() -> None:
    text = """Berufserfahrung
Plattform-Engineer, Donau Logistik GmbH — 03/2016 – 12/2024
* Bis 2019 liefen die Pipelines auf Jenkins; seit 2019 auf GitLab CI.
"""
    found = years(text, catalog_matcher())
    assert found["Jenkins"] == 2  # to January 2019, not the whole job
    assert found["GitLab CI"] == 6


def test_a_sentence_opening_with_a_start_wrapped_over_lines() -> None:
    text = """Experience
GIS / CAD Technician, Prairie Survey Ltd — August 2016 – April 2020
- Maintained the parcel index in ArcMap. From 2018 I
  automated plan numbering with small Python scripts,
  which cut plan preparation by a day.
Datenanalyst, Murtal Handel GmbH — 09/2017 – 12/2021
  Berichte mit SSRS und T-SQL. Ab 2020 Umstellung der
  Filialberichte auf Power BI. Excel-Auswertungen mit VBA.
"""
    found = years(text, catalog_matcher())
    assert found["Python"] == 2  # from 2018, though the sentence wraps
    assert found["Power BI"] == 2  # from 2020 to the full stop on the next line
    assert found["VBA"] == 4  # the next sentence keeps the job's dates


def test_a_right_column_of_dates_whose_gap_the_pdf_lost() -> None:
    text = """EXPERIENCE
Lookout Ridge Controls, Inc. — Chattanooga, TN June 2019 –
Senior Firmware Engineer Present
- Firmware in C on FreeRTOS for the EV chargers.
Signal Mountain Instruments, LLC — Hixson, TN August 2014 –
Firmware Engineer May 2019
- I2C and SPI drivers for sensors and radios.
"""
    assert years(text, catalog_matcher())["I2C"] == 4  # August 2014 to May 2019, not to today


def test_an_end_alone_on_the_next_line_is_still_read_whole() -> None:
    text = """Expérience
Ingénieure données, Garonne Data — avril 2018 –
septembre 2021
- Pipelines Talend et Spark sur Hadoop.
"""
    assert years(text, catalog_matcher())["Talend"] == 3


def test_a_promotion_in_a_year_dates_what_follows_its_colon() -> None:
    text = """Experience
Security Analyst, Jacaranda Managed Security — Mar 2018 – Dec 2021
- Alert triage and phishing analysis with Splunk.
- Promoted to L2 in 2020: threat hunting and training new L1 analysts.
- SOC 2 Type II in 2020: access reviews and Datadog for monitoring.
"""
    found = years(text, catalog_matcher())
    assert found["Threat hunting"] == 2  # from the promotion
    assert found["Mentoring"] == 2
    assert found["Datadog"] == 3  # a project's year dates nothing: the job's
