"""Generate the scale dataset of issue 14 into a database of its own, with COPY.

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/7 \
      .venv/bin/python bench/scale/dataset.py [--database NAME] [--people 10000] \
      [--skills-per-person 40] [--catalog 50000] [--sessions 300] [--small]
    .venv/bin/python bench/scale/dataset.py --drop    # drop the database made last

DATABASE_URL names a server where it may create the database (NAME, or bench_scale_<random>).
Phases, each timed: migrate and load the real catalog (the app's own code), grow the catalog
with synthetic skills, people and everything they have (in batches, one COPY per table per
batch), signed-in sessions whose cookies go to a JSON file for throughput.py, the kept
aggregates' rebuild when the app has one, VACUUM ANALYZE.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.types.json import Jsonb

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog import synthetic_skills  # noqa: E402
from people import COLUMNS, PersonMaker, World, new_id  # noqa: E402

OUT = Path(__file__).resolve().parent / ".out"
BATCH = 500
PASSWORD = "bench-password-14"  # every generated person's password
# The head of the popularity ranking; the rest of the real catalog follows in random order.
POPULAR = [
    "python",
    "javascript",
    "sql",
    "git",
    "typescript",
    "html",
    "css",
    "docker",
    "java",
    "react",
    "linux",
    "nodejs",
    "aws",
    "postgresql",
    "communication",
    "problem-solving",
    "teamwork",
    "kubernetes",
    "github",
    "agile",
]


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url.replace("postgresql+psycopg://", "postgresql://", 1))
    return urlunsplit(parts._replace(path="/" + name))


def app_env(database_url: str, redis_url: str, secret_key: str) -> dict[str, str]:
    """The environment of the benchmark's app: production, as gunicorn will run it."""
    return {
        "SMATRX_ENV": "production",
        "SECRET_KEY": secret_key,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "RATELIMIT_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
        "SMATRX_INSTANCE_PATH": str(Path(tempfile.gettempdir()) / "smatrx-bench-instance"),
    }


@contextmanager
def phase(name: str, timings: list[tuple[str, float]]) -> Iterator[None]:
    print(f"… {name}", flush=True)
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    timings.append((name, elapsed))
    print(f"  {name}: {elapsed:.1f} s", flush=True)


def copy_rows(
    connection: psycopg.Connection, table: str, columns: Sequence[str], rows: list
) -> None:
    if not rows:
        return
    listed = ", ".join(f'"{column}"' for column in columns)
    with (
        connection.cursor() as cursor,
        cursor.copy(f'COPY "{table}" ({listed}) FROM STDIN') as copy,
    ):
        for row in rows:
            copy.write_row(row)


def migrate_and_seed(env: dict[str, str]) -> Any:
    from flask_migrate import upgrade

    from smatrx import create_app
    from smatrx.extensions import db
    from smatrx.seed.loader import load_catalog

    app = create_app(env=env)
    with app.app_context():
        upgrade()
        load_catalog()
        db.session.commit()
        db.session.remove()
    return app


def grow_catalog(connection: psycopg.Connection, target: int, seed: int) -> None:
    categories = dict(connection.execute('SELECT slug, id FROM "SkillCategory"').fetchall())
    existing = connection.execute('SELECT count(*) FROM "Skill"').fetchone()[0]
    from smatrx.seed.data import read_catalog

    made = synthetic_skills(read_catalog(), max(0, target - existing), seed)
    rng = random.Random(seed)
    now = time.time()
    rows = []
    for skill in made:
        created = datetime.utcfromtimestamp(now - rng.uniform(0, 3 * 365 * 86400))
        rows.append((
            new_id(rng), skill.name, skill.slug, skill.description, categories[skill.category],
            skill.tags, skill.market_demand,
            Jsonb(skill.average_salary) if skill.average_salary else None, skill.growth_trend,
            created, created, skill.aliases, True,
        ))  # fmt: skip
    columns = (
        "id", "name", "slug", "description", "categoryId", "tags", "marketDemand",
        "averageSalary", "growthTrend", "createdAt", "updatedAt", "aliases", "isPublished",
    )  # fmt: skip
    copy_rows(connection, "Skill", columns, rows)
    connection.commit()
    print(f"  {len(rows):,} synthetic skills, {existing + len(rows):,} in the catalog")


