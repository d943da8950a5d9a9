"""A LinkedIn position's description read as a résumé's job is: a sentence carrying a period
of its own ("En 2022 lideré la migración … a Python", "Since 2021 …", "… (2018)") dates only
the names it holds, clipped to the position; every other mention gets the position's dates."""

from __future__ import annotations

from datetime import date
from functools import cache
from types import SimpleNamespace

from smatrx.imports.dates import DateRange
from smatrx.imports.matcher import Matcher, terms_from_catalog
from smatrx.imports.proposals import Proposal, linkedin_proposals
from smatrx.imports.sources.resume import dated_job, usage_ranges
from smatrx.seed.data import read_catalog

TODAY = date(2026, 12, 5)


@cache
def _matcher() -> Matcher:
    return Matcher(
        terms_from_catalog(
            {"id": skill.slug, "name": skill.name, "aliases": skill.aliases}
            for skill in read_catalog().skills
        )
    )


def _proposals(*positions: tuple[str, str, date, date | None]) -> dict[str, Proposal]:
    export = SimpleNamespace(
        skills=[],
        endorsements={},
        positions=[
            SimpleNamespace(
                title=title,
                company="Acme",
                description=description,
                started=started,
                finished=finished,
            )
            for title, description, started, finished in positions
        ],
        certifications=[],
        projects=[],
    )
    proposals, _ = linkedin_proposals(export, _matcher(), today=TODAY)
    return {p.name: p for p in proposals}


def test_a_sentence_opening_with_a_year_dates_only_its_names() -> None:
    # heldout11 linkedin-daniela: Python was 8 years, taking the whole 2019-2023 job
    found = _proposals(
        (
            "Analista de Riesgo de Crédito",
            "Scorecards de originación en SAS con datos de Teradata.\n"
            "En 2022 lideré la migración de los procesos de SAS a Python.\n"
            "Reportes de cartera en Power BI para la vicepresidencia de riesgos.",
            date(2019, 1, 1),
            date(2023, 2, 1),
        )
    )
    assert found["Python"].years == 1  # January 2022 to February 2023
    assert found["Python"].last_used == "2023-02-01"
    assert found["SAS"].years == 4  # also named in an undated sentence: the whole position
    assert found["Power BI"].years == 4


def test_a_year_inside_a_paragraph_dates_its_own_sentence() -> None:
    found = _proposals(
        (
            "Quant Developer",
            "Rebuilt the risk models in R for the credit desk. In 2022 I led the migration "
            "to Python, with the team of four.",
            date(2016, 1, 1),
            date(2024, 1, 1),
        )
    )
    assert found["R"].years == 8
    assert found["Python"].years == 2  # 2022 to the position's end


def test_an_open_start_dates_what_follows_it_to_the_positions_end() -> None:
    found = _proposals(
        (
            "Backend Engineer",
            "- Payments services in Java on Postgres.\n"
            "- Since 2021 new services in Rust, with the old ones kept in Java.",
            date(2017, 1, 1),
            None,
        )
    )
    assert found["Rust"].years == 6  # 2021 to today, not 2017 on
    assert found["Rust"].last_used == TODAY.isoformat()
    assert found["Java"].years == 10


def test_a_year_in_brackets_closing_a_sentence_is_that_year() -> None:
    found = _proposals(
        (
            "Developer",
            "Maintained the billing system. First experiments with Scala in internal tools (2018).",
            date(2015, 1, 1),
            date(2021, 1, 1),
        )
    )
    proposal = found["Scala"]
    assert proposal.years == 1
    assert proposal.last_used == "2018-12-01"


def test_a_period_reaching_before_the_position_is_clipped_to_it() -> None:
    found = _proposals(
        (
            "Platform Engineer",
            "• Since 2015 running Kubernetes clusters for the product teams and their CI.",
            date(2020, 1, 1),
            date(2022, 1, 1),
        )
    )
    assert found["Kubernetes"].years == 2


def test_names_in_the_title_and_undated_sentences_keep_the_positions_dates() -> None:
    found = _proposals(
        (
            "Python Developer",
            "In 2022 we moved the build to GitHub Actions and Python 3.11.",
            date(2018, 1, 1),
            date(2024, 1, 1),
        ),
        (
            "Engineer",
            "Go services behind an API gateway.",
            date(2012, 1, 1),
            date(2014, 1, 1),
        ),
    )
    assert found["Python"].years == 6
    assert found["GitHub Actions"].years == 2
    assert found["Go"].years == 2


def test_dated_job_reads_items_as_split_entries_does() -> None:
    period = DateRange(start=date(2017, 1, 1), end=date(2021, 1, 1), ongoing=False, text="")
    entry = dated_job(
        "Engineer",
        ["- Kept the monolith alive.", "- En 2019 migramos los servicios a Kubernetes."],
        period,
        today=TODAY,
    )
    assert [(a, b) for a, b, _ in entry.periods] == [(3, 3)]
    (dated,) = usage_ranges(entry, [3])
    assert (dated.start, dated.end) == (date(2019, 1, 1), date(2021, 1, 1))
    assert usage_ranges(entry, [2, 3]) == [period]


def test_a_positions_title_is_held_from_the_promotion_its_description_tells() -> None:
    # heldout113 linkedin-kadritm: Lead Platform Engineer since 2021, promoted in April 2024;
    # leadership was 5 years, the whole position
    found = _proposals(
        (
            "Lead Platform Engineer",
            "Card acquiring for merchants in the Baltics.\n"
            "I joined as a platform engineer. I was promoted to lead in April 2024.\n"
            "- GitOps with Flux since 2022.",
            date(2021, 3, 1),
            None,
        )
    )
    assert found["Leadership"].years == 2


def test_a_positions_title_held_from_the_start_beside_it() -> None:
    found = _proposals(
        ("Shipwright, then Workshop Lead (from 2021)", "Hull repairs.", date(2015, 3, 1), None)
    )
    assert found["Leadership"].years == 6  # 2021 to 2026, not from 2015
