"""Migrations newer than 0011 (and every future one) run while the app serves: none may hold
a big table locked for longer than a catalog change.

How: each new migration runs, one at a time, on a scratch database migrated to the one
before it; the SQL it sends is captured and read (tests/schema/migration_locks.py), and
every table's relfilenode is compared before and after, which is how PostgreSQL itself
says it rewrote a table. Watching pg_locks from a second connection would not do: every
ALTER TABLE takes ACCESS EXCLUSIVE, the cheap ones too, and on a scratch database's empty
tables even the expensive ones finish at once; what matters is which operation it is.
Reading the migration files' op calls would miss op.execute() SQL and whatever Alembic
decides to emit; the SQL is what the server runs. PostgreSQL also proves the other half:
CREATE INDEX CONCURRENTLY inside the migration's transaction fails the upgrade.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from alembic.script import ScriptDirectory
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import event

from smatrx import create_app
from smatrx.extensions import db
from tests.conftest import make_test_env
from tests.schema.migration_locks import LockProblem, migration_problems, statement_problems

# The last migration written before this rule; the ones after it are checked.
BASELINE = "0011_insights"

# Found, measured and accepted, each with the reason; an entry that no longer matches a
# problem fails the test, so this list cannot go stale.
REVIEWED: dict[tuple[str, str, str], str] = {
    ("0012_teams", "UserSkill", "check"): (
        "UserSkill_interest_check validates every row under ACCESS EXCLUSIVE: 230 ms for "
        "the 400,000 rows of the 10,000-person dataset on this machine, written before "
        "this rule; later migrations add such constraints NOT VALID, then VALIDATE"
    ),
}

_TABLE_FILES = """
    SELECT c.relname, c.relfilenode FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
