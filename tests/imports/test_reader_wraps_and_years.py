# ruff: noqa: RUF001 - en dashes are how résumés write ranges.
"""A name ending a wrapped line reads its sentence on the next line; a practice labelling a
skills list takes the years of the tools listed after it; two-column pages; a clause telling
what began in a year; everyday words that name software."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, names, years


def test_a_name_ending_a_line_whose_sentence_goes_on_below() -> None:
    wrapped = (
        "• Firmware for the grain-dryer controller and the feed-system ECU: C\n"
        "  on STM32 (Cortex-M4) with FreeRTOS."
    )
    assert "C" in names(wrapped)
    # (the next line must go on with a function word: a grade list stays a grade list)
    assert "C" not in names("A-levels: Maths A, Physics B, Chemistry C\n  in 2012.")
    assert "Go" not in names("Hobbies: playing Go\n  with my son at the club.")


_LABELLED_SKILLS = """EXPERIENCE

Senior ML Engineer, Facet Vision, September 2021 – present
- Experiments and model versions tracked in MLflow; models served with FastAPI.
- Observability for the serving tier with Prometheus.

Data Scientist, Polis Insurance, March 2018 – August 2021
- Fraud models in Python; monitoring of the batch jobs with Zabbix.

SKILLS
MLOps: MLflow, FastAPI, Docker
Observability: Prometheus, Zabbix
"""


def test_a_listed_practice_no_job_names_takes_its_listed_tools_years() -> None:
    found = years(_LABELLED_SKILLS, catalog_matcher())
    assert found["MLOps"] == found["MLflow"] == 5  # September 2021 to December 2026
    # (a practice a job names is dated there, not by the older tools listed after it)
    assert found["Observability"] == 5
    assert found["Zabbix"] == 3


def _two_columns(rows: list[tuple[str, str]], at: int) -> str:
    """A two-column PDF's text: each row's left column, then its right one from `at`."""
    return "\n".join(f"{left:<{at}}{right}".rstrip() for left, right in rows) + "\n"


_DATES_LEFT_OF_A_SIDEBAR = _two_columns(
    [
        ("EXPERIENCE", "SOFTWARE"),
        ("Senior Interior Designer                  Jan 2021 – Present", "AutoCAD"),
        ("Maison Tamarin Interiors Ltd, Floréal", "SketchUp Pro"),
        ("• Concept design, mood boards and space planning for", "Revit"),
        ("  boutique hotels and private villas.", "V-Ray"),
        ("• Drawings in AutoCAD and 3D models in SketchUp.", "Adobe Photoshop"),
        ("• Lead two junior designers and an intern.", "Adobe InDesign"),
        ("Interior Designer                                 Sept. 2017 –", "EDUCATION"),
        ("                                                     Dec. 2020", "BSc (Hons) Interior"),
        ("Design & Co. Ltd, Rose-Hill", "Design"),
        ("• Kitchen layouts; joinery drawings in AutoCAD; SketchUp.", "Université des"),
        ("• Presentation boards in Adobe Photoshop and InDesign.", "Mascareignes,"),
        ("", "2014 – 2017"),
    ],
    at=66,
)


def test_a_sidebar_beside_right_aligned_dates_that_wrap() -> None:
    found = years(_DATES_LEFT_OF_A_SIDEBAR, catalog_matcher())
    # the wrapped end is put back under its start (right-aligned), so the older job is one
    assert found["AutoCAD"] == found["SketchUp"] == 9  # September 2017 to December 2026
    # ... and the sidebar's software is not the current job's (the dates stand left of it)
    assert found["Adobe Photoshop"] == found["Adobe InDesign"] == 3
    assert found["Autodesk Revit"] is None


_A_SIDEBARS_DEGREE_BELOW_THE_MAIN_COLUMN = _two_columns(
    [
        ("SKILLS", "EXPERIENCE"),
        ("Playwright · TypeScript", "Senior QA Engineer                  09/2021 – Present"),
        ("Jira · Xray · TestRail", "Waskasoo Software Inc. · Red Deer, AB"),
        ("Accessibility testing (axe)", "• Built the Playwright end-to-end suite for"),
        ("", "  the web app: 600 tests that run on every pull request."),
        ("EDUCATION", "• Test strategy and risk-based test plans for each release,"),
        ("Bachelor of Computer", "  with exploratory sessions paired with the developers."),
        ("Information Systems", "• Promoted to Senior QA Engineer in April 2023; since then"),
        ("Mount Royal University,", "  I lead two QA analysts, hiring and coaching them."),
        ("Calgary, AB", ""),
        ("2013 – 2017", ""),
        ("Carissa Hoogeveen – Résumé", f"{'Page 1 of 2':>60}"),
        ("• Test management in Xray for Jira; release sign-off reports", ""),
        ("• Accessibility testing with axe DevTools against WCAG 2.1 AA.", ""),
        ("QA Analyst                                           06/2018 – 08/2021", ""),
        ("• Manual testing of the desktop app; test cases in TestRail.", ""),
    ],
    at=38,
)


def test_a_sidebars_last_lines_below_a_pages_main_column() -> None:
    found = years(_A_SIDEBARS_DEGREE_BELOW_THE_MAIN_COLUMN, catalog_matcher())
    # the degree's dates end no job: the senior job's items after the page break are its own
    # (September 2021 to December 2026)
    assert found["Jira"] == found["axe-core"] == found["Accessibility"] == 5


_A_JOB = """EXPERIENCE

