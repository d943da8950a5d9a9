"""Teams: a team's members, invites, target profile and leads' assessments.

Additive:
- "Team" (slug unique), "TeamMember" (role lead|member, unique per (teamId, userId)),
  "TeamInvite" (single-use, expiring; only the SHA-256 of the link's secret is kept),
  "TeamTarget" (skill, minLevel, needed 1..50; unique per (teamId, skillId)),
  "SkillAssessment" (a lead's rating of a member's skill; a history, indexed by skill row
  and time).
- "UserSkill"."interest" (more|less, CHECK) and "UserSkill"."hiddenFromTeams" (default
  false); "CareerGoal"."sharedWithTeams" (default false).

Revision ID: 0012_teams
Revises: 0011_insights
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0012_teams"
down_revision = "0011_insights"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "Team",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("createdById", sa.Text(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["createdById"],
            ["User.id"],
            name="Team_createdById_fkey",
            onupdate="CASCADE",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("Team", schema=None) as batch_op:
        batch_op.create_index("Team_slug_key", ["slug"], unique=True)

    op.create_table(
        "TeamInvite",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("teamId", sa.Text(), nullable=False),
        sa.Column("tokenHash", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("createdById", sa.Text(), nullable=True),
        sa.Column("expiresAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.Column("usedAt", postgresql.TIMESTAMP(precision=3), nullable=True),
        sa.Column("usedById", sa.Text(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["createdById"],
            ["User.id"],
            name="TeamInvite_createdById_fkey",
            onupdate="CASCADE",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["teamId"],
            ["Team.id"],
            name="TeamInvite_teamId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["usedById"],
            ["User.id"],
            name="TeamInvite_usedById_fkey",
            onupdate="CASCADE",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("TeamInvite", schema=None) as batch_op:
        batch_op.create_index("TeamInvite_teamId_idx", ["teamId"], unique=False)
        batch_op.create_index("TeamInvite_tokenHash_key", ["tokenHash"], unique=True)

    op.create_table(
        "TeamMember",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("teamId", sa.Text(), nullable=False),
        sa.Column("userId", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column(
            "joinedAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint("\"role\" IN ('lead', 'member')", name="TeamMember_role_check"),
        sa.ForeignKeyConstraint(
            ["teamId"],
            ["Team.id"],
            name="TeamMember_teamId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["userId"],
            ["User.id"],
            name="TeamMember_userId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("TeamMember", schema=None) as batch_op:
        batch_op.create_index("TeamMember_teamId_userId_key", ["teamId", "userId"], unique=True)
        batch_op.create_index("TeamMember_userId_idx", ["userId"], unique=False)

    op.create_table(
        "TeamTarget",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("teamId", sa.Text(), nullable=False),
        sa.Column("skillId", sa.Text(), nullable=False),
        sa.Column("minLevel", sa.Text(), nullable=False),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.CheckConstraint(
            "\"minLevel\" IN ('beginner', 'intermediate', 'advanced', 'expert')",
            name="TeamTarget_minLevel_check",
        ),
        sa.CheckConstraint('"needed" >= 1 AND "needed" <= 50', name="TeamTarget_needed_check"),
        sa.ForeignKeyConstraint(
            ["skillId"],
            ["Skill.id"],
            name="TeamTarget_skillId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["teamId"],
            ["Team.id"],
            name="TeamTarget_teamId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("TeamTarget", schema=None) as batch_op:
        batch_op.create_index("TeamTarget_skillId_idx", ["skillId"], unique=False)
        batch_op.create_index("TeamTarget_teamId_skillId_key", ["teamId", "skillId"], unique=True)

    op.create_table(
        "SkillAssessment",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("userSkillId", sa.Text(), nullable=False),
        sa.Column("assessorId", sa.Text(), nullable=True),
        sa.Column("teamId", sa.Text(), nullable=True),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("proficiencyScore", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "\"level\" IN ('beginner', 'intermediate', 'advanced', 'expert')",
            name="SkillAssessment_level_check",
        ),
        sa.CheckConstraint(
            '"proficiencyScore" >= 0 AND "proficiencyScore" <= 100',
            name="SkillAssessment_proficiencyScore_check",
        ),
        sa.ForeignKeyConstraint(
            ["assessorId"],
            ["User.id"],
            name="SkillAssessment_assessorId_fkey",
            onupdate="CASCADE",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["teamId"],
            ["Team.id"],
            name="SkillAssessment_teamId_fkey",
            onupdate="CASCADE",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["userSkillId"],
            ["UserSkill.id"],
            name="SkillAssessment_userSkillId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("SkillAssessment", schema=None) as batch_op:
        batch_op.create_index("SkillAssessment_assessorId_idx", ["assessorId"], unique=False)
        batch_op.create_index(
            "SkillAssessment_userSkillId_createdAt_idx", ["userSkillId", "createdAt"], unique=False
        )

    with op.batch_alter_table("CareerGoal", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "sharedWithTeams", sa.Boolean(), server_default=sa.text("false"), nullable=False
            )
        )

    with op.batch_alter_table("UserSkill", schema=None) as batch_op:
        batch_op.add_column(sa.Column("interest", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "hiddenFromTeams", sa.Boolean(), server_default=sa.text("false"), nullable=False
            )
        )
        batch_op.create_check_constraint(
            "UserSkill_interest_check", "\"interest\" IN ('more', 'less')"
        )


def downgrade():
    with op.batch_alter_table("UserSkill", schema=None) as batch_op:
        batch_op.drop_constraint("UserSkill_interest_check", type_="check")
        batch_op.drop_column("hiddenFromTeams")
        batch_op.drop_column("interest")

    with op.batch_alter_table("CareerGoal", schema=None) as batch_op:
        batch_op.drop_column("sharedWithTeams")

    with op.batch_alter_table("SkillAssessment", schema=None) as batch_op:
        batch_op.drop_index("SkillAssessment_userSkillId_createdAt_idx")
        batch_op.drop_index("SkillAssessment_assessorId_idx")

    op.drop_table("SkillAssessment")
    with op.batch_alter_table("TeamTarget", schema=None) as batch_op:
        batch_op.drop_index("TeamTarget_teamId_skillId_key")
        batch_op.drop_index("TeamTarget_skillId_idx")

    op.drop_table("TeamTarget")
    with op.batch_alter_table("TeamMember", schema=None) as batch_op:
        batch_op.drop_index("TeamMember_userId_idx")
        batch_op.drop_index("TeamMember_teamId_userId_key")

    op.drop_table("TeamMember")
    with op.batch_alter_table("TeamInvite", schema=None) as batch_op:
        batch_op.drop_index("TeamInvite_tokenHash_key")
        batch_op.drop_index("TeamInvite_teamId_idx")

    op.drop_table("TeamInvite")
    with op.batch_alter_table("Team", schema=None) as batch_op:
        batch_op.drop_index("Team_slug_key")

    op.drop_table("Team")
