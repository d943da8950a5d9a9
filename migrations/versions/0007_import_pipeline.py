"""Import pipeline.

Additive: "SkillImport"."attempts" and "heartbeatAt" (the reaper's evidence of a live job),
"UserSkill"."editedAt" (hand edits imports must not overwrite), and a partial unique index:
at most one pending or processing import per person and source.

Revision ID: 0007_import_pipeline
Revises: 0006_skills
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007_import_pipeline"
down_revision = "0006_skills"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        "SkillImport",
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column("SkillImport", sa.Column("heartbeatAt", postgresql.TIMESTAMP(precision=3)))
    op.add_column("UserSkill", sa.Column("editedAt", postgresql.TIMESTAMP(precision=3)))
    op.execute(
        'CREATE UNIQUE INDEX "SkillImport_one_running_key" ON "SkillImport" ("userId", source) '
        "WHERE status IN ('pending', 'processing')"
    )


def downgrade():
    op.execute('DROP INDEX IF EXISTS "SkillImport_one_running_key"')
    op.drop_column("UserSkill", "editedAt")
    op.drop_column("SkillImport", "heartbeatAt")
    op.drop_column("SkillImport", "attempts")
