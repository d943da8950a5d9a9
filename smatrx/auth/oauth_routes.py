"""OAuth sign-in and linking: start (redirect to the provider) and callback."""

from __future__ import annotations

import logging

import requests
from authlib.integrations.base_client import OAuthError
from flask import abort, flash, redirect, session, url_for
from flask_login import current_user
from joserfc.errors import JoseError
from werkzeug.wrappers import Response

from smatrx.auth import bp, home_url, reauth
from smatrx.auth.oauth import accounts
from smatrx.auth.oauth.providers import (
    PROVIDERS,
    UnverifiableAnswer,
    client_for,
    enabled_providers,
    finish_authorization,
)
from smatrx.auth.redirects import safe_next
from smatrx.auth.services import absolute_url
from smatrx.extensions import db, limiter

logger = logging.getLogger(__name__)

INTENT_KEY, NEXT_KEY = "oauth_intent", "oauth_next"


def _enabled_or_404(name: str) -> str:
    if name not in {provider.name for provider in enabled_providers()}:
        abort(404)
    return name


def redirect_to_provider(name: str, intent: str, next_url: str | None = None) -> Response:
    """Remember why we go (sign in or link) and send the browser to the provider; authlib
    keeps state, the PKCE verifier and the OIDC nonce in the session."""
    session[INTENT_KEY] = intent
    session[NEXT_KEY] = safe_next(next_url)
    # authlib keeps one entry per start, and unfinished starts would pile up until the
    # cookie outgrows what a browser keeps (and the person is signed out): one at a time.
    for key in [key for key in session if key.startswith(f"_state_{name}_")]:
        session.pop(key)
    callback = absolute_url("auth.oauth_callback", provider=name)
    return client_for(name).authorize_redirect(callback)


@bp.get("/auth/<provider>")
@limiter.limit("20 per minute")
def oauth_start(provider: str) -> Response:
    from flask import request

    name = _enabled_or_404(provider)
    if current_user.is_authenticated:
        return redirect(home_url())
    return redirect_to_provider(name, "signin", request.args.get("next"))


def _failure_message(label: str, error: Exception) -> str:
    if isinstance(error, OAuthError):
        if error.error == "access_denied":
            return f"Signing in with {label} was cancelled."
        if error.error == "mismatching_state":
            return (
                f"That answer from {label} does not belong to a sign-in started here (it was "
                "already used, or came from another browser). Please start again."
            )
        return f"{label} refused the sign-in. Please try again."
    if isinstance(error, requests.Timeout):
        return f"{label} did not answer in time. Please try again in a moment."
    if isinstance(error, requests.RequestException):
        return f"{label} could not be reached or answered with an error. Please try again."
    return f"We could not verify {label}'s answer, so you are not signed in."


@bp.get("/auth/<provider>/callback")
@limiter.limit("20 per minute")
def oauth_callback(provider: str) -> Response:
    name = _enabled_or_404(provider)
    label = PROVIDERS[name].label
    intent = session.pop(INTENT_KEY, "signin")
    next_url = session.pop(NEXT_KEY, None)
    linking = intent == "link" and current_user.is_authenticated
    reauthenticating = intent == "reauth" and current_user.is_authenticated
    if reauthenticating:
        way_back = safe_next(next_url) or url_for("account.index")
    else:
        way_back = url_for("account.index") if linking else url_for("auth.login")
    try:
        identity, token = finish_authorization(name)
    except (
        OAuthError,
        requests.RequestException,
        JoseError,  # authlib 1.9 validates id_tokens with joserfc
        UnverifiableAnswer,
    ) as error:
        # The kind of failure only: provider answers can carry codes and tokens.
        logger.warning("%s sign-in failed: %s", name, type(error).__name__)
        flash(_failure_message(label, error), "error")
        return redirect(way_back)

    if reauthenticating:
        # A fresh sign-in before a dangerous action: the answer must be an account
        # already linked to this person.
        if reauth.confirm_with_provider(current_user, name, identity.account_id):
            flash(f"Signed in again with {label}.", "success")
        else:
            flash(f"That {label} account is not the one linked to yours.", "error")
        return redirect(way_back)

    if linking:
        outcome = accounts.link(current_user, identity, token)
        db.session.commit()
        flash(outcome.message, "success" if outcome.ok else "error")
        return redirect(url_for("account.index"))

    outcome = accounts.sign_in(identity, token)
    db.session.commit()
    if not outcome.ok:
        flash(outcome.message, "error")
        return redirect(url_for("auth.login"))
    if outcome.first_admin:
        flash("You are the first person here, so you are this installation's admin.", "info")
    flash(outcome.message, "success")
    return redirect(safe_next(next_url) or home_url())
