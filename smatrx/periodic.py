"""The periodic tasks: one declared list, each with its period. The one scheduler
(`flask smatrx scheduler`, smatrx/scheduler.py) enqueues each on its period; the workers
run them as ordinary jobs, inside the app context. Each task commits its own work.

A task must be an importable module-level function (the worker imports it by name), and
tolerate running on any worker.
"""

from __future__ import annotations

from datetime import timedelta

from smatrx.imports.reaper import reconcile_imports
from smatrx.insights.jobs import (
    DAILY,
    ROLE_READINESS_PERIOD,
    daily_snapshots_task,
    refresh_role_readiness_task,
    thin_task,
)
from smatrx.privacy.export import purge_exports_task
from smatrx.retention import PURGE_PERIOD, purge_task
from smatrx.scheduler import PeriodicTask
from smatrx.stats.refresh import CO_HOLDING_PERIOD, refresh_co_holding_task

PERIODIC: tuple[PeriodicTask, ...] = (
    (reconcile_imports, timedelta(minutes=1)),
    (refresh_co_holding_task, CO_HOLDING_PERIOD),
    (refresh_role_readiness_task, ROLE_READINESS_PERIOD),
    (daily_snapshots_task, DAILY),
    (thin_task, DAILY),
    (purge_task, PURGE_PERIOD),
    (purge_exports_task, timedelta(minutes=15)),
)
