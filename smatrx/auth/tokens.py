"""Single-use links (verify email, reset password, invite).

A link carries a random secret signed with the app's key and the link's purpose
(itsdangerous), so a forged or altered link is refused before the database is asked.
The database keeps only the secret's SHA-256, the expiry and usedAt: consuming a link is
one UPDATE ... WHERE "usedAt" IS NULL, so it works once even under concurrent clicks.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select, update

from smatrx.extensions import db
from smatrx.models import AccountToken
from smatrx.models.base import utcnow


class LinkError(ValueError):
    """The link cannot be used; the message says why, for the person who clicked it."""


@dataclass(frozen=True)
class IssuedLink:
    token: str  # what goes in the URL
    row: AccountToken


def _serializer(purpose: str) -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=f"smatrx-link:{purpose}")


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def issue_link(
    purpose: str,
    email: str,
    lifetime: timedelta,
    *,
    user_id: str | None = None,
    created_by_id: str | None = None,
) -> IssuedLink:
    """Create a link row (the caller commits) and return the token for the URL."""
    secret = secrets.token_urlsafe(32)
    row = AccountToken(
        purpose=purpose,
        token_hash=_digest(secret),
        email=email,
        user_id=user_id,
        created_by_id=created_by_id,
        expires_at=utcnow() + lifetime,
    )
    db.session.add(row)
    return IssuedLink(token=_serializer(purpose).dumps(secret), row=row)


def peek_link(purpose: str, token: str) -> AccountToken:
    """The link's row if it could be used now (without using it), else LinkError."""
    try:
        secret = _serializer(purpose).loads(token)
    except BadSignature as exc:
        raise LinkError("This link is not valid. Check that you copied all of it.") from exc
    if not isinstance(secret, str):
        raise LinkError("This link is not valid. Check that you copied all of it.")
    row = db.session.scalar(
        select(AccountToken).where(
            AccountToken.token_hash == _digest(secret), AccountToken.purpose == purpose
        )
    )
    if row is None:
        raise LinkError("This link is not valid. Check that you copied all of it.")
    if row.used_at is not None:
        raise LinkError("This link has already been used.")
    if row.expires_at <= utcnow():
        raise LinkError("This link has expired. Ask for a new one.")
    return row


def consume_link(purpose: str, token: str) -> AccountToken:
    """Use the link once (in the caller's transaction) and return its row."""
    row = peek_link(purpose, token)
    used = db.session.execute(
        update(AccountToken)
        .where(AccountToken.id == row.id, AccountToken.used_at.is_(None))
        .values(used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if used.rowcount != 1:
        raise LinkError("This link has already been used.")
    db.session.refresh(row)
    return row


def revoke_links(purpose: str, *, user_id: str | None = None, email: str | None = None) -> None:
    """Mark every unused link of this purpose for the user (or address) as used."""
    query = update(AccountToken).where(
        AccountToken.purpose == purpose, AccountToken.used_at.is_(None)
    )
    if user_id is not None:
        query = query.where(AccountToken.user_id == user_id)
    if email is not None:
        query = query.where(AccountToken.email == email)
    db.session.execute(query.values(used_at=utcnow()).execution_options(synchronize_session=False))
