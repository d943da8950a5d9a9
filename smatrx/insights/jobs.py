"""When the analyses run, always off the request path.

- A change that moves them (skills, an import, onboarding, the target role, a role's
  requirements) asks for one recompute of the person once it is committed. A burst of
  changes gives one job: a Redis key per person marks a job as waiting, and only the
  change that sets it enqueues; the job clears it before it reads, so a change made while
  it runs asks for another.
- Periodic (smatrx/periodic.py): the daily snapshot of active people (readiness history),
  thinning old rows, and the per-role readiness histogram peers' percentiles read.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from flask import current_app
from redis.exceptions import RedisError
from sqlalchemy import distinct, func, select

from smatrx.extensions import db
from smatrx.insights import store
from smatrx.insights.gather import targets
from smatrx.insights.narrative import NarrativeSettings, settings_from
from smatrx.jobs.queue import get_queue, get_redis
from smatrx.models import CareerRole, Profile, Session, StatRefresh, User
from smatrx.models.base import new_id, utcnow
from smatrx.transaction import after_commit

logger = logging.getLogger(__name__)

PENDING_KEY = "smatrx:insights:pending:{}"
# A waiting mark outlives any queue wait; if its job was lost, the next change after this
# asks again (and the daily snapshot catches up meanwhile).
PENDING_SECONDS = 15 * 60
JOB_TIMEOUT = 120
ACTIVE_DAYS = 30
SNAPSHOT_BATCH = 100
ROLE_READINESS = "role_readiness"
ROLE_READINESS_PERIOD = timedelta(minutes=15)
DAILY = timedelta(days=1)


def request_recompute(user_id: str) -> None:
    """Ask for the person's analyses to be recomputed once the current transaction
    commits (never if it rolls back)."""
    after_commit(lambda: enqueue_recompute(user_id))


def enqueue_recompute(user_id: str) -> bool:
    """Enqueue the person's recompute unless one is already waiting; False when it was
    (or when Redis is away: the analyses then catch up at the next change or snapshot)."""
    key = PENDING_KEY.format(user_id)
    try:
        redis = get_redis()
        if not redis.set(key, "1", nx=True, ex=PENDING_SECONDS):
            return False
        try:
            get_queue().enqueue(
                recompute,
                user_id,
                job_id=f"insights-{user_id}-{new_id()}",
                job_timeout=JOB_TIMEOUT,
                result_ttl=600,
                failure_ttl=86400,
            )
        except Exception:
            redis.delete(key)
            raise
    except RedisError:
        logger.warning("insights: could not enqueue a recompute (Redis unavailable)")
        return False
    return True


def is_pending(user_id: str) -> bool:
    """A recompute of the person's analyses is waiting or running."""
    try:
        return bool(get_redis().exists(PENDING_KEY.format(user_id)))
    except RedisError:
        return False


def recompute(user_id: str) -> list[str]:
    """The job: clear the waiting mark first (a change from now on asks again), analyse,
    commit. Returns the types written."""
    try:
        get_redis().delete(PENDING_KEY.format(user_id))
    except RedisError:
        logger.warning("insights: could not clear the waiting mark of a recompute")
    if db.session.get(User, user_id) is None:
        return []
    written = store.run(db.session, user_id, date.today(), narrative=narrative_settings())
    db.session.commit()
    return written


def narrative_settings() -> NarrativeSettings | None:
    """The optional narrative endpoint (LLM_* settings), None when off (the default)."""
    return settings_from(current_app.config)


def people_targeting(role: CareerRole) -> list[str]:
    """Ids of the people whose profile names the role (by title, any case)."""
    return list(db.session.scalars(select(Profile.user_id).where(targets(role.title))))


def recompute_role(role_id: str) -> int:
    """The job after a role's requirements changed: one recompute per person targeting it
    (each debounced as any other). Returns how many were asked for."""
    role = db.session.get(CareerRole, role_id)
    if role is None:
        return 0
    return sum(enqueue_recompute(user_id) for user_id in people_targeting(role))


def request_role_recompute(role_id: str) -> None:
    def enqueue() -> None:
        try:
            get_queue().enqueue(recompute_role, role_id, job_timeout=600, result_ttl=600)
        except RedisError:
            logger.warning("insights: could not enqueue a role's recompute (Redis unavailable)")

    after_commit(enqueue)


def analyse_people(
    user_ids: Iterable[str],
    *,
    snapshot: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Analyse each person in turn, committing every SNAPSHOT_BATCH people (the CLI's
    --all and the daily snapshot). Returns how many were analysed."""
    today = date.today()
    done = 0
    for user_id in user_ids:
        store.run(db.session, user_id, today, snapshot=snapshot, narrative=narrative_settings())
        done += 1
        if done % SNAPSHOT_BATCH == 0:
            db.session.commit()
            db.session.expunge_all()  # keep memory flat over thousands of people
        if progress is not None:
            progress(1)
    db.session.commit()
    return done


def active_people(days: int = ACTIVE_DAYS) -> list[str]:
    """People with a live session seen in the last days."""
    since = utcnow() - timedelta(days=days)
    return list(
        db.session.scalars(
            select(distinct(Session.user_id))
            .where(Session.last_seen_at >= since)
            .order_by(Session.user_id)
        )
    )


def daily_snapshots_task() -> None:
    """Periodic: a gap row today for every active person (readiness history)."""
    started = time.perf_counter()
    count = analyse_people(active_people(), snapshot=True)
    logger.info("insights: %d daily snapshots in %.1f s", count, time.perf_counter() - started)


def thin_task() -> None:
    """Periodic: drop old analyses (store.thin)."""
    removed = store.thin(db.session)
    db.session.commit()
    logger.info("insights: %d old analyses thinned", removed)


def refresh_role_readiness_task() -> None:
    """Periodic: rebuild the per-role readiness histogram (skipped while another worker
    does it)."""
    got = db.session.scalar(select(func.pg_try_advisory_xact_lock(func.hashtext(ROLE_READINESS))))
    if not got:
        db.session.rollback()
        return
    started = time.perf_counter()
    store.refresh_role_readiness(db.session)
    db.session.merge(
        StatRefresh(
            name=ROLE_READINESS,
            refreshed_at=utcnow(),
            duration_ms=round((time.perf_counter() - started) * 1000),
        )
    )
    db.session.commit()
