"""Sign-in sessions kept in the seed's Session table.

The browser's (signed, HttpOnly) Flask session cookie carries a random token; the table
keeps only its SHA-256 and the expiry. flask-login remembers the token as the "user id"
(User.get_id returns it), so every request looks the row up, checks expiry and that the
account is active, and slides the expiry forward. Deleting the row signs the browser out.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from functools import cache
from typing import Any

from flask import current_app, request, session
from flask_login import login_user, logout_user
from sqlalchemy import Select, bindparam, delete, func, select, update

from smatrx import audit
from smatrx.consent import legal
from smatrx.consent.records import accepted_current
from smatrx.extensions import db
from smatrx.models import Notification, Profile, Session, User
from smatrx.models.base import utcnow

# Renew expiry and lastSeenAt at most this often, so a busy page is not a write per request.
TOUCH_INTERVAL = timedelta(minutes=5)
USER_AGENT_MAX = 300
IP_MAX = 64  # an IPv6 address with a zone fits


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _client_address() -> str | None:
    # remote_addr is the client's once ProxyFix has read the proxy's headers (TRUSTED_PROXIES).
    return (request.remote_addr or "")[:IP_MAX] or None


def _lifetime() -> timedelta:
    return timedelta(days=current_app.config["SESSION_LIFETIME_DAYS"])


def start_session(user: User) -> Session:
    """Sign the user in on this browser with a brand-new token (no fixation)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    # Tidy up this person's expired sessions while we are here (indexed by userId).
    db.session.execute(delete(Session).where(Session.user_id == user.id, Session.expires <= now))
    row = Session(
        session_token=token_digest(token),
        user_id=user.id,
        expires=now + _lifetime(),
        created_at=now,
        last_seen_at=now,
        user_agent=(request.headers.get("User-Agent") or "")[:USER_AGENT_MAX] or None,
        last_ip=_client_address(),
    )
    db.session.add(row)
    db.session.flush()
    # A fresh cookie: whatever the browser carried before (CSRF token included) is dropped,
    # except messages waiting to be shown.
    pending_messages = session.get("_flashes")
    session.clear()
    if pending_messages:
        session["_flashes"] = pending_messages
    session.permanent = True
    user.session_token = token
    login_user(user)
    # About the session it starts: the account page shows where each session began.
    audit.record(
        "sign_in", actor_id=user.id, subject_id=user.id, entity_type="Session", entity_id=row.id
    )
    return row


@cache
def _load_statement() -> Select[Any]:
    """One statement per request: the session's id and times (columns, not an entity: the
    request never changes the row through the ORM), its user, whether onboarding is
    finished (the gate asks on every page), whether the published terms and privacy notice
    are accepted (the consent gate, two index probes) and the unread notifications (the
    bell shows on every page). Built once per process; only the digest and the published
    versions change."""
    unread = (
        select(func.count())
        .select_from(Notification)
        .where(Notification.user_id == User.id, Notification.read_at.is_(None))
        .scalar_subquery()
    )
    return (
        select(
            Session.id,
            Session.expires,
            Session.last_seen_at,
            User,
            Profile.onboarding_completed,
            unread,
            accepted_current(
                User.id,
                {"terms": bindparam("terms_version"), "privacy": bindparam("privacy_version")},
            ),
        )
        .join(User, User.id == Session.user_id)
        .outerjoin(Profile, Profile.user_id == User.id)
        .where(Session.session_token == bindparam("digest"))
    )


def load_user_from_token(token: str) -> User | None:
    """flask-login's user_loader: the user of a live session, or None."""
    versions = legal.current_versions(current_app.config["INSTANCE_PATH"])
    found = db.session.execute(
        _load_statement(),
        {
            "digest": token_digest(token),
            "terms_version": versions["terms"],
            "privacy_version": versions["privacy"],
        },
    ).first()
    if found is None:
        return None
    session_id, expires, last_seen_at, user, onboarded, unread_count, legal_current = found
    now = utcnow()
    if expires <= now or user.deactivated_at is not None:
        return None
    if now - last_seen_at >= TOUCH_INTERVAL:
        db.session.execute(
            update(Session)
            .where(Session.id == session_id)
            .values(last_seen_at=now, expires=now + _lifetime(), last_ip=_client_address())
        )
        db.session.commit()
        # The cookie is sent again only when its session was extended (not on every
        # response: SESSION_REFRESH_EACH_REQUEST is off), so both expire together.
        session.modified = True
    user.session_token = token
    user.current_session_id = session_id
    user.onboarding_done = bool(onboarded)
    user.unread_notifications = unread_count
    user.legal_current = bool(legal_current)
    return user


def end_current_session(user: User) -> None:
    audit.record("sign_out", actor_id=user.id, subject_id=user.id)
    if user.session_token:
        db.session.execute(
            delete(Session).where(Session.session_token == token_digest(user.session_token))
        )
    logout_user()
    session.clear()


def end_sessions(user_id: str, *, except_token: str | None = None) -> int:
    """End the user's sessions (all, or all but one); the caller commits."""
    query = delete(Session).where(Session.user_id == user_id)
    if except_token:
        query = query.where(Session.session_token != token_digest(except_token))
    ended = db.session.execute(query).rowcount
    if ended:
        audit.record("sign_out", subject_id=user_id, changes={"sessions_ended": ended})
    return ended
