"""Career roles administration views (admins only): the list, a new role, a role's page
(its details, and its requirements edited in place with HTMX or as plain forms without
JavaScript), deleting a role. Registered on the admin blueprint."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user
from jinja2_fragments.flask import render_block
from werkzeug.wrappers import Response

from smatrx.admin import bp
from smatrx.admin.roles import services
from smatrx.admin.roles.forms import (
    IMPORTANCE_CHOICES,
    IMPORTANCE_LABELS,
    LEVEL_CHOICES,
    WEIGHT_CHOICES,
    AddRequirementForm,
    DeleteRoleForm,
    RemoveRequirementForm,
    RequirementForm,
    RoleForm,
)
from smatrx.auth.decorators import role_required
from smatrx.errors import render_error
from smatrx.extensions import db
from smatrx.htmx import is_partial, render_page_or_block, reswap, retarget, toast, written
from smatrx.models import CareerRole, RoleSkill

PAGE = "admin/role.html"


def _role_or_404(role_id: str) -> CareerRole:
    role = db.session.get(CareerRole, role_id)
    if role is None:
        abort(404)
    return role


def _requirement_or_404(role: CareerRole, requirement_id: str) -> RoleSkill:
    requirement = services.requirement_of(role, requirement_id)
    if requirement is None:
        abort(404)
    return requirement


def _role_url(role_id: str, **params: Any) -> str:
    return url_for("admin.role_edit", role_id=role_id, **params)


def _choices() -> dict[str, Any]:
    return {
        "importance_choices": IMPORTANCE_CHOICES,
        "importance_labels": IMPORTANCE_LABELS,
        "level_choices": LEVEL_CHOICES,
        "weight_choices": WEIGHT_CHOICES,
        "max_requirements": services.MAX_REQUIREMENTS,
    }


# The list ---------------------------------------------------------------------------


@bp.get("/roles")
@role_required("admin")
def roles() -> str:
    result = services.list_roles(
        request.args.get("q", ""), request.args.get("page", 1, type=int) or 1
    )
    return render_page_or_block("admin/roles.html", "roles", result=result)


# New role ---------------------------------------------------------------------------


def _values(form: RoleForm) -> services.RoleValues:
    return services.RoleValues(title=form.title.data, description=form.description.data)


@bp.route("/roles/new", methods=["GET", "POST"])
@role_required("admin")
def role_new() -> Response | tuple[str, int]:
    form = RoleForm()
    if not form.is_submitted() and request.args.get("title"):
        form.title.data = services.clean_query(request.args["title"])

    def page(status: int) -> tuple[str, int]:
        return render_template("admin/role_new.html", form=form), status

    if not form.validate_on_submit():
        return page(422 if form.is_submitted() else 200)
    try:
        role = services.create_role(current_user, _values(form))
    except services.RoleActionRefused as refusal:
        form.title.errors.append(str(refusal))
        return page(422)
    db.session.commit()
    flash(f"{role.title} is created. Add the skills it requires.", "success")
    return redirect(_role_url(role.id, _anchor="add-requirement"))


# A role's page ----------------------------------------------------------------------


def _section_context(
    role: CareerRole, *, q: str = "", added: str | None = None, add_error: str | None = None
) -> dict[str, Any]:
    """What the requirements section shows: the rows, and the add panel with its search."""
    requirements = services.requirements_of(role.id)
    q = services.clean_query(q)
    return {
        "role": role,
        "requirements": requirements,
        "required_ids": {r.skill_id for r in requirements},
        "q": q,
        "suggestions": services.suggest_skills(q) if q else [],
        "added": added,
        "add_error": add_error,
        "row_errors": {},
        **_choices(),
    }


def _page(
    role: CareerRole,
    *,
    form: RoleForm | None = None,
    status: int = 200,
    **section: Any,
) -> tuple[str, int]:
    row_errors = section.pop("row_errors", {})
    context = _section_context(role, **section)
    context["row_errors"] = row_errors
    return (
        render_template(
            PAGE,
            form=form or RoleForm(formdata=None, obj=role),
            usage=services.role_usage(role),
            **context,
        ),
        status,
    )


def _section(role: CareerRole, **section: Any) -> str:
    return render_block(PAGE, "requirements", **_section_context(role, **section))


@bp.route("/roles/<role_id>", methods=["GET", "POST"])
@role_required("admin")
def role_edit(role_id: str) -> Response | tuple[str, int]:
    role = _role_or_404(role_id)
    form = RoleForm(obj=role if request.method == "GET" else None)
    if not form.validate_on_submit():
        status = 422 if form.is_submitted() else 200
        return _page(role, form=form, status=status, q=request.args.get("q", ""))
    try:
        services.update_role(current_user, role, _values(form))
    except services.RoleActionRefused as refusal:
        form.title.errors.append(str(refusal))
        return _page(role, form=form, status=422)
    db.session.commit()
    flash(f"{role.title} is saved.", "success")
    return redirect(_role_url(role.id))


# Deleting ---------------------------------------------------------------------------


@bp.route("/roles/<role_id>/delete", methods=["GET", "POST"])
@role_required("admin")
def role_delete(role_id: str) -> Response | tuple[str, int]:
    role = _role_or_404(role_id)
    form = DeleteRoleForm()

    def page(status: int) -> tuple[str, int]:
        return (
            render_template(
                "admin/role_delete.html",
                form=form,
                role=role,
                usage=services.role_usage(role),
                requirements=services.requirement_count(role.id),
            ),
            status,
        )

    if not form.validate_on_submit():
        return page(422 if form.is_submitted() else 200)
    title = role.title
    try:
        services.delete_role(current_user, role, goals_confirmed=bool(form.confirm_goals.data))
    except services.RoleActionRefused as refusal:
        form.confirm_goals.errors.append(str(refusal))
        return page(422)
    db.session.commit()
    flash(f"The role {title} is deleted.", "success")
    return redirect(url_for("admin.roles"))


# Requirements -----------------------------------------------------------------------


@bp.get("/roles/<role_id>/requirements/suggest")
@role_required("admin")
def role_suggest(role_id: str) -> Response | str:
    """The typeahead's matches under "Add a requirement" (htmx); anything else gets the
    role's page with the search, which is what the search form asks for without it."""
    role = _role_or_404(role_id)
    q = services.clean_query(request.args.get("q", ""))
    if not is_partial():
        return redirect(_role_url(role.id, q=q or None, _anchor="add-requirement"))
    required = {r.skill_id for r in services.requirements_of(role.id)}
    return render_template(
        "admin/_requirement_suggestions.html",
        role=role,
        q=q,
        suggestions=services.suggest_skills(q),
        required_ids=required,
        full=len(required) >= services.MAX_REQUIREMENTS,
    )


