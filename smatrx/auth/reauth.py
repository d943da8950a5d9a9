"""A fresh sign-in for a dangerous action (deleting the account) by someone without a
password: signing in again with a provider linked to the account counts for ten minutes
in this browser."""

from __future__ import annotations

import time

from flask import session
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import Account, User

REAUTH_KEY = "reauthenticated_at"
REAUTH_SECONDS = 600


def confirm_with_provider(user: User, provider: str, account_id: str) -> bool:
    """True (and remembered) when the provider's answer is an account linked to user."""
    linked = db.session.scalar(
        select(Account.id).where(
            Account.user_id == user.id,
            Account.provider == provider,
            Account.provider_account_id == account_id,
        )
    )
    if linked is None:
        return False
    session[REAUTH_KEY] = time.time()
    return True


def recently_reauthenticated() -> bool:
    at = session.get(REAUTH_KEY)
    return isinstance(at, int | float) and time.time() - at < REAUTH_SECONDS
