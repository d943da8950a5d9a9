"""Catalog administration views (admins only): skills (create, edit, retire, publish,
delete a proposal, merge) and categories. Registered on the admin blueprint."""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select
from werkzeug.wrappers import Response

from smatrx.admin import bp
from smatrx.admin.catalog import merge, services
from smatrx.admin.catalog.forms import (
    CategoryForm,
    MergeForm,
    ReturnToListForm,
    SkillForm,
)
from smatrx.auth.decorators import role_required
from smatrx.errors import render_error
from smatrx.extensions import db
from smatrx.htmx import is_partial, render_page_or_block, reswap, written
from smatrx.models import Skill, SkillCategory

FILTER_LABELS = {"all": "All", "proposed": "Proposed", "retired": "Retired"}


def _skill_or_404(skill_id: str) -> Skill:
    skill = db.session.get(Skill, skill_id)
    if skill is None:
        abort(404)
    return skill


def _category_or_404(category_id: str) -> SkillCategory:
    category = db.session.get(SkillCategory, category_id)
    if category is None:
        abort(404)
    return category


def _list_url(result: services.SkillPage) -> str:
    return url_for(
        "admin.catalog",
        q=result.query or None,
        filter=result.filter if result.filter != "all" else None,
        page=result.page if result.page > 1 else None,
    )


@bp.get("/catalog")
@role_required("admin")
def catalog() -> str:
    result = services.list_skills(
        request.args.get("q", ""),
        request.args.get("filter", "all"),
        request.args.get("page", 1, type=int) or 1,
    )
    return render_page_or_block(
        "admin/catalog.html",
        "skills",
        result=result,
        next_url=_list_url(result),
        filter_labels=FILTER_LABELS,
    )


# Skill form pages -------------------------------------------------------------------


def _skill_values(form: SkillForm) -> services.SkillValues:
    return services.SkillValues(
        name=form.name.data,
        category_id=form.category.data,
        description=form.description.data,
        tags=form.tags.data,
        aliases=form.aliases.data,
        market_demand=form.market_demand.data or None,
        salary_min=form.salary_min.data,
        salary_max=form.salary_max.data,
        salary_currency=form.salary_currency.data or None,
        growth_trend=float(form.growth_trend.data) if form.growth_trend.data is not None else None,
    )


def _render_skill_form(form: SkillForm, skill: Skill | None, status: int = 200) -> tuple[str, int]:
    return (
        render_template(
            "admin/catalog_skill_form.html",
            form=form,
            skill=skill,
            holders=services.holders_of(skill.id) if skill else 0,
        ),
        status,
    )


def _save_skill(
    form: SkillForm, skill: Skill | None, write: Callable[[], Skill]
) -> Response | tuple[str, int]:
    form.set_categories(services.categories())
    if not form.validate_on_submit():
        return _render_skill_form(form, skill, 422 if form.is_submitted() else 200)
    try:
        saved = write()
    except services.CatalogActionRefused as refusal:
        form.name.errors.append(str(refusal))
        return _render_skill_form(form, skill, 422)
    db.session.commit()
    flash(f"{saved.name} is saved.", "success")
    return redirect(url_for("admin.catalog", q=saved.name))


@bp.route("/catalog/skills/new", methods=["GET", "POST"])
@role_required("admin")
def catalog_new_skill() -> Response | tuple[str, int]:
    form = SkillForm()
    if not form.is_submitted() and request.args.get("name"):
        form.name.data = request.args["name"][:100]

    def write() -> Skill:
        return services.create_skill(current_user, _skill_values(form))

    return _save_skill(form, None, write)


@bp.route("/catalog/skills/<skill_id>/edit", methods=["GET", "POST"])
@role_required("admin")
def catalog_edit_skill(skill_id: str) -> Response | tuple[str, int]:
    skill = _skill_or_404(skill_id)
    form = SkillForm()
    if not form.is_submitted():
        salary = skill.average_salary or {}
        form.process(
            data={
                "name": skill.name,
                "category": skill.category_id,
                "description": skill.description,
                "tags": skill.tags,
                "aliases": skill.aliases,
                "market_demand": skill.market_demand or "",
                "salary_min": salary.get("min"),
                "salary_max": salary.get("max"),
                "salary_currency": salary.get("currency"),
                "growth_trend": skill.growth_trend,
            }
        )

    def write() -> Skill:
        services.update_skill(current_user, skill, _skill_values(form))
        return skill

    return _save_skill(form, skill, write)


# Row actions ------------------------------------------------------------------------


def _row_done(form: ReturnToListForm, skill: Skill | None, message: str, category: str) -> Response:
    """For HTMX the row again (or nothing, for a deleted skill) and a toast; else a flash
    and the list as it was."""

    def row() -> str:
        if skill is None:
            return ""
        return render_template(
            "admin/_catalog_row.html", row=services.skill_row(skill), next_url=form.return_url()
        )

    answer = written(message, kind=category, fragments=row, back_to=form.return_url())
    if skill is None and is_partial():
        reswap(answer, "delete" if category == "success" else "none")
    return answer


def _row_write(skill_id: str, write: Callable[[Skill], str], deletes: bool = False) -> Response:
    skill = _skill_or_404(skill_id)
    form = ReturnToListForm()
    if not form.validate_on_submit():
        return render_error(400)
    try:
        message = write(skill)
    except services.CatalogActionRefused as refusal:
        return _row_done(form, skill, str(refusal), "error")
    db.session.commit()
    return _row_done(form, None if deletes else skill, message, "success")


