"""The insights' periodic work and command: daily snapshots, thinning old rows, the peers'
readiness histogram and percentile, `flask smatrx analyse`."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.insights import store
from smatrx.insights.gather import peer_readiness
from smatrx.models import CareerRole, RoleReadinessStat, SkillAnalysis, User
from smatrx.profile.services import get_or_create_profile
from tests.helpers import hold, make_user

NOW = datetime(2026, 12, 5, 12, 0)


def gap_row(user: User, at: datetime, readiness: int, role: CareerRole | None = None) -> None:
    db.session.add(
        SkillAnalysis(
            user_id=user.id,
            analysis_type="gap",
            data={"version": 1, "readiness": readiness},
            confidence=0.5,
            role_id=role.id if role else None,
            created_at=at,
        )
    )


def test_thinning_keeps_the_latest_one_a_day_for_90_days_then_one_a_month(ada, db_session):
    for hours in (1, 2, 3):  # three today: today's rows are left alone
        gap_row(ada, NOW - timedelta(minutes=hours), 50)
    for day in (1, 2):  # two rows on each of two recent days
        gap_row(ada, NOW - timedelta(days=day, hours=1), 40)
        gap_row(ada, NOW - timedelta(days=day, hours=2), 41)
    for day in (200, 201, 202):  # three in one old month
        gap_row(ada, datetime(2026, 3, 1) + timedelta(days=day - 200), 10)
    db.session.commit()

    removed = store.thin(db.session, NOW)

    days = db.session.scalars(
        select(SkillAnalysis.created_at).where(SkillAnalysis.user_id == ada.id)
    ).all()
    assert removed == 4  # one of each recent day, two of the old month
    assert len(days) == 3 + 2 + 1


def test_a_daily_snapshot_writes_a_gap_row_even_when_nothing_changed(ada, db_session):
    hold(ada, "python", level="advanced")
    get_or_create_profile(ada).target_role = "Backend Developer"
    db.session.commit()
    today = date.today()
    store.run(db.session, ada.id, today)
    db.session.execute(
        SkillAnalysis.__table__.update()
        .where(SkillAnalysis.user_id == ada.id)
        .values(createdAt=datetime.combine(today - timedelta(days=1), datetime.min.time()))
    )

    assert store.run(db.session, ada.id, today) == []
    assert store.run(db.session, ada.id, today, snapshot=True) == ["gap"]
    assert store.run(db.session, ada.id, today, snapshot=True) == []


def test_peers_percentile_comes_from_the_kept_histogram_and_needs_5_peers(ada, db_session):
    role = db.session.scalar(select(CareerRole).where(CareerRole.slug == "backend-developer"))
    peers = [make_user(f"peer{n}@example.com") for n in range(5)]
    for person, readiness in zip(peers, (10, 20, 30, 40, 50), strict=True):
        gap_row(person, NOW, readiness, role)
    gap_row(ada, NOW, 35, role)
    db.session.commit()

    store.refresh_role_readiness(db.session)

    histogram = dict(
        db.session.execute(
            select(RoleReadinessStat.readiness, RoleReadinessStat.people).where(
                RoleReadinessStat.role_id == role.id
            )
        ).all()
    )
    assert histogram == {10: 1, 20: 1, 30: 1, 35: 1, 40: 1, 50: 1}
    assert sorted(peer_readiness(db.session, role.id, 35)) == [10, 20, 30, 40, 50]


def test_the_analyse_command(app: Any, ada: User, redis_conn: Any) -> None:
    hold(ada, "python", level="advanced")
    runner = app.test_cli_runner()

    one = runner.invoke(args=["smatrx", "analyse", ada.email])
    everyone = runner.invoke(args=["smatrx", "analyse", "--all", "--processes", "1"])
    neither = runner.invoke(args=["smatrx", "analyse"])
    nobody = runner.invoke(args=["smatrx", "analyse", "nobody@example.com"])

    assert one.exit_code == 0 and f"Analysed {ada.email}" in one.output
    assert everyone.exit_code == 0 and "Analysed" in everyone.output
    assert neither.exit_code != 0 and "Give one EMAIL, or --all" in neither.output
    assert nobody.exit_code != 0 and "no account" in nobody.output
    count = db.session.scalar(
        select(func.count()).select_from(SkillAnalysis).where(SkillAnalysis.user_id == ada.id)
    )
    assert count >= 1  # the profile analysis (no target role: no gap)
