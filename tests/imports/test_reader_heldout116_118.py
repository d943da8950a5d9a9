# ruff: noqa: RUF001 - en dashes in résumé lines are data.
"""What the blind round heldout116-118 showed the reader missing, each in a sentence or a
layout of our own."""

from __future__ import annotations

from tests.imports.catalog import catalog_matcher, years

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
