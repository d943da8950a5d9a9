"""/imports: start an import, watch it, review and accept its proposals."""

from __future__ import annotations

import logging

from flask import (
    abort,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from redis.exceptions import RedisError
from sqlalchemy import select
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import is_partial, refresh
from smatrx.imports import bp, services
from smatrx.imports.forms import GitHubImportForm, ImportActionForm
from smatrx.imports.job import enqueue_import
from smatrx.imports.proposals import Proposal, stored_proposals
from smatrx.imports.registry import SOURCES, ImportSource
from smatrx.models import Account, Profile, SkillImport, UserSkill

logger = logging.getLogger(__name__)

UNAVAILABLE = "Imports are briefly unavailable. Please try again in a few minutes."
LABELS = {key: source.label for key, source in SOURCES.items()}


def _mine_or_404(import_id: str) -> SkillImport:
    row = db.session.get(SkillImport, import_id)
    if row is None or row.user_id != current_user.id:
        abort(404)
    return row


def _index(status: int = 200, **forms: object) -> Response:
    imports = db.session.scalars(
        select(SkillImport)
        .where(SkillImport.user_id == current_user.id)
        .order_by(SkillImport.started_at.desc())
        .limit(50)
    ).all()
    context = {
        "imports": imports,
        "upload_limit_mb": upload_limit_mb(),
        # Fresh forms (not bound to this request: an oversized upload cannot be read).
        **{f"{key}_form": source.form(formdata=None) for key, source in SOURCES.items()},
        "github_account": _github_account(),
        "labels": LABELS,
    }
    context.update(forms)
    return make_response(render_template("imports/index.html", **context), status)


@bp.get("")
@login_required
def index() -> Response:
    return _index()


def _start_upload(source: ImportSource) -> Response:
    form = source.form()
    form_name = f"{source.key}_form"
    if not form.validate_on_submit():
        return _index(422, **{form_name: form})
    upload = form.file.data
    data = upload.read()
    # Decided by the bytes, not the name; the job reads them fully.
    problem = "The file is empty." if not data else source.check_upload(data)
    if problem:
        form.file.errors.append(problem)
        return _index(422, **{form_name: form})
    try:
        row = services.create_import(
            current_user, source.key, upload.filename or "", upload.mimetype or "", data
        )
    except services.ImportRefused as refusal:
        form.file.errors.append(str(refusal))
        return _index(409, **{form_name: form})
    db.session.commit()
    return _enqueue(row)


def _github_account() -> Account | None:
    return db.session.scalar(
        select(Account).where(Account.user_id == current_user.id, Account.provider == "github")
    )


@bp.post("/github")
@login_required
def start_github() -> Response:
    form = GitHubImportForm()
    if not form.validate_on_submit():
        return _index(422, github_form=form)
    account = _github_account()
    login = (form.login.data or "").strip()
    if account is None and not login:
        form.login.errors.append(
            "Enter a GitHub username, or link your GitHub account on the account page."
        )
        return _index(422, github_form=form)
    request_params = {
        "login": login or None,
        "use_token": account is not None,
        "forks": bool(form.forks.data),
        "archived": bool(form.archived.data),
    }
    try:
        row = services.create_import(current_user, "github", request=request_params)
    except services.ImportRefused as refusal:
        form.login.errors.append(str(refusal))
        return _index(409, github_form=form)
    db.session.commit()
    return _enqueue(row)


def _enqueue(row: SkillImport) -> Response:
    """Trigger the job of a committed row (the job reads it from its own connection)."""
    try:
        enqueue_import(row.id)
    except RedisError:
        logger.warning("import %s: the queue is unavailable", row.id)
        # The row was committed for the job that never came: end it, and drop its upload.
        services.fail(row, UNAVAILABLE)
        db.session.commit()
        flash(UNAVAILABLE, "error")
        return redirect(url_for("imports.index"))
    return redirect(url_for("imports.detail", import_id=row.id))


UPLOAD_ENDPOINTS = {"imports.start_resume": "resume", "imports.start_linkedin": "linkedin"}


def upload_limit_mb() -> int:
    return max(1, (current_app.config.get("MAX_CONTENT_LENGTH") or 0) // (1024 * 1024))


@bp.errorhandler(RequestEntityTooLarge)
def upload_too_large(error: RequestEntityTooLarge) -> Response:
    """A file over the limit is answered on its form (the imports page, 413), with the
    limit, not as an error page: the person is where they can choose another file."""
    key = UPLOAD_ENDPOINTS.get(request.endpoint or "")
    if key is None:
        raise error
    form = SOURCES[key].form(formdata=None)
    form.file.errors = [
        f"This file is larger than {upload_limit_mb()} MB, the most this server accepts. "
        "Choose a smaller file."
    ]
    return _index(413, **{f"{key}_form": form})


@bp.post("/resume")
@login_required
def start_resume() -> Response:
    return _start_upload(SOURCES["resume"])


@bp.post("/linkedin")
@login_required
def start_linkedin() -> Response:
    return _start_upload(SOURCES["linkedin"])


def _held(proposals: list[Proposal]) -> dict[str, UserSkill]:
    ids = [proposal.skill_id for proposal in proposals]
    if not ids:
        return {}
    return {
        us.skill_id: us
        for us in db.session.scalars(
            select(UserSkill).where(
                UserSkill.user_id == current_user.id, UserSkill.skill_id.in_(ids)
            )
        )
    }


@bp.get("/<import_id>")
@login_required
def detail(import_id: str) -> str:
    row = _mine_or_404(import_id)
    proposals = stored_proposals(row)
    return render_template(
        "imports/detail.html",
        row=row,
        proposals=proposals,
        held=_held(proposals),
        form=ImportActionForm(),
        labels=LABELS,
    )


@bp.get("/<import_id>/status")
@login_required
def status(import_id: str) -> Response:
    """The status card, polled every second while the import runs. Once it ends the card
    comes back without its trigger, and the page reloads to show the proposals."""
    row = _mine_or_404(import_id)
    if not is_partial():
        return redirect(url_for("imports.detail", import_id=row.id))
    response = make_response(
        render_template("imports/_status.html", row=row, form=ImportActionForm())
    )
    if row.status not in services.RUNNING and request.args.get("was") in services.RUNNING:
        refresh(response)  # the import ended: the page shows its proposals
    return response


@bp.post("/<import_id>/cancel")
@login_required
def cancel(import_id: str) -> Response:
    row = _mine_or_404(import_id)
    if not ImportActionForm().validate_on_submit():
        abort(400)
    cancelled = services.cancel(row)
    db.session.commit()  # the job sees the cancel at its next step
    if cancelled:
        flash("The import is cancelled.", "info")
    else:
        flash("The import had already ended.", "info")
    return redirect(url_for("imports.detail", import_id=row.id))


@bp.post("/<import_id>/accept")
@login_required
def accept(import_id: str) -> Response:
    row = _mine_or_404(import_id)
    if not ImportActionForm().validate_on_submit():
        abort(400)
    if row.status != "completed":
        flash("Only a finished import can be accepted.", "error")
        return redirect(url_for("imports.detail", import_id=row.id))
    chosen = set(request.form.getlist("skill_id"))
    if not chosen:
        flash("Tick the skills you want to add first.", "error")
        return redirect(url_for("imports.detail", import_id=row.id))
    outcome = services.accept(current_user, row, chosen)
    db.session.commit()
    parts = []
    if outcome.added:
        parts.append(f"added {outcome.added}")
    if outcome.raised:
        parts.append(f"updated {outcome.raised}")
    if outcome.kept:
        parts.append(f"kept your own values for {outcome.kept} (evidence added)")
    flash(("Done: " + ", ".join(parts) + ".") if parts else "Nothing to change.", "success")
    return redirect(url_for("skills.index"))


@bp.post("/<import_id>/apply/<skill_id>")
@login_required
def apply(import_id: str, skill_id: str) -> Response:
    row = _mine_or_404(import_id)
    if not ImportActionForm().validate_on_submit():
        abort(400)
    held = services.apply_estimate(current_user, row, skill_id)
    if held is None:
        abort(404)
    db.session.commit()
    flash(f"{held.skill.name} now has the import's estimates.", "success")
    return redirect(url_for("imports.detail", import_id=row.id))


@bp.post("/<import_id>/profile")
@login_required
def apply_profile(import_id: str) -> Response:
    """Take what the LinkedIn export offered for the profile (title, bio, industry)."""
    row = _mine_or_404(import_id)
    if not ImportActionForm().validate_on_submit():
        abort(400)
    offered = (row.results or {}).get("profile", {})
    chosen = set(request.form.getlist("field")) & set(offered)
    if chosen:
        from smatrx.profile.services import get_or_create_profile

        profile: Profile = get_or_create_profile(current_user)
        if "title" in chosen:
            profile.title = offered["title"][:120]
        if "bio" in chosen:
            profile.bio = offered["bio"][:2000]
        if "industry" in chosen and offered["industry"] not in profile.industries:
            profile.industries = [*profile.industries, offered["industry"][:80]][:20]
        db.session.commit()
        flash("Your profile is updated.", "success")
    return redirect(url_for("imports.detail", import_id=row.id))
