"""The team matrix at the issue's size: a team of 50 members holding 300 skills each
(15,000 holdings, every one with a lead assessment, a third verified), in a scratch
database. Times GET /teams/<slug> as the lead sees it (every cell a link), in process
through the test client: the whole page, the HTMX region, transposed and filtered; and
who-knows across the team.

Prints, per request: median and p90 milliseconds, the median CPU milliseconds of this
process (the app's own work: PostgreSQL runs in its own processes), statements, KB of
HTML; and the load average, since on a busy machine wall-clock times say little.
Needs DATABASE_URL (a server where it may create and drop a database) and REDIS_URL; skips
itself otherwise. BENCH_MEMBERS, BENCH_SKILLS and BENCH_RUNS size it.
Run: .venv/bin/python bench/bench_teams.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scratch import scratch_app
from timing import timings_ms

RUNS = int(os.environ.get("BENCH_RUNS", "30"))
MEMBERS = int(os.environ.get("BENCH_MEMBERS", "50"))
SKILLS = int(os.environ.get("BENCH_SKILLS", "300"))
LIMIT_MS = 150.0  # the budget for the median server render of the matrix


def build_team(members: int, skills: int) -> tuple[str, str]:
    """The team (its slug) and its lead's email; every member (the lead too) holds the
    first `skills` skills of the catalog, by SQL (seconds, not minutes)."""
    from sqlalchemy import text

    from smatrx.extensions import db
    from smatrx.teams.services import create_team
    from tests.helpers import make_user

    lead = make_user("lead@example.com", name="Lee Lead")
    team = create_team(lead, "Bench team", None)
    db.session.commit()
    for statement in (
        """INSERT INTO "User" (id, email, name, role, "emailVerified", "createdAt", "updatedAt")
           SELECT 'bench-u' || n, 'm' || n || '@example.com', 'Member ' || lpad(n::text, 2, '0'),
                  'member', now(), now(), now()
           FROM generate_series(1, :people) n""",
        """INSERT INTO "Profile" (id, "userId", "onboardingCompleted", "createdAt", "updatedAt")
           SELECT 'bench-p' || n, 'bench-u' || n, true, now(), now()
           FROM generate_series(1, :people) n""",
        """INSERT INTO "TeamMember" (id, "teamId", "userId", role, "joinedAt")
           SELECT 'bench-tm' || n, :team, 'bench-u' || n, 'member', now()
           FROM generate_series(1, :people) n""",
        """WITH skills AS (
               SELECT id, row_number() OVER (ORDER BY slug) AS k FROM "Skill" LIMIT :skills
           )
           INSERT INTO "UserSkill" (id, "userId", "skillId", level, "proficiencyScore",
                                    "lastUsed", verified, "verifiedBy", interest, source,
                                    "createdAt", "updatedAt", "editedAt")
           SELECT 'bench-us' || u || '-' || s.k, p.id, s.id,
                  (ARRAY['beginner', 'intermediate', 'advanced', 'expert'])[1 + (u + s.k) % 4],
                  10 + (u * s.k) % 90, now() - ((u * s.k) % 900) * interval '1 day',
                  (u + s.k) % 3 = 0, CASE WHEN (u + s.k) % 3 = 0 THEN :lead END,
                  (ARRAY['more', 'less', NULL, NULL, NULL])[1 + (u * s.k) % 5], 'manual',
                  now(), now(), now() - ((u + s.k) % 500) * interval '1 day'
           FROM (SELECT 'bench-u' || n AS id, n AS u FROM generate_series(1, :people) n
                 UNION ALL SELECT :lead, 0) p, skills s""",
        """INSERT INTO "SkillAssessment" (id, "userSkillId", "assessorId", "teamId", level,
                                          "proficiencyScore", "createdAt")
           SELECT 'bench-sa' || us.id, us.id, :lead, :team,
                  (ARRAY['beginner', 'intermediate', 'advanced', 'expert'])[
                      1 + (length(us.id) + ascii(right(us.id, 1))) % 4],
                  50, now()
           FROM "UserSkill" us WHERE us.id LIKE 'bench-us%'""",
    ):
        db.session.execute(
            text(statement),
            {"people": members - 1, "skills": skills, "team": team.id, "lead": lead.id},
        )
    db.session.commit()
    db.session.execute(text("ANALYZE"))
    db.session.commit()
    return team.slug, lead.email


def run(app: Flask) -> None:
    from sqlalchemy import event, func, select

    from smatrx.extensions import db
    from smatrx.models import UserSkill
    from tests.helpers import sign_in

    with app.app_context():
        started = time.perf_counter()
        slug, email = build_team(MEMBERS, SKILLS)
        holdings = db.session.scalar(select(func.count()).select_from(UserSkill))
        built_s = time.perf_counter() - started
        engine = db.engine

    client = app.test_client()
    sign_in(client, email)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    print(
        f"team: {MEMBERS} members (one lead), {holdings} holdings (each with a lead "
        f"assessment), built in {built_s:.1f} s; {RUNS} requests each, in process"
    )
    print(f"{'request':<44}{'median ms':>10}{'p90 ms':>9}{'CPU ms':>8}{'stmts':>7}{'KB':>8}")
    requests = [
        ("matrix, whole page", f"/teams/{slug}", {}),
        ("matrix, HTMX region", f"/teams/{slug}", {"HX-Request": "true"}),
        ("matrix, transposed, difference view", f"/teams/{slug}?transpose=1&view=diff", {}),
        (
            "matrix, filtered (advanced+, verified)",
            f"/teams/{slug}?min_level=advanced&verified=1",
            {},
        ),
        ("who-knows (typo: 'javascrpt')", "/teams/who-knows?skill=javascrpt", {}),
    ]
    medians = {}
    for label, path, headers in requests:
        cpu: list[float] = []

        def get(path: str = path, headers: dict = headers, cpu: list[float] = cpu) -> None:
            started = time.process_time()
            client.get(path, headers=headers)
            cpu.append((time.process_time() - started) * 1000)

        times = timings_ms(get, RUNS)
        statements.clear()
        response = client.get(path, headers=headers)
        assert response.status_code == 200, (path, response.status_code)
        medians[label] = statistics.median(times)
        print(
            f"{label:<44}{medians[label]:>10.1f}{times[len(times) * 9 // 10]:>9.1f}"
            f"{statistics.median(cpu):>8.1f}{len(statements):>7}"
            f"{len(response.get_data()) / 1024:>8.0f}"
        )
    median = medians["matrix, whole page"]
    verdict = "within" if median <= LIMIT_MS else "OVER"
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"matrix median {median:.1f} ms: {verdict} the {LIMIT_MS:.0f} ms budget")
    print(f"load average {load} on {os.cpu_count()} CPUs")


def main() -> None:
    with scratch_app("smatrx_bench_teams") as app:
        if app is None:
            print("teams bench skipped: set DATABASE_URL and REDIS_URL")
            return
        run(app)


if __name__ == "__main__":
    main()
