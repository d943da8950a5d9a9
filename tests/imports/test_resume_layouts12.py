# ruff: noqa: RUF001 - en dashes and non-English letters are the data under test.
"""Résumé layouts and date wordings the importer once read wrongly (heldout12): Norwegian and
Danish "d.d." (dags dato) ending a range, "from" opening a clause in the Nordic languages,
Maltese and Welsh."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.sources.resume import split_entries, usage_ranges
from smatrx.imports.sources.resume_sections import is_section_heading
from tests.imports.catalog import spans

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("written", "start"),
    [
        ("mars 2020 – d.d.", date(2020, 3, 1)),
        ("jan. 2019 - til d.d.", date(2019, 1, 1)),
        ("oktober 2018 – til dags dato", date(2018, 10, 1)),
        ("februar 2021 – til i dag", date(2021, 2, 1)),
        ("09.2017 – hidtil", date(2017, 9, 1)),
    ],
)
def test_nordic_now_words_end_a_range(written: str, start: date) -> None:
    [found] = find_date_ranges(written, today=TODAY)
    assert (found.start, found.end, found.ongoing) == (start, TODAY, True)


@pytest.mark.parametrize(
    ("written", "text"),
    [
        ("Frå 2017 skreiv eg modellane i Python.", "Frå 2017"),  # Nynorsk
        ("Prognosar i MATLAB; fra 2019 også R.", "fra 2019"),  # Bokmål, Danish
        ("Rapporter i Excel · från mars 2020 i Power BI", "från mars 2020"),  # Swedish
        ("Minn 2020 bdejt nibni r-rapporti f'Power BI.", "Minn 2020"),  # Maltese
        ("- Ers 2022 yn arwain y tîm dogfennu.", "Ers 2022"),  # Welsh
    ],
)
def test_since_in_nordic_maltese_and_welsh(written: str, text: str) -> None:
    [found] = find_date_ranges(written, today=TODAY)
    assert (found.text, found.ongoing) == (text, True)


@pytest.mark.parametrize(
    "written",
    [
        # inside a sentence, "from" is no job's start ("data from 2019 on")
        "Vi analyserte data fra 2019 og 2020 frå kraftstasjonane",
        "Il-proġett kien jiġbor data minn 2018 sa issa",
    ],
)
def test_from_inside_prose_is_no_open_range(written: str) -> None:
    assert [found for found in find_date_ranges(written, today=TODAY) if found.ongoing] == []


def test_employer_title_and_dd_dates_on_three_lines() -> None:
    text = "\n".join(
        [
            "Arbeidserfaring",
            "Nordvind Energi AS, Bergen",
            "Utviklar, sensordata",
            "mars 2021 – d.d.",
            "Eg skriv innsamlinga i Rust og Kafka for vakta.",
            "Havforsk Data, Tromsø",
            "Forskar, modellering",
            "august 2016 – februar 2021",
            "Modellar i MATLAB.",
            "Utdanning",
        ]
    )
    assert spans(text) == [("mars 2021 – d.d.", 2, 5), ("august 2016 – februar 2021", 6, 9)]


def test_an_open_start_opening_a_sentence_inside_an_ended_job_is_no_new_job() -> None:
    text = "\n".join(
        [
            "Settembru 2017 – Frar 2022 · Data Analyst · Bank Lvant plc",
            "Rapporti regolatorji f'T-SQL u SSRS.",
            "Minn 2020 bdejt nibni r-rapporti l-godda f'Power BI.",
            "Ottubru 2015 – Gunju 2017 · Assistenta · Università",
            "Analizi f'R.",
        ]
    )
    first, second = split_entries(text, today=TODAY)
    assert (first.lines, second.lines) == ((1, 3), (4, 5))
    # the sentence's period runs from its start to the job's end, not to today
    assert [r.text for r in usage_ranges(first, [3])] == ["Minn 2020"]
    [period] = usage_ranges(first, [3])
    assert (period.start, period.end, period.ongoing) == (date(2020, 1, 1), date(2022, 2, 1), False)
    assert usage_ranges(first, [2]) == [first.range]


def test_an_open_start_inside_a_sentence_of_an_ended_job_dates_what_follows_it() -> None:
    text = "\n".join(
        [
            "Havforsk Data, Tromsø",
            "Forskar, modellering",
            "august 2015 – februar 2020",
            "Prognosar i MATLAB; frå 2018 skreiv eg dei nye modellane i Python.",
        ]
    )
    [entry] = split_entries(text, today=TODAY)
    line = text.split("\n")[3]
    matlab, python = line.find("MATLAB"), line.find("Python")
    assert usage_ranges(entry, [4], {4: matlab}) == [entry.range]
    [period] = usage_ranges(entry, [4], {4: python})
    assert (period.start, period.end) == (date(2018, 1, 1), date(2020, 2, 1))


def test_an_open_start_after_an_ended_job_still_opens_a_new_one() -> None:
    text = "\n".join(
        [
            "Analyst, Acme",
            "March 2015 – June 2019",
            "Reports in Excel.",
            "Since 2020 I lead the data team at Beta and build the models in Python.",
        ]
    )
    assert [found for found, _, _ in spans(text)] == ["March 2015 – June 2019", "Since 2020"]


@pytest.mark.parametrize(
    "heading",
    [
        "EDUKAZZJONI",
        "Ħiliet Tekniċi",
        "LINGWI",
        "Esperjenza tax-Xogħol",
        # a letter the PDF's core font could not write, as "?"
        "?ILIET",
        "Do?wiadczenie zawodowe",
        "E?itim",
        # Spanish, Portuguese, Catalan and Italian adjectives after a section's word
        "CONOCIMIENTOS INFORMÁTICOS",
        "Formación académica",
        "Formación complementaria",
        "Conhecimentos informáticos",
        "Competenze informatiche",
        "Experiencia laboral",
    ],
)
def test_section_headings_end_the_job_above(heading: str) -> None:
    text = (
        "Marzu 2021 – sal-lum · Data Analyst · Acme Ltd\n"
        "Mudelli f'Python fuq Snowflake.\n"
        f"{heading}\n"
        "Python · Git · Docker\n"
    )
    assert spans(text) == [("Marzu 2021 – sal-lum", 1, 2)]


@pytest.mark.parametrize("line", ["Training Lead", "What?", "Lead?", "Python · Git"])
def test_no_section_heading(line: str) -> None:
    assert not is_section_heading(line)


def test_skills_table_after_an_academic_heading_is_no_part_of_the_degree() -> None:
    text = "\n".join(
        [
            "EXPERIENCIA LABORAL",
            "Ene. 2019 – Actualidad | Analista – Acme S.A. | Reportes en Power BI.",
            "",
            "FORMACIÓN ACADÉMICA",
            "Universidad Nacional – Ingeniería de Sistemas (2012 – 2017)",
            "",
            "CONOCIMIENTOS INFORMÁTICOS",
            "Herramientas | Power BI, Docker, Git",
        ]
    )
    assert spans(text) == [("Ene. 2019 – Actualidad", 2, 2), ("2012 – 2017", 5, 5)]


def test_a_maltese_education_heading_keeps_a_degree_to_its_own_lines() -> None:
    text = "\n".join(
        [
            "EDUKAZZJONI",
            "2016 – 2018 · MSc Statistika, Università ta' Malta",
            "- Teżi: mudelli f'R u Stan.",
        ]
    )
    assert spans(text) == [("2016 – 2018", 2, 2)]
