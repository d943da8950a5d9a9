"""Role gap: readiness worked by hand, the lists and their order, retired skills, what-if,
and readiness never falling when a level rises."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from smatrx.insights.analysis import Gap, explain, gap_analysis
from smatrx.skills.levels import LEVELS
from tests.insights.builders import TODAY, held, req, role

BACKEND = role(
    req("Python", "core", "advanced", 5),  # item weight 3 * 5 = 15
    req("SQL", "important", "intermediate", 4),  # 2 * 4 = 8
    req("Docker", "bonus", "beginner", 2),  # 1 * 2 = 2
    req("Kubernetes", "important", "advanced", 3),  # 2 * 3 = 6
    req("COBOL", "core", "expert", 5, retired=True),  # ignored
)
MINE = [
    held("Python", "intermediate", verified=True),  # rank 2 of 3: credit 2/3
    held("SQL", "expert"),  # rank 4 ≥ 2: credit 1, two levels above
    held("Docker", "beginner"),  # at the minimum: credit 1
    held("Rust", "expert"),  # not in the role
]


def names(items: tuple) -> list[str]:
    return [item.name for item in items]


def test_hand_worked_readiness_and_lists() -> None:
    gap = gap_analysis(BACKEND, MINE, TODAY)
    # earned = 15 * 2/3 + 8 * 1 + 2 * 1 + 6 * 0 = 10 + 8 + 2 = 20; possible = 31
    # readiness = 100 * 20 / 31 = 64.5 → 65
    assert gap.readiness == 65 and gap.reason is None
    assert (gap.earned, gap.possible) == (20.0, 31)
    assert names(gap.missing) == ["Kubernetes"]
    assert names(gap.below) == ["Python"]
    assert names(gap.met) == ["Docker"]
    assert names(gap.above) == ["SQL"]
    python = gap.below[0]
    assert (python.level, python.min_level, python.levels_short, python.credit) == (
        "intermediate",
        "advanced",
        1,
        0.6667,
    )
    assert gap.above[0].levels_above == 2
    assert gap.missing[0].levels_short == 3 and gap.missing[0].level is None
    # distance = Python 3 - 2 + Kubernetes 3 (missing counts its minimum rank) = 4
    assert gap.distance_levels == 4
    assert gap.retired_ignored == 1 and gap.considered == 4


def test_confidence_over_the_requirements() -> None:
    gap = gap_analysis(BACKEND, MINE, TODAY)
    # held requirements: Python verified 1.0 * 1.0; SQL, Docker manual 0.4 * 1.0 each
    # mean = 1.8 / 3 = 0.6; coverage = 1 backed / 4 required = 0.25
    # value = 0.6 * (0.6 + 0.4 * 0.25) = 0.6 * 0.7 = 0.42
    assert gap.confidence.value == 0.42
    assert explain(gap.confidence) == "42 % — 1 of 4 required skills verified"
    core_only = role(req("Python", "core", "advanced"), req("Go", "core"))
    assert gap_analysis(core_only, MINE, TODAY).confidence.noun == "core skills"


def test_half_rounds_up() -> None:
    gap = gap_analysis(
        role(req("A", "core", "advanced", 1), req("B", "bonus", "beginner", 5)),
        [held("A", "beginner")],
        TODAY,
    )
    # earned = 3 * 1/3 = 1; possible = 3 + 5 = 8; 100 * 1 / 8 = 12.5 → 13 (not round()'s 12)
    assert gap.readiness == 13


def test_missing_order_core_first_then_weight_then_name() -> None:
    gap = gap_analysis(
        role(
            req("Zeta", "bonus", weight=5),
            req("beta", "core", weight=3),
            req("Alpha", "core", weight=3),
            req("Gamma", "important", weight=5),
            req("Delta", "core", weight=5),
        ),
        [],
        TODAY,
    )
    assert names(gap.missing) == ["Delta", "Alpha", "beta", "Gamma", "Zeta"]
    assert gap.readiness == 0


def test_all_requirements_retired_or_none() -> None:
    retired = gap_analysis(role(req("COBOL", retired=True)), MINE, TODAY)
    assert (retired.readiness, retired.reason, retired.retired_ignored) == (
        None,
        "no_requirements",
        1,
    )
    assert retired.confidence.value == 0.0 and retired.distance_levels == 0
    empty = gap_analysis(role(), MINE, TODAY)
    assert (empty.readiness, empty.reason, empty.retired_ignored) == (None, "no_requirements", 0)


def test_empty_profile() -> None:
    gap = gap_analysis(BACKEND, [], TODAY)
    # distance = 3 + 2 + 1 + 3 = 9
    assert (gap.readiness, gap.distance_levels, len(gap.missing)) == (0, 9, 4)
    assert explain(gap.confidence) == "0 % — none of the 4 required skills held"


def test_what_if_overrides() -> None:
    gap = gap_analysis(
        BACKEND,
        MINE,
        TODAY,
        overrides={"id-Kubernetes": "advanced", "id-Python": "expert", "id-Elixir": "expert"},
    )
    # earned = 15 + 8 + 2 + 6 = 31 of 31
    assert gap.readiness == 100
    assert gap.overrides == {"id-Kubernetes": "advanced", "id-Python": "expert"}
    kubernetes = next(item for item in gap.met if item.name == "Kubernetes")
    assert kubernetes.what_if and kubernetes.verified is False
    python = next(item for item in gap.above if item.name == "Python")
    assert python.what_if and python.verified is False  # a raise voids the verification
    # nothing changed for real
    assert gap_analysis(BACKEND, MINE, TODAY).readiness == 65


def test_round_trip_and_json() -> None:
    gap = gap_analysis(BACKEND, MINE, TODAY, overrides={"id-Kubernetes": "beginner"})
    data = json.loads(json.dumps(gap.to_data()))
    assert data["version"] == 1 and data["role"] == {
        "slug": "backend-developer",
        "title": "Backend Developer",
    }
    for key in ("readiness", "reason", "confidence", "missing", "below", "met", "above"):
        assert key in data
    assert {"skill_id", "slug", "name", "importance", "min_level", "weight", "level"} <= set(
        data["below"][0]
    )
    assert Gap.from_data(data) == gap


levels = st.sampled_from(LEVELS)
requirement_specs = st.lists(
    st.tuples(st.sampled_from(["core", "important", "bonus"]), levels, st.integers(1, 5)),
    min_size=1,
    max_size=8,
)


@given(requirement_specs, st.data())
def test_readiness_is_monotone_in_levels(specs: list, data: st.DataObject) -> None:
    the_role = role(*(req(f"S{i}", imp, lvl, w) for i, (imp, lvl, w) in enumerate(specs)))
    mine = {
        i: data.draw(st.none() | levels, label=f"held {i}")
        for i in range(len(specs))
        if data.draw(st.booleans())
    }
    held_now = [held(f"S{i}", lvl) for i, lvl in mine.items() if lvl]
    before = gap_analysis(the_role, held_now, TODAY).readiness
    raised_index = data.draw(st.integers(0, len(specs) - 1), label="raised")
    current = mine.get(raised_index)
    higher = [lvl for lvl in LEVELS if current is None or LEVELS.index(lvl) > LEVELS.index(current)]
    if not higher:
        return
    new_level = data.draw(st.sampled_from(higher), label="new level")
    after_held = [h for h in held_now if h.name != f"S{raised_index}"]
    after_held.append(held(f"S{raised_index}", new_level))
    after = gap_analysis(the_role, after_held, TODAY).readiness
    assert before is not None and after is not None
    assert 0 <= before <= after <= 100
    # the what-if path agrees with editing the row
    what_if = gap_analysis(the_role, held_now, TODAY, overrides={f"id-S{raised_index}": new_level})
    assert what_if.readiness == after


def test_dates_are_parameters() -> None:
    gap = gap_analysis(BACKEND, [held("Python", "advanced", last_used=date(2020, 1, 1))], TODAY)
    assert gap.confidence.stale == 1
