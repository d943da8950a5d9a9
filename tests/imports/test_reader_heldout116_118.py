# ruff: noqa: RUF001 - en dashes in résumé lines are data.
"""What the blind round heldout116-118 showed the reader missing, each in a sentence or a
layout of our own."""

from __future__ import annotations

from tests.imports.catalog import assert_theirs, catalog_matcher, names, years

_EUROPASS_DATES_TWO_SPACES_BEFORE_THE_TITLE = """EXPERIÊNCIA PROFISSIONAL
         01/03/2021–Presente  Engenheira DevOps
                              Neiva Software, Lda., Braga (Portugal)
                              Software de planeamento e controlo da produção (SaaS) para a
                              indústria têxtil e do calçado.
                              • Plataforma em AWS: clusters Amazon EKS, RDS, S3 e CloudFront;
                                toda a infraestrutura descrita em Terraform.
                              • Pipelines GitLab CI para cerca de 40 microsserviços.
       01/09/2016–28/02/2021  Administradora de Sistemas
                              Cerâmica de Galegos, S.A., Barcelos (Portugal)
                              • Servidores Linux (Debian e CentOS).
"""


def test_a_europass_cvs_dates_two_spaces_before_the_title_keep_the_duties() -> None:
    # the duties indented to the title had been taken for a right-hand sidebar and dropped
    found = years(_EUROPASS_DATES_TWO_SPACES_BEFORE_THE_TITLE, catalog_matcher())
    assert found["Terraform"] == 5
    assert found["GitLab CI"] == 5
    assert found["Linux"] == 4


_TITLES_HELD_IN_TURN_UNDER_THE_EMPLOYERS_DATES = """WORK HISTORY

06/2019 - now       ISLA CONNECT COMMUNICATIONS  -  Tamuning, Guam
                    Mobile, fiber and pay-TV provider for Guam and the CNMI.

                    Senior Data Engineer (since April 2023)
                    Data Engineer II (June 2019 - March 2023)

  - Designed and run the company's data warehouse on Google BigQuery.
  - From April 2023: lead a team of two data engineers - hiring and code review.
"""


def test_titles_held_in_turn_under_the_employers_dates() -> None:
    # the lower title's dates had opened a job of their own, to March 2023, holding all the
    # duties; and the lead's item, after it, one from April 2023
    found = years(_TITLES_HELD_IN_TURN_UNDER_THE_EMPLOYERS_DATES, catalog_matcher())
    assert found["Google BigQuery"] == 7
    assert found["Data Engineering"] == 7
    assert found["Leadership"] == 3


def test_leading_people_as_trades_and_owners_say_it() -> None:
    assert "Leadership" in names("• Led a front office and guest relations team of 24.")
    assert "Leadership" in names("• Foreman for crews of 4 to 8 on commercial fit-outs.")
    assert "Leadership" in names("• Lead hand on larger houses, with a helper and an apprentice.")
    assert "Leadership" in names("• I coordinate the work of a shift of five analysts.")
    assert {"Leadership", "People Management"} <= names(
        "- Employ 3 full-time workers and up to 8 seasonal pickers at harvest."
    )
    assert {"Leadership", "People Management"} <= names(
        "• Run resort operations; the heads of Front Office and Security report to me."
    )
    # (a company's staff is not the person's)
    assert "People Management" not in names("The company employs 900 people.")


def test_names_that_words_around_them_make_other_things() -> None:
    # heldout116-118's first score: brands, a juice line, a melon, a dog, a resort, a fair
    assert "Elixir" not in names("- In 2023 we launched Elixir, our cold-pressed juice line.")
    assert "Delphi" not in names("- Customers import spare parts (Bosch and Delphi brands).")
    assert not names("- Tomatoes, cucumbers, and Athena cantaloupes for the winter season.")
    assert "Jasmine" not in names("- Walks on Rua do Porto with our mutt, Jasmine.")
    assert "Jasmine" not in names("  nossa vira-lata, a Jasmine.")
    assert "Microsoft Azure" not in names("- Our client, Azure Lagoon Resort & Spa, asked for it.")
    assert "Spring Framework" not in names("• Spring campus recruitment fairs at the university.")
    # (and as technologies still)
    assert "Elixir" in names("- Apps in Elixir, our main language.")
    assert "Shopify" in names("- Built the Shopify store and its theme.")


