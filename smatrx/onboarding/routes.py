"""The wizard: one step per profile section, each saved on submit, every step after the
first skippable; the URL follows the step so reload, back and forward work."""

from __future__ import annotations

from flask import abort, flash, make_response, redirect, request, url_for
from flask_login import current_user
from jinja2_fragments.flask import render_block
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import hx_redirect, is_partial, push_url, render_page_or_block
from smatrx.onboarding import bp
from smatrx.profile.forms import SECTION_FORMS, SectionForm
from smatrx.profile.services import get_or_create_profile, mark_step
from smatrx.profile.steps import DONE, SKIPPED, STEPS, Step, first_pending, step_by_key

TEMPLATE = "onboarding/step.html"


def _step_or_404(key: str) -> Step:
    step = step_by_key(key)
    if step is None:
        abort(404)
    return step


def _render(step: Step, form: SectionForm, status: int = 200) -> Response:
    profile = get_or_create_profile(current_user)
    html = render_page_or_block(
        TEMPLATE,
        "wizard",
        step=step,
        steps=STEPS,
        state=profile.onboarding_steps or {},
        form=form,
        position=STEPS.index(step) + 1,
    )
    if is_partial():
        # The messages of the page the wizard started on (sign-up's welcome, say) were
        # shown there; a step swapped in place replaces them with this request's (none).
        html += render_block("base.html", "flashes", flashes_oob=True)
    return make_response(html, status)


# Where the last step's "Save and ..." buttons lead once the wizard is finished: a closed
# list, never a URL from the form.
THEN_ENDPOINTS = {"imports": "imports.index", "skills": "skills.index"}


def _go(step: Step | None, then: str | None = None) -> Response:
    """Move on: the next pending step (in place for HTMX, with the URL following), or, once
    every step is done or skipped, the profile (or the skills page the person chose)."""
    if step is None:
        db.session.commit()
        if then in THEN_ENDPOINTS:
            flash("Welcome aboard! Your profile is set up. Now for your skills.", "success")
            target = url_for(THEN_ENDPOINTS[then])
        else:
            flash(
                "Welcome aboard! Your profile is set up; you can change any part of it here.",
                "success",
            )
            target = url_for("profile.index")
        return hx_redirect(target, 204) if is_partial() else redirect(target)
    db.session.commit()
    if not is_partial():
        return redirect(url_for("onboarding.step", key=step.key))
    form = SECTION_FORMS[step.key](formdata=None)
    form.load(get_or_create_profile(current_user))
    return push_url(_render(step, form), url_for("onboarding.step", key=step.key))


@bp.get("")
@login_required
def start() -> Response:
    profile = get_or_create_profile(current_user)
    db.session.commit()
    pending = first_pending(profile.onboarding_steps or {})
    if profile.onboarding_completed or pending is None:
        return redirect(url_for("profile.index"))
    return redirect(url_for("onboarding.step", key=pending.key))


@bp.get("/<key>")
@login_required
def step(key: str) -> Response:
    current = _step_or_404(key)
    profile = get_or_create_profile(current_user)
    db.session.commit()
    form = SECTION_FORMS[key](formdata=None)
    form.load(profile)
    return _render(current, form)


@bp.post("/<key>")
@login_required
def save(key: str) -> Response:
    current = _step_or_404(key)
    form = SECTION_FORMS[key]()
    if not form.validate_on_submit():
        return _render(current, form, 422)
    profile = get_or_create_profile(current_user)
    form.save(profile)
    mark_step(profile, key, DONE)
    return _go(first_pending(profile.onboarding_steps), request.form.get("then"))


@bp.post("/<key>/skip")
@login_required
def skip(key: str) -> Response:
    current = _step_or_404(key)
    if not current.skippable:
        abort(400)
    form = SECTION_FORMS[key]()
    # Only the CSRF token matters here: what was typed in a skipped step is not saved.
    if not form.meta.csrf or not form.csrf_token.validate(form):
        abort(400)
    profile = get_or_create_profile(current_user)
    mark_step(profile, key, SKIPPED)
    return _go(first_pending(profile.onboarding_steps))
