# ruff: noqa: RUF001 - en dashes and non-English letters are the data under test.
"""Résumé layouts the entry splitter once read wrongly (heldout7): undated sections headed in
Turkish, Hungarian or Romanian, a period inside a job's bullet, a table of dates apart from
the jobs' duties."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.matcher import Matcher
from smatrx.imports.sources.resume import split_entries
from tests.imports.catalog import catalog_matcher, spans

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("heading", "after"),
    [
        ("Yetenekler", "SQL · Python · Docker"),  # Turkish: skills
        ("Referanslar", "Ada Erdem — Veri Platformu Müdürü"),  # Turkish: references
        ("İŞ DENEYİMİ", "Docker"),  # Turkish capitals: "İ" lower-cases with a dot
        ("KÉSZSÉGEK", "Rust, C, Git"),  # Hungarian: skills
        ("PROJEKTEK, ELOADÁSOK", "• canlens — Rust, WebAssembly"),  # Hungarian, PDF-folded ő
        ("Competențe", "Tehnic | Python, Git"),  # Romanian: competences
        ("Competenţe", "Tehnic | Python, Git"),  # the same with a cedilla ţ
        ("Limbi străine", "Engleză – C2"),  # Romanian: foreign languages
        ("IT skills", "Integration | HL7, FHIR"),  # "IT" is no job
    ],
)
def test_an_undated_section_in_another_language_ends_the_entry_above(
    heading: str, after: str
) -> None:
    text = f"""Veri Mühendisi — Kervan Market, İstanbul
Eylül 2018 – Şubat 2021
- Teradata ve Hive.

{heading}
{after}
"""
    assert spans(text) == [("Eylül 2018 – Şubat 2021", 1, 3)]


def test_a_table_row_with_start_and_end_in_two_cells_is_dated() -> None:
    text = """Employment history
From | To | Employer | Post
03/2022 | to date | Acme Trust | Senior Analyst
11/2019 | 02/2022 | Acme Trust | Analyst
"""
    entries = split_entries(text, today=TODAY)
    assert [(e.range.start, e.range.end, e.range.ongoing) for e in entries] == [
        (date(2022, 3, 1), TODAY, True),
        (date(2019, 11, 1), date(2022, 2, 1), False),
    ]
    assert entries[1].heading == "Acme Trust | Analyst"


def test_duties_written_apart_from_a_table_of_dates_get_their_rows_dates() -> None:
    text = """Employment history
From | To | Employer | Post
03/2022 | to date | Aire Valley Hospitals NHS Trust | Senior Systems Analyst (Band 7)
11/2019 | 02/2022 | Aire Valley Hospitals NHS Trust | Systems Analyst (Band 6)
09/2009 | 05/2014 | Boots UK, Harrogate | Pharmacy Technician

Main duties and achievements

Senior Systems Analyst (Band 7) – Aire Valley Hospitals
• HL7 interfaces; FHIR APIs.

Systems Analyst (Band 6) – Aire Valley Hospitals
• SQL and PowerShell scripts.

Pharmacy Technician – Boots UK
• Dispensing and checking.

IT skills
Integration | HL7, FHIR
"""
    found = {
        entry.lines: (entry.range.start.year, entry.text.split("\n")[-1])
        for entry in split_entries(text, today=TODAY)
    }
    # each row keeps its own line (the last does not take the duties below it)
    assert found[(5, 5)] == (
        2009,
        "09/2009 \u2013 05/2014 | Boots UK, Harrogate | Pharmacy Technician",
    )
    # each title takes the dates of the row naming all its words ("Band 6" is not "Band 7")
    assert found[(9, 10)] == (2022, "\u2022 HL7 interfaces; FHIR APIs.")
    assert found[(12, 13)] == (2019, "\u2022 SQL and PowerShell scripts.")
    assert found[(15, 16)] == (2009, "\u2022 Dispensing and checking.")
    assert len(found) == 6


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("• 2020-tól az első Rust kísérletek", date(2020, 1, 1)),
        ("Acme Kft. | 2019-től", date(2019, 1, 1)),
        ("• 2021. márc.-tól vezető fejlesztő", date(2021, 3, 1)),
        ("2018-tol", date(2018, 1, 1)),  # a PDF folds "ő" to "o"
    ],
)
def test_a_hungarian_start_with_from_glued_on_is_an_open_range(line: str, start: date) -> None:
    from smatrx.imports.dates import find_date_ranges

    [found] = find_date_ranges(line, today=TODAY)
    assert (found.start, found.end, found.ongoing) == (start, TODAY, True)


def test_a_hungarian_from_inside_prose_or_before_an_end_is_no_open_range() -> None:
    from smatrx.imports.dates import find_date_ranges

    assert find_date_ranges("a gépek 2020-tól futnak", today=TODAY) == []
    [found] = find_date_ranges("2019-től 2021-ig", today=TODAY)
    assert (found.start, found.end) == (date(2019, 1, 1), date(2021, 1, 1))


OLDER_JOB = """Beágyazott C fejlesztő — Rábaköz Elektronika Kft., Győr
2017. szept. – 2021. febr.
• Vezérlők firmware-je C nyelven, FreeRTOS alatt.
• 2020-tól az első Rust kísérletek: belső eszköz a gépekről letöltött
naplók elemzésére.
• Python szkriptek a gyártósori végteszthez.
"""


def test_an_item_opening_with_a_period_is_part_of_its_job() -> None:
    [entry] = split_entries(OLDER_JOB, today=TODAY)
    assert entry.lines == (1, 6)
    [(first, last, period)] = entry.periods
    assert (first, last, period.start) == (4, 5, date(2020, 1, 1))


def test_a_skill_only_in_a_dated_item_gets_the_items_period_within_the_job() -> None:
    from smatrx.imports.sources.resume import usage_ranges

    [entry] = split_entries(OLDER_JOB, today=TODAY)
    [rust] = usage_ranges(entry, [4])  # only in the item "from 2020": 2020 to the job's end
    assert (rust.start, rust.end, rust.ongoing) == (date(2020, 1, 1), date(2021, 2, 1), False)
    # mentioned elsewhere in the job too: the job's dates
    assert usage_ranges(entry, [3, 4]) == [entry.range]
    assert usage_ranges(entry, [6]) == [entry.range]


def test_a_skill_only_in_a_dated_item_gets_its_years(matcher: Matcher) -> None:
    from smatrx.imports.proposals import resume_proposals

    text = """Senior Engineer — Acme, Leeds
