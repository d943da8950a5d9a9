"""The import job (one per SkillImport row, job id = row id) and the reaper.

The row is the truth: the job moves it through its steps and stops as soon as the row is
no longer running (cancelled or reaped). Errors the person can act on end the import with
their message; a lost database or Redis connection is left to RQ's retries; anything else
fails the import with a general message and the details go to the log.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

import requests
from redis.exceptions import ConnectionError as RedisConnectionError
from rq import Callback, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from sqlalchemy import func, or_, select
from sqlalchemy.exc import OperationalError

from smatrx.auth.oauth.providers import github_api_urls
from smatrx.extensions import db
from smatrx.imports import services
from smatrx.imports.etag_cache import RedisETagCache
from smatrx.imports.matcher import Matcher, terms_from_catalog
from smatrx.imports.proposals import linkedin_proposals, profile_suggestions, resume_proposals
from smatrx.imports.safe_zip import UnsafeArchive
from smatrx.imports.sources.github import GitHubClient, GitHubError, RateLimited, github_proposals
from smatrx.imports.sources.linkedin import LinkedInExportError, parse_export
from smatrx.imports.sources.resume import ResumeError, extract_text
from smatrx.jobs.queue import get_queue, get_redis
from smatrx.models import Account, Skill, SkillImport
from smatrx.models.base import utcnow

logger = logging.getLogger(__name__)

JOB_TIMEOUT = 300
MAX_ATTEMPTS = 3
STALE_AFTER = timedelta(minutes=5)
GENERAL_FAILURE = (
    "Something went wrong while reading your file. Please try again; if it keeps failing, "
    "try another format."
)
LOST = "The import stopped unexpectedly. Please start it again."
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


def _matcher_for(row: SkillImport) -> Matcher:
    offered = select(Skill.id, Skill.name, Skill.aliases).where(
        Skill.retired_at.is_(None),
        or_(Skill.is_published.is_(True), Skill.proposed_by_id == row.user_id),
    )
    return Matcher(terms_from_catalog(dict(row._mapping) for row in db.session.execute(offered)))


def _fetch_github(row: SkillImport) -> tuple[list[Any], str]:
    """The person's repositories: with their linked account's token (decrypted only here)
    through GraphQL, else a public username through REST. A rate limit ends the fetch with
    what was read so far, and the message says so."""
    from flask import current_app

    request = (row.results or {}).get("request", {})
    account = db.session.scalar(
        select(Account).where(Account.user_id == row.user_id, Account.provider == "github")
    )
    token = account.access_token if account and request.get("use_token", True) else None
    api_url, graphql_url = github_api_urls(current_app.config)
    client = GitHubClient(
        requests.Session(),
        api_url=api_url,
        graphql_url=graphql_url,
        token=token,
        cache=RedisETagCache(get_redis(), row.user_id),
        on_progress=lambda message: services.step(row.id, 40, message),
    )
    # With a token the import reads the token's own repositories (private ones included);
    # without one, a public username's.
    login = None if token else request.get("login")
    try:
        repos, _stats = client.fetch_repos(
            login,
            include_forks=bool(request.get("forks")),
            include_archived=bool(request.get("archived")),
        )
    except RateLimited as limited:
        if not limited.repos:
            raise
        return limited.repos, (
            " GitHub's rate limit stopped the import part-way: these come from the "
            f"{len(limited.repos)} repositories read so far."
        )
    return repos, ""


def run_import(import_id: str) -> str:
    row = db.session.get(SkillImport, import_id)
    if row is None or row.status not in services.RUNNING:
        return "skipped"
    row.status, row.attempts, row.heartbeat_at = "processing", row.attempts + 1, utcnow()
    row.progress, row.message = 5, "Starting…"
    db.session.commit()
    label = services.SOURCE_LABELS[row.source]
    try:
        upload = row.file
        if upload is None and row.source != "github":
            services.fail(row, "The uploaded file is no longer there. Please upload it again.")
            return "failed"
        data, filename = (upload.data, upload.filename) if upload else (b"", "")
        if not services.step(import_id, 15, f"Reading {label}…"):
            return "cancelled"
        matcher = _matcher_for(row)
        today = date.today()
        profile: dict[str, str] = {}
        partial_note = ""
        if row.source == "github":
            repos, partial_note = _fetch_github(row)
            if not services.step(
                import_id, 70, f"Matching {len(repos)} repositories against the catalog…"
            ):
                return "cancelled"
            proposals, unknown = github_proposals(repos, matcher, today=today)
        elif row.source == "resume":
            text = extract_text(data)
            if not services.step(
                import_id, 50, f"Matching {len(text.split())} words against the catalog…"
            ):
                return "cancelled"
            proposals, unknown = resume_proposals(text, matcher, today=today)
        else:
            export = parse_export(data, filename=filename)
            counted = f"{len(export.skills)} skills and {len(export.positions)} positions"
            if not services.step(import_id, 50, f"Matching {counted} against the catalog…"):
                return "cancelled"
            proposals, unknown = linkedin_proposals(export, matcher, today=today)
            profile = profile_suggestions(export)
        if not services.step(import_id, 90, "Preparing your proposals…"):
            return "cancelled"
        found = len(proposals)
        message = f"Found {found} skill{'s' if found != 1 else ''} in {label}.{partial_note}"
        results = {
            "proposals": [proposal.as_json() for proposal in proposals],
            "unknown": unknown,
            "profile": profile,
        }
        if not services.finish(row, results, [p.skill_id for p in proposals], message):
            return "cancelled"
        _notify(row, message + " Review them to add them to your skills.", "import.completed")
        return "completed"
    except (ResumeError, LinkedInExportError, UnsafeArchive, GitHubError) as error:
        db.session.rollback()
        services.fail(row, str(error))
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
        raise


def import_job_failed(job: Job, connection: object, *exc_info: object) -> None:
    """RQ's on_failure: after the last retry, the row must not stay running."""
    row = db.session.get(SkillImport, job.id)
    if row is not None and row.status in services.RUNNING and job.retries_left in (None, 0):
        services.fail(row, GENERAL_FAILURE)


def reconcile_imports(now=None) -> dict[str, int]:
    """Find imports stuck pending/processing without a live job: re-enqueue them (a few
    times) or fail them. Run by the worker every minute and by `flask smatrx
    reconcile-imports`."""
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
        if row.attempts < MAX_ATTEMPTS and row.file is not None:
            row.status, row.message, row.heartbeat_at = "pending", "Waiting for a worker…", now
            db.session.commit()
            enqueue_import(row.id)
            outcome["requeued"] += 1
        else:
            services.fail(row, LOST)
            outcome["failed"] += 1
    if stale:
        logger.info("reconciled imports: %s", outcome)
    return outcome


__all__ = ["enqueue_import", "import_job_failed", "reconcile_imports", "run_import"]
