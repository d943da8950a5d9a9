"""Profile: strengths order, stale boundaries, category balance, the salary estimate and
the peer percentile (4 vs 5 peers)."""

from __future__ import annotations

import json
from datetime import date

from smatrx.insights.analysis import (
    MIN_PEOPLE,
    ProfileAnalysis,
    confidence_over,
    profile_analysis,
)
from tests.insights.builders import TODAY, held, market

MINE = [
    held("Python", "expert", verified=True, last_used=date(2025, 6, 1), score=90),
    held("Go", "expert", last_used=date(2025, 6, 10), score=80),
    held("Rust", "expert", verified=True, last_used=date(2025, 1, 1), score=95),
    held("SQL", "advanced", category="Data", last_used=None),
    # last used 24 months and a day ago: unused
    held("Pandas", "advanced", category="Data", last_used=date(2023, 6, 14), score=60),
    # reviewed 12 months and a day ago: reassess
    held(
        "Excel",
        "beginner",
        category="Office",
        last_used=date(2025, 1, 1),
        reviewed=date(2024, 6, 14),
        score=20,
    ),
    # reviewed exactly 12 months ago: not stale yet
    held("Word", "beginner", category="Office", reviewed=date(2024, 6, 15), score=10),
    # last used exactly 24 months ago: not unused
    held("COBOL", "intermediate", last_used=date(2023, 6, 15)),
]
MARKETS = {
    m.skill_id: m
    for m in (
        market("Python", salary_min=100_000, salary_max=150_000, currency="USD"),
        market("Go", salary_min=90_000, salary_max=140_000, currency="USD"),
        market("SQL", salary_min=70_000, salary_max=120_000, currency="USD"),
        market("Pandas", salary_min=80_000, salary_max=110_000, currency="USD"),
        market("Excel", salary_min=40_000, salary_max=60_000, currency="USD"),  # beginner
        market("Rust", demand="high"),  # no figures
    )
}
PEERS = [10, 50, 50, 70, 90]


def names(items: tuple) -> list[str]:
    return [item.name for item in items]


def test_strengths_order() -> None:
    result = profile_analysis(MINE, MARKETS, None, None, TODAY)
    # expert: verified first (Python used later than Rust), then Go; advanced: Pandas
    # (a last-used date) before SQL (none)
    assert names(result.strengths) == ["Python", "Rust", "Go", "Pandas", "SQL"]


def test_strengths_ties_on_score_then_name() -> None:
    same = {"last_used": date(2025, 1, 1), "verified": True}
    result = profile_analysis(
        [
            held("beta", "advanced", score=70, **same),
            held("Alpha", "advanced", score=70, **same),
            held("Gamma", "advanced", score=75, **same),
            held("Delta", "advanced", score=None, **same),
        ],
        {},
        None,
        None,
        TODAY,
    )
    assert names(result.strengths) == ["Gamma", "Alpha", "beta", "Delta"]


def test_stale_boundaries_and_reasons() -> None:
    result = profile_analysis(MINE, MARKETS, None, None, TODAY)
    assert [(s.name, s.reason, s.months) for s in result.stale] == [
        ("Pandas", "unused", 24),  # 2023-06-14 .. 2025-06-15: 24 whole months
        ("Excel", "reassess", 12),
    ]


def test_category_balance() -> None:
    result = profile_analysis(MINE, MARKETS, None, None, TODAY)
    # Programming: Python 90, Go 80, Rust 95, COBOL no score -> 265 / 3 = 88.3
    # Data: SQL no score, Pandas 60 -> 60.0; Office: 20, 10 -> 15.0 (Data before Office by name)
    assert [(c.category, c.count, c.scored, c.average_score) for c in result.categories] == [
        ("Programming", 4, 3, 88.3),
        ("Data", 2, 1, 60.0),
        ("Office", 2, 2, 15.0),
    ]


def test_salary_from_senior_skills() -> None:
    salary = profile_analysis(MINE, MARKETS, None, None, TODAY).salary
    # advanced/expert with figures: Python, Go, SQL, Pandas (Excel is beginner)
    # mins 70k 80k 90k 100k -> median 85k; maxes 110k 120k 140k 150k -> median 130k
    assert salary == {
        "estimate": True,
        "min": 85_000,
        "max": 130_000,
        "currency": "USD",
        "currencies": ["USD"],
        "basis": {
            "count": 4,
            "names": ["Go", "Python", "Pandas", "SQL"],
            "levels": "advanced_or_expert",
        },
    }


