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
