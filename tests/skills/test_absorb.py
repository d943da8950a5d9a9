"""holdings.absorb: two rows of one person folded into one by the admin's skill merge. The
verification rule is the one rule applied to two rows: a verification survives only when
the level it was given at is at least the merged (stronger) level. tests/admin/test_catalog.py
checks the same from the merge route."""

from __future__ import annotations

from datetime import datetime

import pytest

from smatrx.models import UserSkill
from smatrx.skills import holdings
from smatrx.skills.levels import DEFAULT_SCORE, rank

KEPT_AT, MOVED_AT = datetime(2024, 1, 1), datetime(2025, 6, 1)


def row(level: str, verified: bool = False, at: datetime = KEPT_AT, by: str = "kept-lead"):
    return UserSkill(
        user_id="person",
        skill_id="skill",
        level=level,
        proficiency_score=DEFAULT_SCORE[level],
        source="manual",
        verified=verified,
        verified_at=at if verified else None,
        verified_by=by if verified else None,
    )


def moved_row(level: str, verified: bool = False) -> UserSkill:
    return row(level, verified, MOVED_AT, "moved-lead")


# (kept level, kept verified, moved level, moved verified) → whose verification survives
CASES = [
    pytest.param("advanced", True, "beginner", False, "kept", id="verified-row-stronger-keeps"),
    pytest.param("advanced", True, "advanced", False, "kept", id="same-level-keeps"),
    pytest.param("intermediate", True, "advanced", False, None, id="unverified-stronger-clears"),
    pytest.param("expert", False, "intermediate", True, None, id="moved-verified-below-clears"),
    pytest.param("intermediate", False, "expert", True, "moved", id="moved-verified-stronger"),
    pytest.param("beginner", False, "beginner", True, "moved", id="moved-verified-same-level"),
    pytest.param("intermediate", True, "expert", True, "moved", id="both-verified-moved-higher"),
    pytest.param("expert", True, "expert", True, "kept", id="both-verified-same-level"),
]


@pytest.mark.parametrize(
    ("kept_level", "kept_verified", "moved_level", "moved_verified", "who"), CASES
)
def test_a_verification_survives_only_at_or_above_the_merged_level(
    kept_level: str, kept_verified: bool, moved_level: str, moved_verified: bool, who: str | None
) -> None:
    kept, moved = row(kept_level, kept_verified), moved_row(moved_level, moved_verified)
    stronger = max(kept_level, moved_level, key=rank)
    holdings.absorb(kept, moved)
    assert kept.level == stronger
    expected = {
        "kept": (True, KEPT_AT, "kept-lead"),
        "moved": (True, MOVED_AT, "moved-lead"),
        None: (False, None, None),
    }[who]
    assert (kept.verified, kept.verified_at, kept.verified_by) == expected


def test_absorb_keeps_the_greater_values_and_joins_the_evidence() -> None:
    kept = row("intermediate")
    kept.proficiency_score, kept.years_experience, kept.last_used = 45, None, MOVED_AT
    kept.evidence = {"links": ["https://a.example"], "imports": [{"import": "i1"}]}
    moved = moved_row("advanced")
    moved.years_experience, moved.last_used = 6, KEPT_AT
    moved.evidence = {"links": ["https://a.example", "https://b.example"], "notes": "x"}
    holdings.absorb(kept, moved)
    assert (kept.level, kept.proficiency_score) == ("advanced", 65)
    assert (kept.years_experience, kept.last_used) == (6, MOVED_AT)
    assert kept.evidence == {
        "links": ["https://a.example", "https://b.example"],
        "notes": "x",
        "imports": [{"import": "i1"}],
    }


@pytest.mark.parametrize(
    ("kept", "moved", "joined"),
    [
        (None, ["a"], ["a"]),
        (["a"], None, ["a"]),
        (["a", "b"], ["b", "c"], ["a", "b", "c"]),
        ({"k": ["a"], "x": 1}, {"k": ["b"], "y": 2}, {"k": ["a", "b"], "x": 1, "y": 2}),
        ("text", ["a"], ["text", ["a"]]),
        ({"same": 1}, {"same": 1}, {"same": 1}),
    ],
)
def test_join_evidence(kept: object, moved: object, joined: object) -> None:
    assert holdings.join_evidence(kept, moved) == joined
