"""Goal progress and dates without Flask or a database: skill-goal progress, dates, overdue,
order."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from smatrx.goals.progress import earliest_today, is_overdue, skill_goal_progress, sort_key


@pytest.mark.parametrize(
    ("held", "score", "level", "target", "expected"),
    [
        (False, None, None, "advanced", 0),  # not held
        (False, None, None, "beginner", 0),
        (True, 0, "beginner", "beginner", 100),  # the beginner band starts at 0
        (True, 26, "intermediate", "advanced", 51),  # 26 / 51 = 50.98 -> 51
        (True, 50, "intermediate", "advanced", 98),  # 98.04
        (True, 51, "advanced", "advanced", 100),
        (True, 90, "expert", "advanced", 100),  # capped at 100
        (True, 38, "intermediate", "expert", 50),  # 38 / 76 = 50 exactly
        (True, 13, "beginner", "intermediate", 50),  # 13 / 26
        (True, 1, "beginner", "expert", 1),  # 1.3 -> 1
        (True, 2, "beginner", "intermediate", 8),  # 7.69 -> 8
        (True, None, "advanced", "expert", 86),  # no score: the level's default (65) / 76
    ],
)
def test_skill_goal_progress(held, score, level, target, expected):
    assert skill_goal_progress(held, score, level, target) == expected


def test_progress_is_a_whole_percentage_everywhere():
    for target in ("intermediate", "advanced", "expert"):
        values = [skill_goal_progress(True, score, None, target) for score in range(101)]
        assert values == sorted(values)  # never goes down as the score rises
        assert all(0 <= value <= 100 for value in values)


def test_earliest_today_is_the_date_at_utc_minus_12():
    assert earliest_today(datetime(2026, 11, 27, 11, 59)) == date(2026, 11, 26)
    assert earliest_today(datetime(2026, 11, 27, 12, 0)) == date(2026, 11, 27)


def test_only_active_goals_past_their_date_are_overdue():
    today = date(2026, 11, 27)
    assert is_overdue("active", date(2026, 11, 26), today)
    assert not is_overdue("active", today, today)
    assert not is_overdue("active", None, today)
    for status in ("paused", "completed", "cancelled"):
        assert not is_overdue(status, date(2020, 1, 1), today)


def test_sort_key_orders_by_priority_then_date_then_age():
    created = datetime(2026, 1, 1)
    later = datetime(2026, 2, 1)
    keys = [
        sort_key("low", date(2026, 1, 1), created),
        sort_key("high", None, created),
        sort_key("medium", date(2026, 12, 1), created),
        sort_key("high", date(2027, 1, 1), later),
        sort_key("high", date(2027, 1, 1), created),
        sort_key("medium", date(2026, 6, 1), created),
    ]
    assert sorted(keys) == [keys[4], keys[3], keys[1], keys[5], keys[2], keys[0]]
