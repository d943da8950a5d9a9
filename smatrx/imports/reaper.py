"""The import reaper: imports stuck pending/processing without a live job (a worker died, a
deploy dropped the queue) are re-enqueued a few times, then failed. Run every minute by the
worker and by `flask smatrx reconcile-imports`. Each row it handles is its own commit (a
re-enqueued row is committed before its job is triggered)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.imports import services
from smatrx.imports.job import enqueue_import
from smatrx.imports.registry import SOURCES
from smatrx.jobs.queue import get_redis
from smatrx.models import SkillImport
from smatrx.models.base import utcnow

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
STALE_AFTER = timedelta(minutes=5)
LOST = "The import stopped unexpectedly. Please start it again."


def reconcile_imports(now: datetime | None = None) -> dict[str, int]:
    """Find imports stuck pending/processing without a live job: re-enqueue those that can
    still run (attempts left, and their upload if their source needs one), fail the rest."""
    now = now or utcnow()
    stale = list(
        db.session.scalars(
            select(SkillImport).where(
                SkillImport.status.in_(services.RUNNING),
                func.coalesce(SkillImport.heartbeat_at, SkillImport.started_at) < now - STALE_AFTER,
            )
        )
    )
    outcome = {"requeued": 0, "failed": 0, "waiting": 0}
    connection = get_redis()
    for row in stale:
        try:
            status = Job.fetch(row.id, connection=connection).get_status()
        except NoSuchJobError:
            status = None
        if status in (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED):
            outcome["waiting"] += 1  # a worker has not picked it up yet
            continue
        if row.attempts < MAX_ATTEMPTS and not SOURCES[row.source].input_missing(row):
            row.status, row.message, row.heartbeat_at = "pending", "Waiting for a worker…", now
            db.session.commit()
            enqueue_import(row.id)
            outcome["requeued"] += 1
        else:
            services.fail(row, LOST)
            db.session.commit()  # each row handled is committed on its own
            outcome["failed"] += 1
    if stale:
        logger.info("reconciled imports: %s", outcome)
    return outcome
