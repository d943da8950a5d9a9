# ruff: noqa: RUF001 - en dashes and non-English letters are the data under test.
"""Résumé layouts and date wordings the importer once read wrongly (heldout10): a career
written as prose paragraphs with "since" and "between ... and ..." inside the sentences; the
"now" words "Continuing" and "auj."; an item closing with a bracketed period of its own; a
job's title standing alone above a date line that carries a note."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.sources.resume import split_entries, usage_ranges
from tests.imports.catalog import spans

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        (
            "Antes, entre setembro de 2018 e febreiro de 2022, estiven",
            date(2018, 9, 1),
            date(2022, 2, 1),
        ),
        ("I worked there between 2016 and 2019 as a tester.", date(2016, 1, 1), date(2019, 1, 1)),
        ("zwischen März 2015 und Juni 2018 bei Acme", date(2015, 3, 1), date(2018, 6, 1)),
        ("între 2017 și 2020 am lucrat", date(2017, 1, 1), date(2020, 1, 1)),
    ],
)
def test_between_a_date_and_a_date(written: str, start: date, end: date) -> None:
    [found] = find_date_ranges(written, today=TODAY)
    assert (found.start, found.end, found.ongoing) == (start, end, False)


@pytest.mark.parametrize(
    ("written", "start"),
    [
        ("Dende marzo de 2022 traballo como desenvolvedora", date(2022, 3, 1)),
        ("Duration: March 2021 – Continuing", date(2021, 3, 1)),
        ("2021 – auj. | Directrice technique, pipeline", date(2021, 1, 1)),
        ("Ab 2020 Leitung des Teams", date(2020, 1, 1)),
        ("Sedan 2019 ansvarig för drift", date(2019, 1, 1)),
        ("Jan 2019 – Pres. | Acme", date(2019, 1, 1)),
        ("2019 - till today", date(2019, 1, 1)),
        ("2018 – aktuálně", date(2018, 1, 1)),
    ],
)
def test_since_and_now_words(written: str, start: date) -> None:
    [found] = find_date_ranges(written, today=TODAY)
    assert (found.start, found.ongoing) == (start, True)


def test_a_career_in_prose_paragraphs() -> None:
    text = "\n".join(
        [
            "## Traxectoria profesional",
            "",
            "Dende marzo de 2022 traballo como desenvolvedora Android en Nordés Moda. "
            "Escribo en Kotlin con Jetpack Compose.",
            "",
            "Antes, entre setembro de 2018 e febreiro de 2022, estiven en Ártabra Software. "
            "Alí escribía Java e RxJava.",
            "",
            "Entre xullo de 2017 e agosto de 2018 traballei como bolseira: fixen unha app en Java.",
            "",
            "## Formación",
        ]
    )
    assert spans(text) == [
        ("Dende marzo de 2022", 3, 3),
        ("entre setembro de 2018 e febreiro de 2022", 5, 5),
        ("Entre xullo de 2017 e agosto de 2018", 7, 7),
    ]


def test_an_item_closing_with_a_bracketed_period_is_no_new_job() -> None:
    text = "\n".join(
        [
            "Pacific Crest Insurance Brokers Limited",
            "Operations Officer, later Systems Analyst",
            "Period: Sep 2014 – Jun 2019",
            "• Policy servicing and renewals for commercial lines (2014–2016).",
            "• From 2016 the department's systems analyst: VBA macros in Excel.",
            "EDUCATION",
        ]
    )
    [entry] = split_entries(text, today=TODAY)
    assert entry.lines == (1, 5)
    assert [(a, b, period.text) for a, b, period in entry.periods] == [
        (4, 4, "2014–2016"),
        (5, 5, "From 2016"),
    ]


def test_a_title_alone_above_a_date_line_with_a_note() -> None:
    text = "\n".join(
        [
            "EXPERIENCIA LABORAL",
            "",
            "Lumbre Labs – Ingeniera de IA generativa (Senior)",
            "Abr. 2024 – Actualidad · Remoto, clientes de EE. UU. y España",
            "• RAG con LangChain.",
            "",
            "Cooperativa Sistemas del Litoral – Desarrolladora PHP Junior",
            "Mar. 2018 – Jul. 2020 · Santa Fe",
            "• Sistemas en PHP y MySQL.",
            "",
            "EDUCACIÓN",
            "Ingeniería en Sistemas, UTN, 2013 – 2019",
            "",
            "CURSOS",
            "DeepLearning.AI – «LangChain for LLM Application Development» (2023)",
        ]
    )
    assert spans(text) == [
        ("Abr. 2024 – Actualidad", 3, 5),
        ("Mar. 2018 – Jul. 2020", 7, 9),
        ("2013 – 2019", 12, 12),
    ]


def test_the_section_heading_above_a_heading_block_not_read_as_the_entrys() -> None:
    # The first job's two heading lines are not taken (the date line carries its own
    # note), yet the section heading above them still tells how this résumé sets its
    # headings: "MUESTRAS" in capitals after the last job opens a section of its own.
    text = "\n".join(
        [
            "EXPERIENCIA LABORAL",
            "",
            "Lumbre Labs (Rosario)",
            "Ingeniera de IA generativa (Senior)",
            "Abr. 2024 – Actualidad · Remoto, clientes de EE. UU. y España",
            "• RAG con LangChain.",
            "",
            "MUESTRAS",
            "Un asistente con LangChain y Rasa para una cooperativa.",
        ]
    )
    [job] = split_entries(text, today=TODAY)
    assert job.lines[1] == 6


def test_a_period_inside_a_job_written_on_its_date_line_dates_its_clause() -> None:
    text = "\n".join(
        [
            "## Traxectoria profesional",
            "",
            "Antes, entre setembro de 2018 e febreiro de 2022, estiven en Ártabra Software. "
            "Alí escribía Java e, a partir de 2019, tamén Kotlin; usabamos RxJava. "
            "O proxecto: unha app con SQLite.",
        ]
    )
    [entry] = split_entries(text, today=TODAY)
    line = text.split("\n")[2]
    columns = {name: line.find(name) for name in ("Java", "Kotlin", "RxJava", "SQLite")}
    assert [
        [r.start for r in usage_ranges(entry, [3], {3: column})] for column in columns.values()
    ] == [[date(2018, 9, 1)], [date(2019, 1, 1)], [date(2019, 1, 1)], [date(2018, 9, 1)]]


@pytest.mark.parametrize(
    "written",
    [
        "Arbejdet med 2019 og 2022 versionerne af Windows Server",  # Danish "med": "with"
        "Краків, Польща (з 2022 р.), раніше Київ",  # Ukrainian "з" also means "with"
    ],
)
def test_words_that_are_no_since_or_between(written: str) -> None:
    assert find_date_ranges(written, today=TODAY) == []