QA Engineer, Norba Software, June 2018 – present
- ITEM
"""


@pytest.mark.parametrize(
    ("item", "started", "since"),
    [
        ("Tests in Selenium; in 2023 I migrated the suite to Playwright.", "Playwright", 4),
        ("Pruebas con Selenium; en 2023 migré la suite a Playwright.", "Playwright", 4),
        ("Nagios. In September 2022 I led the move to Prometheus.", "Prometheus", 4),
        ("Tests in Selenium, and in 2023 moved the suite to Playwright.", "Playwright", 4),
        ("Tests in Selenium; in 2023 heb ik Playwright geïntroduceerd.", "Playwright", 4),
        ("Tests in Selenium. 2023 habe ich Playwright eingeführt.", "Playwright", 4),
        ("Tests in Selenium since 2020; from 2023 all new suites in Playwright.", "Playwright", 4),
    ],
)
def test_a_clause_telling_what_began_in_a_year(item: str, started: str, since: int) -> None:
    found = years(_A_JOB.replace("ITEM", item), catalog_matcher())
    assert found[started] == since
    # (what the item named before the clause was used over the whole job, or since when
    # it says)
    used = 8 if "since 2020" not in item else 7  # (January 2020 to December 2026)
    assert found["Selenium" if "Selenium" in item else "Nagios"] == used


def test_a_year_that_began_nothing() -> None:
    item = "Tests in Selenium; in 2023 we won the county's award for Playwright."
    assert years(_A_JOB.replace("ITEM", item), catalog_matcher())["Playwright"] == 8


def test_until_a_year_when_the_next_came_the_year_after() -> None:
    item = "Until 2022 we tested with Selenium; in 2023 I migrated the suite to Playwright."
    found = years(_A_JOB.replace("ITEM", item), catalog_matcher())
    assert found["Selenium"] == 4  # June 2018 through 2022
    assert found["Playwright"] == 4  # 2023 to December 2026
    # (with no later year, "until" ends the old as its year begins)
    item = "Until 2022 we tested with Selenium, then Playwright."
    assert years(_A_JOB.replace("ITEM", item), catalog_matcher())["Selenium"] == 3


def test_until_a_month_when_the_next_came() -> None:
    item = "We ran Selenium until March 2024, when I led the move to Playwright."
    found = years(_A_JOB.replace("ITEM", item), catalog_matcher())
    assert found["Selenium"] == 5  # June 2018 to March 2024
    assert found["Playwright"] == 2  # March 2024 to December 2026


@pytest.mark.parametrize(
    "item",
    [
        "Promoted to QA Lead in April 2023. Since then I mentor two testers.",
        "Since my promotion to QA Lead in April 2023 I mentor two testers.",
        "Desde mi promoción a QA Lead en abril de 2023 hago mentoría de dos testers.",
    ],
)
def test_the_work_since_a_promotion(item: str) -> None:
    found = years(_A_JOB.replace("ITEM", item), catalog_matcher())
    assert found["Mentoring"] == 3  # April 2023 to December 2026


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        (
            "Technical Lead (joined as Developer, promoted in April 2023)\n"
            "Harbour Logistics, Vadodara | June 2018 – Present",
            "• After the promotion I mentor two freshers.",
        ),
        (
            "Harbour Logistics | Technical Lead (promoted in April 2023) | June 2018 – Present",
            "- Mentoring of two freshers since the promotion.",
        ),
    ],
)
def test_the_work_since_a_promotion_its_heading_dates(heading: str, item: str) -> None:
    resume = f"EXPERIENCE\n\n{heading}\n• Route planning services in Java.\n{item}\n"
    found = years(resume, catalog_matcher())
    assert found["Mentoring"] == 3  # April 2023 to December 2026
    assert found["Java"] == 8  # the whole job


_A_SIDEBAR_GLUED_TO_THE_DASH = _two_columns(
    [
        ("EXPERIENCE", "SKILLS"),
        (f"{'Senior Mobile Developer':<35}02/2022 –", "Flutter (basic)"),
        (f"{'':<37}present", "Kotlin"),
        ("Tambaú Labs, João Pessoa", "Swift"),
        ("• Android apps in Kotlin with Jetpack Compose.", ""),
        ("", "CERTIFICATIONS"),
        (f"{'Android Developer':<35}03/2019 –", "(Google), 2020"),
        (f"{'':<36}01/2022", ""),
        ("Drogarias Borborema", ""),
        ("• Delivery app in Java, with Retrofit and Room.", ""),
    ],
    at=45,
)


def test_a_sidebar_a_single_space_after_a_wrapped_starts_dash() -> None:
    found = years(_A_SIDEBAR_GLUED_TO_THE_DASH, catalog_matcher())
    assert found["Jetpack Compose"] == 4  # February 2022 to December 2026
    assert found["Retrofit"] == 2  # March 2019 to January 2022
    assert found["Flutter"] is None  # the sidebar's


def test_a_sidebar_two_spaces_after_a_long_line() -> None:
    long_line = "• Modbus RTU and BACnet MS/TP interfaces for building manage-"
    text = (
        "EXPERIENCE\n"
        f"{'Senior Firmware Engineer, Severnside    Oct 2019 – Present':<66}KEY SKILLS\n"
        f"{'• Firmware in C on ARM Cortex-M4 under FreeRTOS.':<66}C++17\n"
        f"{'• Unit tests in GoogleTest; builds in GitLab CI.':<66}FreeRTOS\n"
        f"{long_line:<64}  Python\n"
        f"{'  ment systems.':<66}Zephyr\n"
    )
    assert years(text, catalog_matcher())["Python"] is None  # the sidebar's, not the job's


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("- Funded the new outdoor-classroom gazebo (£14k).", "Gazebo", False),
        ("- Robot simulation in Gazebo with ROS 2.", "Gazebo", True),
        ("Interests: homebrew cider from our neighbour's apples.", "Homebrew", False),
        ("- Mac builds set up through Homebrew on macOS.", "Homebrew", True),
        ("- Differenzdruck mit einem Sollwert von 15 Pascal überwacht.", "Pascal", False),
        ("- Maintained the old stock tools written in Pascal and Delphi.", "Pascal", True),
    ],
)
def test_everyday_words_and_a_unit_that_name_software(text: str, word: str, named: bool) -> None:
    assert (word in names(text)) is named


def test_an_items_closing_start_before_a_pages_footer() -> None:
    resume = (
        "EXPÉRIENCE\n\n"
        "Développeuse .NET, Logiciels Areuse, 09.2016 – 02.2021\n"
        "• Application desktop en C# WinForms ; nouveaux modules en WPF dès 2019.\n"
        "                                                  Page 1 / 2\n"
        "• Tests unitaires avec NUnit.\n"
    )
    found = years(resume, catalog_matcher())
    assert found["WPF"] == 2  # January 2019 to February 2021
    assert found["Windows Forms"] == 4  # the whole job


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Build Maven, intégration continue sous Jenkins.", "Jenkins", True),
        ("Déploiement sous Linux et Windows Server.", "Linux", True),
        ("Sous Chef, then Head Chef at the Savoy.", "Chef", False),
        # (a team's word qualifying a noun names no other party)
        ("- Unit and UI tests with XCTest; we practise TDD.", "XCTest", True),
        ("- Team lead with Jenkins pipelines; we deploy daily.", "Jenkins", True),
    ],
)
def test_words_before_a_name_that_make_it_no_other_thing(text: str, name: str, found: bool) -> None:
    assert (name in names(text)) is found


_TITLES_HELD_IN_TURN = """PROFESSIONAL EXPERIENCE

