"""Sessions remember the address they were last used from ("Session"."lastIp", nullable,
additive), written with lastSeenAt (at most every few minutes), so the account page can
tell sessions apart by where they are used now, not only where they began.

Revision ID: 0017_session_last_ip
Revises: 0016_catalog_order
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_session_last_ip"
down_revision = "0016_catalog_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column without a default: a catalogue-only change, no table rewrite.
    op.add_column("Session", sa.Column("lastIp", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("Session", "lastIp")
