"""Proposals come back from the database as the objects the job wrote. Pure: no app."""

from __future__ import annotations

from types import SimpleNamespace

from smatrx.imports.proposals import Proposal, stored_proposals

PYTHON = Proposal(
    skill_id="s1",
    name="Python",
    level="advanced",
    score=65,
    years=4,
    last_used="2026-05-01",
    evidence=["Line 3: Python every day"],
    fuzzy=False,
)
KUBERNETS = Proposal(
    skill_id="s2",
    name="Kubernetes",
    level="beginner",
    score=15,
    years=None,
    last_used=None,
    evidence=[],
    fuzzy=True,
)


def test_from_json_is_the_inverse_of_as_json() -> None:
    for proposal in (PYTHON, KUBERNETS):
        stored = proposal.as_json()
        assert Proposal.from_json(stored) == proposal
        assert Proposal.from_json(stored).as_json() == stored


def test_stored_proposals_reads_what_the_job_wrote() -> None:
    row = SimpleNamespace(results={"proposals": [PYTHON.as_json(), KUBERNETS.as_json()]})
    assert stored_proposals(row) == [PYTHON, KUBERNETS]


def test_rows_of_older_versions_lacking_optional_keys_still_read() -> None:
    old = {"skill_id": "s1", "name": "Python", "level": "beginner", "score": 15}
    row = SimpleNamespace(results={"proposals": [old], "unknown": []})
    assert stored_proposals(row) == [
        Proposal("s1", "Python", "beginner", 15, None, None, evidence=[], fuzzy=False)
    ]


def test_an_import_that_has_not_finished_has_no_proposals() -> None:
    assert stored_proposals(SimpleNamespace(results=None)) == []
    assert stored_proposals(SimpleNamespace(results={"request": {"login": "ada"}})) == []


def test_a_quote_marks_the_match_and_trims_to_whole_words() -> None:
    import re

    from smatrx.imports.proposals import quote

    text = (
        "Joined the data platform team in 2019 and rebuilt every nightly pipeline in Apache "
        "Airflow with dbt models, then moved the warehouse to Snowflake over two quarters."
    )
    said = quote(text, re.compile(r"Apache Airflow"), width=30)
    assert said == "…every nightly pipeline in «Apache Airflow» with dbt models, then moved…"
    assert quote("short text with Go", re.compile("Go")) == "short text with «Go»"
    assert quote("nothing here", re.compile("Rust")) is None


def test_linkedin_evidence_quotes_what_matched_in_a_position() -> None:
    from datetime import date

    from smatrx.imports.matcher import Matcher, terms_from_catalog
    from smatrx.imports.proposals import linkedin_proposals
    from smatrx.seed.data import read_catalog

    matcher = Matcher(
        terms_from_catalog(
            {"id": skill.slug, "name": skill.name, "aliases": skill.aliases}
            for skill in read_catalog().skills
        )
    )
    position = SimpleNamespace(
        title="Data Engineer",
        company="Acme",
        description="Owned the ingestion layer: streaming with Apache Kafka into the lake.",
        started=date(2021, 1, 1),
        finished=None,
    )
    export = SimpleNamespace(
        skills=[], endorsements={}, positions=[position], certifications=[], projects=[]
    )
    proposals, _ = linkedin_proposals(export, matcher, today=date(2026, 12, 5))
    kafka = next(p for p in proposals if p.name == "Apache Kafka")
    assert kafka.evidence == [
        "Position: Data Engineer at Acme: Owned the ingestion layer: streaming with "
        "«Apache Kafka» into the lake."
    ]