def build_world(
    connection: psycopg.Connection, app: Any, skills_per_person: int, seed: int
) -> World:
    from smatrx.auth.passwords import hash_password
    from smatrx.models.base import utcnow
    from smatrx.seed.data import read_catalog

    real_slugs = {skill.slug for skill in read_catalog().skills}
    skills = connection.execute('SELECT id, slug, name, "categoryId" FROM "Skill"').fetchall()
    rng = random.Random(seed)
    real = [row for row in skills if row[1] in real_slugs]
    rng.shuffle(real)
    head = {slug: position for position, slug in enumerate(POPULAR)}
    real.sort(key=lambda row: head.get(row[1], len(head)))  # stable: the rest stays shuffled
    synthetic = [row for row in skills if row[1] not in real_slugs]
    rng.shuffle(synthetic)
    roles = connection.execute('SELECT id, title FROM "CareerRole"').fetchall()
    with app.test_request_context():
        from flask import url_for

        import_link = url_for("imports.detail", import_id="IMPORT").replace("IMPORT", "{}")
    return World(
        real_skills=[row[0] for row in real],
        synthetic_skills=[row[0] for row in synthetic],
        skill_names={row[0]: row[2] for row in skills},
        skill_categories={row[0]: row[3] for row in skills},
        category_count=len({row[3] for row in skills}),
        role_ids=[row[0] for row in roles],
        role_titles=dict(roles),
        password_hash=hash_password(PASSWORD),
        import_link=import_link,
        now=utcnow(),
        skills_per_person=skills_per_person,
    )


def load_people(connection: psycopg.Connection, world: World, people: int, seed: int) -> list[str]:
    """Every person's rows, BATCH people per COPY round; returns the user ids in order."""
    maker = PersonMaker(world, seed)
    user_ids: list[str] = []
    verifiers: list[str] = []
    for start in range(0, people, BATCH):
        batch: dict[str, list] = {table: [] for table in COLUMNS}
        for number in range(start, min(people, start + BATCH)):
            rows = maker.person(number, verifiers)
            user = rows["User"][0]
            user_ids.append(user[0])
            if user[-1] != "member":
                verifiers.append(user[0])
            for table, table_rows in rows.items():
                batch[table].extend(table_rows)
        for table, columns in COLUMNS.items():
            copy_rows(connection, table, columns, batch[table])
        connection.commit()
        print(f"  {min(people, start + BATCH):,} people", end="\r", flush=True)
    print()
    return user_ids


