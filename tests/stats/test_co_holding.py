""" "Held together": the rebuilt pairs never describe fewer than 5 people, match a fresh count,
and the job that rebuilds them is declared with its period and skips a round in progress."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, text

from smatrx.extensions import db
from smatrx.imports.reaper import reconcile_imports
from smatrx.insights.jobs import daily_snapshots_task, refresh_role_readiness_task, thin_task
from smatrx.models import SkillPairStat, SkillStat, StatRefresh
from smatrx.models.stats import MIN_PEOPLE
from smatrx.periodic import PERIODIC
from smatrx.privacy.export import purge_exports_task
from smatrx.retention import purge_task
from smatrx.stats import refresh
from smatrx.stats.queries import age_in_words, level_spread
from smatrx.stats.refresh import (
    CO_HOLDING,
    CO_HOLDING_LOCK,
    CO_HOLDING_PERIOD,
    refresh_co_holding,
    refresh_co_holding_task,
)
from tests.helpers import catalog_skill, hold, make_user

FRESH_PAIRS = """
    SELECT a."skillId", b."skillId", count(*) FROM "UserSkill" a
    JOIN "UserSkill" b ON b."userId" = a."userId" AND b."skillId" <> a."skillId"
    GROUP BY 1, 2 HAVING count(*) >= :min_people
"""


def pair(first: str, second: str) -> int | None:
    return db.session.scalar(
        select(SkillPairStat.people).where(
            SkillPairStat.skill_id == catalog_skill(first).id,
            SkillPairStat.other_skill_id == catalog_skill(second).id,
        )
    )


def crowd(n: int, prefix: str, *slugs: str) -> None:
    for i in range(n):
        person = make_user(f"{prefix}{i}@example.com")
        for slug in slugs:
            hold(person, slug)


def test_only_pairs_of_at_least_five_people_are_kept(db_session):
    crowd(4, "four", "cobol", "fortran")
    crowd(5, "five", "rust", "go")
    crowd(7, "seven", "python", "django", "go")
    assert refresh_co_holding(db.session)

    assert pair("cobol", "fortran") is None
    assert pair("rust", "go") == pair("go", "rust") == 5
    assert pair("python", "django") == 7 and pair("go", "python") == 7
    assert pair("go", "django") == 7
    smallest = db.session.scalar(select(func.min(SkillPairStat.people)))
    assert smallest >= MIN_PEOPLE
    kept = {tuple(row) for row in db.session.execute(select(SkillPairStat.__table__))}
    fresh = {
        tuple(row) for row in db.session.execute(text(FRESH_PAIRS), {"min_people": MIN_PEOPLE})
    }
    assert kept == fresh

    refreshed = db.session.get(StatRefresh, CO_HOLDING)
    assert refreshed is not None and refreshed.duration_ms >= 0


def test_each_skill_keeps_its_most_held_together_partners(db_session, monkeypatch):
    monkeypatch.setattr(refresh, "PARTNERS_KEPT", 1)
    crowd(5, "some", "rust", "go")
    crowd(6, "more", "rust", "python")
    refresh_co_holding(db.session)
    assert pair("rust", "python") == 6 and pair("rust", "go") is None
    assert pair("go", "rust") == 5  # go's own best partner


def test_a_rebuild_forgets_pairs_that_fell_below_five(db_session):
    crowd(5, "fall", "rust", "go")
    refresh_co_holding(db.session)
    assert pair("rust", "go") == 5
    db.session.execute(text("""DELETE FROM "User" WHERE email = 'fall0@example.com'"""))
    refresh_co_holding(db.session)
    assert pair("rust", "go") is None


def test_a_round_in_progress_elsewhere_is_skipped(app, db_session):
    with db.engine.connect() as other:
        other.execute(select(func.pg_advisory_lock(func.hashtext(CO_HOLDING_LOCK))))
        try:
            assert refresh_co_holding(db.session, wait=False) is False
            refresh_co_holding_task()  # skips without error
        finally:
            other.execute(select(func.pg_advisory_unlock(func.hashtext(CO_HOLDING_LOCK))))
    assert refresh_co_holding(db.session, wait=False) is True


def test_the_periodic_tasks_are_one_declared_list():
    assert dict(PERIODIC) == {
        reconcile_imports: timedelta(minutes=1),
        refresh_co_holding_task: CO_HOLDING_PERIOD,
        refresh_role_readiness_task: timedelta(minutes=15),
        daily_snapshots_task: timedelta(days=1),
        thin_task: timedelta(days=1),
        purge_task: timedelta(hours=1),
        purge_exports_task: timedelta(minutes=15),
    }
    assert timedelta(minutes=15) == CO_HOLDING_PERIOD


def test_ages_read_at_a_glance():
    now = datetime(2026, 12, 5, 12, 0)
    assert age_in_words(None, now) is None
    assert age_in_words(now - timedelta(seconds=20), now) == "less than a minute ago"
    assert age_in_words(now - timedelta(minutes=1), now) == "1 minute ago"
    assert age_in_words(now - timedelta(minutes=14, seconds=59), now) == "14 minutes ago"
    assert age_in_words(now - timedelta(hours=5), now) == "5 hours ago"
    assert age_in_words(now - timedelta(days=3), now) == "3 days ago"


def test_a_level_spread_shows_from_five_people_on():
    assert level_spread(None).holders == 0 and level_spread(None).levels is None
    few = level_spread(SkillStat(holders=4, beginner=1, intermediate=1, advanced=1, expert=1))
    assert few.few and few.levels is None and few.holders == 4
    five = level_spread(SkillStat(holders=5, beginner=2, intermediate=0, advanced=2, expert=1))
    assert not five.few
    assert five.levels == (("beginner", 2), ("intermediate", 0), ("advanced", 2), ("expert", 1))
