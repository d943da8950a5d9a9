"""The import job (one per SkillImport row, job id = row id), run by an RQ worker.

The row is the truth: the job moves it through its steps and stops as soon as the row is
no longer running (cancelled or reaped). Each step is its own commit (the services only
flush): the page shows progress as it happens, and a cancel the web committed is seen at
the job's next step. What to read and how is the source's entry in the
registry. Errors the person can act on end the import with their message; a lost database
or Redis connection is left to RQ's retries; anything else fails the import with a general
message and the details go to the log.
"""

from __future__ import annotations

import logging
import time
from datetime import date

from redis.exceptions import ConnectionError as RedisConnectionError
from rq import Callback, Retry
from rq.job import Job
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from smatrx.extensions import db
from smatrx.imports import services
from smatrx.imports.matcher import Matcher, terms_from_catalog
from smatrx.imports.registry import SOURCES, SourceInput
from smatrx.jobs.queue import get_queue
from smatrx.models import Skill, SkillImport
from smatrx.models.base import utcnow
from smatrx.observability.metrics import observe_import
from smatrx.skills.services import offered_to_user_id

logger = logging.getLogger(__name__)

JOB_TIMEOUT = 300
GENERAL_FAILURE = (
    "Something went wrong while reading your file. Please try again; if it keeps failing, "
    "try another format."
)
UPLOAD_GONE = "The uploaded file is no longer there. Please upload it again."
TRANSIENT = (OperationalError, RedisConnectionError)


def enqueue_import(import_id: str) -> None:
    """Trigger the job for a committed row (raises Redis' ConnectionError when it is down)."""
    get_queue().enqueue(
        run_import,
        import_id,
        job_id=import_id,
        job_timeout=JOB_TIMEOUT,
        retry=Retry(max=2, interval=[10, 60]),
        on_failure=Callback(import_job_failed),
        result_ttl=3600,
        failure_ttl=86400,
    )


def _notify(row: SkillImport, message: str, kind: str) -> None:
    from flask import current_app, url_for

    from smatrx.notifications.services import notify

    # A job runs outside any request: build the (relative) link in a throwaway one.
    with current_app.test_request_context():
        link = url_for("imports.detail", import_id=row.id)
    notify(row.user_id, kind, message, link=link)
    db.session.commit()


def _matcher_for(user_id: str) -> Matcher:
    offered = select(Skill.id, Skill.name, Skill.aliases).where(offered_to_user_id(user_id))
    return Matcher(terms_from_catalog(dict(row._mapping) for row in db.session.execute(offered)))


def run_import(import_id: str) -> str:
    """The job: read, match, propose; its duration is counted by source and outcome
    (an exception counts as failed)."""
    started = time.perf_counter()
    seen: dict[str, str] = {}
    outcome = "failed"
    try:
        outcome = _run_import(import_id, seen)
        return outcome
    finally:
        if "source" in seen and outcome in ("completed", "failed"):
            observe_import(seen["source"], outcome, time.perf_counter() - started)


def _run_import(import_id: str, seen: dict[str, str]) -> str:
    row = db.session.get(SkillImport, import_id)
    if row is None or row.status not in services.RUNNING:
        return "skipped"
    seen["source"] = row.source
    row.status, row.attempts, row.heartbeat_at = "processing", row.attempts + 1, utcnow()
    row.progress, row.message = 5, "Starting…"
    db.session.commit()
    source = SOURCES[row.source]
    label = source.label

    def report(progress: int, message: str) -> bool:
        running = services.report_progress(import_id, progress, message)
        db.session.commit()
        return running

    try:
        if source.input_missing(row):
            services.fail(row, UPLOAD_GONE)
            db.session.commit()
            return "failed"
        upload = row.file
        given = SourceInput(
            user_id=row.user_id,
            data=upload.data if upload else b"",
            filename=upload.filename if upload else "",
            request=(row.results or {}).get("request", {}),
            report=report,
        )
        if not report(15, f"Reading {label}…"):
            return "cancelled"
        matcher = _matcher_for(row.user_id)
        read = source.read(given)
        counted = source.counted(read)
        if not report(source.matching_progress, f"Matching {counted} against the catalog…"):
            return "cancelled"
        findings = source.propose(read, matcher, date.today())
        if not report(90, "Preparing your proposals…"):
            return "cancelled"
        own = [proposal for proposal in findings.proposals if not proposal.someone_elses]
        found = len(own)
        message = f"Found {found} skill{'s' if found != 1 else ''} in {label}.{findings.note}"
        results = {
            "proposals": [proposal.as_json() for proposal in findings.proposals],
            "unknown": findings.unknown,
            "profile": findings.profile,
        }
        skill_ids = [proposal.skill_id for proposal in own]
        finished = services.finish(row, results, skill_ids, message)
        db.session.commit()
        if not finished:
            return "cancelled"
        _notify(row, message + " Review them to add them to your skills.", "import.completed")
        return "completed"
    except source.errors as error:
        db.session.rollback()
        services.fail(row, str(error))
        db.session.commit()
        _notify(row, f"The import of {label} failed: {error}", "import.failed")
        return "failed"
    except TRANSIENT:
        db.session.rollback()
        logger.warning("import %s: transient error, RQ will retry", import_id, exc_info=True)
        raise
    except Exception:
        db.session.rollback()
        logger.exception("import %s failed", import_id)
        services.fail(row, GENERAL_FAILURE)
        db.session.commit()
        raise


def import_job_failed(job: Job, connection: object, *exc_info: object) -> None:
    """RQ's on_failure: after the last retry, the row must not stay running."""
    row = db.session.get(SkillImport, job.id)
    if row is not None and row.status in services.RUNNING and job.retries_left in (None, 0):
        services.fail(row, GENERAL_FAILURE)
        db.session.commit()
