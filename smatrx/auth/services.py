"""Account writes shared by the auth, account and admin views and the CLI."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from email_validator import EmailNotValidError, validate_email
from flask import current_app, render_template, url_for
from sqlalchemy import func, select, text

from smatrx.auth import sessions, tokens
from smatrx.auth.passwords import hash_password, needs_rehash, verify_password
from smatrx.consent import current_versions
from smatrx.consent.records import record_required
from smatrx.extensions import db
from smatrx.mail import send_mail
from smatrx.models import AccountToken, User
from smatrx.models.base import utcnow
from smatrx.transaction import after_commit

logger = logging.getLogger(__name__)

VERIFY, RESET, INVITE = "verify-email", "reset-password", "invite"
# Serialises "is this the first account?" between concurrent registrations.
FIRST_ACCOUNT_LOCK = 0x5357_4154_5258  # "SMATRX"


def normalise_email(raw: str) -> str:
    """The address as stored: validated syntax, lower-cased. ValueError says what is wrong."""
    try:
        result = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from exc
    return result.normalized.lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email.lower()))


def absolute_url(endpoint: str, **values: object) -> str:
    """A link for a mail: PUBLIC_URL when configured (never trust the Host header for
    links that carry secrets), else this request's own address."""
    base = current_app.config["PUBLIC_URL"]
    if base:
        return base + url_for(endpoint, **values)
    return url_for(endpoint, _external=True, **values)


def _mail(to: str, subject: str, template: str, **context: object) -> None:
    """Send a mail once the caller commits (its link must exist by then): rendered now,
    while the rows it names are at hand."""
    body = render_template(f"mail/{template}", **context)
    after_commit(lambda: send_mail(to, subject, body))


def send_verification(user: User, email: str | None = None) -> None:
    """Mail a link that confirms the address (a new one when email is given)."""
    address = email or user.email
    assert address
    tokens.revoke_links(VERIFY, user_id=user.id)
    link = tokens.issue_link(
        VERIFY,
        address,
        timedelta(hours=current_app.config["VERIFY_LINK_HOURS"]),
        user_id=user.id,
    )
    _mail(
        address,
        "Confirm your email address",
        "verify.txt",
        user=user,
        url=absolute_url("auth.verify", token=link.token),
        hours=current_app.config["VERIFY_LINK_HOURS"],
    )


def request_reset(email: str) -> None:
    """What the reset form does, the same work whatever the address: one job enqueued.
    Looking the address up and mailing happen in the job, so the answer's timing no longer
    tells an address with an account from one without. Redis away: done here instead (the
    form keeps working; the timing then differs, logged)."""
    from flask import request
    from redis.exceptions import RedisError

    from smatrx.jobs.queue import get_queue

    # The job has no request: it builds the link on this one's address (or PUBLIC_URL).
    base_url = current_app.config["PUBLIC_URL"] or request.host_url
    try:
        get_queue().enqueue(send_reset_job, email, base_url, result_ttl=0, failure_ttl=86400)
    except RedisError:
        logger.warning("reset mail sent inline: the job queue is unavailable")
        send_reset(email)


def send_reset_job(email: str, base_url: str) -> None:
    """The job behind request_reset: mail the link (if any) and commit."""
    with current_app.test_request_context(base_url=base_url):
        send_reset(email)
        db.session.commit()


def send_reset(email: str) -> None:
    """Mail a reset link if the address has an account; otherwise do nothing visible."""
    user = find_user_by_email(email)
    if user is None or not user.is_active:
        return
    tokens.revoke_links(RESET, user_id=user.id)
    link = tokens.issue_link(
        RESET,
        email,
        timedelta(minutes=current_app.config["RESET_LINK_MINUTES"]),
        user_id=user.id,
    )
    _mail(
        email,
        "Reset your password",
        "reset.txt",
        user=user,
        url=absolute_url("auth.reset_password", token=link.token),
        minutes=current_app.config["RESET_LINK_MINUTES"],
    )


def send_invite(email: str, inviter: User) -> str:
    """Create and mail an invitation; returns the link (admins may pass it on themselves)."""
    tokens.revoke_links(INVITE, email=email)
    link = tokens.issue_link(
        INVITE,
        email,
        timedelta(days=current_app.config["INVITE_LINK_DAYS"]),
        created_by_id=inviter.id,
    )
    url = absolute_url("auth.register", invite=link.token)
    _mail(
        email,
        f"You are invited to {current_app.config['APP_NAME']}",
        "invite.txt",
        inviter=inviter,
        url=url,
        days=current_app.config["INVITE_LINK_DAYS"],
    )
    return url


