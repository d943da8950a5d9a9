"""/goals: the board. Each action works as a plain form post that redirects back to the
board, and with HTMX as a swap of what it changed: a moved card (goals/_card.html, plus the
column counts out of band), the board region after a create or an edit made in the dialog.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlsplit

from flask import abort, render_template, request, url_for
from flask_login import current_user
from jinja2_fragments.flask import render_block
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.goals import bp, services
from smatrx.goals.forms import GoalFilterForm, GoalForm, MoveGoalForm, QuickGoalForm
from smatrx.goals.progress import earliest_today, is_overdue, sort_key, timeliness
from smatrx.htmx import (
    current_url,
    page_or_fragment,
    render_page_or_block,
    retarget,
    trigger,
    written,
)
from smatrx.models import CareerGoal
from smatrx.skills.levels import LEVEL_LABELS

PAGE = "goals/index.html"
FORM_PAGE = "goals/form.html"
CARD = "goals/_card.html"
QUICK = "goals/_quick_add.html"
SAVED = "goalSaved"


def _completed_on(goal: CareerGoal) -> date:
    """The day a completed goal was completed (kept by a trigger; its last change until the
    row is read back after the move that completed it)."""
    return (goal.completed_at or goal.updated_at).date()


def _common() -> dict[str, Any]:
    today = earliest_today()
    return {
        "today": today,
        "columns": services.BOARD_COLUMNS,
        "status_labels": services.STATUS_LABELS,
        "move_labels": services.MOVE_LABELS,
        "type_labels": services.TYPE_LABELS,
        "priority_labels": services.PRIORITY_LABELS,
        "level_labels": LEVEL_LABELS,
        "is_overdue": lambda goal: is_overdue(
            goal.status, goal.target_date.date() if goal.target_date else None, today
        ),
        "completed_on": _completed_on,
        "timeliness": lambda goal: timeliness(
            _completed_on(goal), goal.target_date.date() if goal.target_date else None
        ),
        "sort_key": lambda goal: sort_key(
            goal.priority, goal.target_date.date() if goal.target_date else None, goal.created_at
        ),
    }


def _board_filters() -> services.GoalFilters:
    """The filters of the board the request came from: the query string for the page
    itself, the board's URL (HX-Current-URL) for writes made on it."""
    if request.method == "GET":
        return services.as_filters(request.args)
    query = parse_qs(urlsplit(current_url()).query)
    return services.as_filters(MultiDict([(k, v) for k, vs in query.items() for v in vs]))


def _board_context(filters: services.GoalFilters, **extra: Any) -> dict[str, Any]:
    columns = services.board(current_user, filters)
    return {
        "board": columns,
        "counts": {status: len(goals) for status, goals in columns.items()},
        "filters": filters,
        "filter_form": GoalFilterForm(formdata=None).show(filters),
        **_common(),
        **extra,
    }


def _mine_or_404(goal_id: str) -> CareerGoal:
    goal = services.get_goal(current_user, goal_id)
    if goal is None:
        abort(404)
    return goal


def _form(goal: CareerGoal | None = None, formdata: Any = None) -> GoalForm:
    form = GoalForm(formdata=formdata, prefix="goal")
    if goal is not None and formdata is None:
        form.load(goal)
    return form.bind(
        lambda name: services.find_skill(current_user, name),
        services.find_role,
        lambda skill, level: services.held_progress(current_user, skill, level),
        goal,
    )


def _render_form(form: GoalForm, goal: CareerGoal | None, status: int = 200) -> Response:
    context = {
        "form": form,
        "goal": goal,
        "skill_names": services.skill_names(current_user),
        "role_titles": services.role_titles(),
        **_common(),
    }
    return page_or_fragment(
        lambda: render_template(FORM_PAGE, **context),
        lambda: render_template("goals/_form.html", **context),
        status,
    )


def _saved(goal: CareerGoal, message: str) -> Response:
    """After a create or an edit: the board again (the goal may have changed column or
    place), the dialog closed by the goalSaved event."""
    answer = written(
        message,
        fragments=lambda: render_block(
            PAGE, "board", **_board_context(_board_filters(), highlight=goal.id)
        ),
        back_to=url_for("goals.index", _anchor=f"goal-{goal.id}"),
    )
    return trigger(retarget(answer, "#goal-board"), SAVED, {"id": goal.id})


