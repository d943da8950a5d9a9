"""Kept aggregates: per-skill holders and levels, co-holding pairs, tag popularity and
per-category counts, and the triggers that keep the exact ones.

Additive tables: "SkillStat", "SkillPairStat", "TagStat", "CategoryStat", "StatRefresh".
"SkillStat" is kept by statement-level triggers on "UserSkill" (INSERT, DELETE, UPDATE; a
TRUNCATE empties it), "TagStat" and "CategoryStat" by triggers on "Skill": each statement
applies the difference between its transition tables (OLD TABLE / NEW TABLE), one upsert
per touched skill, tag or category, in key order (so two writers lock rows in the same
order). The upgrade fills them from the data in place; "SkillPairStat" is left to the
periodic job (`smatrx refresh-stats` fills everything at once).

Revision ID: 0009_kept_aggregates
Revises: 0008_goals_achievements
Create Date: 2026-12-04
"""

# The SQL below is assembled from this file's own constants (table, column and level names),
# never from input: S608 does not apply.
# ruff: noqa: S608

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0009_kept_aggregates"
down_revision = "0008_goals_achievements"
branch_labels = None
depends_on = None

LEVELS = ("beginner", "intermediate", "advanced", "expert")
DEMANDS = ("high", "medium", "low")
NOW_UTC = "(now() AT TIME ZONE 'UTC')"


def _count(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), server_default=sa.text("0"), nullable=False)


def _kept_at(name: str = "updatedAt") -> sa.Column:
    return sa.Column(
        name,
        postgresql.TIMESTAMP(precision=3),
        server_default=sa.text("CURRENT_TIMESTAMP"),
        nullable=False,
    )


def _pivot(column: str, values: tuple[str, ...]) -> str:
    return ", ".join(
        f"coalesce(sum(d.n) FILTER (WHERE d.{column} = '{value}'), 0)::int" for value in values
    )


def _added(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}" = kept."{c}" + EXCLUDED."{c}"' for c in columns)


def _skill_stat_function(name: str, changes: str) -> str:
    """Apply (skillId, level, n) changes to "SkillStat"; skills deleted in the same
    statement (a cascade) are skipped, their row goes with them."""
    return f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SkillStat" AS kept
         ("skillId", holders, {", ".join(LEVELS)}, "updatedAt")
  SELECT d."skillId", sum(d.n)::int, {_pivot("level", LEVELS)}, {NOW_UTC}
  FROM (
    SELECT c."skillId", c.level, sum(c.n) AS n
    FROM ({changes}) AS c ("skillId", level, n)
    GROUP BY c."skillId", c.level
    HAVING sum(c.n) <> 0
  ) AS d
  WHERE EXISTS (SELECT 1 FROM "Skill" s WHERE s.id = d."skillId")
  GROUP BY d."skillId"
  ORDER BY d."skillId"
  ON CONFLICT ("skillId") DO UPDATE
  SET {_added(("holders", *LEVELS))}, "updatedAt" = EXCLUDED."updatedAt";
  RETURN NULL;
END $$"""


def _catalog_stat_function(name: str, changes: str) -> str:
    """Apply (skill row, n) changes of offered skills to "TagStat" and "CategoryStat"."""
    offered = f"""
    SELECT c.id, c."categoryId", c."marketDemand", c.tags, c.n
    FROM ({changes}) AS c (id, "categoryId", "marketDemand", tags, n, offered)
    WHERE c.offered"""
    return f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TagStat" AS kept (tag, skills)
  SELECT d.tag, sum(d.n)::int
  FROM (SELECT DISTINCT o.id, o.n, t.tag FROM ({offered}) AS o, unnest(o.tags) AS t (tag)) AS d
  GROUP BY d.tag
  HAVING sum(d.n) <> 0
  ORDER BY d.tag
  ON CONFLICT (tag) DO UPDATE SET skills = kept.skills + EXCLUDED.skills;
  DELETE FROM "TagStat" WHERE skills <= 0;

  INSERT INTO "CategoryStat" AS kept
         ("categoryId", skills, {", ".join(DEMANDS)}, "updatedAt")
  SELECT d."categoryId", sum(d.n)::int, {_pivot("demand", DEMANDS)}, {NOW_UTC}
  FROM (
    SELECT o."categoryId", o."marketDemand" AS demand, sum(o.n) AS n
    FROM ({offered}) AS o
    GROUP BY o."categoryId", o."marketDemand"
    HAVING sum(o.n) <> 0
  ) AS d
  WHERE EXISTS (SELECT 1 FROM "SkillCategory" k WHERE k.id = d."categoryId")
  GROUP BY d."categoryId"
  ORDER BY d."categoryId"
  ON CONFLICT ("categoryId") DO UPDATE
  SET {_added(("skills", *DEMANDS))}, "updatedAt" = EXCLUDED."updatedAt";
  RETURN NULL;
END $$"""


def _holding(rows: str, sign: int) -> str:
    return f'SELECT "skillId", level, {sign} FROM {rows}'


def _skill(rows: str, sign: int) -> str:
    return (
        f'SELECT id, "categoryId", "marketDemand", tags, {sign}, '
        f'"isPublished" AND "retiredAt" IS NULL FROM {rows}'
    )


