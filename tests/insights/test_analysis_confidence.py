"""Confidence: the documented formula worked by hand, its boundaries and its range."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from smatrx.insights.analysis import Confidence, confidence_over, explain
from smatrx.insights.analysis.common import half_up, months_before, months_since
from smatrx.skills.levels import LEVELS
from tests.insights.builders import TODAY, held


def test_hand_worked_mix_of_strengths_recencies_and_coverage() -> None:
    skills = [
        # verified, used 3 months ago: 1.0 * 1.0 = 1.0
        held("Python", verified=True, source="verified", last_used=date(2025, 3, 15)),
        # github with evidence, used 18 months ago: 0.7 * 0.8 = 0.56
        held("SQL", source="github", has_evidence=True, last_used=date(2023, 12, 15)),
        # manual, no last-used date: 0.4 * 0.7 = 0.28
        held("Docker", last_used=None),
    ]
    conf = confidence_over(skills, TODAY, considered=4)
    # mean = (1.0 + 0.56 + 0.28) / 3 = 0.61333; coverage = 2 backed / 4 = 0.5
    # value = 0.61333 * (0.6 + 0.4 * 0.5) = 0.61333 * 0.8 = 0.49067 → 0.49
    assert conf.value == 0.49
    assert (conf.considered, conf.held, conf.verified, conf.with_evidence) == (4, 3, 1, 2)
    assert (conf.stale, conf.unknown_recency) == (0, 1)
    assert conf.mean == 0.6133 and conf.coverage == 0.5
    assert explain(conf) == "49 % — 1 of 4 skills verified, 1 with no last-used date"


def test_imported_without_evidence_and_stale() -> None:
    skills = [
        # resume, no evidence, used 30 months ago: 0.55 * 0.5 = 0.275
        held("Java", source="resume", last_used=date(2022, 12, 1)),
        # linkedin with evidence, used this month: 0.7 * 1.0 = 0.7
        held("Go", source="linkedin", has_evidence=True),
        # linkedin, no evidence, 2 years ago to the day: 0.55 * 0.8 = 0.44
        held("Rust", source="linkedin", last_used=date(2023, 6, 15)),
    ]
    conf = confidence_over(skills, TODAY, considered=3, noun="core skills")
    # mean = (0.275 + 0.7 + 0.44) / 3 = 0.47167; coverage = 1 / 3
    # value = 0.47167 * (0.6 + 0.4 / 3) = 0.47167 * 0.73333 = 0.34589 → 0.35
    assert conf.value == 0.35
    assert conf.stale == 1
    assert explain(conf) == "35 % — 0 of 3 core skills verified, 1 last used over two years ago"


def test_verification_withdrawn_counts_as_hand_added() -> None:
    # source "verified" but the flag is off (a raise voided it): 0.4 * 1.0, no coverage
    # value = 0.4 * 0.6 = 0.24
    conf = confidence_over([held("Python", source="verified")], TODAY)
    assert conf.value == 0.24 and conf.verified == 0


def test_recency_boundaries() -> None:
    def value(last_used: date | None) -> float:
        # a verified skill: strength 1.0 and full coverage, so the value is the recency
        return confidence_over([held("X", verified=True, last_used=last_used)], TODAY).value

    assert value(date(2024, 6, 15)) == 1.0  # exactly 12 months ago: within
    assert value(date(2024, 6, 14)) == 0.8
    assert value(date(2023, 6, 15)) == 0.8  # exactly 24 months ago: within
    assert value(date(2023, 6, 14)) == 0.5
    assert value(None) == 0.7
    stale = confidence_over([held("X", last_used=date(2023, 6, 14))], TODAY)
    fresh = confidence_over([held("X", last_used=date(2023, 6, 15))], TODAY)
    assert (stale.stale, fresh.stale) == (1, 0)


def test_nothing_held_or_nothing_considered() -> None:
    none_held = confidence_over([], TODAY, considered=3, noun="core skills")
    assert none_held.value == 0.0 and none_held.coverage == 0.0
    assert explain(none_held) == "0 % — none of the 3 core skills held"
    assert explain(confidence_over([], TODAY, considered=1, noun="core skills")) == (
        "0 % — the 1 core skill is not held"
    )
    assert explain(confidence_over([], TODAY)) == "0 % — no skills to judge"


def test_singular_noun() -> None:
    conf = confidence_over([held("Python", verified=True)], TODAY, considered=1, noun="core skills")
    assert explain(conf) == "100 % — 1 of 1 core skill verified"


def test_round_trip_and_json() -> None:
    conf = confidence_over([held("Python", verified=True), held("Go")], TODAY, considered=5)
    data = conf.to_data()
    assert Confidence.from_data(json.loads(json.dumps(data))) == conf


def test_month_helpers() -> None:
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2025, 1, 15), 12) == date(2024, 1, 15)
    assert months_since(date(2023, 6, 15), TODAY) == 24
    assert months_since(date(2023, 6, 16), TODAY) == 23
    assert months_since(date(2026, 1, 1), TODAY) == 0
    assert (half_up(12.5), half_up(13.5), half_up(0.49), half_up(0)) == (13, 14, 0, 0)


skills = st.builds(
    held,
    name=st.text("abcdef", min_size=1, max_size=4),
    level=st.sampled_from(LEVELS),
    source=st.sampled_from(["github", "linkedin", "resume", "manual", "verified"]),
    verified=st.booleans(),
    has_evidence=st.booleans(),
    last_used=st.none() | st.integers(0, 4000).map(lambda d: TODAY - timedelta(days=d)),
)


@given(st.lists(skills, max_size=30), st.integers(0, 10))
def test_confidence_is_always_in_0_1(held_skills: list, extra: int) -> None:
    conf = confidence_over(held_skills, TODAY, considered=len(held_skills) + extra)
    assert 0.0 <= conf.value <= 1.0
    assert 0.0 <= conf.coverage <= 1.0
    assert explain(conf).startswith(f"{half_up(conf.value * 100)} % — ")