def test_italian_and_spanish_words_that_look_like_products() -> None:
    assert "Stata" not in names("- la migrazione a PyTorch è stata completata nel 2022.")
    assert "Informatica" not in names("• Esercitazioni del corso di Fondamenti di Informatica.")
    assert "Informatica" not in names("Ingeniero en Informática, Universidad de Valencia")
    assert "Informatica" in names("- ETL in Informatica PowerCenter and Oracle.")
    assert "Stata" in names("- Stata and R for the analyses.")


def test_another_partys_own_system_in_the_languages_of_europe() -> None:
    assert_theirs(
        "• El SOC del corporativo en Japón opera su propio QRadar; yo atendía los casos.",
        "IBM QRadar",
    )
    assert_theirs("- Der Kunde betreibt sein eigenes SAP.", "SAP")
    assert_theirs("- Le client gère son propre Salesforce.", "Salesforce")
    assert_theirs("- Headquarters runs its own SAP; I send them monthly figures.", "SAP")
    # (the person's verb: "I set up its own Terraform" is still theirs)
    assert "Terraform" in names("• Implementé su propio Terraform.")


_A_LABEL_OVER_A_GROUP_OF_ITEMS = """Where I have worked

**Te Ava Nui College, Avarua** — Science Teacher, then Head of Science
February 2015 – present

- Teach Year 9 and 10 Science and NCEA Chemistry.

Head of Science since the start of the 2022 school year:

- Lead a department of five teachers and two lab technicians.
- Manage the department budget (about NZ$18,000 a year).

Throughout:

- Attendance and reports in KAMAR; results analysed in Microsoft Excel.
- Since the 2020 lockdown all my classes run on Google Classroom.
"""


def test_a_label_over_a_group_of_items_dates_them_and_its_title() -> None:
    found = years(_A_LABEL_OVER_A_GROUP_OF_ITEMS, catalog_matcher())
    assert found["Leadership"] == 5  # from 2022, the label's title too
    assert found["Budget Management"] == 5
    assert found["Microsoft Excel"] == 11  # "Throughout:" ends the group
    assert found["Google Classroom"] == 7  # "Since the 2020 lockdown"


def test_practices_said_by_what_they_go_through() -> None:
    assert "End-to-End Testing" in names(
        "- Unit tests in Vitest, end-to-end booking flows in Playwright."
    )
    assert "End-to-End Testing" not in names(
        "- Responsible for the end-to-end delivery of the project."
    )
    assert "Code Review" in names(
        "- Run our frontend guild and review most of the Vue pull requests."
    )
    assert "Incident Management" in names("• Guardia de respuesta a incidentes con Wazuh.")


def test_a_charting_library_and_french_mentoring() -> None:
    assert "Data Visualization" in names("• Tableau de bord des éditeurs en D3.js.")
    assert "Mentoring" in names("• Suivi de deux alternants et revue de code.")
    # (the everyday word is no near miss of the library's name)
    assert "Chart.js" not in names("- Charts for the sales team.")


def test_a_name_wrapped_onto_an_indented_line_of_a_two_column_page() -> None:
    # the main column's lines are indented past the blanked sidebar
    wrapped = (
        "• Tests unitaires avec Jest et Testing Library, tests de\n"
        "                                         bout en bout avec Playwright dans la CI."
    )
    assert "End-to-End Testing" in names(wrapped)


def test_a_gitops_deployer_dates_ci_cd() -> None:
    found = years(
        "EXPERIENCE\nPlatform Engineer, Sibebe Fintech\nFeb 2021 – Present\n"
        "- GitOps with Flux and Helm charts: developers merge, Flux deploys.\n",
        catalog_matcher(),
    )
    assert found["CI/CD"] == 5


