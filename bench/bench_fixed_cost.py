"""The fixed cost of a signed-in request, in process: a bare Flask + Jinja page (about
10 KB, no database) against signed-in pages, through the test client, on a scratch database
with a grown catalog and other people's skills (so plans meet realistic statistics).

Prints, per page: median and p90 milliseconds, the ratio of the bare page's median to the
page's (1.0 = as fast as the bare page), statements per request and the size of the HTML.

Needs DATABASE_URL (a server where it may create and drop a database) and REDIS_URL; skips
itself otherwise. BENCH_PEOPLE, BENCH_CATALOG and BENCH_RUNS size it; BENCH_DB_PREFIX names
the scratch database. Run: .venv/bin/python bench/bench_fixed_cost.py
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

RUNS = int(os.environ.get("BENCH_RUNS", "300"))
PEOPLE = int(os.environ.get("BENCH_PEOPLE", "2000"))
CATALOG = int(os.environ.get("BENCH_CATALOG", "50000"))
SKILLS_EACH = 40
PAGES = ("/notifications", "/home", "/skills", "/achievements", "/goals", "/profile")
BARE_TEMPLATE = """<!doctype html><html><head><title>{{ title }}</title></head><body>
<h1>{{ title }}</h1><ul>{% for row in rows %}<li class="row"><strong>{{ row.name }}</strong>
<span>{{ row.value }}</span> <em>{{ row.note }}</em></li>{% endfor %}</ul></body></html>"""


def bare_app() -> Flask:
    """The ceiling: Flask and Jinja rendering a 10 KB page (compiled once), nothing else."""
    from flask import render_template
    from jinja2 import DictLoader

    app = Flask("bare")
    app.jinja_loader = DictLoader({"bare.html": BARE_TEMPLATE})
    rows = [{"name": f"Row {n}", "value": n * 7, "note": "something to say"} for n in range(120)]

    @app.get("/")
    def page() -> str:
        return render_template("bare.html", title="Bare", rows=rows)

    return app


def main() -> None:
    with scratch_app(f"{os.environ.get('BENCH_DB_PREFIX', 'smatrx_bench')}_fixed") as app:
        if app is None:
            print("fixed-cost bench skipped: set DATABASE_URL and REDIS_URL")
            return
        run(app)


def grow(people: int, catalog: int) -> None:
    """Other people and a larger catalog, by SQL (seconds, not minutes)."""
    from sqlalchemy import text

    from smatrx.extensions import db

    db.session.execute(
        text(
            """
            INSERT INTO "Skill" (id, name, slug, "categoryId", tags, "updatedAt")
            SELECT 'bench-s' || n, 'Bench skill ' || n, 'bench-skill-' || n,
                   (SELECT id FROM "SkillCategory" ORDER BY name
                    OFFSET n % (SELECT count(*) FROM "SkillCategory") LIMIT 1),
                   ARRAY['bench', 'tag' || (n % 500)], now()
            FROM generate_series(1, GREATEST(0, :catalog - (SELECT count(*) FROM "Skill"))) n
            """
        ),
        {"catalog": catalog},
    )
    for statement in (
        """INSERT INTO "User" (id, email, role, "emailVerified", "createdAt", "updatedAt")
           SELECT 'bench-u' || n, 'p' || n || '@example.com', 'member', now(), now(), now()
           FROM generate_series(1, :people) n""",
        """INSERT INTO "Profile" (id, "userId", "onboardingCompleted", "createdAt", "updatedAt")
           SELECT 'bench-p' || n, 'bench-u' || n, true, now(), now()
           FROM generate_series(1, :people) n""",
    ):
        db.session.execute(text(statement), {"people": people})
    # Each person holds 40 skills, the popular (shipped) ones more often than the rest.
    db.session.execute(
        text(
            """
            WITH skills AS (
                SELECT id, row_number() OVER (ORDER BY "createdAt", id) AS k FROM "Skill"
            ), total AS (SELECT count(*) AS c FROM skills)
            INSERT INTO "UserSkill" (id, "userId", "skillId", level, "proficiencyScore",
                                     source, "createdAt", "updatedAt")
            SELECT 'bench-us' || u || '-' || j, 'bench-u' || u, s.id,
                   (ARRAY['beginner', 'intermediate', 'advanced', 'expert'])[1 + (u + j) % 4],
                   10 + (u * j) % 90, 'manual', now(), now()
            FROM generate_series(1, :people) u, generate_series(1, :each) j, total, skills s
            WHERE s.k = 1 + ((u * 7919 + j * (CASE WHEN j <= 20 THEN 1 ELSE 104729 END))
                             % (CASE WHEN j <= 20 THEN 300 ELSE total.c END))
            ON CONFLICT DO NOTHING
            """
        ),
        {"people": people, "each": SKILLS_EACH},
    )
    db.session.commit()
    db.session.execute(text("ANALYZE"))
    db.session.commit()


def run(app: Flask) -> None:
    from sqlalchemy import event, insert, select

    from smatrx.extensions import db
    from smatrx.models import Notification, Skill, UserSkill
    from smatrx.models.base import new_id, utcnow
    from tests.helpers import make_user, sign_in

    with app.app_context():
        started = time.perf_counter()
        grow(PEOPLE, CATALOG)
        grown_s = time.perf_counter() - started
        person = make_user("bench@example.com", name="Bench Person")
        skills = db.session.scalars(select(Skill).order_by(Skill.slug).limit(SKILLS_EACH)).all()
        db.session.execute(
            insert(UserSkill),
            [
                {
                    "id": new_id(),
                    "user_id": person.id,
                    "skill_id": skill.id,
                    "level": ("beginner", "intermediate", "advanced", "expert")[n % 4],
                    "proficiency_score": 20 + n,
                    "years_experience": n % 8,
                    "last_used": utcnow(),
                    "source": "manual",
                }
                for n, skill in enumerate(skills)
            ],
        )
        db.session.execute(
            insert(Notification),
            [
                {"id": new_id(), "user_id": person.id, "kind": "bench", "message": f"Note {n}"}
                for n in range(5)
            ],
        )
        db.session.commit()
        email = person.email
        engine = db.engine

    # Requests run outside the setup's app context: each gets its own `g` and session,
    # as in a server.
    client = app.test_client()
    sign_in(client, email)
    client.get("/achievements")  # award what the person already meets, once
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    bare = bare_app().test_client()
    bare_times = timings_ms(lambda: bare.get("/"), RUNS)
    bare_median = statistics.median(bare_times)
    print(
        f"dataset: {PEOPLE + 1} people x {SKILLS_EACH} skills, a {CATALOG}-skill catalog "
        f"(grown in {grown_s:.1f} s); {RUNS} requests each, in process (test client)"
    )
    print(f"{'page':<16}{'median ms':>10}{'p90 ms':>9}{'ratio':>7}{'stmts':>7}{'KB':>7}")
    size = len(bare.get("/").get_data())
    print(
        f"{'bare Flask':<16}{bare_median:>10.2f}{bare_times[len(bare_times) * 9 // 10]:>9.2f}"
        f"{1.0:>7.2f}{0:>7}{size / 1024:>7.1f}"
    )
    for page in PAGES:
        times = timings_ms(lambda page=page: client.get(page), RUNS)
        statements.clear()
        response = client.get(page)
        assert response.status_code == 200, (page, response.status_code)
        median = statistics.median(times)
        print(
            f"{page:<16}{median:>10.2f}{times[len(times) * 9 // 10]:>9.2f}"
            f"{bare_median / median:>7.2f}{len(statements):>7}"
            f"{len(response.get_data()) / 1024:>7.1f}"
        )


if __name__ == "__main__":
    main()
