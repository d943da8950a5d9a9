"""Account page and its actions."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from smatrx.account import bp
from smatrx.account.display import linked_as, masked_ip
from smatrx.account.forms import EmailChangeForm, EndSessionForm, NameForm, PasswordChangeForm
from smatrx.audit.queries import AuditFilters, audit_page
from smatrx.auth import services, sessions
from smatrx.auth.decorators import login_required
from smatrx.auth.oauth import accounts
from smatrx.auth.oauth.providers import PROVIDERS, enabled_providers
from smatrx.auth.oauth_routes import redirect_to_provider
from smatrx.auth.passwords import verify_password
from smatrx.extensions import db
from smatrx.htmx import is_partial
from smatrx.models import Account, Session


def _render(status: int = 200, **forms: object) -> tuple[str, int]:
    user = current_user
    signed_in = db.session.scalars(
        select(Session).where(Session.user_id == user.id).order_by(Session.last_seen_at.desc())
    ).all()
    # This device first, then the others, most recently seen first.
    signed_in = sorted(signed_in, key=lambda row: row.id != user.current_session_id)
    context = {
        "name_form": NameForm(obj=user, formdata=None),
        "email_form": EmailChangeForm(formdata=None),
        "password_form": PasswordChangeForm(formdata=None),
        "end_form": EndSessionForm(),
        "sessions": signed_in,
        # Where each session was last used from, masked (written with lastSeenAt).
        "session_addresses": {row.id: masked_ip(row.last_ip) for row in signed_in},
        "linked_as": linked_as,
    }
    linked = db.session.scalars(select(Account).where(Account.user_id == user.id)).all()
    context["linked_by_provider"] = {account.provider: account for account in linked}
    # Every enabled provider, plus any linked one whose provider was switched off since.
    context["method_providers"] = [
        provider
        for name, provider in PROVIDERS.items()
        if provider in enabled_providers() or name in context["linked_by_provider"]
    ]
    context.update(forms)
    return render_template("account/index.html", **context), status


@bp.get("")
@login_required
def index() -> tuple[str, int]:
    return _render()


@bp.get("/activity")
@login_required
def activity() -> str:
    """My own audit trail: my sign-ins, and every change made to my data, by me or by
    anyone else (an admin, a lead, a job), newest first."""
    page = audit_page(
        db.session, AuditFilters(subject_or_actor=current_user.id), request.args.get("after")
    )
    html = render_template("account/activity.html", page=page)
    db.session.commit()
    return html


@bp.post("/name")
@login_required
def change_name() -> Response | tuple[str, int]:
    form = NameForm()
    if not form.validate_on_submit():
        return _render(422, name_form=form)
    current_user.name = (form.name.data or "").strip() or None
    db.session.commit()
    flash("Your name is saved.", "success")
    return redirect(url_for("account.index"))


@bp.post("/email")
@login_required
def change_email() -> Response | tuple[str, int]:
    form = EmailChangeForm()
    if not form.validate_on_submit():
        return _render(422, email_form=form)
    if not verify_password(current_user.password_hash, form.current_password.data):
        form.current_password.errors.append("That is not your current password.")
        return _render(422, email_form=form)
    new_email = form.email.data
    if new_email == current_user.email:
        form.email.errors.append("That is already your address.")
        return _render(422, email_form=form)
    services.request_email_change(current_user, new_email)
    db.session.commit()
    flash(f"We sent a link to {new_email}. Your address changes once you follow it.", "info")
    return redirect(url_for("account.index"))


@bp.post("/password")
@login_required
def change_password() -> Response | tuple[str, int]:
    form = PasswordChangeForm()
    form.known_email = current_user.email
    if not form.validate_on_submit():
        return _render(422, password_form=form)
    if not verify_password(current_user.password_hash, form.current_password.data):
        form.current_password.errors.append("That is not your current password.")
        return _render(422, password_form=form)
    services.change_password(current_user, form.password.data)
    db.session.commit()
    flash("Your password is changed. Your other sessions are signed out.", "success")
    return redirect(url_for("account.index"))


@bp.post("/verify")
@login_required
def resend_verification() -> Response:
    if current_user.email_verified is None and current_user.email:
        services.send_verification(current_user)
        db.session.commit()
        flash(f"We sent a new confirmation link to {current_user.email}.", "info")
    return redirect(url_for("account.index"))


@bp.post("/sessions/<session_id>/end")
@login_required
def end_session(session_id: str) -> Response | str:
    if not EndSessionForm().validate_on_submit():
        abort(400)
    row = db.session.get(Session, session_id)
    if row is None or row.user_id != current_user.id:
        abort(404)
    if row.id == current_user.current_session_id:
        sessions.end_current_session(current_user)
        db.session.commit()
        flash("You are signed out.", "info")
        return redirect(url_for("auth.login"))
    db.session.delete(row)
    db.session.commit()
    if is_partial():
        return ""  # the row's outerHTML swap removes it
    flash("That session is signed out.", "success")
    return redirect(url_for("account.index"))


@bp.post("/sessions/end-others")
@login_required
def end_other_sessions() -> Response:
    if not EndSessionForm().validate_on_submit():
        abort(400)
    ended = sessions.end_sessions(current_user.id, except_token=current_user.session_token)
    db.session.commit()
    flash(
        "No other session was signed in."
        if ended == 0
        else f"Signed out {ended} other session{'s' if ended != 1 else ''}.",
        "success",
    )
    return redirect(url_for("account.index"))


@bp.post("/link/<provider>")
@login_required
def link(provider: str) -> Response:
    if not EndSessionForm().validate_on_submit():
        abort(400)
    if provider not in {p.name for p in enabled_providers()}:
        abort(404)
    return redirect_to_provider(provider, "link")


@bp.post("/unlink/<provider>")
@login_required
def unlink(provider: str) -> Response:
    if not EndSessionForm().validate_on_submit():
        abort(400)
    if provider not in PROVIDERS:
        abort(404)
    outcome = accounts.unlink(current_user, provider)
    db.session.commit()
    flash(outcome.message, "success" if outcome.ok else "error")
    return redirect(url_for("account.index"))
