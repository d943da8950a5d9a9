# ruff: noqa: RUF001 - en dashes and non-English letters are the data under test.
"""Résumé layouts the entry splitter once read wrongly (heldout8): whole numeric dates in every
day, month and year order, section headings known by their layout rather than their words
(any language), a table of one record per project."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.sources.resume import split_entries
from tests.imports.catalog import spans

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("01/03/2019 – DOSUD", date(2019, 3, 1), TODAY),  # Europass: day, month, year
        ("01/09/2013 – 28/02/2019", date(2013, 9, 1), date(2019, 2, 1)),
        ("1-3-2019 - 1-5-2020", date(2019, 3, 1), date(2020, 5, 1)),
        ("01.03.2017 - 30.06.2019", date(2017, 3, 1), date(2019, 6, 1)),
        # month, day, year only where the day cannot be a month
        ("03/15/2019 - 04/20/2020", date(2019, 3, 1), date(2020, 4, 1)),
        # year first, as Hungarian, Chinese-style and ISO-like forms write it
        ("2019/03/01 - 2020/05/31", date(2019, 3, 1), date(2020, 5, 1)),
        ("2019.03.01. – 2020.05.31.", date(2019, 3, 1), date(2020, 5, 1)),
        # Indonesian "Agt" and Catalan "ag." (with its dot) for August
        ("Agt 2018 - Apr 2021", date(2018, 8, 1), date(2021, 4, 1)),
        ("gen. 2019 – ag. 2021", date(2019, 1, 1), date(2021, 8, 1)),
    ],
)
def test_whole_numeric_dates_in_every_order(text: str, start: date, end: date) -> None:
    (found,) = find_date_ranges(text, today=TODAY)
    assert (found.start, found.end, found.text) == (start, end, text)


@pytest.mark.parametrize(
    "text",
    [
        "Date of Birth: 12-03-1997",  # one date is no range
        "call 555-12-03-2019",  # a phone number
        "Siemens AG 2019",  # a company's suffix is no August
    ],
)
def test_no_range_where_none_is_written(text: str) -> None:
    assert find_date_ranges(text, today=TODAY) == []


def test_a_company_suffix_is_no_month() -> None:
    (found,) = find_date_ranges("Siemens AG 2019 - 2021", today=TODAY)
    assert found.start == date(2019, 1, 1)


def test_capital_headings_of_a_pdf_end_the_entry_whatever_their_language() -> None:
    # A PDF keeps no blank lines: the experience section's heading is in capitals, and so
    # are the others ("VZDĚLÁNÍ", "DIGITÁLNÍ DOVEDNOSTI"), in words no list has.
    text = "\n".join(
        [
            "Ing. Tomáš Dvořák",
            "PRACOVNÍ ZKUŠENOSTI",
            "01/03/2019 – DOSUD Plzeň, Česká republika",
            "VEDOUCÍ VÝVOJÁŘ",  # the job's title, right under its date: not a heading
            "• Vývoj jádra v jazyce Ada 2012.",
            "VZDĚLÁNÍ A ODBORNÁ PŘÍPRAVA",
            "Ing. – Informatika, VŠB Ostrava",
            "DIGITÁLNÍ DOVEDNOSTI",
            "Ada | C | Python | Git",
        ]
    )
    assert spans(text) == [("01/03/2019 – DOSUD", 3, 5)]


def test_headings_set_apart_by_a_blank_line_end_the_entry() -> None:
    # "Zaposlenje" (employment) opens the jobs after a blank line: "Obrazovanje" and
    # "Računalne vještine", set the same way, open sections of their own.
    text = "\n".join(
        [
            "Zaposlenje",
            "01/2022 – danas | Znanstvena suradnica, Institut Ruđer Bošković",
            "• Cjevovod u Pythonu (RDKit, pandas).",
            "",
            "Obrazovanje",
            "Doktorski studij kemije, PMF, Zagreb",
            "",
            "Računalne vještine",
            "Python, Bash, Fortran, Git, LaTeX",
        ]
    )
    assert spans(text) == [("01/2022 – danas", 2, 3)]


def test_markdown_headings_of_the_same_level_end_the_entry() -> None:
    text = "\n".join(
        [
            "## Experiència",
            "",
            "Analista de dades — Club Bàsquet Onyar",
            "set. 2021 – actualitat",
            "- Quadres de comandament en Shiny.",
            "## Habilitats",
            "R · Stan · Python",
        ]
    )
    assert spans(text) == [("set. 2021 – actualitat", 3, 5)]


def test_a_plain_line_under_the_text_above_is_no_heading() -> None:
    # No capitals, "#", bold or blank line sets the first heading apart: nothing is learnt,
    # and a short line inside the job ("Kafka Streams") stays the job's.
    text = "\n".join(
        [
            "Summary line of a person",
            "Work",
            "Engineer, Acme | 2019 - 2021",
            "Built the billing pipeline.",
            "Kafka Streams",
            "Ran it on Kubernetes.",
        ]
    )
    assert spans(text) == [("2019 - 2021", 3, 6)]


def test_a_record_table_keeps_its_rows_above_the_dates() -> None:
    # One table per project: the rows above "Duration" are the project's, not the one before.
    text = "\n".join(
        [
            "Project | HR Service Delivery",
            "Duration | Jan'24 – Till date",
            "Environment | Flow Designer",
            "",
            "Project | ITSM Implementation",
            "Client | A US-based healthcare provider",
            "Duration | Aug'22 – Dec'23",
            "Environment | CMDB, Discovery",
        ]
    )
    assert spans(text) == [("Jan'24 – Till date", 1, 3), ("Aug'22 – Dec'23", 5, 8)]


@pytest.mark.parametrize(
    "heading",
    [
        "Formació",  # Catalan
        "Obrazovanje",  # Croatian, Bosnian, Serbian
        "PENDIDIKAN",  # Indonesian
        "Kemahiran",  # Malay
        "Vaardighede",  # Afrikaans
        "Izglītība",  # Latvian
        "Radno iskustvo",  # a heading of the next section, in words alone
    ],
)
def test_section_words_of_more_languages_end_the_entry(heading: str) -> None:
    # No layout sets the headings apart here (a plain line right under the text): the
    # words do.
    text = "\n".join(
        [
            "Engineer, Acme | 2019 - 2021",
            "Built the billing pipeline.",
            heading,
            "Python, Go",
        ]
    )
    assert spans(text) == [("2019 - 2021", 1, 2)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("- From 2021, new processes in UiPath", date(2021, 1, 1)),
        ("Od 2019 vedu tým čtyř vývojářů", date(2019, 1, 1)),  # Czech, Polish, Croatian...
        ("Sejak 2020 memimpin tim", date(2020, 1, 1)),  # Indonesian, Malay
    ],
)
def test_an_open_period_opening_a_line_or_an_item(text: str, start: date) -> None:
    (found,) = find_date_ranges(text, today=TODAY)
    assert (found.start, found.ongoing) == (start, True)
    assert not found.text.startswith("-")


def test_from_inside_a_sentence_is_no_period() -> None:
    assert find_date_ranges("He moved the data from 2019 onwards", today=TODAY) == []


def test_an_item_opening_with_from_dates_its_own_work() -> None:
    text = "\n".join(
        [
            "RPA Developer — Lakeshore Mutual Insurance",
            "Sept. 2019 – April 2022",
            "",
            "- Built 35 Blue Prism processes for claims intake.",
            "- From 2021, new processes in UiPath; moved small automations over.",
        ]
    )
    (entry,) = split_entries(text, today=TODAY)
    (period,) = entry.periods
    assert period[:2] == (5, 5)
    assert period[2].start == date(2021, 1, 1)


def test_a_period_inside_a_jobs_prose_starts_no_entry() -> None:
    # A Word paragraph per line, no bullets: a sentence opening with a period dates itself;
    # a period inside a sentence dates one of its names, not the job's lines after it.
    text = "\n".join(
        [
            "Senior SAP-ontwikkelaar | Polderhaven Logistics | mrt 2020 – heden",
            "ABAP RESTful Application Programming Model met CDS views.",
            "Sinds 2024 side-by-side extensies op SAP BTP met CAP in Node.js.",
            "Broncode in abapGit.",
            "SAP-ontwikkelaar | Noordkaap Consultancy | sep 2011 – feb 2020",
            "IDocs, BAPI's en BAdI's; SAP PI/PO van 2016 tot 2019.",
            "ALV-rapporten en SmartForms.",
        ]
    )
    first, second = split_entries(text, today=TODAY)
    assert (first.range.text, first.lines) == ("mrt 2020 – heden", (1, 4))
    assert [(a, b, period.text) for a, b, period in first.periods] == [(3, 3, "Sinds 2024")]
    assert (second.range.text, second.lines, second.periods) == ("sep 2011 – feb 2020", (5, 7), ())


def test_a_job_told_in_a_sentence_after_another_stays_a_job() -> None:
    # Its dates run past the job above: a job of its own, not a period of that one.
    text = "\n".join(
        [
            "Engineer, Acme | 2019 - 2021",
            "Built the billing pipeline in Go.",
            "From 2021 to 2023 I led the platform team at Beta in Berlin.",
        ]
    )
    assert spans(text) == [("2019 - 2021", 1, 2), ("2021 to 2023", 3, 3)]


def test_years_with_their_ordinal_dot() -> None:
    # Croatian, Serbian, Slovak and Hungarian write a year as an ordinal: "2014."
    (found,) = find_date_ranges("2014. – 2018. Doktorski studij kemije", today=TODAY)
    assert (found.start, found.end) == (date(2014, 1, 1), date(2018, 1, 1))
    (entry,) = split_entries("2014. – 2018. Doktorski studij kemije, PMF", today=TODAY)
    assert entry.heading == "Doktorski studij kemije, PMF"


def test_a_sentence_ending_with_a_year_is_no_range() -> None:
    assert find_date_ranges("The move ended in 2019. - Then 2020 came", today=TODAY) == []


def test_a_heading_with_a_note_in_brackets_ends_the_entry() -> None:
    text = "\n".join(
        [
            "Research fellow, Universität Wien | 2019 - 2021",
            "QM/MM models in ORCA.",
            "Odabrane publikacije (ukupno 21; h-indeks 11)",
            "1. Perić, I. Selenium substitution in ebselen-like inhibitors. 2023.",
        ]
    )
    assert spans(text) == [("2019 - 2021", 1, 2)]
