# ruff: noqa: RUF001 - en dashes are how résumés write ranges.
"""Leading and guiding people said in paraphrase, in the words of heldout103-109's people
(smatrx.imports.people_skills), and the work since a role or a promotion told before a colon
or in Spanish (smatrx.imports.sources.resume_item_years, resume_sentence_asides)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, names, years


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Supervise three medical records clerks.", "Leadership"),
        ("- Supervised 12 enumerators in the Kolomotu'a district.", "Leadership"),
        ("- I supervise three radiographers and prepare the CT roster.", "Leadership"),
        ("- I also supervise our two recruiting coordinators: scheduling.", "Leadership"),
        ("- Ran small evaluations and supervised up to six diggers.", "Leadership"),
        ("- I supervise and train two junior paralegals.", "Leadership"),
        (
            "- Supervise the secretary, the clerk/receptionist and eight ancillary staff.",
            "Leadership",
        ),
        ("- Lead site teams of 4–10 archaeologists: daily briefings.", "Leadership"),
        ("- Teamleiter für vier Techniker: Einsatzplanung und Code-Reviews.", "Leadership"),
        (
            "- Seit meiner Beförderung im Jänner 2022 leite ich das Infrastruktur-Team mit vier"
            " Technikern.",
            "Leadership",
        ),
        (
            "- Desde mi ascenso en octubre de 2023 coordino a tres desarrolladoras frontend.",
            "Leadership",
        ),
        (
            "- Em 2019 fui promovido a team leader de uma equipa de três programadores.",
            "Leadership",
        ),
        (
            "- Sinds mijn promotie tot lead in juni 2024 stuur ik een team van vier gameplay"
            " programmeurs aan.",
            "Leadership",
        ),
        ("- Je dirige l'équipe backend de cinq développeurs.", "Leadership"),
        ("- Depuis janvier 2024, je dirige l'équipe MES.", "Leadership"),
        ("- Since 2024 I have trained and supervised our payroll trainee, Ruby.", "Mentoring"),
        ("- Code-Reviews; fachliche Mentorin für zwei Junior Data Engineers.", "Mentoring"),
        ("- Revisões de código; desde 2023 sou mentor dos programadores juniores.", "Mentoring"),
        ("- Every year I also mentor the NYSC corps members posted to us.", "Mentoring"),
    ],
)
def test_people_work_said_in_a_sentence(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # (a shift or a floor of no one named is no team the writers counted)
        ("- Opened and closed the store and led shifts of 20+.", "Leadership"),
        # (a thesis's supervisor is not the person's mentoring)
        ("Master rad: „Detekcija ambrozije“ (mentor: prof. dr Dragan Stanković)", "Mentoring"),
        ("Seit 2019 Mentorin im Programm „MINT-Mädchen Jena“: Experimente.", "Mentoring"),
        ("- Begeleiden van werkcolleges bij het vak Programmeertechnieken.", "Mentoring"),
    ],
)
def test_not_said(text: str, absent: str) -> None:
    assert absent not in names(text)


_A_LONG_JOB = """EXPERIENCE

QA Engineer, Norba Software, June 2012 – present
- {}
"""


@pytest.mark.parametrize(
    ("item", "dated", "expected"),
    [
        # a role held since a month, opening the item before a colon (January 2023 to December
        # 2026, both counted)
        (
            "Senior radiographer in charge of CT since January 2023: I supervise three"
            " radiographers and prepare the CT roster in Excel.",
            "Microsoft Excel",
            4,
        ),
        # a Spanish promotion ("ascenso") dates the work told after it
        (
            "Desde mi ascenso en octubre de 2023 coordino a tres desarrolladoras: revisiones"
            " de código en GitLab.",
            "GitLab",
            3,
        ),
        # a year's work before a colon is no start: the item is the job's
        (
            "SOC 2 Type II in 2024: access reviews, audit logging, Datadog for monitoring.",
            "Datadog",
            14,
        ),
        (
            "Project-managed the move of the desk from Cherwell to ServiceNow in 2018: testing.",
            "ServiceNow",
            14,
        ),
    ],
)
def test_the_work_since_a_role_or_a_promotion(item: str, dated: str, expected: int) -> None:
    assert years(_A_LONG_JOB.format(item), catalog_matcher())[dated] == expected
