"""Placeholder for the export/erase helper's migration (issue 19), so that 0015_consent has
its parent on this branch. The lead keeps the export helper's file of the same name when
merging; this one changes nothing.

Revision ID: 0014_privacy_exports
Revises: 0013_audit
Create Date: 2026-12-05
"""

revision = "0014_privacy_exports"
down_revision = "0013_audit"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
