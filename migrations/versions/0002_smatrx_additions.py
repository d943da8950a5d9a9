"""SMATRX additions.

SMATRX's additions to the seed schema, all additive: nullable or defaulted columns and new
tables in the seed's naming style.

- "User"."passwordHash" (local sign-in) and "User"."role" (member | verifier | admin)
- "Skill"."aliases" text[] (other names importers match: "JS", "k8s")
- "CareerRole": roles people aim for (target-role typeahead, gap analysis)
- "SkillImportFile": uploaded import files as bytea until their import is processed

Revision ID: 0002_smatrx_additions
Revises: 0001_seed_schema
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002_smatrx_additions"
down_revision = "0001_seed_schema"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("User", sa.Column("passwordHash", sa.Text(), nullable=True))
    op.add_column(
        "User", sa.Column("role", sa.Text(), server_default=sa.text("'member'"), nullable=False)
    )
    op.create_check_constraint(
        "User_role_check", "User", "\"role\" IN ('member', 'verifier', 'admin')"
    )
    op.add_column(
        "Skill",
        sa.Column(
            "aliases", sa.ARRAY(sa.Text()), server_default=sa.text("'{}'::text[]"), nullable=False
        ),
    )

    op.create_table(
        "CareerRole",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column("updatedAt", postgresql.TIMESTAMP(precision=3), nullable=False),
        sa.PrimaryKeyConstraint("id", name="CareerRole_pkey"),
    )
    op.create_index("CareerRole_title_key", "CareerRole", ["title"], unique=True)
    op.create_index("CareerRole_slug_key", "CareerRole", ["slug"], unique=True)

    op.create_table(
        "SkillImportFile",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("importId", sa.Text(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("contentType", sa.Text(), nullable=False),
        sa.Column("byteSize", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column(
            "createdAt",
            postgresql.TIMESTAMP(precision=3),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            '"byteSize" >= 0 AND "byteSize" <= 2147483647', name="SkillImportFile_byteSize_check"
        ),
        sa.ForeignKeyConstraint(
            ["importId"],
            ["SkillImport.id"],
            name="SkillImportFile_importId_fkey",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="SkillImportFile_pkey"),
    )
    op.create_index("SkillImportFile_importId_key", "SkillImportFile", ["importId"], unique=True)


def downgrade():
    op.drop_index("SkillImportFile_importId_key", table_name="SkillImportFile")
    op.drop_table("SkillImportFile")
    op.drop_index("CareerRole_slug_key", table_name="CareerRole")
    op.drop_index("CareerRole_title_key", table_name="CareerRole")
    op.drop_table("CareerRole")
    op.drop_column("Skill", "aliases")
    op.drop_constraint("User_role_check", "User", type_="check")
    op.drop_column("User", "role")
    op.drop_column("User", "passwordHash")
