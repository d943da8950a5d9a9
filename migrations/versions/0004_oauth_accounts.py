"""OAuth accounts.

Additive: "Account"."profile" (what the provider said about the person, nothing secret)
and "Account"."createdAt" (when it was linked). The token columns stay text: their values
are now Fernet-encrypted by the application.

Revision ID: 0004_oauth_accounts
Revises: 0003_accounts
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_oauth_accounts"
down_revision = "0003_accounts"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("Account", sa.Column("profile", postgresql.JSONB(), nullable=True))
    op.add_column(
        "Account",
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
    )


def downgrade():
    op.drop_column("Account", "createdAt")
    op.drop_column("Account", "profile")