def make_sessions(
    connection: psycopg.Connection, app: Any, user_ids: list[str], count: int, seed: int
) -> list[dict[str, str]]:
    """count signed-in sessions spread over the people, and their Flask session cookies."""
    from smatrx.auth.sessions import token_digest
    from smatrx.models.base import utcnow

    rng = random.Random(seed)
    step = max(1, len(user_ids) // max(1, count))
    chosen = user_ids[::step][:count]
    now = utcnow()
    lifetime = timedelta(days=app.config["SESSION_LIFETIME_DAYS"])
    serializer = app.session_interface.get_signing_serializer(app)
    rows, cookies = [], []
    for user_id in chosen:
        token = secrets.token_urlsafe(32)
        rows.append((new_id(rng), token_digest(token), user_id, now + lifetime, now, now, "wrk"))
        # What start_session + flask-login put in the Flask session, and the CSRF token
        # Flask-WTF adds on the first page (a browser sends it back from then on).
        data = {
            "_permanent": True,
            "_user_id": token,
            "_fresh": True,
            "csrf_token": secrets.token_hex(20),
        }
        cookies.append({"user_id": user_id, "cookie": serializer.dumps(data)})
    columns = ("id", "sessionToken", "userId", "expires", "createdAt", "lastSeenAt", "userAgent")
    copy_rows(connection, "Session", columns, rows)
    connection.commit()
    return cookies


def rebuild_aggregates(env: dict[str, str]) -> str:
    """The app's kept aggregates, rebuilt if it keeps any: the CLI command when it exists,
    else smatrx.stats.refresh.rebuild_all(session)."""
    flask = [sys.executable, "-m", "flask", "--app", "smatrx.wsgi", "smatrx"]
    run_env = {**os.environ, **env}
    listing = subprocess.run(
        [*flask, "--help"], env=run_env, capture_output=True, text=True, cwd=ROOT
    )
    if "refresh-stats" in listing.stdout:
        subprocess.run([*flask, "refresh-stats"], env=run_env, check=True, cwd=ROOT)
        return "flask smatrx refresh-stats"
    try:
        from smatrx.stats.refresh import rebuild_all  # type: ignore[import-not-found]
    except ImportError:
        return "none (the app keeps no aggregates yet)"
    from smatrx import create_app
    from smatrx.extensions import db

    with create_app(env=env).app_context():
        rebuild_all(db.session)
        db.session.commit()
    return "smatrx.stats.refresh.rebuild_all"


def drop(server: str, out: Path) -> None:
    name = json.loads(out.read_text())["database"]
    with psycopg.connect(with_database(server, "postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    out.unlink()
    print(f"dropped database {name}")


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="name of the database to create")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--skills-per-person", type=int, default=40)
    parser.add_argument("--catalog", type=int, default=50_000, help="skills in the catalog")
    parser.add_argument("--sessions", type=int, default=300, help="signed-in sessions")
    parser.add_argument("--small", action="store_true", help="500 people, 2,000 skills")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--out", type=Path, default=OUT / "dataset.json", help="cookies file")
    parser.add_argument("--drop", action="store_true", help="drop the --out file's database")
    args = parser.parse_args(argv)
    if args.small:
        args.people, args.catalog, args.sessions = 500, 2_000, 50
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse(argv)
    server = os.environ.get("DATABASE_URL", "")
    if not server:
        sys.exit("Set DATABASE_URL to a server where this may create a database.")
    if args.drop:
        drop(server, args.out)
        return
    # Redis database 7 of the server named, unless BENCH_REDIS_URL says otherwise.
    redis_url = os.environ.get("BENCH_REDIS_URL") or urlunsplit(
        urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379")._replace(path="/7")
    )
    name = args.database or f"bench_scale_{secrets.token_hex(3)}"
    database_url = with_database(server, name)
    secret_key = os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(48)
    env = app_env(database_url, redis_url, secret_key)
    timings: list[tuple[str, float]] = []
    print(
        f"database {name}: {args.people:,} people x {args.skills_per_person} skills, "
        f"catalog {args.catalog:,}"
    )
    with psycopg.connect(with_database(server, "postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    with phase("migrate + real catalog", timings):
        app = migrate_and_seed(env)
    with psycopg.connect(database_url) as connection:
        # A bulk load, not people's changes: the audit trigger stands aside (0013_audit).
        connection.execute("SET smatrx.audit = 'off'")
        with phase("synthetic catalog", timings):
            grow_catalog(connection, args.catalog, args.seed)
        with phase("people", timings):
            world = build_world(connection, app, args.skills_per_person, args.seed)
            user_ids = load_people(connection, world, args.people, args.seed)
        with phase("sessions", timings):
            cookies = make_sessions(connection, app, user_ids, args.sessions, args.seed)
    with phase("kept aggregates", timings):
        print(f"  rebuilt with: {rebuild_aggregates(env)}")
    # VACUUM too: COPY leaves the visibility map unset, and a database that has lived a
    # while has had autovacuum; index-only scans depend on it.
    with (
        phase("VACUUM ANALYZE", timings),
        psycopg.connect(database_url, autocommit=True) as connection,
    ):
        connection.execute("VACUUM (ANALYZE)")
    with psycopg.connect(database_url) as connection:
        counts = {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in ("Skill", "Session", *COLUMNS)
            if not table.startswith("_")
        }
        python = connection.execute(
            'SELECT count(*) FROM "UserSkill" JOIN "Skill" ON "Skill".id = "skillId" '
            "WHERE slug = 'python'"
        ).fetchone()[0]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "database": name,
                "database_url": database_url,
                "redis_url": redis_url,
                "secret_key": secret_key,
                "cookie_name": app.config["SESSION_COOKIE_NAME"],
                "popular_skill": "python",
                "people": args.people,
                "skills_per_person": args.skills_per_person,
                "catalog": counts["Skill"],
                "counts": counts,
                "sessions": cookies,
            },
            indent=1,
        )
    )
    print("\n| table | rows |\n|---|---|")
    for table, count in counts.items():
        print(f"| {table} | {count:,} |")
    print(f"\nPython holders: {python:,}")
    print("\n| phase | seconds |\n|---|---|")
    for name_, seconds in timings:
        print(f"| {name_} | {seconds:.1f} |")
    print(f"| total | {sum(seconds for _, seconds in timings):.1f} |")
    print(f"\ndatabase {name}; cookies and settings for throughput.py in {args.out}")


if __name__ == "__main__":
    main()
