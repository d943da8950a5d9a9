"""What /healthz reports: whether the database and the queue answer, and how many workers
are registered. Failures are reported by kind, never with connection strings or secrets."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import text

from smatrx.extensions import db
from smatrx.jobs.queue import get_queue, get_redis

logger = logging.getLogger(__name__)


def _database_state() -> dict[str, Any]:
    try:
        db.session.execute(text("SELECT 1"))
        db.session.rollback()
    except Exception as exc:
        logger.warning("health check: database unavailable (%s)", type(exc).__name__)
        db.session.rollback()
        return {"ok": False, "error": "database unavailable"}
    return {"ok": True}


def _queue_state() -> dict[str, Any]:
    try:
        get_redis().ping()
        queue = get_queue()
        from rq import Worker

        workers = Worker.count(queue=queue)
        return {"ok": True, "queued": queue.count, "workers": workers}
    except Exception as exc:
        logger.warning("health check: queue unavailable (%s)", type(exc).__name__)
        return {"ok": False, "error": "queue unavailable"}


def check_health() -> dict[str, Any]:
    database = _database_state()
    queue = _queue_state()
    healthy = database["ok"] and queue["ok"]
    return {"status": "ok" if healthy else "unavailable", "database": database, "queue": queue}
