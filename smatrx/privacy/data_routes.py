"""My data page (export, delete my account) and the admin's erase."""

from __future__ import annotations

from flask import (
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from flask_login import current_user, logout_user
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required, role_required
from smatrx.auth.oauth.providers import PROVIDERS
from smatrx.auth.passwords import verify_password
from smatrx.auth.reauth import recently_reauthenticated
from smatrx.extensions import db
from smatrx.htmx import is_partial, refresh
from smatrx.mail import send_mail
from smatrx.models import Account, DataExport, User
from smatrx.models.base import utcnow
from smatrx.privacy import bp, erase, export
from smatrx.privacy.data_forms import AdminEraseForm, DeleteAccountForm, ExportRequestForm
from smatrx.transaction import after_commit


def _same_email(typed: str | None, email: str | None) -> bool:
    return bool(email) and (typed or "").strip().casefold() == (email or "").casefold()


# --- my data ----------------------------------------------------------------------------------


def _page(status: int = 200, delete_form: DeleteAccountForm | None = None) -> tuple[str, int]:
    latest = export.latest_export(current_user.id)
    linked = db.session.scalars(
        db.select(Account.provider).where(Account.user_id == current_user.id)
    ).all()
    html = render_template(
        "privacy/my_data.html",
        row=latest,
        next_allowed=export.next_allowed_at(current_user.id),
        export_form=ExportRequestForm(),
        delete_form=delete_form or DeleteAccountForm(formdata=None),
        download_url=_download_url(latest),
        providers=[PROVIDERS[name] for name in linked if name in PROVIDERS],
        reauthenticated=recently_reauthenticated(),
        refusal=erase.refusal(current_user),
    )
    return html, status


def _download_url(row: DataExport | None) -> str | None:
    if row is None or row.status != "completed":
        return None
    return url_for("privacy.download", token=export.download_token(row))


@bp.get("/account/data")
@login_required
def my_data() -> tuple[str, int]:
    return _page()


@bp.post("/account/data/export")
@login_required
def request_export() -> Response:
    if not ExportRequestForm().validate_on_submit():
        abort(400)
    # The person's row locked: two clicks at once make one export, not two.
    db.session.execute(db.select(User.id).where(User.id == current_user.id).with_for_update())
    allowed = export.next_allowed_at(current_user.id)
    if allowed is not None:
        flash(
            f"You can ask for one export an hour; the next one from {allowed:%H:%M} UTC.",
            "error",
        )
        return redirect(url_for("privacy.my_data"))
    export.request_export(current_user)
    db.session.commit()
    flash("We are gathering your data. This page shows when it is ready.", "info")
    return redirect(url_for("privacy.my_data"))


@bp.get("/account/data/export/<export_id>/status")
@login_required
def export_status(export_id: str) -> Response:
    """The status card, polled every second while the export runs."""
    row = db.session.get(DataExport, export_id)
    if row is None or row.user_id != current_user.id:
        abort(404)
    if not is_partial():
        return redirect(url_for("privacy.my_data"))
    response = make_response(
        render_template("privacy/_export_status.html", row=row, download_url=_download_url(row))
    )
    if not row.running and request.args.get("was") in export.RUNNING:
        refresh(response)
    return response


@bp.get("/account/data/download/<token>")
@login_required
def download(token: str) -> Response | tuple[str, int]:
    try:
        row = export.export_for_token(token, current_user.id)
    except export.StaleLink:
        return render_template("privacy/stale_link.html"), 410
    if row is None:
        abort(404)
    path = export.exports_folder() / (row.path or "")
    response = send_file(
        path,
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"smatrx-my-data-{row.completed_at:%Y-%m-%d}.zip",
        max_age=0,
    )
    response.headers["Cache-Control"] = "private, no-store"
    return response


# --- delete my account ---------------------------------------------------------------------


@bp.post("/account/delete/reauth/<provider>")
@login_required
def reauthenticate(provider: str) -> Response:
    """A password-less account signs in again with a linked provider before deleting."""
    from smatrx.auth.oauth_routes import redirect_to_provider

    if not ExportRequestForm().validate_on_submit():
        abort(400)
    linked = db.session.scalar(
        db.select(Account.id).where(
            Account.user_id == current_user.id, Account.provider == provider
        )
    )
    if linked is None:
        abort(404)
    return redirect_to_provider(provider, "reauth", url_for("privacy.my_data"))


@bp.post("/account/delete")
@login_required
def delete_account() -> Response | tuple[str, int]:
    form = DeleteAccountForm()
    if not form.validate_on_submit():
        return _page(422, form)
    if not _same_email(form.email.data, current_user.email):
        form.email.errors.append(
            "That is not your account's email address; type it exactly as shown above."
        )
        return _page(422, form)
    if current_user.password_hash:
        if not verify_password(current_user.password_hash, form.password.data or ""):
            form.password.errors.append("That is not your password.")
            return _page(422, form)
    elif not recently_reauthenticated():
        form.form_errors.append(
            "Sign in again with your provider first (the button above), then confirm."
        )
        return _page(422, form)
    target = current_user._get_current_object()
    try:
        erased = erase.erase_account(target, by=target)
    except erase.EraseRefused as refused:
        db.session.rollback()
        form.email.errors.append(str(refused))
        return _page(422, form)
    _after_erase(erased, by_admin=False)
    db.session.commit()
    logout_user()
    session.clear()
    flash("Your account and everything in it are deleted. We sent a confirmation.", "info")
    return redirect(url_for("auth.login"))


def _after_erase(erased: erase.Erased, *, by_admin: bool) -> None:
    subject, body = erase.confirmation_mail(
        erased, by_admin=by_admin, when=f"{utcnow():%Y-%m-%d %H:%M}"
    )
    files = list(erased.export_files)
    after_commit(lambda: export.delete_export_files(files))
    if erased.email:
        email = erased.email
        after_commit(lambda: send_mail(email, subject, body))


# --- the admin's erase ---------------------------------------------------------------------


def _target_or_404(user_id: str) -> User:
    target = db.session.get(User, user_id)
    if target is None:
        abort(404)
    return target


def _admin_page(target: User, form: AdminEraseForm, status: int = 200) -> tuple[str, int]:
    return (
        render_template(
            "privacy/admin_erase.html",
            target=target,
            form=form,
            refusal=erase.refusal(target),
        ),
        status,
    )


@bp.get("/admin/users/<user_id>/erase")
@role_required("admin")
def admin_erase_page(user_id: str) -> tuple[str, int]:
    return _admin_page(_target_or_404(user_id), AdminEraseForm(formdata=None))


@bp.post("/admin/users/<user_id>/erase")
@role_required("admin")
def admin_erase(user_id: str) -> Response | tuple[str, int]:
    target = _target_or_404(user_id)
    form = AdminEraseForm()
    if not form.validate_on_submit():
        return _admin_page(target, form, 422)
    if not _same_email(form.email.data, target.email):
        form.email.errors.append("That is not this person's email address.")
        return _admin_page(target, form, 422)
    if not verify_password(current_user.password_hash, form.password.data or ""):
        form.password.errors.append("That is not your password.")
        return _admin_page(target, form, 422)
    admin = current_user._get_current_object()
    by_self = admin.id == target.id
    try:
        erased = erase.erase_account(target, by=admin)
    except erase.EraseRefused as refused:
        db.session.rollback()
        form.email.errors.append(str(refused))
        return _admin_page(target, form, 422)
    _after_erase(erased, by_admin=not by_self)
    db.session.commit()
    if by_self:
        logout_user()
        session.clear()
        return redirect(url_for("auth.login"))
    flash("The account is erased; its owner was sent a confirmation.", "success")
    return redirect(url_for("admin.users"))
