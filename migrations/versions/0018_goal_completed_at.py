"""Goals keep the moment they were completed ("CareerGoal"."completedAt", nullable,
additive): set by a trigger whenever a goal's status becomes 'completed' (by a move, an
edit, a quick add or a skill goal completing itself — every path, raw SQL included),
cleared when it leaves 'completed'. The board says "Completed 3 Dec 2026, 2 weeks early"
from it. Goals completed before this migration get the audit log's last change into
'completed' where the log still has it, else their last update.

Revision ID: 0018_goal_completed_at
Revises: 0017_session_last_ip
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0018_goal_completed_at"
down_revision = "0017_session_last_ip"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "CareerGoal", sa.Column("completedAt", postgresql.TIMESTAMP(precision=3), nullable=True)
    )
    op.execute(
        """
        CREATE FUNCTION smatrx_goal_completed_at() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.status <> 'completed' THEN
            NEW."completedAt" := NULL;
          ELSIF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'completed' THEN
            NEW."completedAt" := COALESCE(NEW."completedAt", now() AT TIME ZONE 'UTC');
          END IF;
          RETURN NEW;
        END $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER "CareerGoal_completedAt"
        BEFORE INSERT OR UPDATE OF status ON "CareerGoal"
        FOR EACH ROW EXECUTE FUNCTION smatrx_goal_completed_at()
        """
    )
    op.execute(
        """
        UPDATE "CareerGoal" g SET "completedAt" = COALESCE(
          (SELECT max(a.at) FROM "AuditEvent" a
           WHERE a."entityType" = 'CareerGoal' AND a."entityId" = g.id
             AND ((a.action = 'update' AND a.changes -> 'status' ->> 'after' = 'completed')
               OR (a.action = 'create' AND a.changes ->> 'status' = 'completed'))),
          g."updatedAt")
        WHERE g.status = 'completed'
        """
    )


def downgrade() -> None:
    op.execute('DROP TRIGGER "CareerGoal_completedAt" ON "CareerGoal"')
    op.execute("DROP FUNCTION smatrx_goal_completed_at()")
    op.drop_column("CareerGoal", "completedAt")
