"""Sign-up, sign-in, sign-out, email verification, password reset and invitations."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from smatrx import audit
from smatrx.auth import bp, home_url, services, sessions, tokens
from smatrx.auth.forms import (
    ConfirmForm,
    EmailOnlyForm,
    RegisterForm,
    ResetPasswordForm,
    SignInForm,
)
from smatrx.auth.redirects import pop_destination, remember_destination, safe_next
from smatrx.consent import current_versions
from smatrx.consent.records import ConsentError, check_versions
from smatrx.extensions import db, limiter

# Per client address; the counters live in Redis so they hold across web servers.
SIGN_IN_LIMIT = "10 per minute;50 per hour"
REGISTER_LIMIT = "5 per minute;20 per hour"
MAIL_LIMIT = "3 per minute;10 per hour"


def _invalid(template: str, **context: object) -> tuple[str, int]:
    """Re-render a form with its errors: 422, which the layout tells htmx to swap."""
    return render_template(template, **context), 422


def _check_inbox(email: str, reason: str) -> str:
    return render_template(
        "auth/check_inbox.html",
        email=email,
        reason=reason,
        mail_logged=not current_app.config["MAIL_SERVER"],
    )


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(REGISTER_LIMIT, methods=["POST"])
def register() -> str | Response | tuple[str, int]:
    if current_user.is_authenticated:
        return redirect(home_url())
    invite_token = request.args.get("invite", "")
    # Where they were going (a team's invitation, say) before they had to sign up.
    next_url = safe_next(request.args.get("next"))
    invite = None
    if invite_token:
        try:
            invite = tokens.peek_link(services.INVITE, invite_token)
        except tokens.LinkError as error:
            return render_template("auth/link_problem.html", message=str(error)), 400
    elif not current_app.config["REGISTRATION_OPEN"]:
        return render_template("auth/registration_closed.html"), 403

    form = RegisterForm()
    if invite is not None and request.method == "GET":
        form.email.data = invite.email
    versions = current_versions()
    if request.method == "GET":
        form.terms_version.data = versions["terms"]
        form.privacy_version.data = versions["privacy"]
    if not form.validate_on_submit():
        status = 422 if form.is_submitted() else 200
        return render_template(
            "auth/register.html", form=form, invite=invite, next_url=next_url
        ), status
    try:
        check_versions(
            {"terms": form.terms_version.data, "privacy": form.privacy_version.data}, versions
        )
    except ConsentError as error:
        form.terms_version.data = versions["terms"]
        form.privacy_version.data = versions["privacy"]
        form.form_errors.append(str(error))
        return _invalid("auth/register.html", form=form, invite=invite, next_url=next_url)
    if invite is not None:
        if form.email.data != invite.email:
            form.email.errors.append("This invitation is for another address.")
            return _invalid("auth/register.html", form=form, invite=invite, next_url=next_url)
        try:
            invite = tokens.consume_link(services.INVITE, invite_token)
        except tokens.LinkError as error:
            return render_template("auth/link_problem.html", message=str(error)), 400

    result = services.register(
        form.email.data, form.password.data, form.name.data, invite, versions=versions
    )
    db.session.commit()
    if result.signed_in:
        if result.first_admin:
            flash("You are the first person here, so you are this installation's admin.", "info")
        flash("Welcome! Your account is ready.", "success")
        return redirect(next_url or home_url())
    remember_destination(next_url)
    reason = "register"
    if result.first_admin:
        reason = "register-first"
    return _check_inbox(form.email.data, reason)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(SIGN_IN_LIMIT, methods=["POST"])
def login() -> str | Response | tuple[str, int]:
    next_url = safe_next(request.args.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url or home_url())
    form = SignInForm()
    context = {"form": form, "next_url": next_url}
    if not form.validate_on_submit():
        status = 422 if form.is_submitted() else 200
        return render_template("auth/login.html", **context), status
    outcome = services.authenticate(form.email.data, form.password.data)
    if outcome.user is None:
        audit.record("sign_in_failed", changes={"email": form.email.data})
        db.session.commit()
        form.form_errors.append("That email and password do not match an active account.")
        return _invalid("auth/login.html", **context)
    if outcome.needs_verification:
        services.send_verification(outcome.user)
        db.session.commit()
        return _check_inbox(form.email.data, "unverified")
    sessions.start_session(outcome.user)
    db.session.commit()
    return redirect(next_url or home_url())


@bp.post("/logout")
@login_required
def logout() -> Response:
    sessions.end_current_session(current_user)
    db.session.commit()
    flash("You are signed out.", "info")
    return redirect(url_for("main.index"))


@bp.route("/verify/<token>", methods=["GET", "POST"])
def verify(token: str) -> str | Response | tuple[str, int]:
    """GET shows a button, POST uses the link: mail scanners that follow links must not
    spend it."""
    form = ConfirmForm()
    try:
        row = tokens.peek_link(services.VERIFY, token)
    except tokens.LinkError as error:
        return render_template("auth/link_problem.html", message=str(error), resend=True), 400
    if not form.validate_on_submit():
        return render_template("auth/verify.html", form=form, email=row.email)
    try:
        user = services.confirm_email(token)
    except tokens.LinkError as error:
        db.session.rollback()
        return render_template("auth/link_problem.html", message=str(error), resend=True), 400
    db.session.commit()
    flash(f"Thank you: {user.email} is confirmed.", "success")
    if current_user.is_authenticated:
        return redirect(url_for("account.index"))
    if user.is_active:
        destination = pop_destination()  # before the new session replaces this one
        sessions.start_session(user)
        db.session.commit()
        return redirect(destination or home_url())
    return redirect(url_for("auth.login"))


@bp.route("/verify", methods=["GET", "POST"])
@limiter.limit(MAIL_LIMIT, methods=["POST"])
def resend_verification() -> str | tuple[str, int]:
    form = EmailOnlyForm()
    if not form.validate_on_submit():
        status = 422 if form.is_submitted() else 200
        return render_template("auth/resend.html", form=form), status
    user = services.find_user_by_email(form.email.data)
    if user is not None and user.is_active and user.email_verified is None:
        services.send_verification(user)
        db.session.commit()
    return _check_inbox(form.email.data, "resend")


@bp.route("/reset", methods=["GET", "POST"])
@limiter.limit(MAIL_LIMIT, methods=["POST"])
def reset_request() -> str | tuple[str, int]:
    form = EmailOnlyForm()
    if not form.validate_on_submit():
        status = 422 if form.is_submitted() else 200
        return render_template("auth/reset_request.html", form=form), status
    services.request_reset(form.email.data)
    db.session.commit()
    return _check_inbox(form.email.data, "reset")


@bp.route("/reset/<token>", methods=["GET", "POST"])
@limiter.limit(SIGN_IN_LIMIT, methods=["POST"])
def reset_password(token: str) -> str | Response | tuple[str, int]:
    try:
        row = tokens.peek_link(services.RESET, token)
    except tokens.LinkError as error:
        return render_template("auth/link_problem.html", message=str(error), reset=True), 400
    form = ResetPasswordForm()
    form.known_email = row.email
    if not form.validate_on_submit():
        status = 422 if form.is_submitted() else 200
        return render_template("auth/reset_password.html", form=form), status
    try:
        user = services.reset_password(token, form.password.data)
    except tokens.LinkError as error:
        db.session.rollback()
        return render_template("auth/link_problem.html", message=str(error), reset=True), 400
    if current_user.is_authenticated:
        sessions.end_current_session(current_user)
    sessions.start_session(user)
    db.session.commit()
    flash("Your password is changed, and every other session has been signed out.", "success")
    return redirect(home_url())
