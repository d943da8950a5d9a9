"""Admin views: the users list and its row actions, invitations. Admins only, every one."""

from __future__ import annotations

from collections.abc import Callable

from flask import (
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user
from werkzeug.wrappers import Response

from smatrx.admin import bp
from smatrx.admin.users import services
from smatrx.admin.users.forms import (
    ROLE_CHOICES,
    ROLE_LABELS,
    DeactivateForm,
    EndSessionsForm,
    InviteForm,
    ReactivateForm,
    ReturnToListForm,
    RevokeInviteForm,
    RoleForm,
)
from smatrx.auth.decorators import role_required
from smatrx.auth.services import find_user_by_email, send_invite
from smatrx.errors import render_error
from smatrx.extensions import db
from smatrx.htmx import hx_redirect, is_partial, written
from smatrx.models import User

# The link of the invitation just sent, shown once on the page the redirect leads to.
SENT_INVITE_KEY = "admin_sent_invite"


def _page_number() -> int:
    return request.args.get("page", 1, type=int) or 1


@bp.get("/users")
@role_required("admin")
def users() -> str:
    result = services.list_users(request.args.get("q", ""), _page_number())
    list_url = url_for(
        "admin.users",
        q=result.query or None,
        page=result.page if result.page > 1 else None,
    )
    return render_template(
        "admin/users.html", result=result, next_url=list_url, role_choices=ROLE_CHOICES
    )


def _target_or_404(user_id: str) -> User:
    target = db.session.get(User, user_id)
    if target is None:
        abort(404)
    return target


def _done(form: ReturnToListForm, target: User, message: str, category: str) -> Response:
    """After a row write: for an HTMX request the row again plus a toast (a refusal only
    in the row, under its controls: said once), else a flash and the list as it was (same
    search, same page)."""
    if not current_user.is_admin:
        # The admin gave up their own admin role: the list is no longer theirs to see.
        flash(message, category)
        target_url = url_for("account.index")
        return hx_redirect(target_url) if is_partial() else redirect(target_url)
    refused_in_row = category == "error" and is_partial()
    return written(
        [] if refused_in_row else message,
        kind=category,
        fragments=lambda: render_template(
            "admin/_user_row.html",
            row=services.user_row(target),
            next_url=form.return_url(),
            role_choices=ROLE_CHOICES,
            row_error=message if category == "error" else None,
        ),
        back_to=form.return_url(),
    )


def _row_write(user_id: str, form: ReturnToListForm, write: Callable[[User], str]) -> Response:
    """The shape every row action shares: 404 for an unknown user, 400 for a form that
    does not validate (only a hand-made request gets one), the rule refusals as errors."""
    target = _target_or_404(user_id)
    if not form.validate_on_submit():
        messages = [error for errors in form.errors.values() for error in errors]
        return render_error(400, " ".join(messages) or None)
    try:
        message = write(target)
    except services.AdminActionRefused as refusal:
        db.session.rollback()  # nothing changed; lets go of the locked admin rows
        return _done(form, target, str(refusal), "error")
    db.session.commit()
    return _done(form, target, message, "success")


@bp.post("/users/<user_id>/role")
@role_required("admin")
def change_role(user_id: str) -> Response:
    form = RoleForm()

    def write(target: User) -> str:
        role = form.role.data
        who = "You are" if target.id == current_user.id else f"{target.display_name} is"
        if not services.change_role(current_user, target, role):
            return f"{who} already {_role_phrase(role)}."
        return f"{who} now {_role_phrase(role)}."

    return _row_write(user_id, form, write)


def _role_phrase(role: str) -> str:
    label = ROLE_LABELS[role].lower()
    return f"an {label}" if label[0] in "aeiou" else f"a {label}"


@bp.post("/users/<user_id>/deactivate")
@role_required("admin")
def deactivate(user_id: str) -> Response:
    def write(target: User) -> str:
        if not services.deactivate(current_user, target):
            return f"{target.display_name} was already deactivated."
        return f"{target.display_name} is deactivated and signed out everywhere."

    return _row_write(user_id, DeactivateForm(), write)


@bp.post("/users/<user_id>/reactivate")
@role_required("admin")
def reactivate(user_id: str) -> Response:
    def write(target: User) -> str:
        if not services.reactivate(current_user, target):
            return f"{target.display_name} was already active."
        return f"{target.display_name} can sign in again."

    return _row_write(user_id, ReactivateForm(), write)


@bp.post("/users/<user_id>/sessions/end")
@role_required("admin")
def end_sessions(user_id: str) -> Response:
    def write(target: User) -> str:
        ended = services.end_user_sessions(current_user, target)
        if target.id == current_user.id:
            return f"Signed out {ended} other session{'s' if ended != 1 else ''} of yours."
        if ended == 0:
            return f"{target.display_name} was not signed in anywhere."
        return f"Signed {target.display_name} out of {ended} session{'s' if ended != 1 else ''}."

    return _row_write(user_id, EndSessionsForm(), write)


def _render_invites(form: InviteForm, status: int = 200) -> tuple[str, int]:
    return (
        render_template(
            "admin/invites.html",
            form=form,
            invites=services.pending_invites(),
            sent=session.pop(SENT_INVITE_KEY, None) if status == 200 else None,
            registration_open=current_app.config["REGISTRATION_OPEN"],
            mail_configured=bool(current_app.config["MAIL_SERVER"]),
            invite_days=current_app.config["INVITE_LINK_DAYS"],
        ),
        status,
    )


@bp.route("/invites", methods=["GET", "POST"])
@role_required("admin")
def invites() -> Response | tuple[str, int]:
    form = InviteForm()
    if not form.validate_on_submit():
        return _render_invites(form, 422 if form.is_submitted() else 200)
    email = form.email.data
    if find_user_by_email(email) is not None:
        form.email.errors.append("That address already has an account.")
        return _render_invites(form, 422)
    url = send_invite(email, current_user)
    db.session.commit()
    # Shown on the next page (not in the flash) so the admin can copy it: without a mail
    # server it is the only way the invitation reaches anyone.
    session[SENT_INVITE_KEY] = {"email": email, "url": url}
    flash(f"Invitation created for {email}.", "success")
    return redirect(url_for("admin.invites"))


@bp.post("/invites/<invite_id>/revoke")
@role_required("admin")
def revoke_invite(invite_id: str) -> Response:
    if not RevokeInviteForm().validate_on_submit():
        abort(400)
    email = services.revoke_invite(current_user, invite_id)
    if email is None:
        abort(404)
    db.session.commit()
    flash(f"The invitation for {email} is revoked; its link no longer works.", "success")
    return redirect(url_for("admin.invites"))
