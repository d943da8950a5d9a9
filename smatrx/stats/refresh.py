"""Rebuilding the kept aggregates from scratch (smatrx/models/stats.py says who keeps what).

- refresh_co_holding: the periodic job's work ("held together" pairs, CO_HOLDING_PERIOD).
- rebuild_all: everything, for `smatrx refresh-stats` — after a bulk load that bypassed
  the triggers (COPY with triggers disabled, session_replication_role = replica), or to
  check that nothing drifted.

The transaction rule holds: these flush, the caller (the CLI command, the periodic task)
commits. Readers are never blocked: a rebuild deletes and inserts in its transaction, and
until it commits everyone reads the previous rows.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from smatrx.extensions import db
from smatrx.models.base import utcnow
from smatrx.models.stats import MIN_PEOPLE, StatRefresh

logger = logging.getLogger(__name__)

CO_HOLDING = "co_holding"
# Rebuilding the pairs costs about 5 s of one core at 10,000 people x 40 skills (README,
# "Kept aggregates"); a quarter of an hour keeps that under 1 % of a core.
CO_HOLDING_PERIOD = timedelta(minutes=15)
# The pair count is a hash aggregate over every (person, skill, other skill); with the
# default 4 MB it spills to disk. Local to the rebuild's transaction.
_REBUILD_WORK_MEM = "SET LOCAL work_mem = '128MB'"
# Partners kept per skill: the page shows 6 (of those the viewer may see), adjacency reads
# the first few dozen; without a bound, evenly spread holdings (every pair held by a few
# people) would keep millions of pairs — 1.4 million at 10,000 people x 40 of 2,000 skills.
PARTNERS_KEPT = 50
CO_HOLDING_LOCK = "smatrx.stats.co_holding"


# The same definitions the triggers of migration 0009 keep, computed from the data.
_REBUILD_SKILL_STATS = (
    'DELETE FROM "SkillStat"',
    """
    INSERT INTO "SkillStat"
           ("skillId", holders, beginner, intermediate, advanced, expert, "updatedAt")
    SELECT d."skillId", sum(d.n)::int,
           coalesce(sum(d.n) FILTER (WHERE d.level = 'beginner'), 0)::int,
           coalesce(sum(d.n) FILTER (WHERE d.level = 'intermediate'), 0)::int,
           coalesce(sum(d.n) FILTER (WHERE d.level = 'advanced'), 0)::int,
           coalesce(sum(d.n) FILTER (WHERE d.level = 'expert'), 0)::int,
           now() AT TIME ZONE 'UTC'
    FROM (SELECT "skillId", level, count(*) AS n FROM "UserSkill"
          WHERE "userId" NOT IN (SELECT id FROM "User" WHERE "excludedFromAggregates")
          GROUP BY 1, 2) AS d
    GROUP BY d."skillId"
    """,
)
_REBUILD_CATALOG_STATS = (
    'DELETE FROM "TagStat"',
    """
    INSERT INTO "TagStat" (tag, skills)
    SELECT t.tag, count(DISTINCT s.id) FROM "Skill" s, unnest(s.tags) AS t (tag)
    WHERE s."isPublished" AND s."retiredAt" IS NULL
    GROUP BY t.tag
    """,
    'DELETE FROM "CategoryStat"',
    """
    INSERT INTO "CategoryStat" ("categoryId", skills, high, medium, low, "updatedAt")
    SELECT d."categoryId", sum(d.n)::int,
           coalesce(sum(d.n) FILTER (WHERE d.demand = 'high'), 0)::int,
           coalesce(sum(d.n) FILTER (WHERE d.demand = 'medium'), 0)::int,
           coalesce(sum(d.n) FILTER (WHERE d.demand = 'low'), 0)::int,
           now() AT TIME ZONE 'UTC'
    FROM (SELECT "categoryId", "marketDemand" AS demand, count(*) AS n FROM "Skill"
          WHERE "isPublished" AND "retiredAt" IS NULL GROUP BY 1, 2) AS d
    GROUP BY d."categoryId"
    """,
)
# Pairs of skills held by the same person, counted once (a < b) on dense integer keys, and
# for each skill its PARTNERS_KEPT most held-together others. Only skills with MIN_PEOPLE
# holders can be in a pair of MIN_PEOPLE, which drops most of the long tail before the join.
# People who withdrew their "aggregates" consent are left out (issue 19).
_REBUILD_CO_HOLDING = (
    'DELETE FROM "SkillPairStat"',
    """
    INSERT INTO "SkillPairStat" ("skillId", "otherSkillId", people)
    WITH counted AS (
        SELECT "userId", "skillId" FROM "UserSkill"
        WHERE "userId" NOT IN (SELECT id FROM "User" WHERE "excludedFromAggregates")
    ),
    held AS (
        SELECT "skillId" FROM counted GROUP BY "skillId" HAVING count(*) >= :min_people
    ),
    keyed AS (SELECT "skillId", (row_number() OVER ())::int AS k FROM held),
    holding AS (
        SELECT u."userId", keyed.k FROM counted u JOIN keyed USING ("skillId")
    ),
    pairs AS (
        SELECT a.k AS a, b.k AS b, count(*)::int AS people
        FROM holding a JOIN holding b ON b."userId" = a."userId" AND a.k < b.k
        GROUP BY a.k, b.k
        HAVING count(*) >= :min_people
    ),
    both_ways AS (SELECT a, b, people FROM pairs UNION ALL SELECT b, a, people FROM pairs),
    ranked AS (
        SELECT a, b, people, row_number() OVER (PARTITION BY a ORDER BY people DESC, b) AS r
        FROM both_ways
    )
    SELECT one."skillId", other."skillId", ranked.people
    FROM ranked JOIN keyed one ON one.k = ranked.a JOIN keyed other ON other.k = ranked.b
    WHERE ranked.r <= :partners
    """,
)


def _run(session: Session, statements: tuple[str, ...]) -> None:
    for statement in statements:
        session.execute(text(statement), {"min_people": MIN_PEOPLE, "partners": PARTNERS_KEPT})


def _record(session: Session, name: str, started: float) -> None:
    values = {
        "name": name,
        "refreshed_at": utcnow(),
        "duration_ms": round((time.perf_counter() - started) * 1000),
    }
    upsert = pg_insert(StatRefresh).values(**values)
    session.execute(
        upsert.on_conflict_do_update(
            index_elements=[StatRefresh.name],
            set_={
                "refreshedAt": upsert.excluded.refreshedAt,
                "durationMs": upsert.excluded.durationMs,
            },
        )
    )


def refresh_co_holding(session: Session, *, wait: bool = True) -> bool:
    """Rebuild the "held together" pairs; False (nothing done) when wait is False and
    another process is rebuilding them right now."""
    lock = func.pg_advisory_xact_lock if wait else func.pg_try_advisory_xact_lock
    got = session.scalar(select(lock(func.hashtext(CO_HOLDING_LOCK))))
    if got is False:
        return False
    started = time.perf_counter()
    session.execute(text(_REBUILD_WORK_MEM))
    _run(session, _REBUILD_CO_HOLDING)
    _record(session, CO_HOLDING, started)
    logger.info("co-holding rebuilt in %.1f s", time.perf_counter() - started)
    return True


def rebuild_all(session: Session) -> None:
    """Every kept aggregate from the data. Writers of "UserSkill" and "Skill" wait until
    the caller commits (SHARE locks): counted and kept cannot drift apart meanwhile."""
    session.execute(text('LOCK TABLE "UserSkill", "Skill" IN SHARE MODE'))
    _run(session, _REBUILD_SKILL_STATS)
    _run(session, _REBUILD_CATALOG_STATS)
    refresh_co_holding(session)


def refresh_co_holding_task() -> None:
    """The periodic task (smatrx/periodic.py): rebuild the pairs and commit; a worker that
    finds another one rebuilding skips this round."""
    if refresh_co_holding(db.session, wait=False):
        db.session.commit()
    else:
        db.session.rollback()
