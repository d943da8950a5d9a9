"""Retention (issue 19): what is deleted, or emptied, once it is no longer needed.

One list, KINDS, says per kind which rows go and after which setting (smatrx/config.py;
the README's "Privacy and retention" table). `flask smatrx purge [--dry-run]` and the
periodic task (smatrx/periodic.py) both run it.

- Batched: each statement handles at most PURGE_BATCH rows (picked with SKIP LOCKED, so a
  row someone is writing is left for the next round) and commits, so no lock is held for
  long and a purge of a large backlog never stalls the application.
- Not audited row by row: what goes is expired or read by definition, and a purge of
  100,000 read notifications must not add 100,000 audit entries. The row trigger is off
  for the purge's statements (smatrx.audit = 'off', local to each transaction) and one
  "purge" audit event says how many rows of each kind went.
"""

# The SQL is assembled from KINDS (this file's constants), never from input: S608 does not
# apply. Values are bound parameters.
# ruff: noqa: S608

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import text
from sqlalchemy.orm import Session

from smatrx import audit
from smatrx.extensions import db
from smatrx.models.base import utcnow

logger = logging.getLogger(__name__)

# Hourly: expired sessions and links go within the hour; the day-based kinds are at most
# an hour late. A round with nothing to do is one indexed or small scan per kind.
PURGE_PERIOD = timedelta(hours=1)
FINISHED_IMPORT = "status IN ('completed', 'failed')"


@dataclass(frozen=True)
class Kind:
    name: str
    label: str  # what the command prints: "{n} {label}"
    table: str
    where: str  # over the table's columns; cut-offs as :parameters (cutoffs())
    update: str | None = None  # SET clause; None deletes the rows


# In the order they run: the audit kinds last, so that their own cut-offs see the rest.
KINDS: tuple[Kind, ...] = (
    Kind("sessions", "expired sign-in sessions", "Session", "expires <= :now"),
    Kind(
        "account_tokens",
        "used or expired account links (email confirmation, password reset, invitation)",
        "AccountToken",
        '"usedAt" < :links_before OR "expiresAt" < :links_before',
    ),
    Kind(
        "team_invites",
        "used or expired team invitations",
        "TeamInvite",
        '"usedAt" < :links_before OR "expiresAt" < :links_before',
    ),
    Kind(
        "import_uploads",
        "import uploads left behind by finished imports",
        "SkillImportFile",
        f'"importId" IN (SELECT id FROM "SkillImport" WHERE {FINISHED_IMPORT})',
    ),
    Kind(
        "import_proposals",
        "finished imports' proposals past IMPORT_RETENTION_DAYS (emptied; the import stays)",
        "SkillImport",
        f'{FINISHED_IMPORT} AND "completedAt" < :imports_before AND results IS NOT NULL',
        update="results = NULL",
    ),
    Kind(
        "notifications",
        "read notifications past NOTIFICATION_RETENTION_DAYS",
        "Notification",
        '"readAt" < :notifications_before',
    ),
    Kind(
        "audit_addresses",
        "audit entries' IP address and browser past AUDIT_IP_DAYS (emptied)",
        "AuditEvent",
        'at < :audit_ip_before AND (ip IS NOT NULL OR "userAgent" IS NOT NULL)',
        update='ip = NULL, "userAgent" = NULL',
    ),
    Kind(
        "audit_entries",
        "audit entries past AUDIT_RETENTION_DAYS",
        "AuditEvent",
        "at < :audit_before",
    ),
)

EXPORTS = "exports"


def purge_exports(session: Session, now: datetime, *, dry_run: bool, batch: int) -> int:
    """Finished data exports past their download window: their files go, their rows stay
    marked expired (smatrx.privacy.export keeps that rule; its own task runs it every 15
    minutes too). Counts only when dry_run."""
    from smatrx.privacy.export import purge_expired_exports

    return purge_expired_exports(now, dry_run=dry_run)


def cutoffs(config: dict[str, Any], now: datetime) -> dict[str, datetime]:
    def days(name: str) -> datetime:
        return now - timedelta(days=int(config[name]))

    return {
        "now": now,
        "links_before": days("LINK_RETENTION_DAYS"),
        "imports_before": days("IMPORT_RETENTION_DAYS"),
        "notifications_before": days("NOTIFICATION_RETENTION_DAYS"),
        "audit_ip_before": days("AUDIT_IP_DAYS"),
        "audit_before": days("AUDIT_RETENTION_DAYS"),
    }


def _count(session: Session, kind: Kind, params: dict[str, datetime]) -> int:
    return int(
        session.execute(
            text(f'SELECT count(*) FROM "{kind.table}" WHERE {kind.where}'),
            params,
        ).scalar_one()
    )


def _one_batch(session: Session, kind: Kind, params: dict[str, Any]) -> int:
    picked = f'SELECT id FROM "{kind.table}" WHERE {kind.where} LIMIT :batch FOR UPDATE SKIP LOCKED'
    if kind.update is None:
        statement = f'DELETE FROM "{kind.table}" WHERE id IN ({picked})'
    else:
        statement = f'UPDATE "{kind.table}" SET {kind.update} WHERE id IN ({picked})'
    session.execute(text("SET LOCAL smatrx.audit = 'off'"))
    done = session.execute(text(statement), params).rowcount or 0
    session.commit()
    return done


def purge(
    session: Session,
    config: dict[str, Any],
    *,
    dry_run: bool = False,
    now: datetime | None = None,
    exports: Callable[..., int] = purge_exports,
) -> dict[str, int]:
    """Per kind, how many rows would go (dry_run) or went. Commits each batch; records one
    "purge" audit event when anything went."""
    now = now or utcnow()
    params: dict[str, Any] = {**cutoffs(config, now), "batch": int(config["PURGE_BATCH"])}
    found: dict[str, int] = {}
    for kind in KINDS:
        if dry_run:
            found[kind.name] = _count(session, kind, params)
            continue
        total = 0
        while True:
            done = _one_batch(session, kind, params)
            total += done
            if done < params["batch"]:
                break
        found[kind.name] = total
    found[EXPORTS] = exports(session, now, dry_run=dry_run, batch=params["batch"])
    if dry_run:
        session.rollback()
    elif any(found.values()):
        audit.record("purge", changes={name: n for name, n in found.items() if n})
        session.commit()
    return found


LABELS = {kind.name: kind.label for kind in KINDS} | {EXPORTS: "finished data exports"}


def purge_task() -> None:
    """The periodic task (smatrx/periodic.py)."""
    found = purge(db.session, current_app.config)
    if any(found.values()):
        logger.info("purge: %s", ", ".join(f"{n} {name}" for name, n in found.items() if n))


@click.command("purge")
@click.option("--dry-run", is_flag=True, help="Say what would be deleted; change nothing.")
@with_appcontext
def purge_command(dry_run: bool) -> None:
    """Delete what the retention settings no longer keep (README: Privacy and retention)."""
    found = purge(db.session, current_app.config, dry_run=dry_run)
    verb = "Would delete or empty" if dry_run else "Deleted or emptied"
    click.echo(f"{verb}:")
    for name, count in found.items():
        click.echo(f"  {count:>8}  {LABELS[name]}")
