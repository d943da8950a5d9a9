"""The catalog's default order: most held, then estimated demand, then name.

- smatrx_demand_rank(text): 0 high, 1 medium, 2 low, 3 unknown — IMMUTABLE, so an index
  can be built on it (a CASE in the query would bind its values as parameters, which an
  index expression does not match).
- "SkillStat_holders_idx": the skills people hold are listed by walking it, most held
  first (an incremental sort by demand and name within equal counts), never by joining
  every kept row to the catalog.
- idx_skill_demand_name on "Skill" (smatrx_demand_rank("marketDemand"), name): the skills
  nobody holds yet are listed by walking it (smatrx/skills/search.py popular), never by
  sorting the whole catalog. An expression index, so hand-written and left out of
  autogenerate (HAND_WRITTEN_INDEXES).

Revision ID: 0016_catalog_order
Revises: 0015_consent
Create Date: 2026-12-06
"""

from alembic import op

revision = "0016_catalog_order"
down_revision = "0015_consent"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE OR REPLACE FUNCTION smatrx_demand_rank(text) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE $1 WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2
                     ELSE 3 END $$
        """
    )
    # The app serves while this runs: the indexes build without blocking writes.
    with op.get_context().autocommit_block():
        op.create_index(
            "SkillStat_holders_idx",
            "SkillStat",
            ["holders"],
            postgresql_concurrently=True,
            if_not_exists=True,
        )
        op.execute(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_skill_demand_name "
            'ON "Skill" (smatrx_demand_rank("marketDemand"), name)'
        )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS idx_skill_demand_name")
    op.execute("DROP FUNCTION IF EXISTS smatrx_demand_rank(text)")
    op.drop_index("SkillStat_holders_idx", table_name="SkillStat")
