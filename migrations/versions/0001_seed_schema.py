"""Seed schema.

The original product's schema (../shared/seed/database-schema.md), as Prisma would create
it on PostgreSQL, plus the seed's named indexes and its validation rules as CHECK constraints.

Where Prisma's @@index on SkillImport covers the same column as a seed index
(idx_import_user, idx_import_status), only the seed's index is created.

Revision ID: 0001_seed_schema
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001_seed_schema"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "SkillCategory",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("color", sa.Text(), nullable=True),
        sa.Column("icon", sa.Text(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.PrimaryKeyConstraint("id", name="SkillCategory_pkey"),
    )
    with op.batch_alter_table("SkillCategory", schema=None) as batch_op:
        batch_op.create_index("SkillCategory_name_key", ["name"], unique=True)
        batch_op.create_index("SkillCategory_slug_key", ["slug"], unique=True)

    op.create_table(
        "User",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("emailVerified", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column("image", sa.Text(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.PrimaryKeyConstraint("id", name="User_pkey"),
    )
    with op.batch_alter_table("User", schema=None) as batch_op:
        batch_op.create_index("User_email_key", ["email"], unique=True)
        batch_op.create_index("idx_user_created_at", ["createdAt"], unique=False)
        batch_op.create_index("idx_user_email", ["email"], unique=False)

    op.create_table(
        "Account",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=False),
        sa.Column("providerAccountId", sa.Text(), nullable=False),
        sa.Column("refresh_token", sa.Text(), nullable=True),
        sa.Column("access_token", sa.Text(), nullable=True),
        sa.Column("expires_at", sa.Integer(), nullable=True),
        sa.Column("token_type", sa.Text(), nullable=True),
        sa.Column("scope", sa.Text(), nullable=True),
        sa.Column("id_token", sa.Text(), nullable=True),
        sa.Column("session_state", sa.Text(), nullable=True),
        sa.Column("refresh_token_expires_in", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="Account_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="Account_pkey"),
    )
    with op.batch_alter_table("Account", schema=None) as batch_op:
        batch_op.create_index(
            "Account_provider_providerAccountId_key", ["provider", "providerAccountId"], unique=True
        )

    op.create_table(
        "Achievement",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("points", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("badge", sa.Text(), nullable=True),
        sa.Column(
            "earnedAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "\"type\" IN ('skill', 'certification', 'project', 'milestone')",
            name="Achievement_type_check",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="Achievement_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="Achievement_pkey"),
    )
    op.create_table(
        "CareerGoal",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("targetDate", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("priority", sa.Text(), nullable=False),
        sa.Column("progress", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.CheckConstraint(
            "\"priority\" IN ('low', 'medium', 'high')", name="CareerGoal_priority_check"
        ),
        sa.CheckConstraint(
            '"progress" >= 0 AND "progress" <= 100', name="CareerGoal_progress_check"
        ),
        sa.CheckConstraint(
            "\"status\" IN ('active', 'completed', 'paused', 'cancelled')",
            name="CareerGoal_status_check",
        ),
        sa.CheckConstraint(
            "\"type\" IN ('skill', 'role', 'certification', 'project')",
            name="CareerGoal_type_check",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="CareerGoal_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="CareerGoal_pkey"),
    )
    with op.batch_alter_table("CareerGoal", schema=None) as batch_op:
        batch_op.create_index("idx_goal_priority", ["priority"], unique=False)
        batch_op.create_index("idx_goal_status", ["status"], unique=False)
        batch_op.create_index("idx_goal_user", ["userId"], unique=False)

    op.create_table(
        "Profile",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("bio", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("company", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("linkedinUrl", sa.Text(), nullable=True),
        sa.Column("githubUrl", sa.Text(), nullable=True),
        sa.Column("websiteUrl", sa.Text(), nullable=True),
        sa.Column("yearsExperience", sa.Integer(), nullable=True),
        sa.Column("careerStage", sa.Text(), nullable=True),
        sa.Column(
            "industries",
            sa.ARRAY(sa.Text()),
            server_default=sa.text("'{}'::text[]"),
            nullable=False,
        ),
        sa.Column(
            "languages", sa.ARRAY(sa.Text()), server_default=sa.text("'{}'::text[]"), nullable=False
        ),
        sa.Column("availability", sa.Text(), nullable=True),
        sa.Column("remotePreference", sa.Text(), nullable=True),
        sa.Column("salaryExpectation", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("targetRole", sa.Text(), nullable=True),
        sa.Column("careerTimeline", sa.Text(), nullable=True),
        sa.Column(
            "willingToRelocate", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column(
            "preferredLocations",
            sa.ARRAY(sa.Text()),
            server_default=sa.text("'{}'::text[]"),
            nullable=False,
        ),
        sa.Column(
            "onboardingCompleted", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column("onboardingCompletedAt", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.CheckConstraint(
            "\"availability\" IN ('full-time', 'part-time', 'contract', 'freelance')",
            name="Profile_availability_check",
        ),
        sa.CheckConstraint(
            "\"careerStage\" IN ('student', 'entry', 'mid', 'senior', 'lead', 'executive')",
            name="Profile_careerStage_check",
        ),
        sa.CheckConstraint(
            "\"careerTimeline\" IN ('immediate', '3months', '6months', '1year', 'exploring')",
            name="Profile_careerTimeline_check",
        ),
        sa.CheckConstraint(
            "\"remotePreference\" IN ('remote', 'hybrid', 'onsite')",
            name="Profile_remotePreference_check",
        ),
        sa.CheckConstraint(
            '"yearsExperience" >= 0 AND "yearsExperience" <= 50',
            name="Profile_yearsExperience_check",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="Profile_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="Profile_pkey"),
    )
    with op.batch_alter_table("Profile", schema=None) as batch_op:
        batch_op.create_index("Profile_userId_key", ["userId"], unique=True)

    op.create_table(
        "Session",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("sessionToken", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("expires", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="Session_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="Session_pkey"),
    )
    with op.batch_alter_table("Session", schema=None) as batch_op:
        batch_op.create_index("Session_sessionToken_key", ["sessionToken"], unique=True)
        batch_op.create_index("Session_userId_idx", ["userId"], unique=False)

    op.create_table(
        "Skill",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("categoryId", sa.Text(), nullable=False),
        sa.Column(
            "tags", sa.ARRAY(sa.Text()), server_default=sa.text("'{}'::text[]"), nullable=False
        ),
        sa.Column("marketDemand", sa.Text(), nullable=True),
        sa.Column("averageSalary", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("growthTrend", sa.Double(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.CheckConstraint(
            "\"marketDemand\" IN ('high', 'medium', 'low')", name="Skill_marketDemand_check"
        ),
        sa.ForeignKeyConstraint(
            ["categoryId"],
            ["SkillCategory.id"],
            name="Skill_categoryId_fkey",
            onupdate="CASCADE",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="Skill_pkey"),
    )
    with op.batch_alter_table("Skill", schema=None) as batch_op:
        batch_op.create_index("Skill_name_key", ["name"], unique=True)
        batch_op.create_index("Skill_slug_key", ["slug"], unique=True)
        batch_op.create_index("idx_skill_category", ["categoryId"], unique=False)
        batch_op.create_index("idx_skill_name", ["name"], unique=False)
        batch_op.create_index("idx_skill_tags", ["tags"], unique=False, postgresql_using="gin")

    op.create_table(
        "SkillAnalysis",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("analysisType", sa.Text(), nullable=False),
        sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "\"analysisType\" IN ('profile', 'gap', 'recommendation')",
            name="SkillAnalysis_analysisType_check",
        ),
        sa.CheckConstraint(
            '"confidence" >= 0 AND "confidence" <= 1', name="SkillAnalysis_confidence_check"
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="SkillAnalysis_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="SkillAnalysis_pkey"),
    )
    op.create_table(
        "SkillImport",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("results", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column(
            "startedAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("completedAt", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.CheckConstraint(
            '"progress" >= 0 AND "progress" <= 100', name="SkillImport_progress_check"
        ),
        sa.CheckConstraint(
            "\"source\" IN ('github', 'linkedin', 'resume')", name="SkillImport_source_check"
        ),
        sa.CheckConstraint(
            "\"status\" IN ('pending', 'processing', 'completed', 'failed')",
            name="SkillImport_status_check",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="SkillImport_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="SkillImport_pkey"),
    )
    with op.batch_alter_table("SkillImport", schema=None) as batch_op:
        batch_op.create_index("idx_import_source", ["source"], unique=False)
        batch_op.create_index("idx_import_status", ["status"], unique=False)
        batch_op.create_index("idx_import_user", ["userId"], unique=False)

    op.create_table(
        "UserSkill",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("skillId", sa.Text(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("proficiencyScore", sa.Integer(), nullable=True),
        sa.Column("yearsExperience", sa.Integer(), nullable=True),
        sa.Column("lastUsed", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column("verified", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("verifiedAt", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column("verifiedBy", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("evidence", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.CheckConstraint(
            "\"level\" IN ('beginner', 'intermediate', 'advanced', 'expert')",
            name="UserSkill_level_check",
        ),
        sa.CheckConstraint(
            '"proficiencyScore" >= 0 AND "proficiencyScore" <= 100',
            name="UserSkill_proficiencyScore_check",
        ),
        sa.CheckConstraint(
            "\"source\" IN ('github', 'linkedin', 'resume', 'manual', 'verified')",
            name="UserSkill_source_check",
        ),
        sa.CheckConstraint(
            '"yearsExperience" >= 0 AND "yearsExperience" <= 50',
            name="UserSkill_yearsExperience_check",
        ),
        sa.ForeignKeyConstraint(
            ["skillId"],
            ["Skill.id"],
            name="UserSkill_skillId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="UserSkill_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="UserSkill_pkey"),
    )
    with op.batch_alter_table("UserSkill", schema=None) as batch_op:
        batch_op.create_index("UserSkill_userId_skillId_key", ["userId", "skillId"], unique=True)
        batch_op.create_index("idx_user_skill_level", ["level"], unique=False)
        batch_op.create_index("idx_user_skill_skill", ["skillId"], unique=False)
        batch_op.create_index("idx_user_skill_user", ["userId"], unique=False)
        batch_op.create_index("idx_user_skill_verified", ["verified"], unique=False)

    op.create_table(
        "_ImportSkills",
        sa.Column("A", sa.Text(), nullable=False),
        sa.Column("B", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["A"], ["Skill.id"], name="_ImportSkills_A_fkey", onupdate="CASCADE", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["B"],
            ["SkillImport.id"],
            name="_ImportSkills_B_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
    )
    with op.batch_alter_table("_ImportSkills", schema=None) as batch_op:
        batch_op.create_index("_ImportSkills_AB_unique", ["A", "B"], unique=True)
        batch_op.create_index("_ImportSkills_B_index", ["B"], unique=False)


def downgrade():
    with op.batch_alter_table("_ImportSkills", schema=None) as batch_op:
        batch_op.drop_index("_ImportSkills_B_index")
        batch_op.drop_index("_ImportSkills_AB_unique")

    op.drop_table("_ImportSkills")
    with op.batch_alter_table("UserSkill", schema=None) as batch_op:
        batch_op.drop_index("idx_user_skill_verified")
        batch_op.drop_index("idx_user_skill_user")
        batch_op.drop_index("idx_user_skill_skill")
        batch_op.drop_index("idx_user_skill_level")
        batch_op.drop_index("UserSkill_userId_skillId_key")

    op.drop_table("UserSkill")
    with op.batch_alter_table("SkillImport", schema=None) as batch_op:
        batch_op.drop_index("idx_import_user")
        batch_op.drop_index("idx_import_status")
        batch_op.drop_index("idx_import_source")

    op.drop_table("SkillImport")
    op.drop_table("SkillAnalysis")
    with op.batch_alter_table("Skill", schema=None) as batch_op:
        batch_op.drop_index("idx_skill_tags", postgresql_using="gin")
        batch_op.drop_index("idx_skill_name")
        batch_op.drop_index("idx_skill_category")
        batch_op.drop_index("Skill_slug_key")
        batch_op.drop_index("Skill_name_key")

    op.drop_table("Skill")
    with op.batch_alter_table("Session", schema=None) as batch_op:
        batch_op.drop_index("Session_userId_idx")
        batch_op.drop_index("Session_sessionToken_key")

    op.drop_table("Session")
    with op.batch_alter_table("Profile", schema=None) as batch_op:
        batch_op.drop_index("Profile_userId_key")

    op.drop_table("Profile")
    with op.batch_alter_table("CareerGoal", schema=None) as batch_op:
        batch_op.drop_index("idx_goal_user")
        batch_op.drop_index("idx_goal_status")
        batch_op.drop_index("idx_goal_priority")

    op.drop_table("CareerGoal")
    op.drop_table("Achievement")
    with op.batch_alter_table("Account", schema=None) as batch_op:
        batch_op.drop_index("Account_provider_providerAccountId_key")

    op.drop_table("Account")
    with op.batch_alter_table("User", schema=None) as batch_op:
        batch_op.drop_index("idx_user_email")
        batch_op.drop_index("idx_user_created_at")
        batch_op.drop_index("User_email_key")

    op.drop_table("User")
    with op.batch_alter_table("SkillCategory", schema=None) as batch_op:
        batch_op.drop_index("SkillCategory_slug_key")
        batch_op.drop_index("SkillCategory_name_key")

    op.drop_table("SkillCategory")
