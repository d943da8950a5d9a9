# ruff: noqa: RUF001 - en dashes in résumé lines are data.
"""What the blind round heldout116-118 showed the reader missing, each in a sentence or a
layout of our own."""

from __future__ import annotations

from tests.imports.catalog import catalog_matcher, names, years

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
