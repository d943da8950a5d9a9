"""Goals and achievements.

Additive: "CareerGoal"."skillId" / "targetLevel" (skill goals) and "roleId" (role goals),
each reference SET NULL when the skill or role is deleted; "Achievement"."ruleKey" with a
unique index on ("userId", "ruleKey") so a rule awards a person once, even under
concurrent requests.

Revision ID: 0008_goals_achievements
Revises: 0007_import_pipeline
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_goals_achievements"
down_revision = "0007_import_pipeline"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("Achievement", sa.Column("ruleKey", sa.Text(), nullable=True))
    op.create_index(
        "Achievement_userId_ruleKey_key", "Achievement", ["userId", "ruleKey"], unique=True
    )
    op.add_column("CareerGoal", sa.Column("skillId", sa.Text(), nullable=True))
    op.add_column("CareerGoal", sa.Column("targetLevel", sa.Text(), nullable=True))
    op.add_column("CareerGoal", sa.Column("roleId", sa.Text(), nullable=True))
    op.create_check_constraint(
        "CareerGoal_targetLevel_check",
        "CareerGoal",
        "\"targetLevel\" IN ('beginner', 'intermediate', 'advanced', 'expert')",
    )
    op.create_index("idx_goal_skill", "CareerGoal", ["skillId"])
    op.create_index("idx_goal_role", "CareerGoal", ["roleId"])
    op.create_foreign_key(
        "CareerGoal_skillId_fkey",
        "CareerGoal",
        "Skill",
        ["skillId"],
        ["id"],
        onupdate="CASCADE",
        ondelete="SET NULL",
    )
    op.create_foreign_key(
        "CareerGoal_roleId_fkey",
        "CareerGoal",
        "CareerRole",
        ["roleId"],
        ["id"],
        onupdate="CASCADE",
        ondelete="SET NULL",
    )


def downgrade():
    op.drop_constraint("CareerGoal_roleId_fkey", "CareerGoal", type_="foreignkey")
    op.drop_constraint("CareerGoal_skillId_fkey", "CareerGoal", type_="foreignkey")
    op.drop_index("idx_goal_role", table_name="CareerGoal")
    op.drop_index("idx_goal_skill", table_name="CareerGoal")
    op.drop_constraint("CareerGoal_targetLevel_check", "CareerGoal", type_="check")
    op.drop_column("CareerGoal", "roleId")
    op.drop_column("CareerGoal", "targetLevel")
    op.drop_column("CareerGoal", "skillId")
    op.drop_index("Achievement_userId_ruleKey_key", table_name="Achievement")
    op.drop_column("Achievement", "ruleKey")
