"""Remove a skill with undo: the row is deleted at once and kept in Redis for a while, so
Undo puts it back exactly (same id, values and timestamps), with its pending verification
requests (the database deletes those with the row).

Redis away: the removal still happens, without an undo, and the person is told so.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from redis.exceptions import RedisError
from sqlalchemy import inspect, select
from sqlalchemy.dialects.postgresql import TIMESTAMP
from sqlalchemy.exc import IntegrityError

from smatrx.extensions import db
from smatrx.jobs.queue import get_redis
from smatrx.models import User, UserSkill, VerificationRequest
from smatrx.signals import send, skills_changed

logger = logging.getLogger(__name__)

UNDO_SECONDS = 10 * 60


def undo_key(user_id: str, user_skill_id: str) -> str:
    return f"smatrx:skills:removed:{user_id}:{user_skill_id}"


def _columns(model: type) -> list[tuple[str, bool]]:
    """(attribute name, is a timestamp) for every mapped column."""
    return [
        (attr.key, isinstance(attr.columns[0].type, TIMESTAMP))
        for attr in inspect(model).column_attrs
    ]


def snapshot(obj: Any) -> dict[str, Any]:
    """Every column value, JSON-ready (timestamps as ISO text)."""
    values = {}
    for key, is_time in _columns(type(obj)):
        value = getattr(obj, key)
        values[key] = value.isoformat() if is_time and value is not None else value
    return values


def rebuild(model: type, values: dict[str, Any]) -> Any:
    data = {}
    for key, is_time in _columns(model):
        value = values.get(key)
        data[key] = datetime.fromisoformat(value) if is_time and value is not None else value
    return model(**data)


UNAVAILABLE = "Undo is unavailable right now."


@dataclass(frozen=True)
class Removed:
    user_skill_id: str
    skill_id: str
    skill_name: str
    undoable: bool = True


def remove(user: User, row: UserSkill) -> Removed:
    """Delete one of my skills and keep what Undo needs for UNDO_SECONDS. The caller
    commits; the snapshot is written first, so a failed commit leaves nothing lost."""
    requests = db.session.scalars(
        select(VerificationRequest).where(VerificationRequest.user_skill_id == row.id)
    ).all()
    payload = {
        "skill_name": row.skill.name,
        "user_skill": snapshot(row),
        "verification_requests": [snapshot(request) for request in requests],
    }
    try:
        get_redis().set(undo_key(user.id, row.id), json.dumps(payload), ex=UNDO_SECONDS)
        undoable = True
    except RedisError:
        logger.warning("undo stash unavailable (Redis): removing without an undo")
        undoable = False
    removed = Removed(row.id, row.skill_id, row.skill.name, undoable)
    db.session.delete(row)
    db.session.flush()
    send(skills_changed, user.id)
    return removed


def removed_skill(user: User, user_skill_id: str) -> Removed | None:
    """What Undo would restore, while it still can (None once the time is up, or while
    Redis is away)."""
    try:
        raw = get_redis().get(undo_key(user.id, user_skill_id))
    except RedisError:
        return None
    if raw is None:
        return None
    payload = json.loads(raw)
    return Removed(user_skill_id, payload["user_skill"]["skill_id"], payload["skill_name"])


class UndoError(Exception):
    """Why a removal cannot be undone, as a sentence for the person."""


class UndoExpired(UndoError):
    pass


def restore(user: User, user_skill_id: str) -> UserSkill:
    """Put a removed skill back exactly as it was. UndoExpired when the removal is unknown
    (too old, already undone, or not mine); UndoError when the skill was added again since
    or has left the catalog (or Redis is away). The caller commits, then calls forget()."""
    try:
        raw = get_redis().get(undo_key(user.id, user_skill_id))
    except RedisError as error:
        raise UndoError(f"{UNAVAILABLE} Add the skill again from the catalog.") from error
    if raw is None:
        raise UndoExpired(
            f"This removal can no longer be undone (undo lasts {UNDO_SECONDS // 60} minutes)."
        )
    payload = json.loads(raw)
    values = payload["user_skill"]
    name = payload["skill_name"]
    again = f"You have added {name} again since, so the removal cannot be undone."
    if values["user_id"] != user.id:  # the key holds the user id; belt and braces
        raise UndoExpired("This removal can no longer be undone.")
    held = db.session.scalar(
        select(UserSkill.id).where(
            UserSkill.user_id == user.id, UserSkill.skill_id == values["skill_id"]
        )
    )
    if held is not None:
        raise UndoError(again)
    row = rebuild(UserSkill, values)
    try:
        with db.session.begin_nested():
            db.session.add(row)
            db.session.flush()
            for request_values in payload.get("verification_requests", []):
                db.session.add(rebuild(VerificationRequest, request_values))
    except IntegrityError as exc:
        # The skill (or a reviewer) left the database meanwhile: a foreign key refuses.
        logger.info("undo of user skill %s refused: %s", user_skill_id, exc.orig)
        if "UserSkill_userId_skillId_key" in str(exc.orig):
            raise UndoError(again) from exc
        raise UndoError(f"{name} is no longer in the catalog, so it cannot be restored.") from exc
    send(skills_changed, user.id)
    return row


def forget(user: User, user_skill_id: str) -> None:
    try:
        get_redis().delete(undo_key(user.id, user_skill_id))
    except RedisError:  # it expires on its own
        logger.warning("could not drop an undo stash (Redis)")