def test_salary_falls_back_to_all_held_and_rounds_half_up() -> None:
    result = profile_analysis(
        [held("Excel", "beginner"), held("Word", "intermediate"), held("Rust", "expert")],
        {
            "id-Excel": market("Excel", salary_min=85, salary_max=100, currency="EUR"),
            "id-Word": market("Word", salary_min=90, salary_max=101, currency="EUR"),
        },
        None,
        None,
        TODAY,
    )
    # no advanced/expert skill has figures, so all held: min median (85 + 90) / 2 = 87.5 -> 88
    # max median (100 + 101) / 2 = 100.5 -> 101
    assert result.salary is not None
    assert (result.salary["min"], result.salary["max"], result.salary["currency"]) == (
        88,
        101,
        "EUR",
    )
    assert result.salary["basis"]["levels"] == "all"


def test_salary_with_mixed_currencies_names_no_currency() -> None:
    result = profile_analysis(
        [held("Python", "expert"), held("Go", "advanced")],
        {
            "id-Python": market("Python", salary_min=100, salary_max=150, currency="USD"),
            "id-Go": market("Go", salary_min=80, salary_max=120, currency="EUR"),
        },
        None,
        None,
        TODAY,
    )
    assert result.salary is not None
    assert result.salary["currency"] is None
    assert result.salary["currencies"] == ["EUR", "USD"]
    assert (result.salary["min"], result.salary["max"]) == (90, 135)


def test_no_salary_figures() -> None:
    result = profile_analysis(
        [held("Python", "expert")],
        {"id-Python": market("Python", salary_min=100)},  # no maximum: not a figure
        None,
        None,
        TODAY,
    )
    assert (result.salary, result.salary_reason) == (None, "no_salary_figures")


def test_percentile_needs_five_peers() -> None:
    four = profile_analysis(MINE, MARKETS, PEERS[:4], 50, TODAY)
    assert (four.percentile, four.percentile_reason, four.peers) == (
        None,
        "fewer_than_5_peers",
        None,
    )
    five = profile_analysis(MINE, MARKETS, PEERS, 50, TODAY)
    # below 50: one (10); equal: two -> 100 * (1 + 0.5 * 2) / 5 = 40
    assert (five.percentile, five.percentile_reason, five.peers) == (40, None, 5)
    assert len(PEERS) == MIN_PEOPLE


def test_percentile_half_rounds_up() -> None:
    # 100 * (3 + 0.5 * 0) / 8 = 37.5 -> 38
    result = profile_analysis([], {}, [1, 2, 3, 60, 70, 80, 90, 99], 50, TODAY)
    assert result.percentile == 38


def test_percentile_without_target_role_or_readiness() -> None:
    none = profile_analysis(MINE, MARKETS, None, None, TODAY)
    assert (none.percentile, none.percentile_reason, none.peers) == (None, "no_target_role", None)
    no_readiness = profile_analysis(MINE, MARKETS, PEERS, None, TODAY)
    assert no_readiness.percentile_reason == "no_readiness"


def test_confidence_over_all_held() -> None:
    result = profile_analysis(MINE, MARKETS, None, None, TODAY)
    assert result.confidence == confidence_over(MINE, TODAY)
    assert 0 < result.confidence.value <= 1


def test_empty_profile() -> None:
    result = profile_analysis([], {}, None, None, TODAY)
    assert result.strengths == result.stale == result.categories == ()
    assert (result.salary, result.salary_reason) == (None, "no_skills")
    assert result.confidence.value == 0.0 and result.held == 0


def test_round_trip_and_json() -> None:
    result = profile_analysis(MINE, MARKETS, PEERS, 50, TODAY)
    data = json.loads(json.dumps(result.to_data()))
    assert data["version"] == 1
    for key in (
        "strengths",
        "stale",
        "categories",
        "salary",
        "salary_reason",
        "percentile",
        "percentile_reason",
        "peers",
        "confidence",
    ):
        assert key in data
    assert ProfileAnalysis.from_data(data) == result
