"""User administration: the list's query and the writes admins make on other accounts.

The writes flush and never commit (smatrx/transaction.py): the view commits once. A
refused write has changed nothing; the view rolls back, which also releases the locks
taken on the admin rows."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from math import ceil

from sqlalchemy import ColumnElement, ScalarSelect, func, or_, select, update
from sqlalchemy.orm import joinedload

from smatrx.admin.listing import PAGE_SIZE, AdminPage
from smatrx.auth import sessions
from smatrx.auth.services import INVITE, active_admin_count
from smatrx.extensions import db
from smatrx.models import AccountToken, Session, User
from smatrx.models.base import escape_like, utcnow

logger = logging.getLogger(__name__)

QUERY_MAX = 200  # longer searches match nothing anyway; it bounds the ILIKE work


class AdminActionRefused(Exception):
    """The write would break a rule (the last admin, one's own account); the message says
    which, for the admin who asked. Nothing has been changed."""


@dataclass(frozen=True)
class UserRow:
    user: User
    active_sessions: int


@dataclass(frozen=True)
class UserPage(AdminPage):
    rows: list[UserRow]
    total: int
    page: int
    pages: int
    query: str


def _active_sessions_column() -> ScalarSelect[int]:
    # A correlated count per listed user: the page runs one statement for its rows
    # however many there are, and the Session_userId_idx index answers each count.
    return (
        select(func.count(Session.id))
        .where(Session.user_id == User.id, Session.expires > utcnow())
        .correlate(User)
        .scalar_subquery()
    )


def list_users(query: str = "", page: int = 1) -> UserPage:
    """One page of users, newest first, whose email or name contains query (any case).

    Two statements whatever the page size: the total, then the rows with their counts
    of live sessions. A page past the end shows the last page.
    """
    query = query.strip()[:QUERY_MAX]
    conditions = []
    if query:
        pattern = f"%{escape_like(query)}%"
        conditions.append(
            or_(User.email.ilike(pattern, escape="\\"), User.name.ilike(pattern, escape="\\"))
        )
    total = db.session.scalar(select(func.count()).select_from(User).where(*conditions)) or 0
    pages = max(1, ceil(total / PAGE_SIZE))
    page = min(max(1, page), pages)
    rows = db.session.execute(
        select(User, _active_sessions_column())
        .where(*conditions)
        .order_by(User.created_at.desc(), User.id)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    return UserPage(
        rows=[UserRow(user=user, active_sessions=count) for user, count in rows],
        total=total,
        page=page,
        pages=pages,
        query=query,
    )


def user_row(user: User) -> UserRow:
    """One user's row as the list shows it (for the fragment an HTMX write returns)."""
    count = db.session.scalar(
        select(func.count(Session.id)).where(Session.user_id == user.id, Session.expires > utcnow())
    )
    return UserRow(user=user, active_sessions=count or 0)


def _lock_admins_and(target: User) -> None:
    """Lock every admin row, then the target's, and reload the target.

    Two admins demoting or deactivating each other at the same moment would each count
    two active admins and leave none; with the admin rows locked, the second waits for
    the first to commit and then counts what is left. Always in id order, so two such
    transactions cannot deadlock.
    """
    db.session.execute(
        select(User.id).where(User.role == "admin").order_by(User.id).with_for_update()
    )
    db.session.refresh(target, with_for_update=True)


def _removes_last_admin(target: User) -> bool:
    return target.role == "admin" and target.is_active and active_admin_count() <= 1


def change_role(actor: User, target: User, role: str) -> bool:
    """Give target the role; False when it already had it.

    AdminActionRefused when it would leave no active admin.
    """
    _lock_admins_and(target)
    if target.role == role:
        return False
    if role != "admin" and _removes_last_admin(target):
        if target.id == actor.id:
            raise AdminActionRefused(
                "You are the only active admin. Make someone else an admin first, "
                "then change your own role."
            )
        raise AdminActionRefused(
            f"{target.display_name} is the only active admin. Make someone else an admin first."
        )
    previous, target.role = target.role, role
    db.session.flush()
    logger.info(
        "admin %s changed the role of %s from %s to %s", actor.id, target.id, previous, role
    )
    return True


def deactivate(actor: User, target: User) -> bool:
    """Deactivate target and end all its sessions in one transaction; False when it was
    already deactivated. AdminActionRefused for one's own account or the last admin."""
    if target.id == actor.id:
        raise AdminActionRefused("You cannot deactivate your own account.")
    _lock_admins_and(target)
    if not target.is_active:
        return False
    if _removes_last_admin(target):
        raise AdminActionRefused(
            f"{target.display_name} is the only active admin and cannot be deactivated."
        )
    target.deactivated_at = utcnow()
    ended = sessions.end_sessions(target.id)
    db.session.flush()
    logger.info("admin %s deactivated %s (%d sessions ended)", actor.id, target.id, ended)
    return True


def reactivate(actor: User, target: User) -> bool:
    """Let target sign in again; False when it was not deactivated."""
    if target.is_active:
        return False
    target.deactivated_at = None
    db.session.flush()
    logger.info("admin %s reactivated %s", actor.id, target.id)
    return True


def end_user_sessions(actor: User, target: User) -> int:
    """Sign target out everywhere and return how many sessions ended. For the admin's own
    account the session in use is kept, or the admin would sign themselves out."""
    keep = actor.session_token if target.id == actor.id else None
    ended = sessions.end_sessions(target.id, except_token=keep)
    logger.info("admin %s ended %d sessions of %s", actor.id, ended, target.id)
    return ended


def _pending_invite_conditions() -> tuple[ColumnElement[bool], ...]:
    return (
        AccountToken.purpose == INVITE,
        AccountToken.used_at.is_(None),
        AccountToken.expires_at > utcnow(),
    )


def pending_invites() -> list[AccountToken]:
    """Invitations that can still be used, newest first, with who sent them."""
    return list(
        db.session.scalars(
            select(AccountToken)
            .options(joinedload(AccountToken.created_by))
            .where(*_pending_invite_conditions())
            .order_by(AccountToken.created_at.desc(), AccountToken.id)
        )
    )


def revoke_invite(actor: User, invite_id: str) -> str | None:
    """Make a pending invitation unusable; returns its address, or None when no pending
    invitation has that id. One UPDATE, so a link being used right now either wins or
    is revoked, never both."""
    email = db.session.scalar(
        update(AccountToken)
        .where(AccountToken.id == invite_id, *_pending_invite_conditions())
        .values(used_at=utcnow())
        .returning(AccountToken.email)
        .execution_options(synchronize_session=False)
    )
    if email is None:
        return None
    logger.info("admin %s revoked invitation %s", actor.id, invite_id)
    return email
