# ruff: noqa: RUF001 - en dashes are the data under test.
"""Years come only from the dated entries that mention a skill (issue 17): a hyphenated
phrase is not a mention, and undated sections after a job (talks, projects, publications)
are not part of that job."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.matcher import Matcher
from smatrx.imports.proposals import resume_proposals
from tests.imports.catalog import catalog_matcher, years

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_a_hyphenated_phrase_is_not_a_mention(matcher: Matcher) -> None:
    text = """Experience

Marketing Lead, Acme
Jan 2010 - Dec 2012
Led the go-to-market plan for our developer tools.

Backend Engineer, Beta
Jan 2020 - Dec 2022
Built backend services in Go and Python.
"""
    found = years(text, matcher)
    assert found["Go"] == 3 and found["Python"] == 3


@pytest.mark.parametrize(
    "heading", ["Talks", "Speaking", "Projects", "Publications", "Open source"]
)
def test_an_undated_section_after_a_job_is_not_part_of_it(matcher: Matcher, heading: str) -> None:
    text = f"""Experience

Frontend Engineer, Gamma
Jan 2021 - Dec 2022
Built the shop in TypeScript.

{heading}
Why React hooks matter, a talk and a demo app in React
"""
    found = years(text, matcher)
    assert found["TypeScript"] == 2
    assert found["React"] is None  # mentioned, but in no dated entry


def test_years_and_evidence_come_only_from_mentions_the_matcher_accepted(
    matcher: Matcher,
) -> None:
    text = """Experience

Support Lead, Acme
Jan 2010 - Dec 2015
I react to problems with questions first.

Frontend Engineer, Beta
Jan 2021 - Dec 2022
Built the shop in React and TypeScript.
"""
    proposals, _ = resume_proposals(text, matcher, today=TODAY)
    react = next(p for p in proposals if p.name == "React")
    assert react.years == 2  # the verb in 2010-2015 adds nothing
    assert react.evidence == ["Line 9: Built the shop in «React» and TypeScript."]


def test_a_stack_section_ends_the_entry_above_it(matcher: Matcher) -> None:
    text = """Experience

Developer, Acme
Jan 2020 - Dec 2021
Built the API in Python.

Education
BSc Informatics (2013 - 2017)

Stack
Python, Docker, Git
"""
    found = years(text, matcher)
    assert found["Python"] == 2
    assert found["Docker"] is None and found["Git"] is None


def test_an_open_range_and_seasons_date_an_entry(matcher: Matcher) -> None:
    text = """Experience

Developer, Acme
Since Nov 2024
Built the API in Python.

Designer, Beta
Spring 2019 - Fall 2021
Prototypes in Figma.
"""
    found = years(text, matcher)
    assert found["Python"] == 2  # Nov 2024 to Dec 2026
    assert found["Figma"] == 2  # Mar 2019 to Sep 2021: 31 months, 2 years completed


def test_a_duration_beside_the_dates_is_not_a_title(matcher: Matcher) -> None:
    text = """Experience

Salesforce Developer – Charity CRM
Jan 2019 – Dec 2021 (3 yrs)
Apex triggers and Salesforce flows.
"""
    assert years(text, matcher)["Salesforce"] == 3


# -- third held-out corpus (issue 17) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "skill"),
    [("Kofi Jenkins", "Jenkins"), ("Lua Carvalho", "Lua"), ("EMBER NAKAMURA-HOLT", "Ember.js")],
)
def test_the_name_line_names_the_person(matcher: Matcher, first_line: str, skill: str) -> None:
    text = f"{first_line}\nDeveloper\n\nExperience\nEngineer, Acme — 2020 to 2022\n- Python work.\n"
    found = years(text, matcher)
    assert skill not in found
    assert found["Python"] == 2


@pytest.mark.parametrize(
    "first_line",
    ["Senior Python Developer", "Jenkins, Docker, Kubernetes", "Lua 5.4 and C"],
)
def test_a_first_line_that_is_no_name_still_counts(matcher: Matcher, first_line: str) -> None:
    text = f"{first_line}\n\nExperience\nEngineer, Acme — 2020 to 2022\n- Services.\n"
    assert set(years(text, matcher)) & {"Python", "Jenkins", "Lua"}


def test_german_headings_end_an_entry(matcher: Matcher) -> None:
    text = """Berufserfahrung
