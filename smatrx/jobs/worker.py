"""Run an RQ worker inside the Flask app context.

The default Worker forks a work horse per job. A forked child must not reuse the parent's
pooled database connections (two processes on one socket corrupt the protocol), so the
engine's pool is disposed in the child right after fork.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Sequence

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


def run_worker(
    app: Flask,
    queue_names: Sequence[str],
    *,
    burst: bool = False,
    fork: bool = True,
    preload: Sequence[str] = (),
) -> bool:
    """Work the queues until stopped (or until empty with burst); True if any job ran.
    preload names the job modules (the CLI's worker command does), so this glue imports
    none of them. Periodic tasks reach the worker as ordinary jobs, enqueued by the one
    scheduler (smatrx/scheduler.py), never from a thread in here."""
    # Imported here, in the main thread, before any fork: a work horse importing a module
    # while a thread holds Python's import lock would wait on it forever.
    for module in preload:
        importlib.import_module(module)
    with app.app_context():
        worker = build_worker(app, queue_names, fork=fork)
        # with_scheduler is RQ's own scheduler of delayed jobs (retry intervals), not ours.
        return worker.work(
            burst=burst, with_scheduler=not burst, logging_level=app.config["LOG_LEVEL"]
        )