Great Miami Insurance Company - Dayton, OH
QA Engineer                                  Jan 2020 - Apr 2022
QA Analyst                                   Aug 2018 - Dec 2019
- Manual testing of the claims web applications; defects in Jira.
- After my promotion to QA Engineer in January 2020 I wrote a Selenium WebDriver suite.

Kettering Software Labs - Kettering, OH
QA Intern                                    May 2017 - Aug 2017
- Manual testing of a scheduling app.
"""


def test_titles_held_in_turn_at_one_employer_share_its_duties() -> None:
    found = years(_TITLES_HELD_IN_TURN, catalog_matcher())
    assert found["Jira"] == 3  # August 2018 to April 2022, both titles
    assert found["Selenium"] == 2  # from the promotion, January 2020
    # (one-line jobs of a list are no titles held in turn: "Engineer, Acme")
    listed = (
        "EXPERIENCE\n\nEngineer, Acme    Jan 2020 - Apr 2022\n"
        "Analyst, Foo    Aug 2018 - Dec 2019\n- Defects in Jira.\n"
    )
    assert years(listed, catalog_matcher())["Jira"] == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("# Kiana Outerbridge, CPA\n\nAssistant Controller\n", "Kibana"),
        ("* Microscopy, preparation of culture media and incubation.", "Content Design"),
        ("Boundary surveys with Trimble R10 GNSS receivers (RTK).", "Redux"),
    ],
)
def test_a_name_a_word_and_a_survey_that_name_no_software(text: str, name: str) -> None:
    assert name not in years(text, catalog_matcher())  # (a résumé: its name line is a name)
    assert "Redux" in names("Frontend: React, Redux, RTK, Jest")


def test_the_work_after_becoming_a_head_in_a_month_before_a_colon() -> None:
    item = (
        "After I became Head of Department in September 2021: lead a department of six,"
        " hold the department budget and mentor new teachers."
    )
    found = years(_A_JOB.replace("ITEM", item), catalog_matcher())
    assert found["Mentoring"] == found["Budget Management"] == found["Leadership"] == 5


_A_TABLE_OF_JOBS = """EXPERIENCIA LABORAL

