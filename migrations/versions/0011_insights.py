"""Insights: role requirements, analyses against a role, peers' readiness kept.

Additive:
- "RoleSkill": the skills a role requires (importance core|important|bonus, minLevel,
  weight 1..5), unique per (roleId, skillId), indexed both ways; cascades with its role
  and skill.
- "CareerRole"."requirementsEditedAt": set when an admin edits a role's requirements, so
  `flask smatrx seed` leaves them alone.
- "SkillAnalysis"."roleId" (SET NULL) and an index on ("userId", "analysisType",
  "createdAt"): the latest analysis of a type and the readiness history by index.
- "RoleReadinessStat": per role and readiness, how many people have it (kept by a job).

Revision ID: 0011_insights
Revises: 0010_short_search
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0011_insights"
down_revision = "0010_short_search"
branch_labels = None
depends_on = None

TIMESTAMP = postgresql.TIMESTAMP(precision=3)


def upgrade():
    op.create_table(
        "RoleSkill",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("roleId", sa.Text(), nullable=False),
        sa.Column("skillId", sa.Text(), nullable=False),
        sa.Column("importance", sa.Text(), nullable=False),
        sa.Column("minLevel", sa.Text(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column(
            "createdAt", TIMESTAMP, server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updatedAt", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "\"importance\" IN ('core', 'important', 'bonus')", name="RoleSkill_importance_check"
        ),
        sa.CheckConstraint(
            "\"minLevel\" IN ('beginner', 'intermediate', 'advanced', 'expert')",
            name="RoleSkill_minLevel_check",
        ),
        sa.CheckConstraint('"weight" >= 1 AND "weight" <= 5', name="RoleSkill_weight_check"),
        sa.ForeignKeyConstraint(
            ["roleId"],
            ["CareerRole.id"],
            name="RoleSkill_roleId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skillId"],
            ["Skill.id"],
            name="RoleSkill_skillId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="RoleSkill_pkey"),
    )
    op.create_index("RoleSkill_roleId_skillId_key", "RoleSkill", ["roleId", "skillId"], unique=True)
    op.create_index("RoleSkill_skillId_idx", "RoleSkill", ["skillId"])
    op.add_column("CareerRole", sa.Column("requirementsEditedAt", TIMESTAMP, nullable=True))

    op.add_column("SkillAnalysis", sa.Column("roleId", sa.Text(), nullable=True))
    op.create_foreign_key(
        "SkillAnalysis_roleId_fkey",
        "SkillAnalysis",
        "CareerRole",
        ["roleId"],
        ["id"],
        onupdate="CASCADE",
        ondelete="SET NULL",
    )
    op.create_index(
        "SkillAnalysis_userId_analysisType_createdAt_idx",
        "SkillAnalysis",
        ["userId", "analysisType", "createdAt"],
    )

    op.create_table(
        "RoleReadinessStat",
        sa.Column("roleId", sa.Text(), nullable=False),
        sa.Column("readiness", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["roleId"],
            ["CareerRole.id"],
            name="RoleReadinessStat_roleId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("roleId", "readiness", name="RoleReadinessStat_pkey"),
    )


def downgrade():
    op.drop_table("RoleReadinessStat")
    op.drop_index("SkillAnalysis_userId_analysisType_createdAt_idx", table_name="SkillAnalysis")
    op.drop_constraint("SkillAnalysis_roleId_fkey", "SkillAnalysis", type_="foreignkey")
    op.drop_column("SkillAnalysis", "roleId")
    op.drop_column("CareerRole", "requirementsEditedAt")
    op.drop_index("RoleSkill_skillId_idx", table_name="RoleSkill")
    op.drop_index("RoleSkill_roleId_skillId_key", table_name="RoleSkill")
    op.drop_table("RoleSkill")
