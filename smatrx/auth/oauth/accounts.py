"""What a finished OAuth sign-in means for our accounts: sign in, link, or create, with
the rules that keep an unverified address from taking over an account."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import func, select, text

from smatrx.auth import sessions
from smatrx.auth.oauth.identity import Identity
from smatrx.auth.oauth.providers import PROVIDERS
from smatrx.auth.services import FIRST_ACCOUNT_LOCK, find_user_by_email
from smatrx.consent import current_versions
from smatrx.consent.records import record_required
from smatrx.extensions import db
from smatrx.models import Account, User
from smatrx.models.base import utcnow


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str
    user: User | None = None
    first_admin: bool = False


def _store_token(account: Account, identity: Identity, token: dict[str, Any]) -> None:
    """Keep the latest tokens (encrypted by the column type) and the public profile."""
    account.access_token = token.get("access_token")
    if token.get("refresh_token"):
        account.refresh_token = token["refresh_token"]
    account.id_token = token.get("id_token")
    account.token_type = token.get("token_type")
    account.scope = token.get("scope")
    expires_at = token.get("expires_at")
    account.expires_at = int(expires_at) if expires_at else None
    refresh_expires = token.get("refresh_token_expires_in")
    account.refresh_token_expires_in = int(refresh_expires) if refresh_expires else None
    account.profile = identity.profile or None


def _find_account(identity: Identity) -> Account | None:
    return db.session.scalar(
        select(Account).where(
            Account.provider == identity.provider,
            Account.provider_account_id == identity.account_id,
        )
    )


def _new_account(user: User, identity: Identity, token: dict[str, Any]) -> Account:
    account = Account(
        user_id=user.id,
        type="oauth",
        provider=identity.provider,
        provider_account_id=identity.account_id,
    )
    _store_token(account, identity, token)
    db.session.add(account)
    if not user.image and identity.image:
        user.image = identity.image
    if not user.name and identity.name:
        user.name = identity.name
    return account


def link(user: User, identity: Identity, token: dict[str, Any]) -> Outcome:
    """A signed-in person links another provider."""
    label = PROVIDERS[identity.provider].label
    existing = _find_account(identity)
    if existing is not None and existing.user_id != user.id:
        return Outcome(False, f"That {label} account is linked to another account here.")
    if existing is not None:
        _store_token(existing, identity, token)
        db.session.flush()
        return Outcome(True, f"{label} was already linked; its details are refreshed.", user)
    if any(a.provider == identity.provider for a in user.accounts):
        return Outcome(False, f"Another {label} account is already linked; unlink it first.")
    _new_account(user, identity, token)
    db.session.flush()
    return Outcome(True, f"{label} is linked: you can sign in with it.", user)


def sign_in(identity: Identity, token: dict[str, Any]) -> Outcome:
    """Sign in with a provider: the linked account, an automatic link when both sides have
    verified the same address, or a new account when registration is open."""
    label = PROVIDERS[identity.provider].label
    account = _find_account(identity)
    if account is not None:
        user = account.user
        if not user.is_active:
            return Outcome(False, "This account is deactivated. Ask an admin to reactivate it.")
        _store_token(account, identity, token)
        sessions.start_session(user)
        db.session.flush()
        return Outcome(True, f"Signed in with {label}.", user)

    if identity.email:
        user = find_user_by_email(identity.email)
        if user is not None:
            if not (identity.email_verified and user.email_verified is not None):
                return Outcome(
                    False,
                    f"An account with {identity.email} already exists. Sign in the way you "
                    f"did before, then link {label} from your account page.",
                )
            if not user.is_active:
                return Outcome(False, "This account is deactivated. Ask an admin to reactivate it.")
            _new_account(user, identity, token)
            sessions.start_session(user)
            db.session.flush()
            return Outcome(True, f"Signed in with {label}, now linked to your account.", user)

    if not current_app.config["REGISTRATION_OPEN"]:
        return Outcome(
            False, "This installation is invite-only: ask an admin for an invitation first."
        )
    return _create(identity, token)


def _create(identity: Identity, token: dict[str, Any]) -> Outcome:
    label = PROVIDERS[identity.provider].label
    db.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FIRST_ACCOUNT_LOCK})
    first = db.session.scalar(select(func.count()).select_from(User)) == 0
    # Only a verified address is kept: an unverified one could belong to someone else.
    verified_email = identity.email if identity.email_verified else None
    user = User(
        email=verified_email,
        email_verified=utcnow() if verified_email else None,
        name=identity.name,
        image=identity.image,
        role="admin" if first else "member",
    )
    db.session.add(user)
    db.session.flush()
    # The sign-up pages say that signing up with a provider accepts the published texts.
    record_required(db.session, user.id, current_versions())
    _new_account(user, identity, token)
    sessions.start_session(user)
    db.session.flush()
    return Outcome(True, f"Welcome! Your account is ready; you sign in with {label}.", user, first)


def sign_in_methods(user: User) -> int:
    return len(user.accounts) + (1 if user.password_hash else 0)


def unlink(user: User, provider: str) -> Outcome:
    label = PROVIDERS[provider].label
    account = next((a for a in user.accounts if a.provider == provider), None)
    if account is None:
        return Outcome(False, f"{label} is not linked.")
    if sign_in_methods(user) <= 1:
        return Outcome(
            False,
            f"{label} is your only way to sign in. Set a password or link another provider "
            "before unlinking it.",
        )
    db.session.delete(account)
    db.session.flush()
    return Outcome(True, f"{label} is unlinked.", user)
