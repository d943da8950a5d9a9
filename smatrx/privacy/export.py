"""Download my data: the request (at most one an hour), the RQ job that builds the ZIP, the
signed single-person link (24 hours), and the periodic clean-up that deletes the files.

Where the ZIP lives: in the instance folder (exports/<id>.zip), not in the database. The
bytes are large and short-lived: in the database they would bloat every backup with copies
of people's data that must be gone after a day (and survive an erase inside the backups);
a file is deleted for good by one unlink. The instance folder is already what web and
worker share (the secret key, the consent texts); a deployment with several hosts mounts
it on each. The row (DataExport) is the truth; the queue is only a trigger.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from rq import Callback, Retry
from sqlalchemy import select, text, update

from smatrx.extensions import db
from smatrx.jobs.queue import get_queue
from smatrx.models import DataExport, User
from smatrx.models.base import utcnow
from smatrx.privacy.collect import personal_tables, rows_about
from smatrx.privacy.readme import readme

logger = logging.getLogger(__name__)

LINK_LIFETIME = timedelta(hours=24)
ONE_PER = timedelta(hours=1)
JOB_TIMEOUT = 600
RUNNING = ("pending", "processing")
GENERAL_FAILURE = "Something went wrong while gathering your data. Please try again later."
_SALT = "smatrx-data-export"


def exports_folder() -> Path:
    folder = Path(current_app.instance_path) / "exports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- asking ---------------------------------------------------------------------------------


def latest_export(user_id: str) -> DataExport | None:
    return db.session.scalar(
        select(DataExport)
        .where(DataExport.user_id == user_id)
        .order_by(DataExport.created_at.desc())
        .limit(1)
    )


def next_allowed_at(user_id: str, now: datetime | None = None) -> datetime | None:
    """When the person may ask again (None: now). One export an hour, counted from the
    last request, so a failed export does not block a retry for long either."""
    latest = latest_export(user_id)
    if latest is None:
        return None
    allowed = latest.created_at + ONE_PER
    return allowed if allowed > (now or utcnow()) else None


def request_export(user: User) -> DataExport:
    """A new pending export (flushed; the caller commits, then enqueues after commit)."""
    from smatrx.audit import record
    from smatrx.transaction import after_commit

    row = DataExport(user_id=user.id, status="pending", progress=0, message="Waiting to start…")
    db.session.add(row)
    db.session.flush()
    record("export", subject_id=user.id, entity_type="DataExport", entity_id=row.id)
    export_id = row.id
    after_commit(lambda: _enqueue_or_fail(export_id))
    return row


def _enqueue_or_fail(export_id: str) -> None:
    try:
        enqueue_export(export_id)
    except Exception:  # Redis down: the row says so instead of waiting for ever
        logger.warning("privacy: could not enqueue export %s", export_id, exc_info=True)
        db.session.execute(
            update(DataExport)
            .where(DataExport.id == export_id)
            .values(status="failed", error="The export could not be started. Please try again.")
        )
        db.session.commit()


def enqueue_export(export_id: str) -> None:
    get_queue().enqueue(
        run_export,
        export_id,
        job_id=export_id,
        job_timeout=JOB_TIMEOUT,
        retry=Retry(max=2, interval=[10, 60]),
        on_failure=Callback(export_job_failed),
        result_ttl=3600,
        failure_ttl=86400,
    )


# --- building -------------------------------------------------------------------------------


def _csv_cell(value: Any) -> Any:
    # A spreadsheet runs a cell that starts with = + - @ as a formula: quote it.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(header: list[str], rows: list[Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    return out.getvalue()


SKILLS_CSV = text(
    'SELECT s.name, c.name, us.level, us."proficiencyScore", us."yearsExperience",'
    ' us."lastUsed", us.verified, us."verifiedAt", us.source, us.interest,'
    ' us."hiddenFromTeams", us."createdAt", us."updatedAt"'
    ' FROM "UserSkill" us JOIN "Skill" s ON s.id = us."skillId"'
    ' JOIN "SkillCategory" c ON c.id = s."categoryId"'
    ' WHERE us."userId" = :uid ORDER BY s.name'
)
SKILLS_HEADER = [
    "skill",
    "category",
    "level",
    "proficiency_score",
    "years_experience",
    "last_used",
    "verified",
    "verified_at",
    "source",
    "interest",
    "hidden_from_teams",
    "added_at",
    "updated_at",
]
GOALS_CSV = text(
    'SELECT g.title, g.description, g.type, g.status, g.priority, g.progress, g."targetDate",'
    ' s.name, g."targetLevel", r.title, g."createdAt", g."updatedAt"'
    ' FROM "CareerGoal" g LEFT JOIN "Skill" s ON s.id = g."skillId"'
    ' LEFT JOIN "CareerRole" r ON r.id = g."roleId"'
    ' WHERE g."userId" = :uid ORDER BY g."createdAt"'
)
GOALS_HEADER = [
    "title",
    "description",
    "type",
    "status",
    "priority",
    "progress",
    "target_date",
    "skill",
    "target_level",
    "role",
    "created_at",
    "updated_at",
]


def _safe_name(name: str) -> str:
    kept = "".join(c if c.isalnum() or c in "-_. " else "_" for c in name).strip(". ")
    return kept[:120] or "upload"


def write_zip(user_id: str, target: Path, report: Any = None) -> dict[str, int]:
    """Write the person's ZIP to target; returns the number of rows per table."""
    user = db.session.get(User, user_id)
    email = user.email if user else None
    tables = {table.name: table for table in db.metadata.sorted_tables}
    counts: dict[str, int] = {}
    queries = personal_tables()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, (name, rows) in enumerate(rows_about(db.session, user_id, email), 1):
            counts[name] = len(rows)
            archive.writestr(
                f"data/{name}.json", json.dumps(rows, ensure_ascii=False, indent=1, default=str)
            )
            if report is not None:
                report(10 + 70 * number // len(queries), f"Gathered {name}…")
        params = {"uid": user_id}
        archive.writestr(
            "skills.csv", _csv(SKILLS_HEADER, db.session.execute(SKILLS_CSV, params).all())
        )
        archive.writestr(
            "goals.csv", _csv(GOALS_HEADER, db.session.execute(GOALS_CSV, params).all())
        )
        uploads = db.session.execute(
            text(
                'SELECT f."importId", f.filename, f.data FROM "SkillImportFile" f'
                ' JOIN "SkillImport" i ON i.id = f."importId" WHERE i."userId" = :uid'
            ),
            params,
        ).all()
        for import_id, filename, data in uploads:
            archive.writestr(f"files/{import_id}/{_safe_name(filename)}", bytes(data))
        made_at = utcnow().strftime("%Y-%m-%d %H:%M")
        archive.writestr("README.txt", readme([tables[q.table] for q in queries], made_at))
    return counts


def _report(export_id: str, progress: int, message: str) -> None:
    db.session.execute(
        update(DataExport)
        .where(DataExport.id == export_id)
        .values(progress=progress, message=message)
    )
    db.session.commit()


def run_export(export_id: str) -> str:
    """The job: build the ZIP next to its final name, then move it into place (a reader
    never sees half a file), and mark the row completed with its expiry."""
    row = db.session.get(DataExport, export_id)
    if row is None or row.status not in RUNNING:
        return "skipped"
    row.status, row.progress, row.message = "processing", 5, "Gathering your data…"
    db.session.commit()
    user_id = row.user_id
    folder = exports_folder()
    final = folder / f"{export_id}.zip"
    partial = folder / f"{export_id}.zip.part"
    try:
        write_zip(user_id, partial, lambda p, m: _report(export_id, p, m))
        os.replace(partial, final)
        row = db.session.get(DataExport, export_id)
        now = utcnow()
        row.status, row.progress, row.message = "completed", 100, "Your data is ready."
        row.path, row.byte_size = final.name, final.stat().st_size
        row.completed_at, row.expires_at = now, now + LINK_LIFETIME
        db.session.commit()
        _notify_ready(row)
        return "completed"
    except Exception:
        db.session.rollback()
        partial.unlink(missing_ok=True)
        logger.exception("privacy: export %s failed", export_id)
        _fail(export_id)
        raise


def _fail(export_id: str) -> None:
    db.session.execute(
        update(DataExport)
        .where(DataExport.id == export_id, DataExport.status.in_(RUNNING))
        .values(status="failed", error=GENERAL_FAILURE, message=GENERAL_FAILURE)
    )
    db.session.commit()


def export_job_failed(job: Any, connection: Any, *_args: Any) -> None:
    """RQ's on_failure (also after a timeout, where the job's own except never ran)."""
    export_id = job.args[0] if job.args else None
    if export_id:
        _fail(export_id)


def _notify_ready(row: DataExport) -> None:
    from flask import url_for

    from smatrx.notifications.services import notify

    with current_app.test_request_context():
        link = url_for("privacy.my_data")
    notify(row.user_id, "export", "Your data is ready to download for 24 hours.", link=link)
    db.session.commit()


# --- the link -------------------------------------------------------------------------------


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def download_token(row: DataExport) -> str:
    """A signed token naming the export and its person: it opens the file only for that
    person, signed in, within 24 hours."""
    return _serializer().dumps({"e": row.id, "u": row.user_id})


class StaleLink(Exception):
    """The link expired, or its file is gone."""


def export_for_token(token: str, user_id: str) -> DataExport | None:
    """The export a link opens for this person: None when the link is not theirs or not
    ours (a 404); StaleLink when it was theirs but has expired."""
    serializer = _serializer()
    try:
        data = serializer.loads(token, max_age=int(LINK_LIFETIME.total_seconds()))
    except SignatureExpired as error:
        # The signature was checked before the age: the payload is ours, only old.
        _valid, payload = serializer.loads_unsafe(token)
        if isinstance(payload, dict) and payload.get("u") == user_id:
            raise StaleLink from error
        return None
    except BadSignature:
        return None
    if not isinstance(data, dict) or data.get("u") != user_id:
        return None
    row = db.session.get(DataExport, data.get("e"))
    if row is None or row.user_id != user_id:
        return None
    if row.status != "completed" or row.expires_at is None or row.expires_at <= utcnow():
        raise StaleLink
    if not row.path or not (exports_folder() / row.path).is_file():
        raise StaleLink
    return row


# --- clean-up -------------------------------------------------------------------------------


def fail_stuck_exports(now: datetime | None = None) -> int:
    """Exports still running long after any job could (a worker killed mid-way, where no
    failure callback ran) are failed, so the page stops polling and says so."""
    limit = (now or utcnow()) - timedelta(seconds=2 * JOB_TIMEOUT)
    stuck = db.session.execute(
        update(DataExport)
        .where(DataExport.status.in_(RUNNING), DataExport.created_at < limit)
        .values(status="failed", error=GENERAL_FAILURE, message=GENERAL_FAILURE)
    )
    db.session.commit()
    return stuck.rowcount


def purge_expired_exports(now: datetime | None = None, *, dry_run: bool = False) -> int:
    """Delete the files of exports past their expiry (and any file no row accounts for);
    the rows stay, marked expired. Returns how many exports expired."""
    now = now or utcnow()
    expired = db.session.scalars(
        select(DataExport).where(DataExport.status == "completed", DataExport.expires_at <= now)
    ).all()
    if dry_run:
        return len(expired)
    folder = exports_folder()
    for row in expired:
        if row.path:
            (folder / row.path).unlink(missing_ok=True)
        row.status, row.path, row.message = "expired", None, "The download expired."
    known = set(db.session.scalars(select(DataExport.path).where(DataExport.path.is_not(None))))
    # Files no row accounts for (a job that died between writing and committing); an
    # hour's grace so a job finishing right now keeps its file.
    grace = (now - ONE_PER).replace(tzinfo=UTC).timestamp()
    for leftover in [*folder.glob("*.zip"), *folder.glob("*.zip.part")]:
        if leftover.name not in known and leftover.stat().st_mtime < grace:
            leftover.unlink(missing_ok=True)
    db.session.commit()
    return len(expired)


def delete_export_files(paths: list[str]) -> None:
    """Remove the given export files (after an erase commits)."""
    folder = exports_folder()
    for name in paths:
        (folder / name).unlink(missing_ok=True)


def purge_exports_task() -> None:
    """The periodic task (smatrx/periodic.py)."""
    fail_stuck_exports()
    expired = purge_expired_exports()
    if expired:
        logger.info("privacy: %d expired export(s) deleted", expired)
