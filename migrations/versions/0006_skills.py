"""Skills.

Additive: "Skill"."isPublished" (proposals wait for an admin), "proposedById", "retiredAt";
"VerificationRequest" and "Notification" tables; search indexes (pg_trgm GIN on lower(name)
and on the aliases, through an IMMUTABLE wrapper) and case-insensitive unique names.

Revision ID: 0006_skills
Revises: 0005_onboarding_steps
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006_skills"
down_revision = "0005_onboarding_steps"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "Notification",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("readAt", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="Notification_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="Notification_pkey"),
    )
    with op.batch_alter_table("Notification", schema=None) as batch_op:
        batch_op.create_index("Notification_userId_readAt_idx", ["userId", "readAt"], unique=False)

    op.create_table(
        "VerificationRequest",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userSkillId", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("evidence", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("status", sa.Text(), server_default=sa.text("'pending'"), nullable=False),
        sa.Column("reviewerId", sa.Text(), nullable=True),
        sa.Column("reviewedAt", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "\"level\" IN ('beginner', 'intermediate', 'advanced', 'expert')",
            name="VerificationRequest_level_check",
        ),
        sa.CheckConstraint(
            "\"status\" IN ('pending', 'approved', 'declined')",
            name="VerificationRequest_status_check",
        ),
        sa.ForeignKeyConstraint(
            ["reviewerId"],
            ["User.id"],
            name="VerificationRequest_reviewerId_fkey",
            onupdate="CASCADE",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="VerificationRequest_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["userSkillId"],
            ["UserSkill.id"],
            name="VerificationRequest_userSkillId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="VerificationRequest_pkey"),
    )
    with op.batch_alter_table("VerificationRequest", schema=None) as batch_op:
        batch_op.create_index("VerificationRequest_status_idx", ["status"], unique=False)
        batch_op.create_index("VerificationRequest_userId_idx", ["userId"], unique=False)
        batch_op.create_index("VerificationRequest_userSkillId_idx", ["userSkillId"], unique=False)

    with op.batch_alter_table("Skill", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("isPublished", sa.Boolean(), server_default=sa.text("true"), nullable=False)
        )
        batch_op.add_column(sa.Column("proposedById", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("retiredAt", postgresql.TIMESTAMP(precision=3), nullable=True)
        )
        batch_op.create_index("Skill_proposedById_idx", ["proposedById"], unique=False)
        batch_op.create_foreign_key(
            "Skill_proposedById_fkey",
            "User",
            ["proposedById"],
            ["id"],
            onupdate="CASCADE",
            ondelete="SET NULL",
        )

    # Search: trigram indexes on names and aliases (typo-tolerant, case-insensitive), and
    # names unique whatever their case. Expression indexes: hand-written, and left out of
    # autogenerate (migrations/env.py HAND_WRITTEN_INDEXES).
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    # array_to_string is only STABLE; an index expression must be IMMUTABLE.
    op.execute(
        """
        CREATE OR REPLACE FUNCTION smatrx_aliases_text(text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT lower(array_to_string($1, ' ')) $$
        """
    )
    op.execute('CREATE UNIQUE INDEX "Skill_name_lower_key" ON "Skill" (lower(name))')
    op.execute('CREATE INDEX idx_skill_name_trgm ON "Skill" USING gin (lower(name) gin_trgm_ops)')
    op.execute(
        'CREATE INDEX idx_skill_aliases_trgm ON "Skill" '
        "USING gin (smatrx_aliases_text(aliases) gin_trgm_ops)"
    )
    op.execute(
        'CREATE UNIQUE INDEX "SkillCategory_name_lower_key" ON "SkillCategory" (lower(name))'
    )


def downgrade():
    op.execute('DROP INDEX IF EXISTS "SkillCategory_name_lower_key"')
    op.execute("DROP INDEX IF EXISTS idx_skill_aliases_trgm")
    op.execute("DROP INDEX IF EXISTS idx_skill_name_trgm")
    op.execute('DROP INDEX IF EXISTS "Skill_name_lower_key"')
    op.execute("DROP FUNCTION IF EXISTS smatrx_aliases_text(text[])")
    with op.batch_alter_table("Skill", schema=None) as batch_op:
        batch_op.drop_constraint("Skill_proposedById_fkey", type_="foreignkey")
        batch_op.drop_index("Skill_proposedById_idx")
        batch_op.drop_column("retiredAt")
        batch_op.drop_column("proposedById")
        batch_op.drop_column("isPublished")

    with op.batch_alter_table("VerificationRequest", schema=None) as batch_op:
        batch_op.drop_index("VerificationRequest_userSkillId_idx")
        batch_op.drop_index("VerificationRequest_userId_idx")
        batch_op.drop_index("VerificationRequest_status_idx")

    op.drop_table("VerificationRequest")
    with op.batch_alter_table("Notification", schema=None) as batch_op:
        batch_op.drop_index("Notification_userId_readAt_idx")

    op.drop_table("Notification")
