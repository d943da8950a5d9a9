"""Two awards of the same rule at once, for real (committed data, separate connections):
the unique ("userId", "ruleKey") index makes the second wait for the first, and exactly
one of them gets the row. First with award() itself held open step by step, then with two
browsers of the same person adding a skill at the same moment."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import func, select, text

from smatrx.achievements.rules import SKILLS
from smatrx.achievements.services import award
from smatrx.extensions import db, limiter
from smatrx.models import Achievement, UserSkill
from tests.achievements.test_awards import triggered
from tests.helpers import HX, catalog_skill, csrf_for, make_user, sign_in

TIMEOUT = 15  # seconds any one step may take before the test gives up (never hangs)


def first_skill_rows(user_id: str) -> int:
    db.session.expire_all()
    return db.session.scalar(
        select(func.count())
        .select_from(Achievement)
        .where(Achievement.user_id == user_id, Achievement.rule_key == "first-skill")
    )


def run_in_thread(target: Any, errors: list[BaseException]) -> threading.Thread:
    def guarded() -> None:
        try:
            target()
        except BaseException as error:  # reported by the test, not lost in the thread
            errors.append(error)

    thread = threading.Thread(target=guarded, daemon=True)
    thread.start()
    return thread


def blocking_pids(pid: int) -> list[int]:
    with db.engine.connect() as connection:
        return list(
            connection.execute(text("SELECT pg_blocking_pids(:pid)"), {"pid": pid}).scalar()
        )


@pytest.mark.parametrize("first_ends_with", ["commit", "rollback"])
def test_the_second_award_waits_on_the_index_and_only_one_row_is_made(
    app: Any, committing_db: Any, first_ends_with: str
) -> None:
    user = make_user("race@example.com")
    db.session.add(
        UserSkill(
            user_id=user.id, skill_id=catalog_skill("python").id, level="beginner", source="manual"
        )
    )
    db.session.commit()
    user_id = user.id

    results: dict[str, list[str]] = {}
    pids: dict[str, int] = {}
    errors: list[BaseException] = []
    first_awarded, second_started, release_first = (threading.Event() for _ in range(3))

    def first() -> None:
        with app.app_context():
            try:
                pids["first"] = db.session.scalar(text("SELECT pg_backend_pid()"))
                results["first"] = [rule.key for rule in award(user_id, {SKILLS})]
                first_awarded.set()
                # Hold the transaction (and the new index entry) open until told.
                assert release_first.wait(TIMEOUT), "never released"
                if first_ends_with == "commit":
                    db.session.commit()
                else:
                    db.session.rollback()
            finally:
                first_awarded.set()
                db.session.rollback()
                db.session.remove()

    def second() -> None:
        with app.app_context():
            try:
                # Should the index not make it wait, it must still not wait for ever.
                db.session.execute(text("SET LOCAL lock_timeout = '20s'"))
                pids["second"] = db.session.scalar(text("SELECT pg_backend_pid()"))
                second_started.set()
                results["second"] = [rule.key for rule in award(user_id, {SKILLS})]
                db.session.commit()
            finally:
                second_started.set()
                db.session.rollback()
                db.session.remove()

    threads = [run_in_thread(first, errors)]
    try:
        assert first_awarded.wait(TIMEOUT)
        assert not errors, errors
        assert results["first"] == ["first-skill"]
        threads.append(run_in_thread(second, errors))
        assert second_started.wait(TIMEOUT)
        assert not errors, errors
        # The second award is blocked by the first's uncommitted row in the unique index.
        deadline = time.monotonic() + TIMEOUT
        while pids["first"] not in blocking_pids(pids["second"]):
            assert "second" not in results, "the second award did not wait for the first"
            assert time.monotonic() < deadline, "the second award never waited on the first"
            time.sleep(0.02)
        assert "second" not in results
    finally:
        release_first.set()
        for thread in threads:
            thread.join(TIMEOUT)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck"
    assert not errors, errors

    if first_ends_with == "commit":
        assert (results["first"], results["second"]) == (["first-skill"], [])
    else:  # the first's row never existed: the second one's stands
        assert results["second"] == ["first-skill"]
    assert first_skill_rows(user_id) == 1


def test_two_browsers_adding_skills_at_the_same_moment_award_and_announce_once(
    app: Any, committing_db: Any, redis_conn: Any
) -> None:
    python, go = catalog_skill("python").id, catalog_skill("go").id
    for round_number in range(6):
        limiter.reset()
        user = make_user(f"twin{round_number}@example.com")
        browsers = [app.test_client(), app.test_client()]
        for browser in browsers:
            assert sign_in(browser, user.email).status_code == 302
        tokens = [csrf_for(browser, "/skills") for browser in browsers]
        barrier = threading.Barrier(2, timeout=TIMEOUT)
        responses: dict[int, Any] = {}
        errors: list[BaseException] = []

        def add(index: int, skill: str) -> None:
            barrier.wait()
            responses[index] = browsers[index].post(
                "/skills",
                data={"csrf_token": tokens[index], "skill_id": skill},
                headers=HX,
            )

        threads = [
            run_in_thread(lambda: add(0, python), errors),
            run_in_thread(lambda: add(1, go), errors),
        ]
        for thread in threads:
            thread.join(TIMEOUT)
        assert not any(thread.is_alive() for thread in threads), "a request is stuck"
        assert not errors, errors

        assert [responses[i].status_code for i in (0, 1)] == [200, 200]
        db.session.expire_all()
        held = db.session.scalar(
            select(func.count()).select_from(UserSkill).where(UserSkill.user_id == user.id)
        )
        assert held == 2
        assert first_skill_rows(user.id) == 1, f"round {round_number}"
        announced = [triggered(responses[i]) for i in (0, 1)]
        # The request whose transaction made the row tells; the other stays quiet.
        assert announced in ([["First skill"], None], [None, ["First skill"]]), announced
