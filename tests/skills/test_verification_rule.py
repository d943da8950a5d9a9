"""The one verification rule (skills/holdings.py), from the edit route and on its own: a
verification attests the level it was given at, so only a rise above that level clears it;
a drop or a new score within the level keeps it. tests/imports/test_apply_estimate.py checks
the same rule from an import's "Use the estimate"."""

from __future__ import annotations

from typing import Any

import pytest

from smatrx.extensions import db
from smatrx.models import User, UserSkill
from smatrx.models.base import utcnow
from smatrx.skills import holdings
from tests.helpers import HX, VERIFIED_AT, csrf_for, verified_python
from tests.skills.test_my_skills import edit_data

# (new level, new score) from intermediate 40 → is the verification kept?
CASES = [
    pytest.param("advanced", "65", False, id="raise-clears"),
    pytest.param("beginner", "15", True, id="drop-keeps"),
    pytest.param("intermediate", "48", True, id="same-level-new-score-keeps"),
]


@pytest.mark.parametrize(("level", "score", "kept"), CASES)
def test_an_edit_by_hand_follows_the_rule(
    ada_client: Any, ada: User, level: str, score: str, kept: bool
) -> None:
    row = verified_python(ada)
    token = csrf_for(ada_client, "/skills")
    response = ada_client.post(
        f"/skills/{row.id}",
        data={"csrf_token": token, **edit_data(row, level=level, proficiency_score=score)},
        headers=HX,
    )
    assert response.status_code == 200
    db.session.refresh(row)
    assert (row.level, row.proficiency_score) == (level, int(score))
    if kept:
        assert (row.verified, row.verified_at, row.verified_by) == (True, VERIFIED_AT, "lead-id")
        assert "no longer verified" not in response.get_data(as_text=True)
    else:
        assert (row.verified, row.verified_at, row.verified_by) == (False, None, None)
        assert "no longer verified" in response.get_data(as_text=True)


def _row(level: str = "intermediate", score: int = 40) -> UserSkill:
    return UserSkill(
        user_id="u",
        skill_id="s",
        level=level,
        proficiency_score=score,
        source="manual",
        verified=True,
        verified_at=VERIFIED_AT,
        verified_by="lead-id",
    )


@pytest.mark.parametrize(("level", "score", "kept"), CASES)
def test_edit_and_estimate_share_the_rule(level: str, score: str, kept: bool) -> None:
    edited, estimated = _row(), _row()
    edit = holdings.Edit(level, int(score), None, None, [], None)
    assert holdings.apply_edit(edited, edit) is (not kept)
    estimate = holdings.Estimate(level, int(score), None, None)
    assert holdings.apply_estimate(estimated, estimate) is (not kept)
    for row in (edited, estimated):
        assert row.verified is kept
        assert row.edited_at is not None


def test_an_unverified_row_has_nothing_to_clear() -> None:
    row = _row()
    row.verified, row.verified_at, row.verified_by = False, None, None
    assert holdings.apply_estimate(row, holdings.Estimate("expert", 85, 9, None)) is False
    assert (row.level, row.verified) == ("expert", False)


def test_verify_records_who_and_when() -> None:
    row = _row()
    row.verified, row.verified_at, row.verified_by = False, None, None
    now = utcnow()
    holdings.verify(row, "reviewer-id", now)
    assert (row.verified, row.verified_at, row.verified_by) == (True, now, "reviewer-id")
