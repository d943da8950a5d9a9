# ruff: noqa: RUF001 -- Turkish and Romanian sentences spell their own letters
"""Whose technology a mention is (smatrx.imports.ownership), through the matcher's read():
another party's technology is listed apart, never proposed as the person's; the person's
own work around clients, vendors and colleagues stays theirs. Pure: no app, no database."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.matcher import Matcher
from smatrx.imports.proposals import linkedin_proposals, resume_proposals
from smatrx.imports.sources.linkedin import LinkedInExport, Position
from tests.imports.catalog import catalog_matcher, own_and_theirs


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # another party acts: the subject of a verb before the name
        ("- Our developers built the results page in Svelte, and I supplied the data.", "Svelte"),
        (
            "* For one client, a stock system another developer had written in PHP fed Shopify.",
            "PHP",
        ),
        ("Contractors from a consultancy wrote the first version in Java.", "Java"),
        ("The sequencing lab next door runs its LIMS as a Java application.", "Java"),
        ("She maintained the Perl scripts; I took over the reports.", "Perl"),
        # ...after it, in a relative clause or as a passive's agent
        ("REST APIs consumed by a Flutter app that a partner agency builds.", "Flutter"),
        (
            "The client's Kafka platform, run by a managed service provider, carries events.",
            "Apache Kafka",
        ),
        ("The generated Java is maintained by the vendor.", "Java"),
        # another party owns the thing named
        ("Go-live i mars 2024: leverantörens Java-applikation, våra servrar.", "Java"),
        ("Migration des données vers l'application Java du client.", "Java"),
        # the sentence sets the person's part against another's
        (
            "- Leaderboards ran on our sister studio's backend, in Go; I only called its API.",
            "Go",
        ),
        ("- Programy na Solanie pisze w Rust partner z Lizbony; ja odpowiadam za most.", "Rust"),
        # the person says they did not use it
        ("I never touched the Java part of the platform.", "Java"),
        (
            "- Deploys go through the Jenkins pipeline, which I trigger but do not maintain.",
            "Jenkins",
        ),
        # another team's, in several languages and grammars
        ("Recommendations are the data science team's Spark jobs.", "Apache Spark"),
        (
            "Our scores feed the underwriting team's Tableau dashboards, which they maintain.",
            "Tableau",
        ),
        ("- Billing runs on Oracle, looked after by the vendor's engineers.", "Oracle Database"),
        ("- Os painéis rodam num cluster Kubernetes mantido pelo time de TI.", "Kubernetes"),
        (
            "- Modelleri veri bilimi ekibi PyTorch ile eğitiyor; ben yalnızca veri hazırlıyorum.",
            "PyTorch",
        ),
        ("- Kasa yazılımı Java ile yazılmış ve başka bir ekibin sorumluluğunda.", "Java"),
        ("• Un client își scria aplicația în Java; primeam fișierele gata exportate.", "Java"),
        # the person says they did only their part, in any language
        (
            "- The web runs on WordPress with an agency; I only send them the statistics.",
            "WordPress",
        ),
        ("- El web va sobre WordPress; jo només els envio les estadístiques.", "WordPress"),
        ("- Aplikasi dibuat dengan Kotlin; saya hanya menyediakan endpoint JSON-RPC.", "Kotlin"),
        ("- The bidding engine is written in C# by the trading systems team.", "C#"),
        ("- Bots read exports from Workday, which belongs to the HR systems team.", "Workday"),
        (
            "- Звіти будує окрема BI-команда на Apache Druid — я лише віддаю їм події.",
            "Apache Druid",
        ),
        ("- Serverite taristut haldab tellija Ansible'iga; meie tiim seda ei puutu.", "Ansible"),
        ("- Hạ tầng AWS do khách hàng tự quản lý.", "Amazon Web Services"),
        ("- Hệ thống cũ của khách hàng viết bằng COBOL trên mainframe.", "COBOL"),
        ("- Η ομάδα data science δουλεύει σε Databricks· εγώ δίνω μόνο το API.", "Databricks"),
        (
            "- The product is a Ruby on Rails app; engineering owns it and I never touch it.",
            "Ruby on Rails",
        ),
        ("- Podatke nam iz SAP-a pripravlja ekipa ERP; sam SAP-a ne uporabljam.", "SAP"),
        ("- Our designer did all the layouts in Adobe XD and exported them for me.", "Adobe XD"),
        ("• Helped the actuarial team reconcile data feeding their Prophet models.", "Prophet"),
        (
            "- O back-office do cliente corre em SAP; a equipa SAP do cliente expõe os serviços.",
            "SAP",
        ),
        ("- Мобилното приложение (Swift и Kotlin) се тества от мобилния екип.", "Kotlin"),
        ("• Die Kassensoftware ist eine C#-Anwendung; von uns stammt nur die Schnittstelle.", "C#"),
        (
            "- de webschermen werden in Angular gebouwd door de collega's, ik leverde de API.",
            "Angular",
        ),
        ("- Sistem MES syarikat dibangunkan dalam Java oleh pasukan IT.", "Java"),
        ("- Un panel desarrollado por el estudiante en Vue.js.", "Vue.js"),
        (
            "- PLC-en programazioa (Ladder Logic) automatizazio-taldeak egiten du; nik ez dut.",
            "PLC",
        ),
        ("- A contabilidade corria no SAP, gerido pela equipa SAP da Direcção Financeira.", "SAP"),
    ],
)
def test_another_partys_technology_is_theirs(matcher: Matcher, text: str, theirs: str) -> None:
    own, found_theirs = own_and_theirs(matcher, text)
    assert theirs in found_theirs
    assert theirs not in own


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("- Rebuilt the client's checkout in React.", "React"),
        ("- Wrote the lab's first Snakemake workflows.", "Snakemake"),
        ("- Built the department's Flask site where students submit projects.", "Flask"),
        ("- Delivered a Flutter app for a partner agency.", "Flutter"),
        ("- Led six developers building a Go platform for payments.", "Go"),
        ("- Mentored two junior developers in Python.", "Python"),
        ("- Worked with the vendor on the Kafka rollout; I wrote the consumers.", "Apache Kafka"),
        ("- Tableau dashboards used by 40 wards and 12 GP practices.", "Tableau"),
        ("- Most clients are on Heroku; CI on GitHub Actions for all of them.", "Heroku"),
        ("- Migrated the courier app from Java to Kotlin.", "Kotlin"),
        ("The client's data team uses Snowflake, which I administer.", "Snowflake"),
        ("- Built Power BI dashboards for the client's finance team.", "Power BI"),
        ("Our team built the ingestion service in Go.", "Go"),
        ("- Maintain my team's Jenkins pipelines.", "Jenkins"),
        (
            "- Own the CI platform: Jenkins shared libraries, moving team by team to GitLab.",
            "Jenkins",
        ),
        ("- Python services consumed by other teams across the bank.", "Python"),
        ("- Lucrez cu Java și Kotlin pentru un client din Germania.", "Java"),
        ("- Built the API in Go; I only had two weeks for it.", "Go"),
        ("- El web i l'app en React, que jo vaig construir.", "React"),
        ("- A rule engine that reads a JSON specification; .NET, unit tests in xUnit.", "JSON"),
        ("- Stack: Python · Kafka · PostgreSQL", "Apache Kafka"),
        ("- Migrated their Spark jobs to Databricks.", "Apache Spark"),
        ("- Own the CI platform, moving team by team to Azure DevOps.", "Azure DevOps"),
        ("- Pricing library in C++, exposed to the research team in Python.", "Python"),
    ],
)
def test_the_persons_own_work_stays_theirs(matcher: Matcher, text: str, skill: str) -> None:
    own, theirs = own_and_theirs(matcher, text)
    assert skill in own
    assert skill not in theirs


def test_locate_and_find_give_the_persons_mentions_only(matcher: Matcher) -> None:
    text = "Built the API in Python; the client's Java team builds the services."
    assert [m.name for m in matcher.find(text)] == ["Python"]
    assert [m.name for _, _, m in matcher.locate(text)] == ["Python"]


def _export(description: str, skills: tuple[str, ...] = ()) -> LinkedInExport:
    position = Position("Acme", "Data Engineer", description, "", date(2020, 1, 1), None)
    return LinkedInExport(skills, (position,), (), (), {}, None, None, None, ())


def test_linkedin_positions_list_another_partys_technology_apart(matcher: Matcher) -> None:
    export = _export("Built the pipelines in Python; the client's Java team owns the APIs.")
    proposals, _ = linkedin_proposals(export, matcher, today=date(2026, 12, 5))
    by_name = {p.name: p for p in proposals}
    assert not by_name["Python"].someone_elses and by_name["Python"].years == 7
    java = by_name["Java"]
    assert java.someone_elses and java.years is None and java.last_used is None
    assert java.evidence == [
        "Position: Data Engineer at Acme: Built the pipelines in Python; the client's «Java» "
        "team owns the APIs."
    ]


def test_a_skill_the_person_lists_is_theirs_whatever_a_position_says(matcher: Matcher) -> None:
    export = _export("The client's Java team owns the APIs.", skills=("Java",))
    proposals, _ = linkedin_proposals(export, matcher, today=date(2026, 12, 5))
    assert ("Java", False) in [(p.name, p.someone_elses) for p in proposals]
    assert not any(p.someone_elses for p in proposals)


def test_a_resume_lists_a_skill_apart_only_when_never_the_persons(matcher: Matcher) -> None:
    text = (
        "Engineer, Acme (2019 - 2021)\n"
        "- The vendor's Kafka cluster, run by their ops team, fed our reports.\n"
        "- Our developers built the admin pages in Svelte.\n"
        "Engineer, Initech (2022 - 2024)\n"
        "- Wrote Kafka consumers in Go.\n"
    )
    proposals, _ = resume_proposals(text, matcher, today=date(2026, 12, 5))
    by_name = {p.name: p for p in proposals}
    assert by_name["Svelte"].someone_elses
    assert not by_name["Apache Kafka"].someone_elses
    assert by_name["Apache Kafka"].years == 2  # the Initech entry only
