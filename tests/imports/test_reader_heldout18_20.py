# ruff: noqa: RUF001 - dashes and letters of other languages are data here, not typos.
"""The reader's rules found with the eighteenth to twentieth held-out corpora (issue 17), used
after their first scores: German nouns after an article, a longer name that opens with a word
no technology is called, a referee's name, a foundation, a vendor's product that ends like a
job title, a skills table's rows under its heading, and what a product implies."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, names, years


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # German writes every noun capitalised: after an article it is the noun.
        ("Controlling im Segment Gewerbekunden über Power BI.", "Segment"),
        ("Testautomatisierung für das neue Kundenportal im Segment Privatkunden.", "Segment"),
        # a courier, a restaurant, an assembly: longer names of other things
        ("- Urgent air consignments are booked with Blue Dart Express for critical parts.", "Dart"),
        (
            "- Urgent air consignments are booked with Blue Dart Express for critical parts.",
            "Express",
        ),
        ("Chop Bar Express (restaurant group, 5 branches) — menu site", "Express"),
        # a referee opening their own line
        ("RÉFÉRENCES\nPascal Renard, responsable SOC, Mosane Cyber Services", "Pascal"),
        # the organisation, not the computer
        (
            'Raspberry Pi Foundation "Teaching Programming in Secondary Schools" (2022)',
            "Raspberry Pi",
        ),
    ],
)
def test_not_the_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # the technology still counts in German where a technology's noun follows or it leads
        # a compound
        ("Ich arbeite mit dem Go SDK und Kafka.", "Go"),
        ("Wir betreiben die Spark-Pipeline und das Airflow-Setup.", "Apache Spark"),
        # one capitalised word opening the sentence proves nothing either way
        ("Experienced Ruby engineer; Rails and Sidekiq.", "Ruby"),
        # a certificate's level, not an organisation
        ("PRINCE2 Foundation (2019), ITIL 4 Foundation", "PRINCE2"),
        # a controller maker's PLC is the controller
        ("Programmed Allen-Bradley PLC and Siemens S7 PLC logic.", "PLC"),
        # a vendor's product whose name ends like a job title, alone in a table row
        ("SAP FI/CO | Avanzado\nSAP Solution Manager | Intermedio", "SAP Solution Manager"),
        # a skills table's rows, the heading several rows up
        (
            "TECHNICAL SKILLS\nArea | Tools\nTest automation | Selenium WebDriver, TestNG\n"
            "Languages | Java, TypeScript, SQL\nCI and versioning | Jenkins, Git",
            "Git",
        ),
        # Kotlin Multiplatform is written in Kotlin; a load-testing tool is performance testing
        ("Sinds 2023 delen we de businesslogica met Kotlin Multiplatform.", "Kotlin"),
        ("- Load tests in JMeter before every billing cycle change.", "Performance Testing"),
        # a verb of analysis vouches for R as "analysis" does
        ("  Analyzed validation data in R and GraphPad Prism; tables in Excel.", "R"),
        # skills named in Japanese and Spanish (catalog aliases)
        ("ECサイトの商品レコメンドおよび需要予測モデルの開発・運用。", "Recommender Systems"),
        ("ECサイトの商品レコメンドおよび需要予測モデルの開発・運用。", "Time Series Forecasting"),
        (
            "大学院で自然言語処理を専攻後、データ分析部門に従事しました。",
            "Natural Language Processing",
        ),
        ("Levantamiento de requerimientos, configuración de contabilidad general.", "Accounting"),
        (
            "Levantamiento de requerimientos, configuración de contabilidad general.",
            "Requirements Gathering",
        ),
        # the test tool for Jira, not the operating system
        ("Test cases and cycles are managed in Zephyr Scale on Jira.", "Zephyr Scale"),
    ],
)
def test_the_technology(text: str, present: str) -> None:
    assert present in names(text)


def test_a_skills_heading_is_not_looked_for_across_prose_or_a_blank_line() -> None:
    prose = (
        "Skills\n"
        "I spent the spring of that year helping the parish choir move its music library "
        "into a shared drive, which took longer than anyone had expected it would.\n"
        "Jenkins, Git"
    )
    assert not {"Jenkins", "Git"} & names(prose)
    assert not {"Jenkins", "Git"} & names("Skills\n\nJenkins, Git")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Spanish and Portuguese words one letter or one accent from a name: no typo adds an
        # accent, and "grado" is a degree
        ("Grado en Ingeniería Informática, Universitat Politècnica de València", "Informatica"),
        ("Grado en Matemáticas, Universitat de València (2014 – 2018)", "Gradio"),
    ],
)
def test_words_of_another_language_are_no_near_misses(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_spanish_tools_heading_ends_the_degree_above() -> None:
    text = (
        "EXPERIENCIA\nCientífica de datos · Valencia | marzo 2022 – actualidad\n"
        "Modelos en Python.\n\nFORMACIÓN\nGrado en Matemáticas, Universitat de València "
        "(2014 – 2018)\n\nHERRAMIENTAS\nPython, Git, Docker, Apache Airflow\n"
    )
    found = years(text, catalog_matcher())
    assert found["Git"] is None and found["Docker"] is None


@pytest.mark.parametrize(
    "text",
    [
        "REFEREES\nRuby Kinsella, Head of Data, Tillpoint Payments, Dublin\n",
        "References\n\nAma Owusu\nSenior Lecturer, Department of Statistics and Actuarial "
        "Science, KNUST\n",
        "Worked on IT support.\n\nMr Johan Hugo - Head of Actuarial Systems, Karoo Life\n",
    ],
)
def test_nothing_of_a_referees_is_the_persons(text: str) -> None:
    assert not {"Leadership", "Teaching", "Actuarial Science"} & names(text)


def test_the_references_section_ends_at_the_next_heading() -> None:
    text = "REFERENCES\nAvailable on request.\n\nSKILLS\nLeadership, Python, Kafka\n"
    assert {"Leadership", "Python", "Apache Kafka"} <= names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a near miss of a name of several words misspells each word, one for one
        ("MBA (Logistics and Supply Chain Management), 2018", "Change Management"),
        ("Cloud Cost Engineering certificate", "Chaos Engineering"),
        ("UX Design Vacation Student | Service NSW, Sydney", "ServiceNow"),
        # words of other languages
        ("Jurutera Data Hasil Kanan", "Kanban"),
        ("S1 Teknik Informatika, Institut Teknologi Sepuluh Nopember", "Informatica"),
        ("Laurea triennale in Informatica, Università di Pisa", "Informatica"),
    ],
)
def test_no_near_miss_of_another_word(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Software-Tester / Testautomatisierer, Glattal Software AG", "Software Testing"),
        ("ETL jobs in Informatica and Oracle.", "Informatica"),
        ("Capacity planning and licence tracking in Excel.", "Microsoft Excel"),
    ],
)
def test_near_misses_and_names_that_still_count(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I publish Power BI dashboards for the senior leadership team.", False),
        ("Wrote the SLO reports leadership reads weekly.", False),
        ("Showed leadership in the migration.", True),
    ],
)
def test_leadership_as_the_people_who_lead(text: str, expected: bool) -> None:
    assert ("Leadership" in names(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drive-to-controller communication over CAN bus at 1 Mbit/s.", False),
        ("Serial communication with the PLC.", False),
        ("Strong communication and stakeholder skills.", True),
    ],
)
def test_communication_between_machines_is_not_the_soft_skill(text: str, expected: bool) -> None:
    assert ("Communication" in names(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("partecipo alle loro review per la testabilità dei componenti.", False),
        ("Led DEI initiatives and mentoring.", True),
    ],
)
def test_an_acronym_that_is_a_word_elsewhere_counts_in_capitals(text: str, expected: bool) -> None:
    assert ("Diversity, Equity and Inclusion" in names(text)) is expected


def test_a_skills_tables_header_row_ends_the_job_above() -> None:
    text = (
        "Finance Systems Analyst, Blackwater Foods, Fermoy\nJune 2016 - August 2018\n"
        "Looked after the finance system.\n\nSkills | Detail\nReporting | Power BI, SSRS\n"
    )
    assert years(text, catalog_matcher())["Power BI"] is None
