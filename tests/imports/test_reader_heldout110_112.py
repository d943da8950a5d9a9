# ruff: noqa: RUF001 - en dashes are how résumés write ranges.
"""What heldout110-112 showed at their first score: a plain-text job line's "-- since
October 2022", a quarter as a start ("From Q1 2025"), a sentence wrapped after "their" before
another's technology, and Java the island (smatrx.imports.dates, ownership, vocabulary)."""

from __future__ import annotations

from datetime import date

from smatrx.imports.dates import find_date_ranges
from tests.imports.catalog import assert_theirs, catalog_matcher, names, years

TODAY = date(2026, 12, 5)


def test_an_open_start_after_a_plain_text_dash() -> None:
    (found,) = find_date_ranges(
        "Barje Logistics Software d.o.o., Ljubljana -- since October 2022", today=TODAY
    )
    assert (found.start, found.ongoing) == (date(2022, 10, 1), True)


def test_a_quarter_is_its_first_month() -> None:
    (found,) = find_date_ranges("Platform Engineer, Acme   Q3 2021 – Q2 2023", today=TODAY)
    assert (found.start, found.end) == (date(2021, 7, 1), date(2023, 4, 1))
    job = (
        "EXPERIENCE\n\nEngineering Manager, Barje Logistics, June 2012 – present\n"
        "- From Q1 2025 I also own the engineering budget and the vendor contracts.\n"
    )
    assert years(job, catalog_matcher())["Vendor Management"] == 2


def test_another_partys_technology_after_a_wrapped_their() -> None:
    assert_theirs(
        "- System integration testing of new releases from the vendor. The vendor's developers"
        " in Chennai fix the defects in their\n  Java code; I retest the fixes.",
        "Java",
    )


def test_java_the_birthplace() -> None:
    assert "Java" not in names("mijn oma is op Java geboren en kwam in 1958 naar Friesland.")


def test_a_month_glued_to_its_year_is_a_point() -> None:
    for written in ("- Since Jun-2023 I own the CDC pipeline", "- Since mid-2023 I own it"):
        (found,) = find_date_ranges(written, today=TODAY)
        assert (found.start, found.ongoing) == (date(2023, 6, 1), True)
    (found,) = find_date_ranges("early 2022 – late 2024", today=TODAY)
    assert (found.start, found.end) == (date(2022, 2, 1), date(2024, 10, 1))


def test_a_quarter_or_a_part_of_a_year_opening_an_item() -> None:
    job = "EXPERIENCE\n\nData Engineer, Fustat Pay, June 2012 – present\n- {}\n"
    found = years(
        job.format("In Q2 2024 I migrated 300 scheduled queries to dbt."), catalog_matcher()
    )
    assert found["dbt"] == 2
    found = years(job.format("Since mid-2023 I own our pipeline with Debezium."), catalog_matcher())
    assert found["Debezium"] == 3


def test_until_and_its_year_wrapped_onto_two_lines() -> None:
    job = (
        "EXPERIENCE\n\nComputer Vision Developer, Galil Agro Robotics, 2015 – 2021\n"
        "• Deep learning models for fruit detection for the robot arm: TensorFlow until\n"
        "  2019, then PyTorch for all new models.\n"
    )
    found = years(job, catalog_matcher())
    assert (found["TensorFlow"], found["PyTorch"]) == (4, 2)


def test_a_budget_with_its_amount_in_an_iso_currency() -> None:
    assert "Budget Management" in names(
        "• Yearly marketing plan and budget (about OMR 420,000), with monthly tracking."
    )


def test_enquiries_and_accounts_of_the_trades() -> None:
    assert "Customer Service" in names("- Member enquiries, new accounts and passbook updates.")
    assert "Customer Service" in names("- Parents' and public enquiries at the front office.")
    assert "Social Media Marketing" in names("- Ran the malls' Instagram and Snapchat accounts.")
    assert "Market Research" in names("- Customer surveys and mystery shopping twice a year.")


def test_a_desktop_gis_is_gis_work() -> None:
    job = (
        "EXPERIENCE\n\nPark Ranger, Parks Australia, March 2016 – present\n"
        "- Fire scar and weed mapping in QGIS from drone imagery.\n"
    )
    assert years(job, catalog_matcher())["GIS"] == 10


def test_german_starts_after_the_promotion_and_a_database_set_up() -> None:
    job = (
        "Berufserfahrung\n\n03/2012 – heute\nGIS-Entwickler, Hunte-Ems Netz GmbH, Oldenburg\n"
        "– Seit der Beförderung im Januar 2024 fachliche Leitung von zwei Entwicklern und"
        " Sprintplanung nach Scrum.\n"
        "– 2020 habe ich die erste PostGIS-Datenbank des Büros aufgesetzt.\n"
    )
    found = years(job, catalog_matcher())
    assert (found["Scrum"], found["PostGIS"]) == (3, 7)


def test_the_work_after_a_reorganisation_in_a_month() -> None:
    job = (
        "EXPERIENCE\n\nSenior Backend Engineer, Feleac Travel, September 2012 – present\n"
        "* After the reorg in February 2023 I moved to the payments squad: Adyen and Stripe"
        " integrations, refunds and chargebacks.\n"
    )
    assert years(job, catalog_matcher())["Stripe"] == 3


def test_a_part_of_a_year_before_a_colon_opens_the_work_after_it() -> None:
    job = (
        "EXPERIENCE\n\nArborist, Tablelands Tree Care, June 2012 – present\n"
        "- Led a crew of four from mid-2016: job planning and chainsaw work.\n"
    )
    assert years(job, catalog_matcher())["Leadership"] == 10


def test_audited_names_of_other_things() -> None:
    # (heldout110-112's audits: a device's board, a school exam, a statistics agency, a colleague)
    assert "Communication" not in names(
        "- In early 2022 we moved the communication board to Zephyr RTOS on the nRF5340."
    )
    assert not {"Google Compute Engine", "Google Cloud Platform"} & names(
        "2010 - 2011 GCE 'A' Level (Economics, Geography, General Paper), Pusat Tingkatan Enam"
    )
    assert "Statistics" not in names(
        "Census Enumerator (temporary) — Vanuatu National Statistics Office"
    )
    assert "Leadership" not in names("- Our data lead, Priya, signs off every model.")
    # the words themselves still count
    assert "Communication" in names("- Clear communication with patients and families.")
    assert "Statistics" in names("- Statistics for the quarterly reports in R.")


def test_a_promotion_in_a_months_number() -> None:
    job = (
        "EXPERIENCE\n\nSenior iOS Developer, Song Han Software, June 2012 – present\n"
        "Since my promotion in 01/2024 I review all iOS pull requests in my team and mentor two"
        " fresher developers.\n"
    )
    found = years(job, catalog_matcher())
    assert (found["Code Review"], found["Mentoring"]) == (3, 3)
