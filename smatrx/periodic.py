"""The periodic tasks: one declared list, each with its period, run by the worker
(`smatrx worker` → smatrx/jobs/worker.py). Each task commits its own work.

Kept simple on purpose: every worker process runs the list in a thread of its own, so
tasks must tolerate running in several workers at once (the co-holding rebuild skips a
round that another worker is doing). A proper scheduler replaces
this later; the list stays the one place that names what runs when.
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
from smatrx.jobs.worker import PeriodicTask
from smatrx.privacy.export import purge_exports_task
from smatrx.stats.refresh import CO_HOLDING_PERIOD, refresh_co_holding_task

PERIODIC: tuple[PeriodicTask, ...] = (
    (reconcile_imports, timedelta(minutes=1)),
    (refresh_co_holding_task, CO_HOLDING_PERIOD),
    (refresh_role_readiness_task, ROLE_READINESS_PERIOD),
    (daily_snapshots_task, DAILY),
    (thin_task, DAILY),
    (purge_exports_task, timedelta(minutes=15)),
)