01.2022 – heute | Senior SAP Consultant, Nordwind GmbH
 | ABAP reports.
Ausbildung
M.Sc. Wirtschaftsinformatik, Universität Hamburg, 2012 – 2014
Zertifizierungen
SAP Certified Application Associate – SAP S/4HANA (2021)
Kenntnisse
SAP S/4HANA, ABAP
"""
    found = years(text, matcher)
    assert found["ABAP"] == 5  # Jan 2022 to Dec 2026
    assert found["SAP S/4HANA"] is None  # a certificate and a skills list date nothing


def test_a_product_gives_what_it_implies_the_same_entries(matcher: Matcher) -> None:
    text = """Experience
Network Engineer, Acme — 2018 to 2022
- Jump hosts on RHEL; Kubernetes on AKS.

Skills
Linux, Kubernetes
"""
    found = years(text, matcher)
    assert found["Red Hat Enterprise Linux"] == found["Linux"] == 4
    assert found["Azure Kubernetes Service"] == found["Kubernetes"] == 4


def test_a_database_does_not_date_sql(matcher: Matcher) -> None:
    # Keeping a database running says nothing of writing SQL (heldout2); a dialect does.
    text = """Experience
Analyst, Acme — 2018 to 2022
- A MySQL database of sample metadata; reports in T-SQL.

Skills
SQL
"""
    found = years(text, matcher)
    assert found["MySQL"] == 4
    assert found["SQL"] == 4  # from T-SQL, a dialect of SQL
    assert years(text.replace("; reports in T-SQL", ""), matcher)["SQL"] is None


def test_a_parent_list_and_shared_head_nouns_date_their_skills(matcher: Matcher) -> None:
    text = """Experience
CTO, Acme — 2020 to 2024
- Moved to AWS (ECS, RDS, S3) with Terraform.
- Ansible playbooks for Cisco and Juniper routers.
"""
    found = years(text, matcher)
    for skill in ("Amazon ECS", "Amazon RDS", "Amazon S3", "Cisco IOS", "Juniper Junos"):
        assert found[skill] == 4, skill


def test_an_achievements_label_inside_a_job_is_part_of_it(matcher: Matcher) -> None:
    text = """Experience
Senior Engineer, Acme                Jan 2019 – Dec 2022
Key achievements:
- Migrated the services to Kubernetes.

Achievements
Hackathon winner with a Terraform provider
"""
    found = years(text, matcher)
    assert found["Kubernetes"] == 4  # a label of the job, with a colon
    assert found["Terraform"] is None  # a section of the résumé, after a blank line


def test_a_sidebar_skill_beside_a_job_gets_no_years_from_it(matcher: Matcher) -> None:
    gap = " " * 30
    text = "\n".join(
        [
            "EXPERIENCE" + gap + "      SKILLS",
            "Backend Engineer, Acme" + gap + "Terraform, Docker",
            "Jan 2010 - Dec 2019" + gap + "   RabbitMQ",
            "Built payment services in Kotlin.",
            " " * 52 + "Grafana",
        ]
    )
    found = years(text, matcher)
    assert found["Kotlin"] == 10
    assert found["Terraform"] is None and found["RabbitMQ"] is None


def test_french_and_spanish_dates_give_years(matcher: Matcher) -> None:
    text = """EXPÉRIENCE PROFESSIONNELLE

Développeuse web — Agence Lumière, Lyon
sept. 2016 – déc. 2020
- Sites en AngularJS et JavaScript.

FORMATION
Licence professionnelle, IUT Lyon 1, 2015 – 2016

## Experiencia profesional
**Desarrolladora Android** — Movilidad Levante
*mar. 2021 – actualidad*
- Apps en Kotlin.
"""
    found = years(text, matcher)
    assert found["JavaScript"] == 4
    assert found["Kotlin"] == 5  # Mar 2021 to Dec 2026: 70 months, 5 years completed
