"""Audit: every change of an audited table's rows recorded in "AuditEvent" by a trigger.

Additive: the "AuditEvent" table (no foreign keys: an erased person's entries stay,
pseudonymised), indexed for the admin's filters and a person's activity; the trigger
function smatrx_audit() and an AFTER INSERT OR UPDATE OR DELETE row trigger on every
audited table.

Why a trigger rather than SQLAlchemy session events: bulk UPDATE/DELETE statements, upserts
and raw SQL (merges, token use, session clean-up, the notifications fan-out) never pass
through the ORM's flush, and a trigger sees every row whoever writes it, in the same
transaction: a rollback leaves no audit row, a failed audit write fails the change.
Who acted is read from transaction-local settings (smatrx.audit.context() sets them once per
writing transaction); `SET smatrx.audit = 'off'` skips auditing for bulk loads (benchmarks).

Revision ID: 0013_audit
Revises: 0012_teams
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0013_audit"
down_revision = "0012_teams"
branch_labels = None
depends_on = None

TIMESTAMP = postgresql.TIMESTAMP(precision=3)

# Every table of the application but the audit log itself, the kept aggregates (derived
# numbers, rebuilt by jobs) and "Session" (its rows are the sign-in and sign-out events,
# recorded explicitly). A new table gets its trigger in its own migration
# (tests/test_audit.py fails when one is missing).
AUDITED = (
    "User",
    "Account",
    "AccountToken",
    "Profile",
    "SkillCategory",
    "Skill",
    "UserSkill",
    "VerificationRequest",
    "SkillImport",
    "SkillImportFile",
    "_ImportSkills",
    "CareerGoal",
    "CareerRole",
    "RoleSkill",
    "Achievement",
    "SkillAnalysis",
    "Notification",
    "Team",
    "TeamMember",
    "TeamInvite",
    "TeamTarget",
    "SkillAssessment",
)

FUNCTION = r"""
CREATE FUNCTION smatrx_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  row_data jsonb := coalesce(new_row, old_row);
  -- Never copied into the log: secrets, and bulky values (upload bytes, proposals).
  secret text[] := ARRAY['passwordHash', 'tokenHash', 'sessionToken', 'refresh_token',
                         'access_token', 'id_token', 'session_state', 'data', 'results'];
  -- Bookkeeping that changes without anyone changing the row's meaning.
  noise text[] := ARRAY['updatedAt', 'lastSeenAt', 'expires', 'heartbeatAt', 'progress',
                        'message'];
  changes jsonb;
  action text;
BEGIN
  IF coalesce(current_setting('smatrx.audit', true), '') = 'off' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT jsonb_object_agg(
             n.key,
             CASE WHEN n.key = ANY (secret)
                  THEN jsonb_build_object('changed', true)
                  ELSE jsonb_build_object('before', old_row -> n.key, 'after', n.value) END)
      INTO changes
      FROM jsonb_each(new_row) AS n
     WHERE n.value IS DISTINCT FROM old_row -> n.key AND NOT n.key = ANY (noise);
    IF changes IS NULL THEN
      RETURN NULL;
    END IF;
    -- What the row is, so the entry still reads "Changed skill Python" once it is gone.
    changes := changes || jsonb_build_object('_about', jsonb_strip_nulls(jsonb_build_object(
      'skillId', new_row -> 'skillId', 'title', new_row -> 'title', 'name', new_row -> 'name')));
    action := CASE WHEN TG_TABLE_NAME = 'User' AND changes ? 'role' THEN 'role_change'
                   ELSE 'update' END;
  ELSE
    changes := row_data - secret;
    action := CASE WHEN TG_OP = 'INSERT' THEN 'create' ELSE 'delete' END;
  END IF;
  INSERT INTO "AuditEvent" (id, at, "actorId", "actorKind", "subjectId", action,
                            "entityType", "entityId", changes, ip, "userAgent",
                            "requestId", "jobId")
  VALUES (
    replace(gen_random_uuid()::text, '-', ''),
    clock_timestamp() AT TIME ZONE 'UTC',
    nullif(current_setting('smatrx.actor_id', true), ''),
    coalesce(nullif(current_setting('smatrx.actor_kind', true), ''), 'system'),
    CASE WHEN TG_TABLE_NAME = 'User' THEN row_data ->> 'id' ELSE row_data ->> 'userId' END,
    action,
    TG_TABLE_NAME,
    coalesce(row_data ->> 'id', (row_data ->> 'A') || ':' || (row_data ->> 'B')),
    changes,
    nullif(current_setting('smatrx.ip', true), ''),
    nullif(current_setting('smatrx.user_agent', true), ''),
    nullif(current_setting('smatrx.request_id', true), ''),
    nullif(current_setting('smatrx.job_id', true), '')
  );
  RETURN NULL;
END $$
"""


def upgrade():
    op.create_table(
        "AuditEvent",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("at", TIMESTAMP, server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("actorId", sa.Text(), nullable=True),
        sa.Column("actorKind", sa.Text(), nullable=False),
        sa.Column("subjectId", sa.Text(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("entityType", sa.Text(), nullable=True),
        sa.Column("entityId", sa.Text(), nullable=True),
        sa.Column("changes", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("ip", sa.Text(), nullable=True),
        sa.Column("userAgent", sa.Text(), nullable=True),
        sa.Column("requestId", sa.Text(), nullable=True),
        sa.Column("jobId", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "\"actorKind\" IN ('user', 'admin', 'job', 'cli', 'system')",
            name="AuditEvent_actorKind_check",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("AuditEvent", schema=None) as batch_op:
        batch_op.create_index("AuditEvent_action_at_idx", ["action", "at"], unique=False)
        batch_op.create_index("AuditEvent_actorId_at_idx", ["actorId", "at"], unique=False)
        batch_op.create_index("AuditEvent_at_idx", ["at"], unique=False)
        batch_op.create_index(
            "AuditEvent_entityType_entityId_at_idx", ["entityType", "entityId", "at"], unique=False
        )
        batch_op.create_index("AuditEvent_subjectId_at_idx", ["subjectId", "at"], unique=False)
    op.execute(FUNCTION)
    for table in AUDITED:
        op.execute(
            f'CREATE TRIGGER smatrx_audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION smatrx_audit()"
        )


def downgrade():
    for table in AUDITED:
        op.execute(f'DROP TRIGGER IF EXISTS smatrx_audit ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS smatrx_audit()")
    op.drop_table("AuditEvent")
