"""The coverage report, pure: met and short, readiness, single points of failure, stale
ratings."""

from __future__ import annotations

from datetime import datetime, timedelta

from smatrx.teams.coverage import Target, coverage_report, readiness
from smatrx.teams.holdings import Holding, Member

NOW = datetime(2026, 6, 1, 12, 0)


def member(user_id: str, name: str, role: str = "member") -> Member:
    return Member(user_id, name, None, role, NOW)


def holding(
    user_id: str,
    skill_id: str,
    level: str,
    *,
    rated_days_ago: int = 10,
    verified: bool = False,
) -> Holding:
    return Holding(
        user_skill_id=f"us-{user_id}-{skill_id}",
        user_id=user_id,
        skill_id=skill_id,
        skill_name=skill_id.capitalize(),
        skill_slug=skill_id,
        category_slug="cat",
        category_name="Category",
        level=level,
        score=None,
        verified=verified,
        verified_by=None,
        last_used=None,
        rated_at=NOW - timedelta(days=rated_days_ago),
        interest=None,
        lead_level=None,
        lead_score=None,
        lead_note=None,
        lead_at=None,
    )


def target(skill_id: str, min_level: str, needed: int) -> Target:
    return Target(
        f"t-{skill_id}", skill_id, skill_id.capitalize(), skill_id, "Category", min_level, needed
    )


MEMBERS = [member("a", "Ada"), member("b", "Bo"), member("c", "Cy")]


def test_holders_at_or_above_the_level_count_and_the_rest_do_not() -> None:
    report = coverage_report(
        MEMBERS,
        [
            holding("a", "python", "expert"),
            holding("b", "python", "intermediate"),
            holding("c", "python", "advanced", verified=True),
        ],
        [target("python", "advanced", 3)],
        NOW,
    )
    (row,) = report.targets
    assert [h.name for h in row.holders] == ["Ada", "Cy"]  # strongest first
    assert (row.count, row.met, row.short_by, row.status) == (2, False, 1, "Short by 1")
    assert not row.single_point


def test_readiness_counts_filled_seats_and_a_surplus_never_hides_a_hole() -> None:
    report = coverage_report(
        MEMBERS,
        [holding(m.user_id, "python", "expert") for m in MEMBERS],
        [target("python", "beginner", 1), target("rust", "beginner", 2)],
        NOW,
    )
    # python: 3 holders but needs 1 (1 seat filled); rust: 0 of 2 -> 1 of 3 seats
    assert (report.readiness, report.filled, report.seats) == (33, 1, 3)
    assert report.met_count == 1


def test_readiness_rounds_down_and_is_none_without_targets() -> None:
    assert readiness([]) == (None, 0, 0)
    report = coverage_report(
        MEMBERS,
        [holding("a", "go", "expert"), holding("b", "go", "expert")],
        [target("go", "beginner", 3)],
        NOW,
    )
    assert report.readiness == 66  # 2/3, never shown as 67


def test_single_points_of_failure_targets_and_lone_experts() -> None:
    report = coverage_report(
        MEMBERS,
        [
            holding("a", "python", "advanced"),
            holding("b", "python", "beginner"),
            holding("a", "docker", "expert"),
            holding("b", "docker", "advanced"),
            holding("c", "figma", "expert"),
            holding("c", "sql", "intermediate"),
        ],
        [target("python", "advanced", 1), target("docker", "advanced", 1)],
        NOW,
    )
    assert [row.target.skill_id for row in report.single_points] == ["python"]
    lone = {(item.skill_id, item.holder.name, item.targeted) for item in report.lone_experts}
    assert lone == {("python", "Ada", True), ("figma", "Cy", False)}


def test_stale_ratings_are_those_over_twelve_months_old() -> None:
    report = coverage_report(
        MEMBERS,
        [
            holding("a", "python", "advanced", rated_days_ago=364),
            holding("b", "python", "advanced", rated_days_ago=400),
            holding("c", "go", "beginner", rated_days_ago=800),
        ],
        [],
        NOW,
    )
    assert [(s.member_name, s.skill_name) for s in report.stale] == [("Cy", "Go"), ("Bo", "Python")]


def test_rows_of_people_no_longer_members_are_ignored() -> None:
    report = coverage_report(
        MEMBERS[:1], [holding("z", "python", "expert")], [target("python", "beginner", 1)], NOW
    )
    assert report.targets[0].count == 0 and report.lone_experts == ()
