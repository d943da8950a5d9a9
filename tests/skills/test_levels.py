"""Levels and scores agree: the bands, the defaults, and which field wins."""

from __future__ import annotations

import pytest

from smatrx.skills.levels import (
    BANDS,
    DEFAULT_SCORE,
    LEVELS,
    in_band,
    is_raise,
    level_for_score,
    rank,
    reconcile,
)


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, "beginner"),
        (25, "beginner"),
        (26, "intermediate"),
        (50, "intermediate"),
        (51, "advanced"),
        (75, "advanced"),
        (76, "expert"),
        (100, "expert"),
    ],
)
def test_level_for_score_at_every_band_boundary(score: int, level: str) -> None:
    assert level_for_score(score) == level


@pytest.mark.parametrize("score", [-1, 101])
def test_scores_outside_0_to_100_have_no_level(score: int) -> None:
    with pytest.raises(ValueError):
        level_for_score(score)


def test_bands_cover_0_to_100_without_gaps_or_overlaps() -> None:
    covered = [score for level in LEVELS for score in range(BANDS[level][0], BANDS[level][1] + 1)]
    assert covered == list(range(101))


@pytest.mark.parametrize("level", LEVELS)
def test_default_score_lies_inside_its_band(level: str) -> None:
    assert in_band(level, DEFAULT_SCORE[level])
    assert level_for_score(DEFAULT_SCORE[level]) == level


@pytest.mark.parametrize(
    ("level", "score", "expected"),
    [
        ("beginner", 25, ("beginner", 25)),  # in the band: kept
        ("beginner", 26, ("beginner", DEFAULT_SCORE["beginner"])),
        ("intermediate", 26, ("intermediate", 26)),
        ("intermediate", 50, ("intermediate", 50)),
        ("intermediate", 51, ("intermediate", DEFAULT_SCORE["intermediate"])),
        ("advanced", 51, ("advanced", 51)),
        ("advanced", 75, ("advanced", 75)),
        ("expert", 75, ("expert", DEFAULT_SCORE["expert"])),
        ("expert", 76, ("expert", 76)),
        ("expert", 100, ("expert", 100)),
        ("advanced", 0, ("advanced", DEFAULT_SCORE["advanced"])),
    ],
)
def test_a_changed_level_keeps_a_score_in_its_band_else_takes_the_default(
    level: str, score: int, expected: tuple[str, int]
) -> None:
    assert reconcile(level, score, "level") == expected


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, "beginner"),
        (25, "beginner"),
        (26, "intermediate"),
        (50, "intermediate"),
        (51, "advanced"),
        (75, "advanced"),
        (76, "expert"),
        (100, "expert"),
    ],
)
def test_a_changed_score_moves_the_level(score: int, level: str) -> None:
    assert reconcile("beginner", score, "score") == (level, score)
    assert reconcile("expert", score, "score") == (level, score)


@pytest.mark.parametrize("score", [-1, 101])
def test_reconcile_refuses_scores_outside_the_range(score: int) -> None:
    with pytest.raises(ValueError):
        reconcile("beginner", score, "score")


@pytest.mark.parametrize("changed", ["level", "score"])
def test_no_score_takes_the_default_of_the_level(changed: str) -> None:
    assert reconcile("advanced", None, changed) == ("advanced", DEFAULT_SCORE["advanced"])  # type: ignore[arg-type]


def test_unknown_level_is_refused() -> None:
    with pytest.raises(ValueError):
        reconcile("guru", 50, "level")


def test_is_raise_compares_positions_in_the_scale() -> None:
    assert is_raise("beginner", "intermediate")
    assert is_raise("intermediate", "expert")
    assert not is_raise("advanced", "advanced")
    assert not is_raise("expert", "beginner")


def test_rank_orders_the_levels_of_the_scale() -> None:
    assert [rank(level) for level in LEVELS] == [0, 1, 2, 3]
    assert sorted(["expert", "beginner", "advanced", "intermediate"], key=rank) == list(LEVELS)
    with pytest.raises(ValueError, match="guru"):
        rank("guru")
