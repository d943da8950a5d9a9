"""Run an RQ worker inside the Flask app context.

The default Worker forks a work horse per job. A forked child must not reuse the parent's
pooled database connections (two processes on one socket corrupt the protocol), so the
engine's pool is disposed in the child right after fork.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from datetime import timedelta

from flask import Flask
from rq import SimpleWorker, Worker

from smatrx.extensions import db
from smatrx.jobs.queue import get_queue, get_redis

logger = logging.getLogger(__name__)
_fork_hook_apps: set[int] = set()


def _dispose_engine_after_fork(app: Flask) -> None:
    if id(app) in _fork_hook_apps:
        return
    _fork_hook_apps.add(id(app))

    def dispose_in_child() -> None:
        with app.app_context():
            db.engine.dispose(close=False)

    os.register_at_fork(after_in_child=dispose_in_child)


def build_worker(app: Flask, queue_names: Sequence[str], *, fork: bool = True) -> Worker:
    """A worker on the app's Redis; fork=False gives a SimpleWorker (jobs run in-process)."""
    queues = [get_queue(name, app) for name in queue_names]
    worker_class = Worker if fork else SimpleWorker
    if fork:
        _dispose_engine_after_fork(app)
    return worker_class(queues, connection=get_redis(app))


# How often the periodic thread looks at its list; each task runs when its period is up.
TICK_SECONDS = 5

PeriodicTask = tuple[Callable[[], object], timedelta]


def due_tasks(
    tasks: Sequence[PeriodicTask], last_run: dict[int, float], now: float
) -> list[Callable[[], object]]:
    """The tasks whose period has passed since they last ran (all of them at the first
    look after start: the first period starts at start-up), in the list's order."""
    due = []
    for index, (task, period) in enumerate(tasks):
        started = last_run.setdefault(index, now)
        if now - started >= period.total_seconds():
            last_run[index] = now
            due.append(task)
    return due


def _start_periodic(app: Flask, tasks: Sequence[PeriodicTask]) -> threading.Event:
    """In the worker's own process, run each task every period (smatrx/periodic.py), one
    after another in one thread. A later scheduler replaces this; the list stays."""
    stop = threading.Event()
    last_run: dict[int, float] = {}

    def loop() -> None:
        while not stop.wait(TICK_SECONDS):
            for task in due_tasks(tasks, last_run, time.monotonic()):
                with app.app_context():
                    try:
                        task()
                    except Exception:
                        logger.exception("periodic task %s failed", task.__name__)
                    finally:
                        db.session.remove()

    threading.Thread(target=loop, name="periodic", daemon=True).start()
    return stop


def run_worker(
    app: Flask,
    queue_names: Sequence[str],
    *,
    burst: bool = False,
    fork: bool = True,
    preload: Sequence[str] = (),
    periodic: Sequence[PeriodicTask] = (),
) -> bool:
    """Work the queues until stopped (or until empty with burst); True if any job ran.
    preload names the job modules; a long-running worker also runs the periodic tasks,
    each every its period. The features name both (the CLI's worker command, from
    smatrx/periodic.py), so this glue imports none of them."""
    # Imported here, in the main thread, before any fork: a work horse importing a module
    # while a thread holds Python's import lock would wait on it forever.
    for module in preload:
        importlib.import_module(module)
    stop = None if burst or not periodic else _start_periodic(app, periodic)
    with app.app_context():
        worker = build_worker(app, queue_names, fork=fork)
        try:
            return worker.work(
                burst=burst, with_scheduler=not burst, logging_level=app.config["LOG_LEVEL"]
            )
        finally:
            if stop is not None:
                stop.set()
