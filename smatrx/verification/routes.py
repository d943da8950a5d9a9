"""Verification views: a person's request form and list, the verifiers' queue, the review
page and its decisions. Members reach their own requests only; the queue and decisions
answer 403 to them, and a request that is not theirs is not found (404)."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required, role_required
from smatrx.errors import render_error
from smatrx.extensions import db
from smatrx.htmx import render_page_or_block
from smatrx.models import VerificationRequest
from smatrx.verification import bp, services
from smatrx.verification.forms import ApproveForm, DeclineForm, RequestForm


@bp.route("/new/<user_skill_id>", methods=["GET", "POST"])
@login_required
def new(user_skill_id: str) -> Response | tuple[str, int]:
    user_skill = services.own_user_skill(current_user.id, user_skill_id)
    if user_skill is None:
        abort(404)
    form = RequestForm()
    refusal = services.why_not_requestable(user_skill)

    def page(status: int) -> tuple[str, int]:
        return (
            render_template(
                "verification/new.html", form=form, user_skill=user_skill, refusal=refusal
            ),
            status,
        )

    if refusal:
        return page(409 if request.method == "POST" else 200)
    if not form.validate_on_submit():
        return page(422 if form.is_submitted() else 200)
    try:
        verification = services.request_verification(
            current_user, user_skill, form.note.data, form.evidence_links()
        )
    except services.VerificationRefused as error:
        db.session.rollback()  # nothing changed; lets go of the locked row
        refusal = str(error)
        return page(error.status)
    db.session.commit()
    flash(
        f"Your {user_skill.skill.name} skill is in the verifiers' queue. "
        "You will be notified of the outcome.",
        "success",
    )
    return redirect(url_for("verification.review", request_id=verification.id))


@bp.get("")
@login_required
def mine() -> str:
    return render_template("verification/mine.html", requests=services.my_requests(current_user.id))


@bp.get("/queue")
@role_required("verifier")
def queue() -> str:
    result = services.queue(
        current_user,
        request.args.get("tab", "pending"),
        request.args.get("page", 1, type=int) or 1,
    )
    return render_page_or_block("verification/queue.html", "queue", result=result)


def _visible_request(request_id: str) -> VerificationRequest:
    """The request for its owner or a verifier; 404 otherwise (a member learns nothing of
    other people's requests, not even that they exist)."""
    verification = services.get_request(request_id)
    if verification is None:
        abort(404)
    if verification.user_id != current_user.id and not current_user.is_verifier:
        abort(404)
    return verification


def _render_review(
    verification: VerificationRequest,
    decline_form: DeclineForm | None = None,
    refusal: str | None = None,
    status: int = 200,
) -> tuple[str, int]:
    is_owner = verification.user_id == current_user.id
    return (
        render_template(
            "verification/review.html",
            verification=verification,
            is_owner=is_owner,
            can_decide=(
                not is_owner and current_user.is_verifier and verification.status == "pending"
            ),
            approve_form=ApproveForm(),
            decline_form=decline_form or DeclineForm(formdata=None),
            refusal=refusal,
        ),
        status,
    )


@bp.get("/<request_id>")
@login_required
def review(request_id: str) -> tuple[str, int]:
    return _render_review(_visible_request(request_id))


def _decide(request_id: str, form: ApproveForm | DeclineForm, decision: str) -> Response:
    verification = services.get_request(request_id)
    if verification is None:
        abort(404)
    if verification.user_id == current_user.id:
        return render_error(403, "You cannot review your own verification request.")
    if not form.validate_on_submit():
        if (
            isinstance(form, DeclineForm)
            and form.is_submitted()
            and "csrf_token" not in form.errors
        ):
            html, status = _render_review(verification, decline_form=form, status=422)
            return Response(html, status, mimetype="text/html")
        return render_error(400, " ".join(e for errs in form.errors.values() for e in errs))
    owner = verification.user.display_name
    skill = verification.user_skill.skill.name
    try:
        if decision == "approve":
            services.approve(current_user, verification)
            flash(f"Approved: {owner}'s {skill} skill is verified.", "success")
        else:
            services.decline(current_user, verification, form.reason.data)
            flash(f"Declined {owner}'s request for {skill}; they have your reason.", "success")
    except services.VerificationRefused as error:
        db.session.rollback()  # nothing changed; lets go of the locked request
        if error.status == 403:
            return render_error(403, str(error))
        html, status = _render_review(
            services.get_request(request_id) or verification, refusal=str(error), status=409
        )
        return Response(html, status, mimetype="text/html")
    db.session.commit()
    return redirect(url_for("verification.queue"))


@bp.post("/<request_id>/approve")
@role_required("verifier")
def approve(request_id: str) -> Response:
    return _decide(request_id, ApproveForm(), "approve")


@bp.post("/<request_id>/decline")
@role_required("verifier")
def decline(request_id: str) -> Response:
    return _decide(request_id, DeclineForm(), "decline")