Mar 2021 – Present
• Firmware in Rust on STM32.

Embedded Engineer — Foo Ltd, York
Sep 2017 – Feb 2021
• Firmware in C under FreeRTOS on STM32 boards.
• 2020 – 2021: first Rust experiments, a log analyser for the field service team.
"""
    years = {p.name: p.years for p in resume_proposals(text, matcher, today=TODAY)[0]}
    # Rust: Mar 2021 - Dec 2026 and 2020 - 2021 (Jan to Jan), not the older job's 2017 - 2021:
    # 83 months, 6 years completed
    assert years["Rust"] == 6
    assert years["C"] == 3  # Sep 2017 - Feb 2021: 42 months, 3 years completed
    assert years["STM32"] == 9


def test_a_bulleted_list_of_jobs_stays_a_list_of_entries() -> None:
    text = """Experience
- 2021 – 2023: Senior Engineer at Acme Corp, Leeds, on the billing platform team
- 2019 – 2021: Engineer at Foo Ltd, York, on the payments platform team
"""
    assert [e.lines for e in split_entries(text, today=TODAY)] == [(2, 2), (3, 3)]


def test_a_period_outside_the_jobs_dates_starts_a_new_entry() -> None:
    text = """Engineer — Acme, Leeds
Mar 2021 – Present
• Firmware in Rust.
• 2011 – 2015: BSc in Computer Science at the University of York
"""
    assert [e.lines for e in split_entries(text, today=TODAY)] == [(1, 3), (4, 4)]


LEFT_SIDEBAR = [
    "KAVEH RAHIMI",
    "SKILLS                     EXPERIENCE",
    "Palo Alto Networks         Senior Network Security Engineer — Liffey Payments, Dublin",
    "Fortinet FortiGate         Mar 2021 – Present",
    "Cisco IOS, ASA             Palo Alto firewalls managed through Panorama; segmentation.",
    "Nmap, Wireshark            Firewall rule reviews automated in Python against the PAN-OS API.",
    "Linux",
    "                           Network Engineer — Shannonside Telecom, Limerick",
    "CERTIFICATIONS             Jun 2016 – Feb 2021",
    "CCNP Security, 2019        OSPF and BGP on Cisco IOS routers; Juniper SRX in two centres.",
    "EDUCATION",
    "BSc Computer Networks, Technological University Dublin, 2010 – 2014",
]


def test_a_left_sidebar_is_blanked_and_keeps_columns_and_line_numbers() -> None:
    from smatrx.imports.sources.resume import strip_sidebar

    kept = strip_sidebar(LEFT_SIDEBAR, today=TODAY)
    assert len(kept) == len(LEFT_SIDEBAR)
    assert [len(line) for line in kept] == [len(line) for line in LEFT_SIDEBAR]
    assert kept[0] == LEFT_SIDEBAR[0]  # above the two columns
    assert kept[5].strip() == "Firewall rule reviews automated in Python against the PAN-OS API."
    assert kept[6].strip() == ""  # a sidebar line stopping before the main column
    assert kept[8].strip() == "Jun 2016 – Feb 2021"
    assert kept[11] == LEFT_SIDEBAR[11]  # below them


def test_left_sidebar_skills_get_no_years_from_the_jobs_beside_them(matcher: Matcher) -> None:
    from smatrx.imports.proposals import resume_proposals

    proposals = resume_proposals("\n".join(LEFT_SIDEBAR), matcher, today=TODAY)[0]
    years = {p.name: p.years for p in proposals}
    assert years["Python"] == 5  # Mar 2021 - today (70 months), in the main column
    assert years["OSPF"] == 4  # Jun 2016 - Feb 2021: 57 months, 4 years completed
    assert years["Nmap"] is None  # only in the sidebar
    assert years["Linux"] is None
