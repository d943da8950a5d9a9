"""/insights: readiness for the target role and its history, the gaps, recommendations
with their why, strengths, stale skills, the market estimate, and how sure we are.

The page reads stored analyses (a few statements, whatever the person holds); when none
is current it asks for a recompute and polls until the job has written one."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, make_response, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.goals import services as goals
from smatrx.htmx import is_partial, render_page_or_block, retarget, toast, written
from smatrx.insights import bp, charts, jobs, store
from smatrx.insights.analysis import RUBRIC, explain_data
from smatrx.insights.forms import MakeGoalForm
from smatrx.insights.gather import target_role
from smatrx.models import Skill
from smatrx.profile.services import get_or_create_profile
from smatrx.skills.levels import LEVEL_LABELS

INSIGHTS = "insights/index.html"


def insights_context(user_id: str) -> dict[str, Any]:
    """What /insights (and the home card) show: the stored analyses that are current."""
    profile = get_or_create_profile(current_user)
    role = target_role(db.session, user_id)
    rows = store.latest(db.session, user_id)
    pending = jobs.is_pending(user_id)
    if not rows and not pending:
        pending = jobs.enqueue_recompute(user_id)
    role_id = role.id if role else None
    gap_row = rows.get("gap")
    gap = gap_row.data if gap_row is not None and role and gap_row.role_id == role_id else None
    recs_row = rows.get("recommendation")
    recommendations = (
        recs_row.data if recs_row is not None and recs_row.role_id == role_id else None
    )
    profile_row = rows.get("profile")
    points = store.history(db.session, user_id, role.id) if role and gap else []
    waiting = pending or (role is not None and gap is None) or profile_row is None
    return {
        "profile": profile,
        "role": role,
        "target_role_text": profile.target_role,
        "gap": gap,
        "gap_row": gap_row if gap is not None else None,
        "recommendations": recommendations,
        "profile_analysis": profile_row.data if profile_row is not None else None,
        "profile_row": profile_row,
        "history": points,
        "history_chart": charts.history(points) if len(points) > 1 else None,
        "gauge": charts.gauge(gap["readiness"])
        if gap and gap.get("readiness") is not None
        else None,
        "waiting": waiting,
        "explain": explain_data,
        "rubric": RUBRIC,
        "level_labels": LEVEL_LABELS,
    }


@bp.get("")
@login_required
def index() -> str:
    context = insights_context(current_user.id)
    return render_page_or_block(INSIGHTS, "insights", **context)


@bp.post("/recompute")
@login_required
def recompute() -> Response:
    """Ask again (the page's "Refresh now"): debounced as any change."""
    jobs.enqueue_recompute(current_user.id)
    return redirect(url_for("insights.index"), 303)


@bp.post("/goals")
@login_required
def make_goal() -> Response:
    """ "Make this a goal" on a recommendation: a skill goal the goals board then tracks."""
    form = MakeGoalForm()
    back = url_for("insights.index")
    if not form.validate_on_submit():
        message = "; ".join(error for errors in form.errors.values() for error in errors)
        message = message or "That goal could not be made."
        if is_partial():
            answer = make_response(toast(message, "error", oob=False), 422)
            return retarget(answer, "#toasts", "beforeend")
        flash(message, "error")
        return redirect(back, 303)
    skill = db.session.get(Skill, form.skill_id.data)
    if skill is None or skill.retired_at is not None or not skill.is_published:
        abort(404)
    level = form.target_level.data
    existing = goals.open_skill_goal(current_user, skill)
    if existing is None:
        goals.create_goal(
            current_user,
            goals.GoalInput(
                title=f"{skill.name} to {LEVEL_LABELS[level].lower()}",
                description="From your insights' recommendations.",
                type="skill",
                priority="medium",
                target_date=None,
                progress=None,
                skill=skill,
                target_level=level,
            ),
        )
        db.session.commit()
        message = f"Goal “{skill.name} to {LEVEL_LABELS[level].lower()}” added to your board."
    else:
        message = f"“{existing.title}” is already on your board."
    return written(
        message,
        kind="success" if existing is None else "info",
        fragments=lambda: render_template("insights/_goal_made.html", skill=skill),
        back_to=back,
    )


@bp.get("/how")
@login_required
def how() -> str:
    """How every number on /insights is computed (the formulas, in words)."""
    return render_template("insights/how.html", rubric=RUBRIC, level_labels=LEVEL_LABELS)
