"""Onboarding steps.

Additive: "Profile"."onboardingSteps" jsonb NOT NULL DEFAULT '{}' — which onboarding steps
are done or skipped.

Revision ID: 0005_onboarding_steps
Revises: 0004_oauth_accounts
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005_onboarding_steps"
down_revision = "0004_oauth_accounts"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        "Profile",
        sa.Column(
            "onboardingSteps",
            postgresql.JSONB(),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
    )


def downgrade():
    op.drop_column("Profile", "onboardingSteps")
