"""Notifications: the writes other features call (notify, notify_many) and the bell's reads.

The writers only add to the session; the caller commits with the change the notification
is about, so a notification never exists for a write that was rolled back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from math import ceil

from sqlalchemy import func, insert, select, update

from smatrx.extensions import db
from smatrx.models import Notification
from smatrx.models.base import new_id, utcnow

PAGE_SIZE = 20
MESSAGE_MAX = 500


def safe_link(link: str | None) -> str | None:
    """The link when it is a path on this site, else None: a notification never sends
    anyone to another host ("//evil.example" and "/\\evil.example" are other hosts)."""
    if not link or not link.startswith("/") or link.startswith(("//", "/\\")):
        return None
    if any(ch in link for ch in "\r\n\t") or len(link) > 2000:
        return None
    return link


def notify(user_id: str, kind: str, message: str, link: str | None = None) -> Notification:
    """Add one notification for user_id to the session (the caller commits)."""
    notification = Notification(
        user_id=user_id, kind=kind, message=message[:MESSAGE_MAX], link=safe_link(link)
    )
    db.session.add(notification)
    return notification


def notify_many(user_ids: Iterable[str], kind: str, message: str, link: str | None = None) -> int:
    """The same notification for every user in user_ids, as one INSERT of many rows (the
    caller commits). Returns how many were added."""
    now = utcnow()
    rows = [
        {
            "id": new_id(),
            "user_id": user_id,
            "kind": kind,
            "message": message[:MESSAGE_MAX],
            "link": safe_link(link),
            "created_at": now,
        }
        for user_id in dict.fromkeys(user_ids)
    ]
    if rows:
        db.session.execute(insert(Notification).values(rows))
    return len(rows)


def unread_count(user_id: str) -> int:
    """How many of the user's notifications are unread (one indexed count)."""
    return (
        db.session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        )
        or 0
    )


@dataclass(frozen=True)
class NotificationPage:
    items: list[Notification]
    total: int
    page: int
    pages: int


def page_of(user_id: str, page: int = 1) -> NotificationPage:
    """One page of the user's notifications, newest first; a page past the end shows the
    last one."""
    total = (
        db.session.scalar(
            select(func.count()).select_from(Notification).where(Notification.user_id == user_id)
        )
        or 0
    )
    pages = max(1, ceil(total / PAGE_SIZE))
    page = min(max(1, page), pages)
    items = list(
        db.session.scalars(
            select(Notification)
            .where(Notification.user_id == user_id)
            .order_by(Notification.created_at.desc(), Notification.id.desc())
            .limit(PAGE_SIZE)
            .offset((page - 1) * PAGE_SIZE)
        )
    )
    return NotificationPage(items=items, total=total, page=page, pages=pages)


def get_own(user_id: str, notification_id: str) -> Notification | None:
    """The notification when it is the user's, else None (someone else's is not found)."""
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != user_id:
        return None
    return notification


def mark_read(notification: Notification) -> None:
    if notification.read_at is None:
        notification.read_at = utcnow()
    db.session.flush()


def mark_all_read(user_id: str) -> int:
    """Mark every unread notification of the user read; returns how many were."""
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    db.session.flush()
    return result.rowcount or 0
