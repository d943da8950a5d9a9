"""A lead's assessment of one member's skill (/teams/<slug>/assess/<user_skill_id>): the
member's own rating, the history of lead assessments (newest first), the form to add one,
and — for a lead who is a verifier — verifying the skill; asking the member to review a
stale rating posts from here or from the coverage page.

Who sees it: leads of the team (and admins) manage; the member whose skill it is reads it
(that is where a member sees a lead's assessment and note; the coverage page links to it).
Other members get 403; a skill of someone outside the team, hidden from teams, or unknown
is 404.
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
from smatrx.models import User, UserSkill
from smatrx.models.base import utcnow
from smatrx.skills.levels import BANDS, LEVEL_LABELS, in_band, level_for_score
from smatrx.teams import assessments, bp
from smatrx.teams.access import TeamAccess, managed_team, team_access
from smatrx.teams.coverage import STALE_AFTER, coverage_report, level_letter
from smatrx.teams.holdings import team_holdings, team_members
from smatrx.teams.target_forms import AssessForm
from smatrx.verification.services import VerificationRefused

PAGE = "teams/assess.html"


def _row_or_404(access: TeamAccess, user_skill_id: str) -> tuple[UserSkill, User]:
    found = assessments.team_user_skill(access.team.id, user_skill_id)
    if found is None:
        abort(404)
    return found


def _context(
    access: TeamAccess, user_skill: UserSkill, owner: User, form: AssessForm | None = None
) -> dict[str, Any]:
    mine = owner.id == current_user.id
    can_assess = access.can_manage and not mine
    rated_at = user_skill.edited_at or user_skill.updated_at
    if can_assess and form is None:
        form = AssessForm(formdata=None, data={"level": user_skill.level})
    return {
        "access": access,
        "user_skill": user_skill,
        "owner": owner,
        "mine": mine,
        "can_assess": can_assess,
        "can_verify": can_assess and current_user.is_verifier and not user_skill.verified,
        "form": form,
        "entries": assessments.history(user_skill.id),
        "rated_at": rated_at,
        "stale": utcnow() - rated_at > STALE_AFTER,
        "level_labels": LEVEL_LABELS,
        "letter": level_letter,
    }


@bp.route("/<slug>/assess/<user_skill_id>", methods=["GET", "POST"])
@login_required
def assess(slug: str, user_skill_id: str) -> str | Response:
    access = team_access(slug) if request.method == "GET" else managed_team(slug)
    user_skill, owner = _row_or_404(access, user_skill_id)
    if request.method == "GET":
        if not access.can_manage and owner.id != current_user.id:
            abort(403)
        return render_template(PAGE, **_context(access, user_skill, owner))
    if owner.id == current_user.id:
        abort(403)  # a lead's rating of their own skill is their own rating
    form = AssessForm()
    valid = form.validate()
    if valid and form.score.data is not None and not in_band(form.level.data, form.score.data):
        low, high = BANDS[form.level.data]
        form.score.errors = [
            f"A score of {form.score.data} is {level_for_score(form.score.data)}: for "
            f"{form.level.data} give {low} to {high}, or leave it empty."
        ]
        valid = False
    if not valid:
        context = _context(access, user_skill, owner, form)
        return page_or_fragment(
            lambda: render_template(PAGE, **context),
            lambda: render_block(PAGE, "assess_body", **context),
            status=422,
        )
    assessments.assess(
        current_user, access.team, user_skill, form.level.data, form.score.data, form.note.data
    )
    db.session.commit()
    return written(
        f"Saved your assessment of {owner.display_name}'s {user_skill.skill.name}.",
        fragments=lambda: render_block(PAGE, "assess_body", **_context(access, user_skill, owner)),
        back_to=url_for("teams.assess", slug=slug, user_skill_id=user_skill.id),
    )


@bp.post("/<slug>/assess/<user_skill_id>/verify")
@login_required
def verify_from_team(slug: str, user_skill_id: str) -> Response:
    access = managed_team(slug)
    user_skill, owner = _row_or_404(access, user_skill_id)
    if not current_user.is_verifier:
        abort(403)
    if owner.id == current_user.id:
        abort(403)  # nobody verifies their own skill
    back = url_for("teams.assess", slug=slug, user_skill_id=user_skill.id)
    try:
        assessments.verify_from_team(current_user, user_skill)
    except VerificationRefused as refused:
        db.session.rollback()
        return written(
            str(refused),
            kind="warning",
            fragments=lambda: render_block(
                PAGE, "assess_body", **_context(access, user_skill, owner)
            ),
            back_to=back,
        )
    db.session.commit()
    return written(
        f"Verified {owner.display_name}'s {user_skill.skill.name} skill.",
        fragments=lambda: render_block(PAGE, "assess_body", **_context(access, user_skill, owner)),
        back_to=back,
    )


@bp.post("/<slug>/assess/<user_skill_id>/review")
@login_required
def ask_review(slug: str, user_skill_id: str) -> Response:
    access = managed_team(slug)
    user_skill, owner = _row_or_404(access, user_skill_id)
    if owner.id == current_user.id:
        abort(403)
    asked = assessments.ask_review(current_user, access.team, user_skill)
    db.session.commit()
    back = url_for("teams.assess", slug=slug, user_skill_id=user_skill.id)
    if not asked:
        message = (
            f"You already asked {owner.display_name} to review {user_skill.skill.name}; "
            "they have not read it yet."
        )
        return written(message, kind="info", fragments=lambda: "", back_to=back)
    return written(
        f"Asked {owner.display_name} to review their {user_skill.skill.name} rating.",
        fragments=lambda: "",
        back_to=back,
    )


@bp.post("/<slug>/coverage/review/<user_id>")
@login_required
def ask_member_review(slug: str, user_id: str) -> Response:
    """Ask one member to review every rating of theirs the team sees as stale."""
    access = managed_team(slug)
    if user_id == current_user.id:
        abort(403)
    stale = stale_ratings_of(access, user_id)
    if stale is None:
        abort(404)
    name, skill_names = stale
    asked = assessments.ask_member_review(current_user, access.team, user_id, skill_names)
    db.session.commit()
    back = url_for("teams.coverage", slug=slug)
    if not skill_names:
        return written(f"{name} has no stale ratings.", kind="info", fragments=str, back_to=back)
    if not asked:
        message = f"You already asked {name} to review their ratings; they have not read it yet."
        return written(message, kind="info", fragments=str, back_to=back)
    return written(
        f"Asked {name} to review {len(skill_names)} stale ratings.", fragments=str, back_to=back
    )


def stale_ratings_of(access: TeamAccess, user_id: str) -> tuple[str, list[str]] | None:
    """(member's name, their stale skills' names, oldest first), or None when the person
    is not in the team. The coverage report's own rule decides what is stale."""
    member = next(
        (m for m in team_members(db.session, access.team.id) if m.user_id == user_id), None
    )
    if member is None:
        return None
    mine = [h for h in team_holdings(db.session, access.team.id) if h.user_id == user_id]
    report = coverage_report([member], mine, [], utcnow())
    return member.name, [item.skill_name for item in report.stale]
