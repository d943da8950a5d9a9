"""The scheduler (smatrx/scheduler.py) on the real Redis, its jobs run by a real RQ worker:
a task is enqueued once per period, two schedulers never both enqueue, a standby takes over,
and the command stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from itertools import pairwise

import pytest
from rq import Queue

from smatrx.config import PROJECT_ROOT
from smatrx.jobs.worker import build_worker
from smatrx.scheduler import (
    LOCK_KEY,
    Scheduler,
    redis_now,
    running_schedulers,
    schedule_state,
    state_key,
    task_name,
)
from tests.jobs_for_tests import TICKS_KEY, another_tick, count_a_tick

# Long enough that two ticks in a row fall in one slot even on a loaded machine.
PERIOD = timedelta(seconds=1)


def scheduler(connection, tasks=((count_a_tick, PERIOD),), lock_seconds=5.0) -> Scheduler:
    return Scheduler(connection, tasks, tick_seconds=0.05, lock_seconds=lock_seconds)


@pytest.fixture(autouse=True)
def empty_redis(redis_conn):
    """Jobs other tests left in the queue are not this test's."""
    redis_conn.flushdb()


def wait_for_next_slot(connection, func=count_a_tick) -> None:
    """Sleep until the task's next run (read from Redis, as every scheduler reads it)."""
    due = float(connection.hget(state_key(task_name(func)), "next_run"))
    seconds, micros = connection.time()
    time.sleep(max(0.0, due - (seconds + micros / 1e6)) + 0.02)


def run_jobs(app) -> None:
    with app.app_context():
        build_worker(app, ["default"], fork=True).work(burst=True)


def test_a_task_is_enqueued_once_on_its_period_and_a_worker_runs_it(app, redis_conn):
    leader = scheduler(redis_conn)
    assert leader.tick() == []  # the first look only schedules the first run
    assert leader.tick() == []  # not due yet
    wait_for_next_slot(redis_conn)
    assert leader.tick() == [task_name(count_a_tick)]
    assert leader.tick() == []  # the slot is taken: once per period
    assert Queue("default", connection=redis_conn).count == 1

    run_jobs(app)
    assert int(redis_conn.get(TICKS_KEY)) == 1

    wait_for_next_slot(redis_conn)
    assert leader.tick() == [task_name(count_a_tick)]
    run_jobs(app)
    assert int(redis_conn.get(TICKS_KEY)) == 2

    _, (state,) = schedule_state(redis_conn, leader.tasks)
    assert state.last_status == "finished"
    assert state.last_run is not None and state.next_run > state.last_run
    assert state.period == PERIOD


def test_a_task_still_waiting_is_not_queued_again(app, redis_conn):
    leader = scheduler(redis_conn)
    leader.tick()
    wait_for_next_slot(redis_conn)
    assert leader.tick() == [task_name(count_a_tick)]
    wait_for_next_slot(redis_conn)
    assert leader.tick() == []  # no worker took the first one yet
    assert Queue("default", connection=redis_conn).count == 1
    _, (state,) = schedule_state(redis_conn, leader.tasks)
    assert state.skipped == 1 and state.last_status == "queued"


def test_of_two_schedulers_only_one_enqueues(app, redis_conn):
    tasks = ((count_a_tick, PERIOD), (another_tick, PERIOD))
    # A lock that outlives a forking worker's run between two ticks, even on a loaded machine:
    # here the standby must never lead.
    first, second = scheduler(redis_conn, tasks, 30), scheduler(redis_conn, tasks, 30)
    enqueued: list[tuple[str, str, float]] = []

    def slots_run() -> int:
        return sum(1 for _, name, _ in enqueued if name == task_name(count_a_tick))

    deadline = time.monotonic() + 60
    while slots_run() < 3 and time.monotonic() < deadline:
        for who, each in (("first", first), ("second", second)):
            enqueued += [(who, name, redis_now(redis_conn)) for name in each.tick()]
        run_jobs(app)  # nothing stays waiting: every slot is a chance to double-enqueue
        time.sleep(0.05)
    assert first.is_leader and not second.is_leader
    assert {who for who, _, _ in enqueued} == {"first"}
    times = [at for _, name, at in enqueued if name == task_name(count_a_tick)]
    assert len(times) == 3
    # One run per period, never two in one slot.
    assert all(later - earlier >= PERIOD.total_seconds() for earlier, later in pairwise(times))
    assert int(redis_conn.get(TICKS_KEY)) == 3
    assert int(redis_conn.get(TICKS_KEY + ":another")) == 3
    leader, _ = schedule_state(redis_conn, tasks)
    assert leader == first.identity


