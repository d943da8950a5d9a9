"""Retention (issue 19): `flask smatrx purge --dry-run` says what the real run then deletes,
kind by kind, on real PostgreSQL; what is still kept stays."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from flask import Flask
from sqlalchemy import func, select, text

from smatrx.extensions import db
from smatrx.models import (
    AccountToken,
    AuditEvent,
    Notification,
    Session,
    SkillImport,
    SkillImportFile,
    TeamInvite,
)
from smatrx.models.base import utcnow
from smatrx.periodic import PERIODIC
from smatrx.retention import KINDS, purge, purge_task
from tests.helpers import make_user
from tests.teams.builders import make_team

NOW = utcnow()
SOON, AGO = NOW + timedelta(days=1), NOW - timedelta(minutes=1)
LONG_AGO = NOW - timedelta(days=1000)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def build(app: Flask) -> dict[str, Any]:
    """Per kind, one row that goes and one that stays."""
    ada = make_user("ada@example.com")
    team = make_team(ada)
    session = db.session
    session.add_all(
        [
            Session(session_token=_digest("old"), user_id=ada.id, expires=AGO),
            Session(session_token=_digest("live"), user_id=ada.id, expires=SOON),
            AccountToken(purpose="reset-password", token_hash=_digest("a"), user_id=ada.id,
                         email=ada.email, expires_at=NOW - timedelta(days=8)),
            AccountToken(purpose="reset-password", token_hash=_digest("b"), user_id=ada.id,
                         email=ada.email, expires_at=NOW + timedelta(hours=1)),
            TeamInvite(team_id=team.id, token_hash=_digest("c"), expires_at=NOW + timedelta(days=1),
                       used_at=NOW - timedelta(days=8)),
            TeamInvite(team_id=team.id, token_hash=_digest("d"), expires_at=SOON),
            Notification(user_id=ada.id, kind="k", message="read", read_at=LONG_AGO),
            Notification(user_id=ada.id, kind="k", message="old, unread", created_at=LONG_AGO),
            Notification(user_id=ada.id, kind="k", message="read today", read_at=NOW),
        ]
    )  # fmt: skip
    imports = []
    for status, completed, results in (
        ("completed", NOW - timedelta(days=31), {"proposals": [1]}),
        ("completed", NOW - timedelta(days=1), {"proposals": [2]}),
        ("processing", None, None),
    ):
        row = SkillImport(user_id=ada.id, source="resume", status=status, completed_at=completed,
                          results=results)  # fmt: skip
        session.add(row)
        session.flush()
        session.add(SkillImportFile(import_id=row.id, filename="cv.txt", content_type="text/plain",
                                    byte_size=1, sha256="0", data=b"x"))  # fmt: skip
        imports.append(row)
    session.add_all(
        [
            AuditEvent(action="update", actor_kind="user", at=LONG_AGO, ip="1.2.3.4"),
            AuditEvent(action="update", actor_kind="user", at=NOW - timedelta(days=100),
                       ip="1.2.3.4", user_agent="Firefox"),
            AuditEvent(action="update", actor_kind="user", at=NOW, ip="1.2.3.4"),
        ]
    )  # fmt: skip
    session.commit()
    return {"ada": ada, "imports": imports}


def snapshot() -> dict[str, int]:
    scalar = db.session.scalar
    return {
        "sessions": scalar(select(func.count()).select_from(Session)),
        "tokens": scalar(select(func.count()).select_from(AccountToken)),
        "invites": scalar(select(func.count()).select_from(TeamInvite)),
        "notifications": scalar(select(func.count()).select_from(Notification)),
        "files": scalar(select(func.count()).select_from(SkillImportFile)),
        "results": scalar(select(func.count()).where(SkillImport.results.is_not(None))),
        "audit_ip": scalar(select(func.count()).where(AuditEvent.ip.is_not(None))),
        "audit": scalar(
            select(func.count()).where(
                AuditEvent.at < NOW - timedelta(days=1), AuditEvent.action != "create"
            )
        ),
    }


EXPECTED = {
    "sessions": 1,
    "account_tokens": 1,
    "team_invites": 1,
    "import_uploads": 2,
    "import_proposals": 1,
    "notifications": 1,
    "audit_addresses": 2,
    "audit_entries": 1,
    "exports": 0,
}


def test_dry_run_says_what_the_real_run_then_deletes(app: Flask, db_session: Any) -> None:
    build(app)
    before = snapshot()
    said = purge(db.session, app.config, dry_run=True, now=NOW)
    assert said == EXPECTED
    assert snapshot() == before  # nothing changed

    config = {**app.config, "PURGE_BATCH": 1}  # every kind in several batches
    done = purge(db.session, config, now=NOW)
    assert done == EXPECTED
    after = snapshot()
    assert after["sessions"] == before["sessions"] - 1
    assert after["tokens"] == before["tokens"] - 1
    assert after["invites"] == before["invites"] - 1
    assert after["notifications"] == before["notifications"] - 1  # unread ones stay
    assert after["files"] == 1  # the running import keeps its upload
    assert after["results"] == before["results"] - 1
    assert after["audit_ip"] == 1  # today's keeps its address
    assert after["audit"] == before["audit"] - 1
    (event,) = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "purge"))
    assert event.changes == {k: v for k, v in EXPECTED.items() if v}

    assert purge(db.session, app.config, dry_run=True, now=NOW) == dict.fromkeys(EXPECTED, 0)


def test_the_command_prints_each_kind(app: Flask, db_session: Any) -> None:
    build(app)
    runner = app.test_cli_runner()
    dry = runner.invoke(args=["smatrx", "purge", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "Would delete or empty" in dry.output
    for kind in KINDS:
        assert kind.label in dry.output
    real = runner.invoke(args=["smatrx", "purge"])
    assert real.exit_code == 0 and "Deleted or emptied" in real.output
    again = runner.invoke(args=["smatrx", "purge", "--dry-run"])
    assert all(line.split()[0] == "0" for line in again.output.splitlines()[1:]), again.output


def test_the_purge_is_one_periodic_task_and_leaves_no_row_audit(
    app: Flask, db_session: Any
) -> None:
    assert purge_task in [task for task, _period in PERIODIC]
    build(app)
    purge_task()
    deletes = db.session.scalar(
        select(func.count()).where(
            AuditEvent.action == "delete", AuditEvent.entity_type == "Notification"
        )
    )
    assert deletes == 0
    assert db.session.execute(text("SELECT 1")).scalar() == 1
