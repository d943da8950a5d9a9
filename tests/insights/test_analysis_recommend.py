"""Recommendations: the score worked by hand, what is never recommended, ties, no target
role, the co-holding floor and the why line."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from smatrx.insights.analysis import Recommendations, recommend
from tests.insights.builders import TODAY, candidate, held, market, req, role

BACKEND = role(
    req("Python", "core", "advanced", 5),  # item weight 15 (the largest)
    req("SQL", "important", "intermediate", 4),  # 8
    req("Docker", "bonus", "beginner", 2),  # 2
    req("Kubernetes", "important", "advanced", 3),  # 6
    req("COBOL", "core", "expert", 5, retired=True),  # ignored
)
MINE = [held("Python", "intermediate"), held("SQL", "expert"), held("Django", "advanced")]
CANDIDATES = [
    candidate(
        "Kubernetes",
        market=market("Kubernetes", demand="high", growth=12.0),
        co_held=(("Django", 38, 100), ("Python", 4, 4)),  # the second is under 5: ignored
    ),
    candidate("Python", market=market("Python", demand="medium"), shared_tags=("lang",)),
    candidate("SQL"),  # held at expert, role asks intermediate: never
    candidate("Django"),  # held, not in the role: never
    candidate("Docker", shared_tags=("a", "b", "c", "d")),
    candidate(
        "Flask",
        market=market("Flask", demand="low", growth=-5.0),
        co_held=(("Django", 60, 100),),
    ),
    candidate("COBOL", market=market("COBOL", demand="low")),  # retired in the role
]


def by_name(result: Recommendations) -> dict:
    return {item.name: item for item in result.items}


def test_hand_worked_scores_and_order() -> None:
    result = recommend(BACKEND, MINE, CANDIDATES, TODAY)
    items = by_name(result)
    # Python (held below): gap 15/15 = 1; demand medium 0.6; growth unknown 0.3;
    #   adjacency max(0, 0.5 * 1/3) = 0.16667
    #   0.45 * 1 + 0.2 * 0.6 + 0.1 * 0.3 + 0.25 * 0.16667 = 0.45 + 0.12 + 0.03 + 0.04167 = 0.6417
    assert items["Python"].score == 0.6417
    # Kubernetes: gap 6/15 = 0.4; high 1.0; growth 12/20 = 0.6; co 38/100 = 0.38
    #   0.18 + 0.2 + 0.06 + 0.095 = 0.535
    assert items["Kubernetes"].score == 0.535
    # Docker: gap 2/15 = 0.13333; unknown 0.4; unknown 0.3; tags 0.5 * min(1, 4/3) = 0.5
    #   0.06 + 0.08 + 0.03 + 0.125 = 0.295
    assert items["Docker"].score == 0.295
    # Flask: not in the role 0; low 0.3; growth clamp(-5/20) = 0; co 0.6
    #   0 + 0.06 + 0 + 0.15 = 0.21
    assert items["Flask"].score == 0.21
    # COBOL: its requirement is retired, so gap 0; low 0.3, growth 0.3 -> 0.06 + 0.03 = 0.09
    assert items["COBOL"].score == 0.09
    assert [item.name for item in result.items] == [
        "Python",
        "Kubernetes",
        "Docker",
        "Flask",
        "COBOL",
    ]
    assert result.excluded_held == 2 and result.candidates == 7
    assert result.reason is None


def test_factors_and_targets_are_kept() -> None:
    items = by_name(recommend(BACKEND, MINE, CANDIDATES, TODAY))
    kubernetes = items["Kubernetes"].factors
    assert (kubernetes["gap"], kubernetes["demand"], kubernetes["growth"]) == (0.4, 1.0, 0.6)
    assert (kubernetes["adjacency"], kubernetes["co_skill"], kubernetes["co_both"]) == (
        0.38,
        "Django",
        38,
    )
    assert (kubernetes["item_weight"], kubernetes["max_item_weight"]) == (6, 15)
    assert items["Kubernetes"].target_level == "advanced"
    assert items["Python"].held_level == "intermediate"
    assert items["Flask"].target_level is None


def test_why_lines() -> None:
    items = by_name(recommend(BACKEND, MINE, CANDIDATES, TODAY))
    assert items["Kubernetes"].why == (
        "Important for Backend Developer (weight 3) · 38 % of people who know Django also"
        " know it · high estimated demand, +12 %/yr"
    )
    assert items["Python"].why == (
        "Core for Backend Developer (weight 5): raise from Intermediate to Advanced · shares"
        " 1 tag with your skills (lang) · medium estimated demand"
    )
    assert items["Docker"].why == (
        "Bonus for Backend Developer (weight 2) · shares 4 tags with your skills (a, b, c)"
    )
    assert items["Flask"].why == (
        "60 % of people who know Django also know it · low estimated demand, -5 %/yr"
    )


def test_no_target_role() -> None:
    result = recommend(None, MINE, CANDIDATES, TODAY)
    assert result.reason == "no_target_role" and result.to_data()["role"] is None
    items = by_name(result)
    assert all(item.factors["gap"] == 0 for item in result.items)
    assert "Python" not in items  # held, and no role asks for more
    # Kubernetes: 0 + 0.2 + 0.06 + 0.095 = 0.355
    assert items["Kubernetes"].score == 0.355
    assert items["Kubernetes"].why == (
        "38 % of people who know Django also know it · high estimated demand, +12 %/yr"
    )


def test_ties_by_name_and_limit() -> None:
    same = {"market": market("x", demand="medium", growth=4.0)}
    result = recommend(
        None, [], [candidate("beta", **same), candidate("Alpha", **same), candidate("Gamma")], TODAY
    )
    assert [item.name for item in result.items] == ["Alpha", "beta", "Gamma"]
    # nothing held, no role: Kubernetes 0.355, Docker 0.08 + 0.03 + 0.125 = 0.235,
    # Flask 0.21, Python 0.12 + 0.03 + 0.0417 = 0.1917, ...
    assert [item.name for item in recommend(None, [], CANDIDATES, TODAY, limit=2).items] == [
        "Kubernetes",
        "Docker",
    ]


def test_co_holding_under_five_is_ignored() -> None:
    result = recommend(
        None,
        [],
        [candidate("Tiny", co_held=(("Django", 4, 10), ("Go", 5, 4)))],
        TODAY,
    )
    factors = result.items[0].factors
    assert factors["adjacency"] == 0 and factors["co_skill"] is None
    assert result.items[0].why == "No market estimate or co-holding data yet"


def test_growth_is_clamped() -> None:
    result = recommend(None, [], [candidate("Hot", market=market("Hot", growth=45.0))], TODAY)
    assert result.items[0].factors["growth"] == 1.0
    assert result.items[0].why == "Estimated growth +45 %/yr"


def test_empty_profile_and_no_candidates() -> None:
    result = recommend(BACKEND, [], [], TODAY)
    assert result.items == () and result.confidence.value == 0.0


def test_round_trip_and_json() -> None:
    for the_role in (BACKEND, None):
        result = recommend(the_role, MINE, CANDIDATES, TODAY)
        data = json.loads(json.dumps(result.to_data()))
        assert data["version"] == 1
        item = data["items"][0]
        for key in ("skill_id", "slug", "name", "category", "score", "target_level", "why"):
            assert key in item
        assert {"gap", "demand", "growth", "adjacency"} <= set(item["factors"])
        assert Recommendations.from_data(data) == result


names = st.sampled_from(["Python", "SQL", "Docker", "Kubernetes", "Go", "Flask", "Rust"])
candidates = st.builds(
    candidate,
    name=names,
    market=st.none()
    | st.builds(
        market,
        name=names,
        demand=st.sampled_from([None, "high", "medium", "low", "odd"]),
        growth=st.none() | st.floats(-100, 100),
    ),
    co_held=st.lists(st.tuples(names, st.integers(0, 50), st.integers(0, 50)), max_size=3).map(
        tuple
    ),
    shared_tags=st.lists(st.sampled_from("abcdef"), max_size=5).map(tuple),
)


@given(st.lists(candidates, max_size=10), st.booleans())
def test_scores_in_0_1_and_held_never_recommended(cands: list, with_role: bool) -> None:
    result = recommend(BACKEND if with_role else None, MINE, cands, TODAY)
    for item in result.items:
        assert 0.0 <= item.score <= 1.0
        assert item.name not in {"SQL", "Django"}
        if not with_role:
            assert item.name != "Python"
    scores = [item.score for item in result.items]
    assert scores == sorted(scores, reverse=True)