def test_the_standby_takes_over_when_the_leader_stops_and_keeps_the_schedule(app, redis_conn):
    first, second = scheduler(redis_conn), scheduler(redis_conn)
    first.tick()
    second.tick()
    assert first.is_leader and not second.is_leader
    assert running_schedulers(redis_conn) == {
        first.identity: "leader",
        second.identity: "standby",
    }
    scheduled = redis_conn.hget(state_key(task_name(count_a_tick)), "next_run")

    first.release()  # what run() does when it stops
    assert redis_conn.get(LOCK_KEY) is None
    assert second.tick() == []
    assert second.is_leader
    # The new leader kept the first one's schedule rather than starting a period anew.
    assert redis_conn.hget(state_key(task_name(count_a_tick)), "next_run") == scheduled
    wait_for_next_slot(redis_conn)
    assert second.tick() == [task_name(count_a_tick)]


def test_a_leader_whose_lock_lapsed_stands_by(app, redis_conn):
    first, second = scheduler(redis_conn), scheduler(redis_conn)
    first.tick()
    redis_conn.delete(LOCK_KEY)  # as if first had paused past its lock
    second.tick()
    assert second.is_leader
    wait_for_next_slot(redis_conn)
    assert first.tick() == []
    assert not first.is_leader
    assert second.tick() == [task_name(count_a_tick)]


def test_the_lock_must_outlive_the_ticks(redis_conn):
    with pytest.raises(ValueError, match="outlive"):
        Scheduler(redis_conn, (), tick_seconds=1, lock_seconds=1.5)


FLASK = (sys.executable, "-m", "flask", "--app", "smatrx.wsgi")


def _scheduler_process(test_env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*FLASK, "smatrx", "scheduler", "--tick", "0.2", "--lock-seconds", "3"],
        cwd=PROJECT_ROOT,
        env={**os.environ, **test_env, "LOG_LEVEL": "INFO"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait(condition, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def roles(connection) -> set[str]:
    """role-pid of every running scheduler."""
    return {
        f"{role}-{identity.split(':')[1]}"
        for identity, role in running_schedulers(connection).items()
    }


def test_the_command_stops_on_sigterm_and_a_standby_takes_over(app, test_env, redis_conn):
    first = _scheduler_process(test_env)
    second = None
    try:
        # Generous waits: a loaded machine takes a while to start a Flask app.
        assert _wait(lambda: redis_conn.get(LOCK_KEY) is not None, 90), "no scheduler leads"
        first_identity = redis_conn.get(LOCK_KEY)
        assert f":{first.pid}:".encode() in first_identity
        second = _scheduler_process(test_env)
        assert _wait(lambda: f"standby-{second.pid}" in roles(redis_conn), 90), "no standby"
        assert redis_conn.get(LOCK_KEY) == first_identity
        assert f"leader-{first.pid}" in roles(redis_conn)

        first.send_signal(signal.SIGTERM)
        output, _ = first.communicate(timeout=10)
        assert first.returncode == 0, output
        assert "Traceback" not in output and "stopped" in output
        # The second takes over at once (the first released its lock), not after it lapses.
        assert _wait(lambda: f":{second.pid}:".encode() in (redis_conn.get(LOCK_KEY) or b""), 2)

        second.send_signal(signal.SIGINT)
        output, _ = second.communicate(timeout=10)
        assert second.returncode == 0, output
        assert redis_conn.get(LOCK_KEY) is None
        assert running_schedulers(redis_conn) == {}
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
