"""Consent, and people left out of the aggregates.

Additive:
- "Consent" (userId, purpose, version, grantedAt, withdrawnAt): one row per grant; a
  withdrawal stamps withdrawnAt on the live row, a new grant adds a row (the history
  stays). CHECK on purpose; indexed for the per-request gate (userId, purpose, version) and
  audited like every table.
- "User"."excludedFromAggregates" (default false): kept in step with the person's
  "aggregates" consent (smatrx/consent/records.py). The "SkillStat" triggers of 0009 leave
  such people out; flipping it adds or removes the person's holdings from "SkillStat" in
  the same transaction; the job-kept aggregates (pairs, readiness) read it when rebuilt.
- A BEFORE DELETE trigger on "User" for excluded people: their holdings go first, while
  the row still says they were never counted (a cascade runs after the row is gone and
  would otherwise subtract holdings that were never added).

Revision ID: 0015_consent
Revises: 0014_privacy_exports
Create Date: 2026-12-05
"""

# The SQL below is assembled from this file's own constants, never from input.
# ruff: noqa: S608

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0015_consent"
down_revision = "0014_privacy_exports"
branch_labels = None
depends_on = None

PURPOSES = ("terms", "privacy", "aggregates", "teams", "narrative")
LEVELS = ("beginner", "intermediate", "advanced", "expert")
NOW_UTC = "(now() AT TIME ZONE 'UTC')"
PIVOT = ", ".join(
    f"coalesce(sum(d.n) FILTER (WHERE d.level = '{level}'), 0)::int" for level in LEVELS
)
ADDED = ", ".join(f'"{c}" = kept."{c}" + EXCLUDED."{c}"' for c in ("holders", *LEVELS))
# Holdings of people left out of the aggregates count for nothing. NOT EXISTS (rather than
# "the owner is included") keeps a cascade's deletes counted: the "User" row is already gone.
COUNTED = (
    'NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = c."userId" AND u."excludedFromAggregates")'
)


def _apply(changes: str, counted: bool) -> str:
    """The 0009 upsert of (skillId, level, n, userId) changes into "SkillStat"."""
    where = f"WHERE {COUNTED}" if counted else ""
    return f"""
  INSERT INTO "SkillStat" AS kept ("skillId", holders, {", ".join(LEVELS)}, "updatedAt")
  SELECT d."skillId", sum(d.n)::int, {PIVOT}, {NOW_UTC}
  FROM (
    SELECT c."skillId", c.level, sum(c.n) AS n
    FROM ({changes}) AS c ("skillId", level, n, "userId")
    {where}
    GROUP BY c."skillId", c.level
    HAVING sum(c.n) <> 0
  ) AS d
  WHERE EXISTS (SELECT 1 FROM "Skill" s WHERE s.id = d."skillId")
  GROUP BY d."skillId"
  ORDER BY d."skillId"
  ON CONFLICT ("skillId") DO UPDATE
  SET {ADDED}, "updatedAt" = EXCLUDED."updatedAt";"""


def _holding(rows: str, sign: int) -> str:
    return f'SELECT "skillId", level, {sign}, "userId" FROM {rows}'


# The three statement-level functions of 0009 (same names: their triggers stay).
STAT_FUNCTIONS = (
    ("smatrx_skill_stat_insert", _holding("new_rows", 1)),
    ("smatrx_skill_stat_delete", _holding("old_rows", -1)),
    (
        "smatrx_skill_stat_update",
        f"{_holding('old_rows', -1)} UNION ALL {_holding('new_rows', 1)}",
    ),
)


def _stat_function(name: str, changes: str, counted: bool) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN"
        f"{_apply(changes, counted)}\n  RETURN NULL;\nEND $$"
    )


# Flipping the flag moves the person's holdings in or out of "SkillStat" at once.
_OWN_HOLDINGS = (
    'SELECT "skillId", level, CASE WHEN NEW."excludedFromAggregates" THEN -1 ELSE 1 END, '
    '"userId" FROM "UserSkill" WHERE "userId" = NEW.id'
)
FLAG_FUNCTION = (
    "CREATE FUNCTION smatrx_aggregates_flag() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN"
    f"{_apply(_OWN_HOLDINGS, counted=False)}\n  RETURN NULL;\nEND $$"
)

FORGET_FUNCTION = """
CREATE FUNCTION smatrx_aggregates_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "UserSkill" WHERE "userId" = OLD.id;
  RETURN OLD;
END $$"""


def upgrade():
    op.create_table(
        "Consent",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column(
            "grantedAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("withdrawnAt", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.CheckConstraint(
            "\"purpose\" IN ('terms', 'privacy', 'aggregates', 'teams', 'narrative')",
            name="Consent_purpose_check",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="Consent_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "Consent_userId_purpose_version_idx", "Consent", ["userId", "purpose", "version"]
    )
    op.create_index(
        "Consent_userId_purpose_grantedAt_idx", "Consent", ["userId", "purpose", "grantedAt"]
    )
    op.execute(
        'CREATE TRIGGER smatrx_audit AFTER INSERT OR UPDATE OR DELETE ON "Consent" '
        "FOR EACH ROW EXECUTE FUNCTION smatrx_audit()"
    )
    # A constant default: a catalog change, no rewrite of "User".
    op.add_column(
        "User",
        sa.Column(
            "excludedFromAggregates",
            sa.Boolean(),
            server_default=sa.text("false"),
            nullable=False,
        ),
    )
    for name, changes in STAT_FUNCTIONS:
        op.execute(_stat_function(name, changes, counted=True))
    op.execute(FLAG_FUNCTION)
    op.execute(
        'CREATE TRIGGER smatrx_aggregates_flag AFTER UPDATE OF "excludedFromAggregates" '
        'ON "User" FOR EACH ROW WHEN (OLD."excludedFromAggregates" IS DISTINCT FROM '
        'NEW."excludedFromAggregates") EXECUTE FUNCTION smatrx_aggregates_flag()'
    )
    op.execute(FORGET_FUNCTION)
    op.execute(
        'CREATE TRIGGER smatrx_aggregates_forget BEFORE DELETE ON "User" FOR EACH ROW '
        'WHEN (OLD."excludedFromAggregates") EXECUTE FUNCTION smatrx_aggregates_forget()'
    )


def downgrade():
    # Excluded people's holdings were left out: count them again before the flag goes.
    op.execute('UPDATE "User" SET "excludedFromAggregates" = false WHERE "excludedFromAggregates"')
    op.execute('DROP TRIGGER IF EXISTS smatrx_aggregates_forget ON "User"')
    op.execute("DROP FUNCTION IF EXISTS smatrx_aggregates_forget()")
    op.execute('DROP TRIGGER IF EXISTS smatrx_aggregates_flag ON "User"')
    op.execute("DROP FUNCTION IF EXISTS smatrx_aggregates_flag()")
    for name, changes in STAT_FUNCTIONS:
        op.execute(_stat_function(name, changes, counted=False))
    op.drop_column("User", "excludedFromAggregates")
    op.execute('DROP TRIGGER IF EXISTS smatrx_audit ON "Consent"')
    op.drop_index("Consent_userId_purpose_grantedAt_idx", table_name="Consent")
    op.drop_index("Consent_userId_purpose_version_idx", table_name="Consent")
    op.drop_table("Consent")
