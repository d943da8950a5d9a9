"""Import writes shared by the views, the job and the reaper: start, cancel, progress,
finish, fail, and merging accepted proposals into the person's skills.

They flush and never commit (smatrx/transaction.py). The view commits once; the job
commits after each of its steps (progress, finish, fail), so a step is seen by the page as
it happens and a cancel committed by the web is seen by the job at its next step; the
reaper commits per row it handles."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError

from smatrx.extensions import db
from smatrx.imports.proposals import Proposal, stored_proposals
from smatrx.imports.registry import SOURCES
from smatrx.models import Skill, SkillImport, SkillImportFile, User, UserSkill, import_skills
from smatrx.models.base import utcnow
from smatrx.signals import imports_completed, send, skills_changed
from smatrx.skills import holdings

logger = logging.getLogger(__name__)

RUNNING = ("pending", "processing")
CANCELLED = "Cancelled"


class ImportRefused(ValueError):
    """The import cannot start; the message says why."""


def create_import(
    user: User,
    source: str,
    filename: str = "",
    content_type: str = "",
    data: bytes | None = None,
    *,
    request: dict[str, Any] | None = None,
) -> SkillImport:
    """Add the pending row and its upload, if any. The caller commits it before it enqueues
    the job (the row is the truth; the queue only triggers). One running import per person
    and source (a partial unique index, checked in a savepoint so a refusal leaves the
    caller's transaction as it was). What the person asked for (a GitHub login, forks or
    not) waits in results until the job."""
    row = SkillImport(user_id=user.id, source=source, status="pending", progress=0)
    row.message = "Waiting for a worker…"
    if request:
        row.results = {"request": request}
    if data is not None:
        row.file = SkillImportFile(
            filename=filename[:200] or "upload",
            content_type=content_type[:100] or "application/octet-stream",
            byte_size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
        )
    try:
        with db.session.begin_nested():
            db.session.add(row)
            db.session.flush()
    except IntegrityError as exc:
        raise ImportRefused(
            f"An import from {SOURCES[source].label} is already running: wait for it to "
            "finish, or cancel it."
        ) from exc
    return row


def fail(row: SkillImport, message: str) -> None:
    """End an import as failed with a message the person understands; drop its upload."""
    row.status, row.error, row.message = "failed", message, message
    row.completed_at = utcnow()
    db.session.execute(delete(SkillImportFile).where(SkillImportFile.import_id == row.id))
    db.session.flush()


def cancel(row: SkillImport) -> bool:
    """Cancel a pending or running import; the job stops at its next step."""
    done = db.session.execute(
        update(SkillImport)
        .where(SkillImport.id == row.id, SkillImport.status.in_(RUNNING))
        .values(status="failed", error=CANCELLED, message=CANCELLED, completed_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if done:
        db.session.execute(delete(SkillImportFile).where(SkillImportFile.import_id == row.id))
    db.session.refresh(row)
    return bool(done)


def report_progress(import_id: str, progress: int, message: str) -> bool:
    """Report progress; False when the import is no longer running (cancelled, reaped)."""
    moved = db.session.execute(
        update(SkillImport)
        .where(SkillImport.id == import_id, SkillImport.status == "processing")
        .values(progress=progress, message=message, heartbeat_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    return bool(moved)


def finish(row: SkillImport, results: dict[str, Any], skill_ids: list[str], message: str) -> bool:
    """Store the proposals, link every matched catalog skill, drop the upload — only if the
    import is still running (a cancelled one keeps nothing)."""
    finished = db.session.execute(
        update(SkillImport)
        .where(SkillImport.id == row.id, SkillImport.status == "processing")
        .values(
            status="completed",
            progress=100,
            message=message,
            results=results,
            completed_at=utcnow(),
            heartbeat_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    if not finished:
        return False
    if skill_ids:
        db.session.execute(
            insert(import_skills)
            .values([{"A": skill_id, "B": row.id} for skill_id in dict.fromkeys(skill_ids)])
            .on_conflict_do_nothing()
        )
    db.session.execute(delete(SkillImportFile).where(SkillImportFile.import_id == row.id))
    send(imports_completed, row.user_id)
    return True


@dataclass(frozen=True)
class MergeOutcome:
    added: int
    raised: int
    kept: int


def _parse_day(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.combine(date.fromisoformat(value), datetime.min.time())


def _estimate(proposal: Proposal) -> holdings.Estimate:
    return holdings.Estimate(
        level=proposal.level,
        score=proposal.score,
        years=proposal.years,
        last_used=_parse_day(proposal.last_used),
    )


def accept(user: User, row: SkillImport, skill_ids: set[str]) -> MergeOutcome:
    """Merge the accepted proposals into UserSkill (through skills.holdings), all in the
    caller's one commit:
    - not held: added with the import's source and the estimates;
    - held from an earlier import (not edited by hand, not verified): years and last use
      raised to the new estimates when higher;
    - added or edited by hand, or verified: values kept; the evidence is appended (the page
      shows the estimates beside the current values to apply if the person wishes)."""
    proposals = {proposal.skill_id: proposal for proposal in stored_proposals(row)}
    chosen = [proposals[skill_id] for skill_id in skill_ids if skill_id in proposals]
    chosen_ids = [proposal.skill_id for proposal in chosen]
    existing = {
        us.skill_id: us
        for us in db.session.scalars(
            select(UserSkill)
            .where(UserSkill.user_id == user.id, UserSkill.skill_id.in_(chosen_ids))
            .with_for_update()
        )
    }
    live = set(
        db.session.scalars(
            select(Skill.id).where(Skill.id.in_(chosen_ids), Skill.retired_at.is_(None))
        )
    )
    added = raised = kept = 0
    for proposal in chosen:
        held = existing.get(proposal.skill_id)
        estimate = _estimate(proposal)
        lines = proposal.evidence
        if held is None:
            if proposal.skill_id not in live:
                continue
            holdings.add_from_import(
                user.id, proposal.skill_id, estimate, row.source, row.id, lines
            )
            added += 1
            continue
        if holdings.follows_imports(held):
            holdings.raise_from_import(held, estimate)
            raised += 1
        else:
            kept += 1
        holdings.append_import_evidence(held, row.source, row.id, lines)
    send(skills_changed, user.id)
    db.session.flush()
    return MergeOutcome(added, raised, kept)


def apply_estimate(user: User, row: SkillImport, skill_id: str) -> UserSkill | None:
    """The person chose to take an import's estimates for a skill they already hold
    (skills.holdings.apply_estimate: a raise clears the verification, as an edit does)."""
    proposal = next((p for p in stored_proposals(row) if p.skill_id == skill_id), None)
    held = db.session.scalar(
        select(UserSkill).where(UserSkill.user_id == user.id, UserSkill.skill_id == skill_id)
    )
    if proposal is None or held is None:
        return None
    holdings.apply_estimate(held, _estimate(proposal))
    send(skills_changed, user.id)
    db.session.flush()
    return held
