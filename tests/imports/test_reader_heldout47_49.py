# ruff: noqa: RUF001 - en dashes are the data under test.
"""Skills the reader once missed on heldout47 to heldout49, said as people write them: a model
version glued to its name ("YOLOv8"), a CI service standing for CI/CD where the document does
not name CI/CD (and not moving CI/CD's own years where it does), running the interview loop,
reviewing test code."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher, names, years


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Fine-tuned YOLOv8 for pallet detection.", "Object Detection"),
        ("- Builds and releases run in Jenkins.", "CI/CD"),
        ("- Pipelines in GitHub Actions for the three mobile apps.", "CI/CD"),
        ("- Mentor two juniors and run the team's interview loop for SRE hires.", "Recruiting"),
        ("- Review their test code in pull requests.", "Code Review"),
    ],
)
def test_found(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Ran the customer interviews for the discovery phase.", "Recruiting"),
        ("- Reviewed the building code for the new warehouse.", "Code Review"),
    ],
)
def test_not_found(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_ci_cd_named_keeps_its_own_years(matcher: Matcher) -> None:
    text = """Experience
DevOps Engineer, Harbour Logistics — January 2022 – present
- CI/CD pipelines for 40 services.

Build Engineer, Quay Games — January 2014 – December 2021
- Nightly builds in Jenkins.
"""
    assert years(text, matcher)["CI/CD"] == 5  # not 13: the Jenkins years are not added