@bp.post("/catalog/skills/<skill_id>/retire")
@role_required("admin")
def catalog_retire(skill_id: str) -> Response:
    def write(skill: Skill) -> str:
        if not services.retire_skill(current_user, skill):
            return f"{skill.name} was already retired."
        return f"{skill.name} is retired: profiles keep it, nobody is offered it."

    return _row_write(skill_id, write)


@bp.post("/catalog/skills/<skill_id>/unretire")
@role_required("admin")
def catalog_unretire(skill_id: str) -> Response:
    def write(skill: Skill) -> str:
        if not services.unretire_skill(current_user, skill):
            return f"{skill.name} was not retired."
        return f"{skill.name} is offered again."

    return _row_write(skill_id, write)


@bp.post("/catalog/skills/<skill_id>/publish")
@role_required("admin")
def catalog_publish(skill_id: str) -> Response:
    def write(skill: Skill) -> str:
        if not services.publish_skill(current_user, skill):
            return f"{skill.name} was already published."
        return f"{skill.name} is published: everyone can add it now."

    return _row_write(skill_id, write)


@bp.post("/catalog/skills/<skill_id>/delete")
@role_required("admin")
def catalog_delete(skill_id: str) -> Response:
    def write(skill: Skill) -> str:
        name = skill.name
        services.delete_proposed_skill(current_user, skill)
        return f"The proposed skill {name} is deleted."

    return _row_write(skill_id, write, deletes=True)


# Merge ------------------------------------------------------------------------------


def _render_merge(form: MergeForm, source: Skill, status: int = 200) -> tuple[str, int]:
    names = list(
        db.session.scalars(
            select(Skill.name).where(Skill.id != source.id).order_by(func.lower(Skill.name))
        )
    )
    return (
        render_template(
            "admin/catalog_merge.html",
            form=form,
            source=source,
            preview=merge.merge_preview(source),
            names=names,
        ),
        status,
    )


@bp.route("/catalog/skills/<skill_id>/merge", methods=["GET", "POST"])
@role_required("admin")
def catalog_merge(skill_id: str) -> Response | tuple[str, int]:
    source = _skill_or_404(skill_id)
    form = MergeForm()
    if not form.validate_on_submit():
        return _render_merge(form, source, status=422 if form.is_submitted() else 200)
    target = merge.find_skill_by_name(form.target.data)
    if target is None:
        form.target.errors.append(
            f"No skill is called “{form.target.data.strip()}”. Pick one from the suggestions."
        )
        return _render_merge(form, source, status=422)
    source_name, target_name = source.name, target.name
    try:
        moved = merge.merge_skills(current_user, source, target)
    except services.CatalogActionRefused as refusal:
        db.session.rollback()  # nothing merged; lets go of the locked skill rows
        form.target.errors.append(str(refusal))
        return _render_merge(form, source, status=422)
    db.session.commit()
    flash(
        f"{source_name} is merged into {target_name}: {moved.holders} "
        f"{'holding' if moved.holders == 1 else 'holdings'} moved "
        f"({moved.both} combined), {moved.imports} import "
        f"{'link' if moved.imports == 1 else 'links'}.",
        "success",
    )
    return redirect(url_for("admin.catalog", q=target_name))


# Categories -------------------------------------------------------------------------


def _category_values(form: CategoryForm) -> services.CategoryValues:
    return services.CategoryValues(
        name=form.name.data,
        description=form.description.data,
        color=form.color.data or None,
        icon=form.icon.data or None,
    )


def _render_categories(form: CategoryForm, status: int = 200) -> tuple[str, int]:
    return (
        render_template("admin/catalog_categories.html", form=form, rows=services.category_rows()),
        status,
    )


@bp.route("/catalog/categories", methods=["GET", "POST"])
@role_required("admin")
def catalog_categories() -> Response | tuple[str, int]:
    form = CategoryForm()
    if not form.validate_on_submit():
        return _render_categories(form, 422 if form.is_submitted() else 200)
    try:
        category = services.create_category(current_user, _category_values(form))
    except services.CatalogActionRefused as refusal:
        form.name.errors.append(str(refusal))
        return _render_categories(form, 422)
    db.session.commit()
    flash(f"The category {category.name} is created.", "success")
    return redirect(url_for("admin.catalog_categories"))


@bp.route("/catalog/categories/<category_id>/edit", methods=["GET", "POST"])
@role_required("admin")
def catalog_edit_category(category_id: str) -> Response | tuple[str, int]:
    category = _category_or_404(category_id)
    form = CategoryForm(obj=category if request.method == "GET" else None)

    def page(status: int) -> tuple[str, int]:
        return (
            render_template("admin/catalog_category_form.html", form=form, category=category),
            status,
        )

    if not form.validate_on_submit():
        return page(422 if form.is_submitted() else 200)
    try:
        services.update_category(current_user, category, _category_values(form))
    except services.CatalogActionRefused as refusal:
        form.name.errors.append(str(refusal))
        return page(422)
    db.session.commit()
    flash(f"The category {category.name} is saved.", "success")
    return redirect(url_for("admin.catalog_categories"))
