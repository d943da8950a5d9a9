"""/skills: my skills, grouped by category, each row edited and removed in place.

Every action works as a plain form post that redirects back to the page (the page shows a
row being edited, or an Undo notice, from the URL), and with HTMX as a swap of the piece it
changed: the row (skills/_row.html), the removed row with its Undo (skills/_removed.html),
or the whole list region after an add. Writes refresh the summary out of band.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user
from jinja2_fragments.flask import render_block
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.errors import render_error
from smatrx.extensions import db
from smatrx.htmx import (
    is_partial,
    page_or_fragment,
    render_page_or_block,
    retarget,
    trigger,
    written,
)
from smatrx.models import Skill, UserSkill
from smatrx.skills import bp, services, undo
from smatrx.skills.forms import (
    SOURCE_LABELS,
    AddSkillForm,
    EditSkillForm,
    ListFilterForm,
    ProposeSkillForm,
)
from smatrx.skills.levels import BANDS, LEVEL_LABELS, LEVELS

PAGE = "skills/index.html"
ROW = "skills/_row.html"
CHANGED = "skillsChanged"
_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}")


def safe_colour(value: str | None) -> str | None:
    """A category colour fit for a style attribute (hex only)."""
    return value if value and _COLOUR.fullmatch(value) else None


def _common() -> dict[str, Any]:
    return {
        "level_labels": LEVEL_LABELS,
        "levels": LEVELS,
        "bands": BANDS,
        "source_labels": SOURCE_LABELS,
        "safe_colour": safe_colour,
        "today": datetime.now(UTC).date().isoformat(),
    }


def edit_form(row: UserSkill, formdata: Any = None) -> EditSkillForm:
    # Prefixed by the row: several rows can be open at once and their fields need their
    # own ids.
    form = EditSkillForm(formdata=formdata, prefix=f"s{row.id}")
    if formdata is None:
        form.load(row)
    return form


def _row_html(
    row: UserSkill,
    form: EditSkillForm | None = None,
    notice: str | None = None,
    pending: set[str] | None = None,
    **extra: Any,
) -> str:
    if pending is None:
        pending = services.pending_verification_ids(current_user, [row.id])
    return render_template(
        ROW, row=row, form=form, notice=notice, pending=pending, **extra, **_common()
    )


def _summary_oob(summary: services.Summary | None = None) -> str:
    return render_template(
        "skills/_summary.html",
        summary=summary or services.summary(current_user),
        oob=True,
        **_common(),
    )


def _page_context(
    filter_form: ListFilterForm | None = None,
    *,
    editing: str | None = None,
    form: EditSkillForm | None = None,
    notice: str | None = None,
    highlight: str | None = None,
    query: str = "",
    propose_form: ProposeSkillForm | None = None,
    propose_open: bool = False,
    existing: Skill | None = None,
) -> dict[str, Any]:
    filter_form = filter_form or ListFilterForm(formdata=None)
    filters = filter_form.filters()
    groups = services.my_skill_groups(current_user, filters)
    summary = services.summary(current_user)
    if propose_form is None:
        propose_form = ProposeSkillForm(formdata=None)
    # The form (and its category list) is shown on demand only; a posted one has its list.
    if propose_open and not propose_form.category_id.choices:
        propose_form.set_categories(services.category_choices())
    removed = None
    removed_id = request.args.get("removed", "")
    if removed_id and request.method == "GET":
        removed = undo.removed_skill(current_user, removed_id)
    return {
        "groups": groups,
        "pending": services.pending_verification_ids(current_user) if groups else set(),
        "summary": summary,
        "filter_form": filter_form,
        "filters": filters,
        "editing": editing,
        "form": form,
        "notice": notice,
        "highlight": highlight,
        "query": query,
        "suggestions": services.suggest_skills(current_user, query) if query else [],
        "propose_form": propose_form,
        "propose_open": propose_open,
        "existing": existing,
        "removed": removed,
        **_common(),
    }


def _mine_or_404(user_skill_id: str) -> UserSkill:
    row = services.get_my_skill(current_user, user_skill_id)
    if row is None:
        abort(404)
    return row


def _added(row: UserSkill, created: bool) -> Response:
    """After an add: the list region (with the row in it, scrolled to) and the add panel,
    reset; a skill already held opens its editor instead."""
    name = row.skill.name
    messages: list[tuple[str, str]]
    if created:
        level = LEVEL_LABELS[row.level].lower()
        messages = [(f"Added “{name}” at {level} level.", "success")]
        back = url_for("skills.index", _anchor=f"us-{row.id}")
        shown: dict[str, Any] = {"highlight": row.id}
    else:
        notice = f"You already have “{name}”: edit it here."
        # Said once: in the opened row (no toast repeating it); the page without
        # JavaScript, which opens the row from the URL, gets it as its flash instead.
        messages = [] if is_partial() else [(notice, "info")]
        back = url_for("skills.edit", user_skill_id=row.id, _anchor=f"us-{row.id}")
        shown = {"editing": row.id, "form": edit_form(row), "notice": notice, "highlight": row.id}

    def region() -> str:
        context = _page_context(**shown)
        return render_block(PAGE, "my_skills", **context) + render_block(
            PAGE, "add_panel", oob=True, **context
        )

    answer = written(messages, fragments=region, back_to=back)
    return trigger(retarget(answer, "#my-skills", f"outerHTML show:#us-{row.id}:top"), CHANGED)


# --- the page and its regions -------------------------------------------------------------


@bp.get("")
@login_required
def index() -> str:
    context = _page_context(ListFilterForm(request.args), query=request.args.get("q", "")[:80])
    return render_page_or_block(PAGE, "skill_list", **context)


@bp.get("/suggest")
@login_required
def suggest() -> str:
    query = request.args.get("q", "")[:80]
    return render_template(
        "skills/_suggestions.html",
        query=query,
        suggestions=services.suggest_skills(current_user, query),
        **_common(),
    )


@bp.get("/propose")
@login_required
def propose_form() -> str:
    """The propose form opened (from "Propose …" under the suggestions), name filled in."""
    form = ProposeSkillForm(formdata=None)
    form.name.data = " ".join(request.args.get("name", "").split())[:80]
    context = _page_context(propose_form=form, propose_open=True)
    return render_page_or_block(PAGE, "add_panel", **context)


# --- writes -------------------------------------------------------------------------------


@bp.post("")
@login_required
def add() -> Response:
    form = AddSkillForm()
    if not form.validate_on_submit():
        abort(400)
    skill = services.offered_skill(current_user, form.skill_id.data)
    if skill is None:
        abort(404)
    row, created = services.add_skill(current_user, skill, form.chosen_level())
    db.session.commit()
    return _added(row, created)


@bp.post("/propose")
@login_required
def propose() -> Response:
    form = ProposeSkillForm()
    form.set_categories(services.category_choices())
    existing = None
    if form.validate_on_submit():
        skill, created = services.propose_skill(current_user, form.name.data, form.category_id.data)
        if created:
            row, _ = services.add_skill(current_user, skill, form.level.data)
            db.session.commit()
            return _added(row, True)
        existing = services.offered_skill(current_user, skill.id)
        if existing is not None:
            form.name.errors.append(
                f"{existing.name} is already in the catalog: add it instead of proposing it."
            )
        else:
            form.name.errors.append(
                f"A skill called {skill.name} already exists (it is awaiting review or was "
                "retired), so it cannot be proposed again."
            )
    context = _page_context(propose_form=form, propose_open=True, existing=existing)
    return page_or_fragment(
        lambda: render_template(PAGE, **context),
        lambda: render_block(PAGE, "add_panel", **context),
        422,
    )


@bp.get("/<user_skill_id>")
@login_required
def row(user_skill_id: str) -> Response | str:
    """One row in view mode (what Cancel swaps back)."""
    row = _mine_or_404(user_skill_id)
    if not is_partial():
        return redirect(url_for("skills.index", _anchor=f"us-{row.id}"))
    return _row_html(row, focus_edit=True)


@bp.get("/<user_skill_id>/edit")
@login_required
def edit(user_skill_id: str) -> Response | str:
    row = _mine_or_404(user_skill_id)
    form = edit_form(row)
    if is_partial():
        return _row_html(row, form)
    return render_template(PAGE, **_page_context(editing=row.id, form=form))


@bp.get("/<user_skill_id>/score")
@login_required
def score_field(user_skill_id: str) -> str:
    """The score field after the level select changed: the level's default unless the
    score already lies in its band."""
    row = _mine_or_404(user_skill_id)
    form = edit_form(row, request.args)
    level = form.level.data if form.level.data in LEVELS else row.level
    try:
        score = int(form.proficiency_score.raw_data[0]) if form.proficiency_score.raw_data else None
    except (TypeError, ValueError):
        score = None
    form.proficiency_score.data = services.score_in_band(level, score)
    form.proficiency_score.raw_data = None
    return render_template("skills/_score_field.html", form=form, row=row, **_common())


@bp.post("/<user_skill_id>")
@login_required
def update(user_skill_id: str) -> Response:
    row = _mine_or_404(user_skill_id)
    form = edit_form(row, request.form)
    if not form.validate_on_submit():
        return page_or_fragment(
            lambda: render_template(PAGE, **_page_context(editing=row.id, form=form)),
            lambda: _row_html(row, form),
            422,
        )
    cleared = services.update_my_skill(row, form.edit())
    db.session.commit()
    messages = [(f"Saved “{row.skill.name}”.", "success")]
    if cleared:
        messages.append(
            (
                "Its verification was at the lower level, so it is no longer verified. "
                "You can ask for a new verification.",
                "info",
            )
        )
    profile_years = services.profile_years(current_user)
    if row.years_experience and profile_years is not None and row.years_experience > profile_years:
        messages.append(
            (
                f"You gave {row.years_experience} years for {row.skill.name}, more than the "
                f"{profile_years} years of experience on your profile. Saved anyway.",
                "warning",
            )
        )
    answer = written(
        messages,
        fragments=lambda: _row_html(row, focus_edit=True) + _summary_oob(),
        back_to=url_for("skills.index", _anchor=f"us-{row.id}"),
    )
    return trigger(answer, CHANGED)


@bp.post("/<user_skill_id>/remove")
@login_required
def remove(user_skill_id: str) -> Response:
    row = _mine_or_404(user_skill_id)
    removed = undo.remove(current_user, row)
    db.session.commit()
    if not is_partial():
        if not removed.undoable:
            flash(f"Removed “{removed.skill_name}”. {undo.UNAVAILABLE}", "info")
            return redirect(url_for("skills.index"))
        return redirect(url_for("skills.index", removed=removed.user_skill_id))
    html = render_template("skills/_removed.html", removed=removed) + _summary_oob()
    return trigger(make_response(html), CHANGED)


@bp.post("/<user_skill_id>/undo")
@login_required
def undo_remove(user_skill_id: str) -> Response:
    try:
        row = undo.restore(current_user, user_skill_id)
    except undo.UndoError as error:
        expired = isinstance(error, undo.UndoExpired)
        # Unknown to this person (too late, or somebody else's row): 404.
        status = 404 if expired else 409
        if is_partial():
            html = render_template(
                "skills/_removed.html", removed=None, user_skill_id=user_skill_id, error=str(error)
            )
            return make_response(html, status)
        if expired:
            return render_error(404, str(error))
        flash(str(error), "error")
        return redirect(url_for("skills.index"))
    db.session.commit()
    undo.forget(current_user, user_skill_id)
    row = _mine_or_404(row.id)
    answer = written(
        f"“{row.skill.name}” is back.",
        fragments=lambda: _row_html(row, focus_edit=True) + _summary_oob(),
        back_to=url_for("skills.index", _anchor=f"us-{row.id}"),
    )
    return trigger(answer, CHANGED)
