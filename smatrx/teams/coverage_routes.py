"""A team's target profile and its coverage: met, short, single points of failure, stale
ratings. Members read the report; leads (and admins) set targets by hand or from a career
role, edit and remove them.

The page is one URL; an HTMX write answers with the block it changed (coverage_body: the
targets and the report, which every target change moves) plus a toast, anything else with
a redirect back (post/redirect/get). Five statements a page, whatever the team's size.
"""

from __future__ import annotations

from typing import Any

from flask import abort, render_template, request, url_for
from flask_login import current_user
from jinja2_fragments.flask import render_block
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import page_or_fragment, written
from smatrx.models.base import utcnow
from smatrx.skills.levels import LEVEL_LABELS, LEVELS
from smatrx.teams import bp, targets
from smatrx.teams.access import TeamAccess, managed_team, team_access
from smatrx.teams.coverage import STALE_AFTER, coverage_report, level_letter
from smatrx.teams.holdings import team_holdings, team_members
from smatrx.teams.target_forms import ApplyRoleForm, TargetEditForm, TargetForm

PAGE = "teams/coverage.html"
BLOCK = "coverage_body"


def coverage_context(
    access: TeamAccess,
    *,
    target_form: TargetForm | None = None,
    role_form: ApplyRoleForm | None = None,
    edit_forms: dict[str, TargetEditForm] | None = None,
    suggestions: list[Any] | None = None,
) -> dict[str, Any]:
    """Everything the page shows; the forms only for those who manage the team."""
    team = access.team
    members = team_members(db.session, team.id)
    holdings = team_holdings(db.session, team.id)
    team_targets = targets.team_targets(team.id)
    now = utcnow()
    report = coverage_report(members, holdings, team_targets, now)
    me = current_user.id  # read once: the proxy is slow inside a loop over every holding
    context: dict[str, Any] = {
        "access": access,
        "report": report,
        "members": members,
        "can_manage": access.can_manage,
        "mine": [h for h in holdings if h.user_id == me and h.lead_level],
        "level_labels": LEVEL_LABELS,
        "levels": LEVELS,
        "letter": level_letter,
        "stale_days": STALE_AFTER.days,
        "now": now,
        "suggestions": suggestions or [],
    }
    if access.can_manage:
        if role_form is None:
            role_form = ApplyRoleForm(formdata=None)
        role_form.set_roles(targets.roles_with_requirements())
        forms = dict(edit_forms or {})
        for target in team_targets:
            forms.setdefault(
                target.id,
                TargetEditForm(
                    formdata=None,
                    target_id=target.id,
                    data={"min_level": target.min_level, "needed": target.needed},
                ),
            )
        context.update(
            target_form=target_form or TargetForm(formdata=None),
            role_form=role_form,
            edit_forms=forms,
        )
    return context


def _answer_invalid(access: TeamAccess, **forms: Any) -> Response:
    context = coverage_context(access, **forms)
    return page_or_fragment(
        lambda: render_template(PAGE, **context),
        lambda: render_block(PAGE, BLOCK, **context),
        status=422,
    )


def _written(access: TeamAccess, message: str, kind: str = "success") -> Response:
    return written(
        message,
        kind=kind,
        fragments=lambda: render_block(PAGE, BLOCK, **coverage_context(access)),
        back_to=url_for("teams.coverage", slug=access.team.slug),
    )


@bp.get("/<slug>/coverage")
@login_required
def coverage(slug: str) -> str:
    access = team_access(slug)
    return render_template(PAGE, **coverage_context(access))


@bp.get("/<slug>/targets/suggest")
@login_required
def target_suggest(slug: str) -> str:
    """Typeahead under "Skill": catalog skills matching what was typed, each a button that
    submits the add form with its id."""
    managed_team(slug)
    query = request.args.get("target-skill", "")[:80]
    return render_template(
        "teams/_target_suggestions.html", query=query, suggestions=targets.suggest(query)
    )


@bp.post("/<slug>/targets")
@login_required
def add_target(slug: str) -> Response:
    access = managed_team(slug)
    form = TargetForm()
    valid = form.validate()
    picked = targets.offered_skill(form.skill_id.data) if form.skill_id.data else None
    if picked is not None:
        form.skill.data = picked.name  # a pick survives an error elsewhere: sent again by name
    if not valid:
        return _answer_invalid(access, target_form=form)
    skill = picked if form.skill_id.data else targets.skill_named(form.skill.data)
    if skill is None:
        form.skill.errors = [
            f"No skill in the catalog is called “{form.skill.data}”: pick one from the list."
            if form.skill.data
            else "That skill is not in the catalog any more: pick one from the list."
        ]
        return _answer_invalid(
            access, target_form=form, suggestions=targets.suggest(form.skill.data or "")
        )
    _, created = targets.set_target(access.team.id, skill.id, form.min_level.data, form.needed.data)
    db.session.commit()
    verb = "Added a target" if created else "Updated the target"
    return _written(
        access,
        f"{verb}: {form.needed.data} at {form.min_level.data} or above in {skill.name}.",
    )


@bp.post("/<slug>/targets/from-role")
@login_required
def apply_role(slug: str) -> Response:
    access = managed_team(slug)
    form = ApplyRoleForm()
    form.set_roles(targets.roles_with_requirements())
    if not form.validate():
        return _answer_invalid(access, role_form=form)
    applied = targets.apply_role(access.team.id, form.role_id.data)
    db.session.commit()
    parts = [f"{applied.added} added"]
    if applied.raised:
        parts.append(f"{applied.raised} raised")
    if applied.kept:
        parts.append(f"{applied.kept} already as strict")
    return _written(access, "Applied the role's requirements: " + ", ".join(parts) + ".")


@bp.post("/<slug>/targets/<target_id>")
@login_required
def edit_target(slug: str, target_id: str) -> Response:
    access = managed_team(slug)
    target = targets.get_target(access.team.id, target_id)
    if target is None:
        abort(404)
    form = TargetEditForm(target_id=target.id)
    if not form.validate():
        return _answer_invalid(access, edit_forms={target.id: form})
    targets.update_target(target, form.min_level.data, form.needed.data)
    db.session.commit()
    return _written(
        access,
        f"Saved: {form.needed.data} at {form.min_level.data} or above in {target.skill.name}.",
    )


@bp.post("/<slug>/targets/<target_id>/remove")
@login_required
def remove_target(slug: str, target_id: str) -> Response:
    access = managed_team(slug)
    target = targets.get_target(access.team.id, target_id)
    if target is None:
        abort(404)
    name = target.skill.name
    targets.remove_target(target)
    db.session.commit()
    return _written(access, f"Removed the {name} target.")
