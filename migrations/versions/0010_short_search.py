"""Short searches: a prefix index on lower(name).

Trigram indexes serve searches of three characters or more; one or two typed characters
match by name prefix (see smatrx/skills/search.py matches), which this index serves in any
collation (text_pattern_ops), so a short search does not scan the catalog.

Revision ID: 0010_short_search
Revises: 0009_kept_aggregates
"""

from alembic import op

revision = "0010_short_search"
down_revision = "0009_kept_aggregates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute('CREATE INDEX idx_skill_name_prefix ON "Skill" (lower(name) text_pattern_ops)')


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS idx_skill_name_prefix")
