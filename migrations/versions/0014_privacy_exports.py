"""Privacy exports: the "DataExport" table (additive), one row per "download my data"
request: status, progress, the ZIP's file name in the instance folder, when it expires.
Audited like every other table (its trigger below).

Revision ID: 0014_privacy_exports
Revises: 0013_audit
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0014_privacy_exports"
down_revision = "0013_audit"
branch_labels = None
depends_on = None

TIMESTAMP = postgresql.TIMESTAMP(precision=3)


def upgrade():
    op.create_table(
        "DataExport",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), server_default=sa.text("'pending'"), nullable=False),
        sa.Column("progress", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("byteSize", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column(
            "createdAt", TIMESTAMP, server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("completedAt", TIMESTAMP, nullable=True),
        sa.Column("expiresAt", TIMESTAMP, nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'processing', 'completed', 'failed', 'expired')",
            name="DataExport_status_check",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="DataExport_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("DataExport", schema=None) as batch_op:
        batch_op.create_index(
            "DataExport_userId_createdAt_idx", ["userId", "createdAt"], unique=False
        )
        batch_op.create_index(
            "DataExport_status_expiresAt_idx", ["status", "expiresAt"], unique=False
        )
    op.execute(
        'CREATE TRIGGER smatrx_audit AFTER INSERT OR UPDATE OR DELETE ON "DataExport" '
        "FOR EACH ROW EXECUTE FUNCTION smatrx_audit()"
    )


def downgrade():
    op.execute('DROP TRIGGER IF EXISTS smatrx_audit ON "DataExport"')
    op.drop_table("DataExport")