# (function, table, event, referencing, changes): one trigger per event, because a trigger
# with transition tables may have only one.
TRIGGERS = (
    ("smatrx_skill_stat_insert", "UserSkill", "INSERT", "NEW TABLE AS new_rows",
     _holding("new_rows", 1)),
    ("smatrx_skill_stat_delete", "UserSkill", "DELETE", "OLD TABLE AS old_rows",
     _holding("old_rows", -1)),
    ("smatrx_skill_stat_update", "UserSkill", "UPDATE",
     "OLD TABLE AS old_rows NEW TABLE AS new_rows",
     f"{_holding('old_rows', -1)} UNION ALL {_holding('new_rows', 1)}"),
    ("smatrx_catalog_stat_insert", "Skill", "INSERT", "NEW TABLE AS new_rows",
     _skill("new_rows", 1)),
    ("smatrx_catalog_stat_delete", "Skill", "DELETE", "OLD TABLE AS old_rows",
     _skill("old_rows", -1)),
    ("smatrx_catalog_stat_update", "Skill", "UPDATE",
     "OLD TABLE AS old_rows NEW TABLE AS new_rows",
     f"{_skill('old_rows', -1)} UNION ALL {_skill('new_rows', 1)}"),
)  # fmt: skip

# A TRUNCATE fires no row triggers: what it empties, its kept counts forget.
TRUNCATE_TRIGGERS = (
    ("smatrx_skill_stat_truncate", "UserSkill", 'DELETE FROM "SkillStat";'),
    ("smatrx_catalog_stat_truncate", "Skill", 'DELETE FROM "TagStat"; DELETE FROM "CategoryStat";'),
)

FILL_FROM_DATA = (
    f"""
    INSERT INTO "SkillStat" ("skillId", holders, {", ".join(LEVELS)}, "updatedAt")
    SELECT d."skillId", sum(d.n)::int, {_pivot("level", LEVELS)}, {NOW_UTC}
    FROM (SELECT "skillId", level, count(*) AS n FROM "UserSkill" GROUP BY 1, 2) AS d
    GROUP BY d."skillId"
    """,
    """
    INSERT INTO "TagStat" (tag, skills)
    SELECT t.tag, count(DISTINCT s.id) FROM "Skill" s, unnest(s.tags) AS t (tag)
    WHERE s."isPublished" AND s."retiredAt" IS NULL
    GROUP BY t.tag
    """,
    f"""
    INSERT INTO "CategoryStat" ("categoryId", skills, {", ".join(DEMANDS)}, "updatedAt")
    SELECT d."categoryId", sum(d.n)::int, {_pivot("demand", DEMANDS)}, {NOW_UTC}
    FROM (SELECT "categoryId", "marketDemand" AS demand, count(*) AS n FROM "Skill"
          WHERE "isPublished" AND "retiredAt" IS NULL GROUP BY 1, 2) AS d
    GROUP BY d."categoryId"
    """,
)


def upgrade():
    op.create_table(
        "SkillStat",
        sa.Column("skillId", sa.Text(), nullable=False),
        _count("holders"),
        *(_count(level) for level in LEVELS),
        _kept_at(),
        sa.ForeignKeyConstraint(
            ["skillId"], ["Skill.id"], name="SkillStat_skillId_fkey", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("skillId", name="SkillStat_pkey"),
    )
    op.create_table(
        "SkillPairStat",
        sa.Column("skillId", sa.Text(), nullable=False),
        sa.Column("otherSkillId", sa.Text(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("skillId", "otherSkillId", name="SkillPairStat_pkey"),
    )
    op.create_index("SkillPairStat_skillId_people_idx", "SkillPairStat", ["skillId", "people"])
    op.create_table(
        "TagStat",
        sa.Column("tag", sa.Text(), nullable=False),
        _count("skills"),
        sa.PrimaryKeyConstraint("tag", name="TagStat_pkey"),
    )
    op.create_index("TagStat_skills_idx", "TagStat", ["skills"])
    op.create_table(
        "CategoryStat",
        sa.Column("categoryId", sa.Text(), nullable=False),
        _count("skills"),
        *(_count(demand) for demand in DEMANDS),
        _kept_at(),
        sa.ForeignKeyConstraint(
            ["categoryId"],
            ["SkillCategory.id"],
            name="CategoryStat_categoryId_fkey",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("categoryId", name="CategoryStat_pkey"),
    )
    op.create_table(
        "StatRefresh",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("refreshedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.Column("durationMs", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="StatRefresh_pkey"),
    )

    for statement in FILL_FROM_DATA:
        op.execute(statement)
    for function, table, event, referencing, changes in TRIGGERS:
        body = _skill_stat_function if table == "UserSkill" else _catalog_stat_function
        op.execute(body(function, changes))
        op.execute(
            f'CREATE TRIGGER {function} AFTER {event} ON "{table}" '
            f"REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )
    for function, table, statements in TRUNCATE_TRIGGERS:
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {statements} RETURN NULL; END $$"
        )
        op.execute(
            f'CREATE TRIGGER {function} AFTER TRUNCATE ON "{table}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )


def downgrade():
    for function, table, *_ in (*TRIGGERS, *TRUNCATE_TRIGGERS):
        op.execute(f'DROP TRIGGER IF EXISTS {function} ON "{table}"')
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.drop_table("StatRefresh")
    op.drop_table("CategoryStat")
    op.drop_index("TagStat_skills_idx", table_name="TagStat")
    op.drop_table("TagStat")
    op.drop_index("SkillPairStat_skillId_people_idx", table_name="SkillPairStat")
    op.drop_table("SkillPairStat")
    op.drop_table("SkillStat")
