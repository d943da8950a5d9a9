"""/roles: the career roles and what they require; on a role's page, how I compare, a
what-if (change a level, see the readiness it would give: nothing saved) and "make it my
target"; /roles/compare puts two roles side by side.

Readiness here is computed live by the pure gap analysis (a role lists at most 25 skills);
the stored analyses on /insights are the ones with a history."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import is_partial, render_page_or_block
from smatrx.insights import charts, roles_bp
from smatrx.insights.analysis import RUBRIC, Role, gap_analysis
from smatrx.insights.forms import TargetRoleForm
from smatrx.insights.gather import held_skills, role_input, target_role
from smatrx.insights.role_list import all_roles
from smatrx.models import CareerRole
from smatrx.models.base import utcnow
from smatrx.models.choices import SKILL_LEVELS
from smatrx.profile.services import get_or_create_profile
from smatrx.skills.levels import LEVEL_LABELS

WHAT_IF_PREFIX = "level-"


def _role_or_404(slug: str) -> CareerRole:
    role = db.session.scalar(select(CareerRole).where(CareerRole.slug == slug[:200]))
    if role is None:
        abort(404)
    return role


@roles_bp.get("")
@login_required
def index() -> str:
    held, _ = held_skills(db.session, current_user.id)
    today = utcnow().date()
    mine = target_role(db.session, current_user.id)
    rows = []
    for role, requirements in all_roles(db.session):
        gap = gap_analysis(requirements, held, today) if requirements.requirements else None
        rows.append({"role": role, "count": len(requirements.requirements), "gap": gap})
    rows.sort(
        key=lambda row: (-(row["gap"].readiness or 0) if row["gap"] else 1, row["role"].title)
    )
    return render_template("roles/index.html", rows=rows, mine=mine, has_skills=bool(held))


def _closest_first(row: dict[str, Any]) -> tuple[int, str]:
    gap = row["gap"]
    return (-(gap.readiness or 0) if gap else 1, row["role"].title)


def _role_page(
    role: CareerRole,
    overrides: dict[str, str] | None,
    status: int = 200,
    errors: list[str] | None = None,
) -> Response:
    held, _ = held_skills(db.session, current_user.id)
    requirements, _ = role_input(db.session, role)
    today = utcnow().date()
    gap = gap_analysis(requirements, held, today)
    what_if = gap_analysis(requirements, held, today, overrides=overrides) if overrides else None
    levels = {skill.skill_id: skill.level for skill in held}
    context: dict[str, Any] = {
        "role": role,
        "requirements": requirements,
        "gap": gap,
        "gauge": charts.gauge(gap.readiness) if gap.readiness is not None else None,
        "what_if": what_if,
        "what_if_gauge": (
            charts.gauge(what_if.readiness) if what_if and what_if.readiness is not None else None
        ),
        "overrides": overrides or {},
        "levels": levels,
        "level_choices": SKILL_LEVELS,
        "level_labels": LEVEL_LABELS,
        "rubric": RUBRIC,
        "is_target": (mine := target_role(db.session, current_user.id)) is not None
        and mine.id == role.id,
        "target_form": TargetRoleForm(),
        "errors": errors or [],
        "prefix": WHAT_IF_PREFIX,
    }
    block = "what_if" if is_partial() and request.endpoint == "roles.what_if" else "content_region"
    html = render_page_or_block("roles/detail.html", block, **context)
    return make_response(html, status)


@roles_bp.get("/<slug>")
@login_required
def detail(slug: str) -> Response:
    return _role_page(_role_or_404(slug), None)


def _read_overrides(requirements: Role) -> tuple[dict[str, str], list[str]]:
    """skill id → level from the what-if form (level-<skill id>=<level>); errors for a
    level outside the four or a skill the role does not require."""
    known = {item.skill_id: item.name for item in requirements.requirements}
    overrides: dict[str, str] = {}
    errors: list[str] = []
    for key, value in request.args.items(multi=True):
        if not key.startswith(WHAT_IF_PREFIX):
            continue
        skill_id = key[len(WHAT_IF_PREFIX) :]
        value = value.strip()
        if skill_id not in known:
            errors.append("One of the skills is not a requirement of this role.")
            continue
        if not value:
            continue  # "as now"
        if value not in SKILL_LEVELS:
            errors.append(
                f"Choose a level for {known[skill_id]}: beginner, intermediate, advanced or expert."
            )
            continue
        overrides[skill_id] = value
    return overrides, sorted(set(errors))


@roles_bp.get("/<slug>/what-if")
@login_required
def what_if(slug: str) -> Response:
    role = _role_or_404(slug)
    requirements, _ = role_input(db.session, role)
    overrides, errors = _read_overrides(requirements)
    if errors:
        return _role_page(role, overrides, 422, errors)
    return _role_page(role, overrides)


@roles_bp.post("/<slug>/target")
@login_required
def make_target(slug: str) -> Response:
    role = _role_or_404(slug)
    form = TargetRoleForm()
    if not form.validate_on_submit():
        abort(400)
    profile = get_or_create_profile(current_user)
    profile.target_role = role.title
    db.session.commit()  # the flush asks for a recompute of the analyses
    flash(f"{role.title} is now your target role: your insights are being recomputed.", "success")
    return redirect(url_for("insights.index"), 303)


@roles_bp.get("/compare")
@login_required
def compare() -> str:
    slugs = [slug for slug in (request.args.get("a", ""), request.args.get("b", "")) if slug]
    roles = [_role_or_404(slug) for slug in slugs]
    held, _ = held_skills(db.session, current_user.id)
    today = utcnow().date()
    sides = []
    for role in roles:
        requirements, _ = role_input(db.session, role)
        sides.append(
            {
                "role": role,
                "requirements": requirements,
                "gap": gap_analysis(requirements, held, today),
            }
        )
    shared: list[str] = []
    if len(sides) == 2:
        first = {item.skill_id for item in sides[0]["requirements"].requirements}
        shared = [
            item.name for item in sides[1]["requirements"].requirements if item.skill_id in first
        ]
    return render_template(
        "roles/compare.html",
        sides=sides,
        shared=shared,
        choices=[role for role, _ in all_roles(db.session)],
        chosen=slugs,
        level_labels=LEVEL_LABELS,
    )