"""


def _table_files(connection: Any) -> dict[str, int]:
    return dict(connection.exec_driver_sql(_TABLE_FILES).fetchall())


def _revisions_after(app: Flask, baseline: str) -> list[str]:
    scripts = ScriptDirectory(app.extensions["migrate"].directory)
    ordered = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    return ordered[ordered.index(baseline) + 1 :]


@pytest.fixture(scope="module")
def scratch_app(
    throwaway_database: Any, test_env: dict[str, str], tmp_path_factory
) -> Iterator[Flask]:
    env = make_test_env(
        throwaway_database("smatrx_locks"), test_env["REDIS_URL"], tmp_path_factory.mktemp("locks")
    )
    app = create_app(env=env)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_new_migrations_take_no_long_lock_on_a_big_table(scratch_app: Flask) -> None:
    found: list[tuple[str, LockProblem]] = []
    with scratch_app.app_context():
        upgrade(revision=BASELINE)
        engine = db.engine
        for revision in _revisions_after(scratch_app, BASELINE):
            with engine.connect() as connection:
                before = _table_files(connection)
            statements: list[str] = []

            def capture(conn, cursor, statement, parameters, context, executemany):
                statements.append(statement)

            event.listen(engine, "before_cursor_execute", capture)
            try:
                upgrade(revision=revision)
            finally:
                event.remove(engine, "before_cursor_execute", capture)
            with engine.connect() as connection:
                after = _table_files(connection)
            rewritten = [name for name, file in before.items() if after.get(name) != file]
            for problem in migration_problems(statements, before, rewritten):
                found.append((revision, problem))

    keys = {(revision, problem.table, problem.kind) for revision, problem in found}
    unreviewed = [
        f"{revision}: {problem}"
        for revision, problem in found
        if (revision, problem.table, problem.kind) not in REVIEWED
    ]
    assert not unreviewed, "migrations that would stall a big table:\n" + "\n".join(unreviewed)
    stale = sorted(set(REVIEWED) - keys)
    assert not stale, f"reviewed exceptions that no longer happen (remove them): {stale}"


# --- the rules themselves -------------------------------------------------------------------

BEFORE = {"User", "UserSkill", "SkillCategory"}


@pytest.mark.parametrize(
    ("statement", "kinds"),
    [
        ('CREATE INDEX "User_x_idx" ON "User" (email)', ["index"]),
        ('CREATE UNIQUE INDEX "u" ON public."UserSkill" ("userId", x)', ["index"]),
        ('CREATE INDEX CONCURRENTLY "User_x_idx" ON "User" (email)', []),
        ('CREATE INDEX "Team_slug_key" ON "Team" (slug)', []),  # a new table
        ('CREATE INDEX "c" ON "SkillCategory" (name)', []),  # a small table
        ('ALTER TABLE "User" ADD COLUMN "flag" BOOLEAN DEFAULT false NOT NULL', []),
        ('ALTER TABLE "User" ADD COLUMN "seen" TIMESTAMP(3) DEFAULT now()', []),
        ('ALTER TABLE "User" ALTER COLUMN name TYPE VARCHAR(200)', ["type"]),
        ('ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE TEXT', ["type"]),
        ('ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL', ["not-null"]),
        ('ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL', []),
        ('ALTER TABLE "UserSkill" ADD CONSTRAINT "c" CHECK (x IN (\'a\'))', ["check"]),
        ('ALTER TABLE "UserSkill" ADD CONSTRAINT "c" CHECK (x IN (\'a\')) NOT VALID', []),
        ('ALTER TABLE "UserSkill" VALIDATE CONSTRAINT "c"', []),
        (
            'ALTER TABLE "UserSkill" ADD CONSTRAINT "f" FOREIGN KEY("t") REFERENCES "Team" (id)',
            ["foreign-key"],
        ),
        ('ALTER TABLE "User" ADD CONSTRAINT "u" UNIQUE (email)', ["unique"]),
        ('ALTER TABLE "User" ADD CONSTRAINT "u" UNIQUE USING INDEX "u_idx"', []),
        ('ALTER TABLE "Team" ADD CONSTRAINT "c" CHECK (x > 0)', []),
        ("SELECT 1", []),
    ],
)
def test_statement_rules(statement: str, kinds: list[str]) -> None:
    assert [problem.kind for problem in statement_problems(statement, BEFORE)] == kinds


def test_a_rewritten_big_table_is_a_problem_a_new_or_small_one_is_not() -> None:
    problems = migration_problems([], BEFORE, ["User", "SkillCategory", "Team"])
    assert [(problem.table, problem.kind) for problem in problems] == [("User", "rewrite")]


@pytest.mark.parametrize(
    ("change", "rewrites"),
    [
        ("ADD COLUMN flag boolean NOT NULL DEFAULT false", False),
        ("ADD COLUMN seen timestamp(3) DEFAULT now()", False),  # now() is STABLE
        ("ADD COLUMN token text DEFAULT gen_random_uuid()::text", True),
        ("ADD COLUMN luck double precision DEFAULT random()", True),
        ("ADD COLUMN stamp timestamptz DEFAULT clock_timestamp()", True),
        ("ALTER COLUMN score TYPE bigint", True),
        ("ALTER COLUMN name TYPE varchar(300)", False),  # a wider varchar: catalog only
    ],
)
def test_relfilenode_tells_a_rewrite_from_a_catalog_change(
    throwaway_database: Any, change: str, rewrites: bool
) -> None:
    """The premise of the rewrite check, on this server's PostgreSQL: a table's file
    changes exactly when a change rewrites it."""
    url = throwaway_database("smatrx_rewrite")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(
            'CREATE TABLE "User" (id text PRIMARY KEY, name varchar(200), score int)'
        )
        connection.execute(
            "INSERT INTO \"User\" SELECT g::text, 'n', g FROM generate_series(1, 100) g"
        )
        query = "SELECT relfilenode FROM pg_class WHERE relname = 'User'"
        before = connection.execute(query).fetchone()
        connection.execute(f'ALTER TABLE "User" {change}')
        after = connection.execute(query).fetchone()
    assert (before != after) is rewrites
