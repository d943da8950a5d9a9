"""An import's "Use the estimate" (POST /imports/<id>/apply/<skill>) follows the same
verification rule as an edit by hand (skills/holdings.py): a rise above the verified level
clears the verification, a drop or a new score within the level keeps it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from smatrx.extensions import db
from smatrx.imports.proposals import Proposal
from smatrx.models import SkillImport, User
from tests.helpers import VERIFIED_AT, catalog_skill, csrf_for, verified_python


def completed_import(user: User, level: str, score: int) -> SkillImport:
    proposal = Proposal(
        catalog_skill("python").id, "Python", level, score, 4, "2025-01-31", ["Python daily"]
    )
    row = SkillImport(
        user_id=user.id,
        source="resume",
        status="completed",
        progress=100,
        results={"proposals": [proposal.as_json()]},
    )
    db.session.add(row)
    db.session.commit()
    return row


@pytest.mark.parametrize(
    ("level", "score", "kept"),
    [
        pytest.param("advanced", 65, False, id="raise-clears"),
        pytest.param("beginner", 15, True, id="drop-keeps"),
        pytest.param("intermediate", 48, True, id="same-level-new-score-keeps"),
    ],
)
def test_using_the_estimate_follows_the_verification_rule(
    ada_client: Any, ada: User, level: str, score: int, kept: bool
) -> None:
    held = verified_python(ada)
    imported = completed_import(ada, level, score)
    response = ada_client.post(
        f"/imports/{imported.id}/apply/{held.skill_id}",
        data={"csrf_token": csrf_for(ada_client, "/skills")},
    )
    assert response.status_code == 302
    db.session.refresh(held)
    assert (held.level, held.proficiency_score, held.years_experience) == (level, score, 4)
    assert held.last_used == datetime(2025, 1, 31)
    assert held.edited_at is not None  # the person chose these values
    if kept:
        assert (held.verified, held.verified_at, held.verified_by) == (True, VERIFIED_AT, "lead-id")
    else:
        assert (held.verified, held.verified_at, held.verified_by) == (False, None, None)


def test_years_are_completed_years_of_months_counted_as_linkedin_counts_them() -> None:
    from datetime import date

    from smatrx.imports.proposals import union_months, years_from_months

    # "Mar 2017 - Jun 2020" is 40 months, first and last included
    assert union_months([(date(2017, 3, 1), date(2020, 6, 1))]) == 40
    # a job starting the month after another ends continues it; overlaps count once
    assert (
        union_months([(date(2019, 1, 1), date(2019, 12, 1)), (date(2020, 1, 1), date(2020, 12, 1))])
        == 24
    )
    assert (
        union_months([(date(2019, 1, 1), date(2020, 6, 1)), (date(2020, 1, 1), date(2020, 12, 1))])
        == 24
    )
    # 4 years and 9 months is 4 years ("4+ years"), eleven months under one
    assert years_from_months(57) == 4
    assert years_from_months(11) == 0
    assert years_from_months(None) is None