_A_SWISS_CV_WITH_CERTIFICATES_UNDER_TRAINING = """BERUFSERFAHRUNG

Juni 2021 – heute
Senior Data Engineer, AareWerke Energie AG, Aarau
- Verarbeitung der Smart-Meter-Daten in Azure Databricks mit Python und PySpark.

AUS- UND WEITERBILDUNG
2014 – 2018   Bachelor of Science FHNW in Wirtschaftsinformatik
2010 – 2014   Eidg. Fähigkeitszeugnis Informatikerin EFZ mit Berufsmaturität
2020          Microsoft Certified: Azure Data Fundamentals
"""


def test_training_is_an_education_section_and_hosted_databricks_is_databricks() -> None:
    found = years(_A_SWISS_CV_WITH_CERTIFICATES_UNDER_TRAINING, catalog_matcher())
    assert found["Microsoft Azure"] == 5  # not from the apprenticeship's 2010
    assert found["Databricks"] == 5


def test_a_names_other_spelling_split_inside_a_word() -> None:
    # "e-mail marketing" and "cyber security" are spellings of names the catalog writes whole
    assert "Email Marketing" in names("- In 2023 we brought our e-mail marketing into HubSpot.")
    assert "Information Security" in names("Cyber Security Analyst, Wearside Borough Council")
    assert "Digital Marketing" in names("- Google Ads campaigns for the summer season.")
    # (a design kit is no framework)
    assert "UIKit" not in names("- Styles in SCSS, with design tokens; no UI kit.")


def test_leading_and_mentoring_people_in_french() -> None:
    assert "Leadership" in names("J'encadre trois équipes produit (18 personnes).")
    assert "Leadership" in names("• Management de 18 personnes : entretiens individuels.")
    assert "Leadership" in names("Lead technique de l'équipe réservation (5 développeurs).")
    assert "Mentoring" in names("• Coaching et mentorat des trois lead devs.")
    assert "Leadership" not in names("- Met with 40 people at the fair.")


_WHAT_WAS_USED_AT_FIRST = """PROFESSIONAL EXPERIENCE

BLUEBEARD SOFTWARE LLC – remote
QA Engineer  |  April 2022 – Present
• Cypress tests, written in JavaScript at first and converted to TypeScript during 2023.

FRENCHTOWN FINTECH INC. – remote (contract)
Manual QA Tester, then QA Analyst  |  June 2020 – March 2022
• Manual testing of a lending web app.
• Promoted to QA Analyst in July 2021, and from then wrote smoke tests with Selenium.
"""


def test_what_was_used_at_first_and_from_a_promotion_then() -> None:
    found = years(_WHAT_WAS_USED_AT_FIRST, catalog_matcher())
    assert found["JavaScript"] == 0  # April 2022 to 2023
    assert found["Cypress"] == 4
    assert found["Selenium"] == 0  # July 2021 to March 2022


def test_data_science_work_said_by_what_it_works_on() -> None:
    assert "Time Series Forecasting" in names("• Room-demand and rate forecasting for resorts.")
    assert {"Text Classification", "Natural Language Processing"} <= names(
        "• Guest review classification in English, Russian and Italian."
    )
    assert "Data Cleaning" in names("• Cleaned ten years of reef survey records with pandas.")
    assert "Data Cleaning" not in names("I like disciplined sourcing, clean data and fair deals.")
    assert "Time Series Forecasting" not in names("- Demand for our products grew.")


_SINCE_THE_PROMOTION_OF_TITLES_HELD_IN_TURN = """EXPERIENCE

### Gulf Lantern Freight W.L.L. — Hidd

**Senior Logistics Coordinator** · *January 2024 – present*
**Logistics Coordinator** · *September 2021 – December 2023*

- Open and run every job file in CargoWise.
- Since the promotion I lead the import desk of three coordinators: daily work allocation.
"""


def test_since_the_promotion_under_titles_held_in_turn() -> None:
    # the later title's start is the promotion's date
    found = years(_SINCE_THE_PROMOTION_OF_TITLES_HELD_IN_TURN, catalog_matcher())
    assert found["Leadership"] == 3


def test_an_english_loanword_in_another_languages_sentence() -> None:
    assert "Network Security" in names("• Administración de los firewalls Palo Alto y de la VPN.")
