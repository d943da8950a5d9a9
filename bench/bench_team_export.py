"""Time a team's exports on a real PostgreSQL: a team of 50 members x 300 skills (15,000
holdings, a lead assessment on every tenth), read in its statements and built as XLSX (the
issue's bar: <= 2 s) and as CSV, the coverage report too, through the route and alone.

Needs DATABASE_URL (a server where it may create and drop a database) and REDIS_URL; skips
itself otherwise. Run: make bench (or .venv/bin/python bench/bench_team_export.py).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scratch import scratch_app
from timing import timings_ms

MEMBERS = 50
SKILLS = 300
RUNS = 7
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def main() -> None:
    with scratch_app("smatrx_bench") as app:
        if app is None:
            print("team export bench skipped: set DATABASE_URL and REDIS_URL")
            return
        run(app)


def _build_team(app: Flask) -> str:
    """The team's slug; everyone holds every one of 300 catalog skills."""
    from datetime import timedelta

    from sqlalchemy import insert, select

    from smatrx.extensions import db
    from smatrx.models import Skill, SkillAssessment, TeamMember, TeamTarget, User, UserSkill
    from smatrx.models.base import new_id, utcnow
    from smatrx.teams.services import create_team
    from tests.helpers import make_user

    lead = make_user("lead@example.com", name="Lead Person")
    team = create_team(lead, "Bench team", None)
    now = utcnow()
    people = [
        {
            "id": new_id(),
            "email": f"m{n}@example.com",
            "name": f"Member {n:02d}",
            "role": "member",
            "created_at": now,
            "updated_at": now,
        }
        for n in range(MEMBERS - 1)
    ]
    db.session.execute(insert(User), people)
    db.session.execute(
        insert(TeamMember),
        [
            {
                "id": new_id(),
                "team_id": team.id,
                "user_id": p["id"],
                "role": "member",
                "joined_at": now,
            }
            for p in people
        ],
    )
    skills = db.session.scalars(select(Skill.id).order_by(Skill.slug).limit(SKILLS)).all()
    assert len(skills) == SKILLS, "the catalog has 300 skills"
    user_ids = [lead.id] + [p["id"] for p in people]
    rows = []
    for u, user_id in enumerate(user_ids):
        for s, skill_id in enumerate(skills):
            level = LEVELS[(u + s) % 4]
            rows.append(
                {
                    "id": new_id(),
                    "user_id": user_id,
                    "skill_id": skill_id,
                    "level": level,
                    "proficiency_score": 15 + 25 * LEVELS.index(level),
                    "source": "manual",
                    "created_at": now,
                    "updated_at": now - timedelta(days=(u * s) % 600),
                }
            )
    db.session.execute(insert(UserSkill), rows)
    db.session.execute(
        insert(SkillAssessment),
        [
            {
                "id": new_id(),
                "user_skill_id": row["id"],
                "assessor_id": lead.id,
                "team_id": team.id,
                "level": "advanced",
                "note": "@check",
                "created_at": now,
            }
            for row in rows[::10]
        ],
    )
    db.session.execute(
        insert(TeamTarget),
        [
            {
                "id": new_id(),
                "team_id": team.id,
                "skill_id": skill_id,
                "min_level": "advanced",
                "needed": 3,
                "created_at": now,
                "updated_at": now,
            }
            for skill_id in skills[:40]
        ],
    )
    db.session.commit()
    return team.slug


def run(app: Flask) -> None:
    from smatrx.extensions import db
    from smatrx.models import Team
    from smatrx.models.base import utcnow
    from smatrx.teams import exports, targets
    from smatrx.teams.coverage import coverage_report
    from smatrx.teams.holdings import team_holdings, team_members
    from tests.helpers import sign_in

    with app.app_context():
        started = time.perf_counter()
        slug = _build_team(app)
        print(f"team of {MEMBERS} x {SKILLS} built in {time.perf_counter() - started:.1f} s")
        team = db.session.query(Team).filter_by(slug=slug).one()
        members = team_members(db.session, team.id)
        holdings = team_holdings(db.session, team.id)
        print(f"{len(members)} members, {len(holdings):,} holdings")

        read = timings_ms(lambda: team_holdings(db.session, team.id), RUNS)
        sheet = exports.matrix_sheet(members, holdings)
        build_xlsx = timings_ms(
            lambda: exports.to_xlsx([exports.matrix_sheet(members, holdings)], title="t"), RUNS
        )
        build_csv = timings_ms(
            lambda: exports.to_csv(exports.matrix_sheet(members, holdings)), RUNS
        )
        size = len(exports.to_xlsx([sheet], title="t"))
        team_targets = targets.team_targets(team.id)
        report = timings_ms(
            lambda: coverage_report(members, holdings, team_targets, utcnow()), RUNS
        )
        db.session.remove()

        client = app.test_client()
        assert sign_in(client, "lead@example.com").status_code == 302

        def fetch(what: str, kind: str) -> None:
            response = client.get(f"/teams/{slug}/export?what={what}&format={kind}")
            assert response.status_code == 200
            response.get_data()

        route_xlsx = timings_ms(lambda: fetch("matrix", "xlsx"), RUNS)
        route_csv = timings_ms(lambda: fetch("matrix", "csv"), RUNS)
        route_cov = timings_ms(lambda: fetch("coverage", "xlsx"), RUNS)
        page = timings_ms(lambda: client.get(f"/teams/{slug}/coverage").get_data(), RUNS)

    def line(label: str, timings: list[float]) -> None:
        print(
            f"{label:<52} median {timings[len(timings) // 2]:7.1f} ms   max {timings[-1]:7.1f} ms"
        )

    line("read the team's holdings (one statement)", read)
    line("coverage report, pure (40 targets)", report)
    line(f"matrix XLSX built, pure ({size / 1024:.0f} KiB)", build_xlsx)
    line("matrix CSV built, pure", build_csv)
    line("GET export matrix XLSX (read + build + send)", route_xlsx)
    line("GET export matrix CSV", route_csv)
    line("GET export coverage XLSX", route_cov)
    line("GET /teams/<slug>/coverage (page)", page)
    verdict = "within" if route_xlsx[-1] <= 2000 else "OVER"
    print(f"XLSX of {MEMBERS} x {SKILLS}: slowest {route_xlsx[-1]:.0f} ms, {verdict} the 2 s bar")


if __name__ == "__main__":
    main()