def _refused(role: CareerRole, message: str, q: str) -> Response | tuple[str, int]:
    """An add that breaks a rule: a toast for htmx, else the page with the message next to
    the search; 422 both."""
    if is_partial():
        return retarget(
            make_response(toast(message, "error", oob=False), 422), "#toasts", "beforeend"
        )
    return _page(role, status=422, q=q, add_error=message)


@bp.post("/roles/<role_id>/requirements")
@role_required("admin")
def requirement_add(role_id: str) -> Response | tuple[str, int]:
    role = _role_or_404(role_id)
    form = AddRequirementForm()
    if not form.validate_on_submit():
        return render_error(400, " ".join(e for errors in form.errors.values() for e in errors))
    skill = services.offered_skill(form.skill_id.data)
    if skill is None:
        abort(404)
    q = form.q.data or ""
    try:
        requirement = services.add_requirement(current_user, role, skill)
    except services.RoleActionRefused as refusal:
        db.session.rollback()  # nothing added; lets go of the locked role row
        return _refused(role, str(refusal), q)
    db.session.commit()
    added = requirement.id
    return written(
        f"{skill.name} is required now: important, at least intermediate, weight "
        f"{services.DEFAULT_WEIGHT}. Adjust it in its row.",
        fragments=lambda: _section(role, q=q, added=added),
        back_to=_role_url(role.id, _anchor=f"requirement-{added}"),
    )


def _row(role: CareerRole, requirement: RoleSkill, errors: dict | None = None) -> str:
    return render_template(
        "admin/_requirement_row.html", role=role, r=requirement, errors=errors or {}, **_choices()
    )


def _status(role: CareerRole) -> str:
    """The requirement count and the edited-here note, swapped out of band."""
    return render_template(
        "admin/_requirements_status.html",
        role=role,
        total=services.requirement_count(role.id),
        oob=True,
        **_choices(),
    )


@bp.post("/roles/<role_id>/requirements/<requirement_id>")
@role_required("admin")
def requirement_save(role_id: str, requirement_id: str) -> Response | tuple[str, int]:
    role = _role_or_404(role_id)
    requirement = _requirement_or_404(role, requirement_id)
    form = RequirementForm()
    if not form.validate_on_submit():
        if is_partial():
            message = f"Nothing was saved: {form.first_error()}"
            html = _row(role, requirement, form.errors) + toast(message, "error")
            return reswap(make_response(html, 422), "outerHTML")  # the row with its errors
        return _page(role, status=422, row_errors={requirement.id: form.errors})
    name = requirement.skill.name
    changed = services.update_requirement(
        current_user,
        requirement,
        importance=form.importance.data,
        min_level=form.min_level.data,
        weight=int(form.weight.data),
    )
    db.session.commit()
    return written(
        f"Saved {name}." if changed else f"{name} already had these values.",
        # The row already shows what was saved: it stays (see _requirement_row.html).
        fragments=lambda: _status(role),
        back_to=_role_url(role.id, _anchor=f"requirement-{requirement.id}"),
    )


@bp.post("/roles/<role_id>/requirements/<requirement_id>/remove")
@role_required("admin")
def requirement_remove(role_id: str, requirement_id: str) -> Response:
    role = _role_or_404(role_id)
    requirement = _requirement_or_404(role, requirement_id)
    if not RemoveRequirementForm().validate_on_submit():
        return render_error(400)
    name = requirement.skill.name
    was_full = services.requirement_count(role.id) >= services.MAX_REQUIREMENTS
    services.remove_requirement(current_user, requirement)
    db.session.commit()
    left = services.requirement_count(role.id)
    message = f"{name} is no longer required."
    if left == 0 or was_full:
        # The section changes shape (the empty state, or the add panel back): all of it.
        answer = written(message, fragments=lambda: _section(role), back_to=_role_url(role.id))
        return retarget(answer, "#requirements") if is_partial() else answer
    answer = written(
        message, fragments=lambda: _status(role), back_to=_role_url(role.id, _anchor="requirements")
    )
    return reswap(answer, "delete") if is_partial() else answer
