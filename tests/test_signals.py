"""smatrx/signals.py: services send declared signals; followers (goals) run before the judges
(achievements) whatever the order of connection, a follower's own signal joins the change
it follows, and every receiver is connected once however many apps a process creates."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from smatrx import create_app
from smatrx.achievements.announce import award_and_announce
from smatrx.goals.services import follow_skills
from smatrx.insights import recompute_for
from smatrx.signals import (
    DATA_SIGNALS,
    changes_settled,
    goals_completed,
    imports_completed,
    send,
    skills_changed,
)


def test_followers_run_before_the_judges_whatever_the_connection_order(db_session: Any) -> None:
    calls: list[tuple[str, Any]] = []

    def judge(user_id: str, events: frozenset[str]) -> None:
        calls.append(("judge", events))

    def follower(user_id: str) -> None:
        calls.append(("follower", user_id))

    # The judge is connected first: it still hears only after the follower has run.
    with changes_settled.connected_to(judge), imports_completed.connected_to(follower):
        send(imports_completed, "someone")
    assert calls == [("follower", "someone"), ("judge", frozenset({"imports"}))]


def test_a_signal_sent_by_a_follower_joins_the_change_and_settles_once(db_session: Any) -> None:
    settled: list[tuple[str, frozenset[str]]] = []

    def judge(user_id: str, events: frozenset[str]) -> None:
        settled.append((user_id, events))

    def completes_goals(user_id: str) -> None:
        send(goals_completed, user_id)
        send(imports_completed, "someone else")  # another person's change settles alone

    with changes_settled.connected_to(judge), skills_changed.connected_to(completes_goals):
        send(skills_changed, "ada")
    assert settled == [
        ("someone else", frozenset({"imports"})),
        ("ada", frozenset({"skills", "goals"})),
    ]


def test_only_data_signals_are_sent() -> None:
    with pytest.raises(ValueError, match="changes-settled"):
        send(changes_settled, "ada")


def receivers() -> dict[str, list[Any]]:
    return {
        signal.name: list(signal.receivers.values()) for signal in (*DATA_SIGNALS, changes_settled)
    }


def test_receivers_are_connected_once_however_many_apps(
    app: Flask, test_env: dict[str, str]
) -> None:
    before = receivers()
    create_app(env=test_env)
    create_app(env=test_env)
    assert receivers() == before
    # Followers: skill goals, and insights asking for a recompute once the change commits.
    assert [ref() for ref in before["skills"]] == [follow_skills, recompute_for]
    assert [ref() for ref in before["imports"]] == [recompute_for]
    assert [ref() for ref in before["onboarding"]] == [recompute_for]
    assert [ref() for ref in before["changes-settled"]] == [award_and_announce]
    assert before["goals"] == []
