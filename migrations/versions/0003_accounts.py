"""Accounts.

Additive: "User"."deactivatedAt"; "Session"."createdAt", "lastSeenAt", "userAgent" (the
account page lists sessions); "AccountToken" for single-use verification, reset and
invitation links.

Revision ID: 0003_accounts
Revises: 0002_smatrx_additions
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003_accounts"
down_revision = "0002_smatrx_additions"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "AccountToken",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("tokenHash", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("createdById", sa.Text(), nullable=True),
        sa.Column("expiresAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.Column("usedAt", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "\"purpose\" IN ('verify-email', 'reset-password', 'invite')",
            name="AccountToken_purpose_check",
        ),
        sa.ForeignKeyConstraint(
            ["createdById"],
            ["User.id"],
            name="AccountToken_createdById_fkey",
            onupdate="CASCADE",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="AccountToken_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="AccountToken_pkey"),
    )
    with op.batch_alter_table("AccountToken", schema=None) as batch_op:
        batch_op.create_index("AccountToken_tokenHash_key", ["tokenHash"], unique=True)
        batch_op.create_index("AccountToken_userId_idx", ["userId"], unique=False)

    with op.batch_alter_table("Session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "createdAt",
                postgresql.TIMESTAMP(precision=3),
                server_default=sa.text("CURRENT_TIMESTAMP"),
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column(
                "lastSeenAt",
                postgresql.TIMESTAMP(precision=3),
                server_default=sa.text("CURRENT_TIMESTAMP"),
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("userAgent", sa.Text(), nullable=True))

    with op.batch_alter_table("User", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("deactivatedAt", postgresql.TIMESTAMP(precision=3), nullable=True)
        )


def downgrade():
    with op.batch_alter_table("User", schema=None) as batch_op:
        batch_op.drop_column("deactivatedAt")

    with op.batch_alter_table("Session", schema=None) as batch_op:
        batch_op.drop_column("userAgent")
        batch_op.drop_column("lastSeenAt")
        batch_op.drop_column("createdAt")

    with op.batch_alter_table("AccountToken", schema=None) as batch_op:
        batch_op.drop_index("AccountToken_userId_idx")
        batch_op.drop_index("AccountToken_tokenHash_key")

    op.drop_table("AccountToken")