# --- the board -------------------------------------------------------------------------------


@bp.get("")
@login_required
def index() -> str:
    return render_page_or_block(PAGE, "board", **_board_context(_board_filters()))


@bp.get("/new")
@login_required
def new() -> Response:
    return _render_form(_form(), None)


@bp.post("")
@login_required
def create() -> Response:
    form = _form(formdata=request.form)
    if not form.validate_on_submit():
        return _render_form(form, None, 422)
    goal = services.create_goal(current_user, form.goal_input())
    db.session.commit()
    return _saved(goal, f"Goal “{goal.title}” added.")


@bp.post("/quick")
@login_required
def quick_add() -> Response:
    """A column's "add a card" (title only). With HTMX the answer is the emptied form, the
    card put into its column and the counts (both out of band); without, the board again."""
    form = QuickGoalForm()
    if not form.validate_on_submit():
        if form.status.errors or form.csrf_token.errors:
            abort(400)
        status = form.status.data
        return page_or_fragment(
            lambda: render_template(
                PAGE, **_board_context(_board_filters(), quick_forms={status: form})
            ),
            lambda: render_template(QUICK, status=status, form=form, **_common()),
            422,
        )
    goal = services.quick_goal(current_user, form.title.data, form.status.data)
    db.session.commit()
    filters = _board_filters()

    def form_card_and_counts() -> str:
        html = render_template(QUICK, status=goal.status, form=None, **_common())
        if services.shown_by(filters, goal):
            card = render_template(CARD, goal=goal, highlight=goal.id, **_common())
            html += f'<ul hx-swap-oob="afterbegin:#goal-list-{goal.status}">{card}</ul>'
        counts = services.counts(current_user, filters)
        return html + render_template("goals/_counts.html", counts=counts, **_common())

    return written(
        services.move_message(goal.title, goal.status, True)
        if goal.status == "completed"
        else f"Goal “{goal.title}” added to {services.STATUS_LABELS[goal.status]}.",
        fragments=form_card_and_counts,
        back_to=url_for("goals.index", _anchor=f"goal-{goal.id}"),
    )


@bp.get("/<goal_id>/edit")
@login_required
def edit(goal_id: str) -> Response:
    goal = _mine_or_404(goal_id)
    return _render_form(_form(goal), goal)


@bp.post("/<goal_id>")
@login_required
def update(goal_id: str) -> Response:
    goal = _mine_or_404(goal_id)
    form = _form(goal, request.form)
    if not form.validate_on_submit():
        return _render_form(form, goal, 422)
    services.update_goal(current_user, goal, form.goal_input())
    db.session.commit()
    return _saved(goal, f"Goal “{goal.title}” saved.")


@bp.post("/<goal_id>/status")
@login_required
def move(goal_id: str) -> Response:
    goal = _mine_or_404(goal_id)
    form = MoveGoalForm()
    if not form.validate_on_submit():
        abort(400)
    moved = services.move_goal(goal, form.status.data)
    db.session.commit()
    message = services.move_message(goal.title, goal.status, moved)

    def card_and_counts() -> str:
        counts = services.counts(current_user, _board_filters())
        return render_template(CARD, goal=goal, moved=True, **_common()) + render_template(
            "goals/_counts.html", counts=counts, **_common()
        )

    return written(
        message,
        fragments=card_and_counts,
        back_to=url_for("goals.index", _anchor=f"goal-{goal.id}"),
    )


@bp.post("/<goal_id>/delete")
@login_required
def delete(goal_id: str) -> Response:
    goal = _mine_or_404(goal_id)
    title = goal.title
    services.delete_goal(goal)
    db.session.commit()
    return written(
        f"Goal “{title}” deleted.",
        fragments=lambda: render_template(
            "goals/_counts.html",
            counts=services.counts(current_user, _board_filters()),
            **_common(),
        ),
        back_to=url_for("goals.index"),
    )