@dataclass(frozen=True)
class Registration:
    user: User | None  # None when the address already had an account
    first_admin: bool = False
    signed_in: bool = False


def register(
    email: str,
    password: str,
    name: str | None,
    invite: AccountToken | None,
    *,
    versions: Mapping[str, str] | None = None,
) -> Registration:
    """Create the account, recording acceptance of the terms and privacy notice at the
    versions the page showed (the published ones by default). An existing address gets a
    notice mail instead, and the caller shows the same page either way (no account
    enumeration)."""
    db.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FIRST_ACCOUNT_LOCK})
    existing = find_user_by_email(email)
    if existing is not None:
        db.session.rollback()
        hash_password(password)  # the same work as a new account: no timing difference
        _mail(
            email,
            "Someone tried to create an account with your address",
            "already_registered.txt",
            user=existing,
            sign_in_url=absolute_url("auth.login"),
            reset_url=absolute_url("auth.reset_request"),
        )
        return Registration(user=None)

    first = db.session.scalar(select(func.count()).select_from(User)) == 0
    user = User(
        email=email,
        name=name or None,
        password_hash=hash_password(password),
        role="admin" if first else "member",
    )
    db.session.add(user)
    db.session.flush()
    record_required(db.session, user.id, versions or current_versions())
    if invite is not None:
        # The invitation reached this address, so the address is confirmed.
        user.email_verified = utcnow()
        sessions.start_session(user)
        return Registration(user=user, first_admin=first, signed_in=True)
    send_verification(user)
    return Registration(user=user, first_admin=first)


@dataclass(frozen=True)
class SignIn:
    user: User | None
    needs_verification: bool = False


def authenticate(email: str, password: str) -> SignIn:
    """Check the credentials. Unknown address, wrong password and deactivated account all
    look the same to the caller; only the right password learns about verification."""
    user = find_user_by_email(email)
    if not verify_password(user.password_hash if user else None, password) or user is None:
        return SignIn(user=None)
    if not user.is_active:
        return SignIn(user=None)
    if user.email_verified is None:
        return SignIn(user=user, needs_verification=True)
    if user.password_hash and needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return SignIn(user=user)


def confirm_email(token: str) -> User:
    """Use a verification link: confirms the address (switching to it for an email change)."""
    row = tokens.consume_link(VERIFY, token)
    user = db.session.get(User, row.user_id) if row.user_id else None
    if user is None:
        raise tokens.LinkError("This link is not valid. Check that you copied all of it.")
    if row.email != user.email:
        taken = find_user_by_email(row.email)
        if taken is not None and taken.id != user.id:
            raise tokens.LinkError("That address now belongs to another account.")
        user.email = row.email
    user.email_verified = utcnow()
    db.session.flush()
    return user


def reset_password(token: str, password: str) -> User:
    """Use a reset link: new password, every session ended, address confirmed."""
    row = tokens.consume_link(RESET, token)
    user = db.session.get(User, row.user_id) if row.user_id else None
    if user is None or not user.is_active:
        raise tokens.LinkError("This link is not valid. Check that you copied all of it.")
    user.password_hash = hash_password(password)
    if user.email_verified is None and row.email == user.email:
        user.email_verified = utcnow()
    sessions.end_sessions(user.id)
    db.session.flush()
    return user


def change_password(user: User, password: str) -> None:
    """Set a new password and end the user's other sessions."""
    user.password_hash = hash_password(password)
    sessions.end_sessions(user.id, except_token=user.session_token)
    tokens.revoke_links(RESET, user_id=user.id)
    db.session.flush()


def active_admin_count() -> int:
    return (
        db.session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == "admin", User.deactivated_at.is_(None))
        )
        or 0
    )


def request_email_change(user: User, new_email: str) -> None:
    """Mail a confirmation link to the new address; the address changes when it is used.
    An address that already has an account gets a notice instead (nothing is revealed)."""
    owner = find_user_by_email(new_email)
    if owner is not None:
        _mail(
            new_email,
            "Someone tried to use your address for another account",
            "already_registered.txt",
            user=owner,
            sign_in_url=absolute_url("auth.login"),
            reset_url=absolute_url("auth.reset_request"),
        )
        return
    send_verification(user, email=new_email)