Feb. 2021 – Actual | Sonora Solar Analytics, Hermosillo | Ingeniero de Software Sr.
Jul. 2016 – Ene. 2021 | Arneses del Desierto, Hermosillo | Desarrollador de Aplicaciones
Ene. 2016 – Jun. 2016 | Universidad de Sonora | Prácticas profesionales

Sonora Solar Analytics – Ingeniero de Software Sr.
• Backend en Python con Django.

Arneses del Desierto – Desarrollador de Aplicaciones
• Aplicaciones internas en C# (.NET Framework, Windows Forms).
• Desde 2019, APIs REST con ASP.NET Core para conectar las estaciones de prueba.
"""


def test_an_open_start_in_a_job_of_a_table_that_has_ended() -> None:
    found = years(_A_TABLE_OF_JOBS, catalog_matcher())
    assert found["ASP.NET Core"] == 2  # January 2019 to January 2021, the job's end
    assert found["Windows Forms"] == 4  # July 2016 to January 2021


def test_client_machines_in_a_compound_are_no_party() -> None:
    text = "• Windows-Clients und Windows Server, Active Directory und Gruppenrichtlinien."
    assert {"Windows Server", "Active Directory"} <= names(text)
    assert "Jenkins" not in names("• The client's developers run Jenkins; we only read it.")


def test_a_library_imported_from_python_only_dates_python() -> None:
    resume = (
        "EXPERIENCE\n\nML Engineer, Tetu Agritech, January 2022 – present\n"
        "- Crop models in PyTorch, served with FastAPI.\n\n"
        "Data Analyst, Nyeri Coop, June 2019 – December 2021\n"
        "- Reports in Python with pandas.\n"
    )
    assert years(resume, catalog_matcher())["Python"] == 7  # June 2019 to December 2026


def test_the_clause_after_an_until_stops_at_its_semicolon() -> None:
    item = (
        "End-to-end tests were in Protractor until 2024, then I moved them to Playwright;"
        " unit tests in Jest.\n- Pipelines in Azure DevOps; in 2025 I added Lighthouse to them."
    )
    found = years(_A_JOB.replace("ITEM", item), catalog_matcher())
    assert found["Playwright"] == 3  # January 2024 to December 2026
    assert found["Jest"] == 8  # the whole job
    assert found["Lighthouse"] == 2  # January 2025 to December 2026
