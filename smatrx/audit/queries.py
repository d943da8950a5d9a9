"""Reading the audit log: one page at a time, newest first, by keyset (the log grows without
end: no count of it all, no OFFSET walking through it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select, tuple_
from sqlalchemy.orm import Session

from smatrx.audit.describe import describe, skill_ids_named
from smatrx.models import AuditEvent, Skill

PAGE_SIZE = 50


@dataclass(frozen=True)
class AuditFilters:
    actor_id: str | None = None
    subject_or_actor: str | None = None  # a person's own activity
    entity_type: str | None = None
    entity_id: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive


@dataclass(frozen=True)
class AuditLine:
    event: AuditEvent
    text: str


@dataclass
class AuditPage:
    lines: list[AuditLine] = field(default_factory=list)
    older: str | None = None  # the cursor of the next (older) page, if there is one


def cursor_of(event: AuditEvent) -> str:
    return f"{event.at.isoformat()}|{event.id}"


def parse_cursor(cursor: str | None) -> tuple[datetime, str] | None:
    """The (time, id) a page starts after; None for a missing or malformed cursor."""
    if not cursor or "|" not in cursor:
        return None
    at, _, event_id = cursor.partition("|")
    try:
        return datetime.fromisoformat(at), event_id
    except ValueError:
        return None


def _conditions(filters: AuditFilters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.actor_id:
        conditions.append(AuditEvent.actor_id == filters.actor_id)
    if filters.subject_or_actor:
        person = filters.subject_or_actor
        conditions.append(or_(AuditEvent.subject_id == person, AuditEvent.actor_id == person))
    if filters.entity_type:
        conditions.append(AuditEvent.entity_type == filters.entity_type)
    if filters.entity_id:
        conditions.append(AuditEvent.entity_id == filters.entity_id)
    if filters.action:
        conditions.append(AuditEvent.action == filters.action)
    if filters.since:
        conditions.append(AuditEvent.at >= filters.since)
    if filters.until:
        conditions.append(AuditEvent.at < filters.until)
    return conditions


def audit_page(
    session: Session, filters: AuditFilters, after: str | None = None, size: int = PAGE_SIZE
) -> AuditPage:
    query = select(AuditEvent).where(*_conditions(filters))
    start = parse_cursor(after)
    if start is not None:
        query = query.where(tuple_(AuditEvent.at, AuditEvent.id) < tuple_(*start))
    events = list(
        session.scalars(query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(size + 1))
    )
    more = len(events) > size
    events = events[:size]
    wanted = set().union(*(skill_ids_named(event.changes) for event in events)) if events else set()
    names: dict[str, str] = {}
    if wanted:
        rows = session.execute(select(Skill.id, Skill.name).where(Skill.id.in_(wanted)))
        names = {row[0]: row[1] for row in rows.all()}
    lines = [
        AuditLine(event, describe(event.action, event.entity_type, event.changes, names))
        for event in events
    ]
    return AuditPage(lines, cursor_of(events[-1]) if more else None)
