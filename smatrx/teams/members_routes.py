"""Members of a team: the list, invitations (a mail or a copyable link), joining through a
link, leaving, removing members, promoting and demoting leads, the team's name and
deleting it.

Every write is a plain form post that redirects back (flash), and with HTMX a swap of the
members region (#team-members) with a toast. Access is the one rule of access.py: 404 to
non-members, 403 to plain members on a lead's action, admins manage every team.
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, render_template, request, url_for
from flask_login import current_user
from jinja2_fragments.flask import render_block
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.auth.services import absolute_url
from smatrx.extensions import db, limiter
from smatrx.goals.services import STATUS_LABELS, TYPE_LABELS
from smatrx.htmx import (
    page_or_fragment,
    redirect_to,
    render_page_or_block,
    written,
)
from smatrx.skills.levels import LEVEL_LABELS
from smatrx.teams import bp, invites, membership
from smatrx.teams.access import TeamAccess, managed_team, team_access
from smatrx.teams.holdings import team_members
from smatrx.teams.member_forms import (
    ROLE_LABELS,
    ActionForm,
    DeleteTeamForm,
    InviteEmailForm,
    RoleForm,
    TeamSettingsForm,
)
from smatrx.teams.services import TeamRuleError

PAGE = "teams/members.html"
REGION = "members_region"
# Per client address, as for the account mails: a lead's slip cannot mail-bomb anyone.
INVITE_MAIL_LIMIT = "20 per minute;100 per hour"
INTEREST_LABELS = {"more": "Wants to use it more", "less": "Would rather not"}


def _labels() -> dict[str, Any]:
    return {
        "level_labels": LEVEL_LABELS,
        "role_labels": ROLE_LABELS,
        "interest_labels": INTEREST_LABELS,
        "goal_status_labels": STATUS_LABELS,
        "goal_type_labels": TYPE_LABELS,
    }


def _context(
    access: TeamAccess,
    *,
    invite_form: InviteEmailForm | None = None,
    settings_form: TeamSettingsForm | None = None,
    delete_form: DeleteTeamForm | None = None,
    new_link: invites.IssuedInvite | None = None,
    message: str | None = None,
) -> dict[str, Any]:
    team = access.team
    members = team_members(db.session, team.id)
    context: dict[str, Any] = {
        "access": access,
        "members": members,
        "avatars": {m.user_id: membership.avatar(m.user_id, m.name, m.image) for m in members},
        "lead_count": sum(1 for m in members if m.is_lead),
        "me": current_user.id,
        "tab": "members",
        "message": message,
        **_labels(),
    }
    if access.can_manage:
        if settings_form is None:
            settings_form = TeamSettingsForm(formdata=None, obj=team)
        context.update(
            invite_form=invite_form or InviteEmailForm(formdata=None),
            settings_form=settings_form,
            delete_form=delete_form or DeleteTeamForm(team.name, formdata=None),
            pending=invites.pending_invites(team.id),
            new_link=new_link,
            # PUBLIC_URL when set: a link that carries a secret never trusts the Host header.
            new_link_url=absolute_url("teams.join", token=new_link.token) if new_link else None,
        )
    return context


def _region(access: TeamAccess, **extra: Any) -> str:
    return render_block(PAGE, REGION, **_context(access, **extra))


def _done(access: TeamAccess, message: str, kind: str = "success") -> Response:
    """The answer to a write on the members page."""
    return written(
        message,
        kind=kind,
        fragments=lambda: _region(access),
        back_to=url_for("teams.members", slug=access.team.slug),
    )


def _invalid(access: TeamAccess, status: int = 422, **forms: Any) -> Response:
    """The page (or region) again with a form's errors next to its fields."""
    context = _context(access, **forms)
    return page_or_fragment(
        lambda: render_template(PAGE, **context),
        lambda: render_block(PAGE, REGION, **context),
        status,
    )


def _refused(access: TeamAccess, error: TeamRuleError) -> Response:
    """A change the membership rules refuse (the last lead): said where the person is."""
    return _invalid(access, 409, message=str(error))


def _checked(form: Any) -> None:
    """A button's post without a valid CSRF token never reaches the write."""
    if not form.validate_on_submit():
        abort(400)


# --- the page -------------------------------------------------------------------------------


@bp.get("/<slug>/members")
@login_required
def members(slug: str) -> str:
    access = team_access(slug)
    return render_page_or_block(PAGE, REGION, **_context(access))


@bp.get("/<slug>/members/card")
@login_required
def member_card(slug: str) -> str:
    """What the team sees of one member (?member=<user id>): their skills as the matrix
    shows them, and the goals they share."""
    access = team_access(slug)
    person = invites.membership(access.team.id, request.args.get("member", "")[:100])
    if person is None:
        abort(404)
    return render_template(
        "teams/members_card.html",
        access=access,
        person=person,
        seen=membership.seen_by_teams(person.user),
        **_labels(),
    )


# --- invitations ----------------------------------------------------------------------------


@bp.post("/<slug>/invites/email")
@login_required
@limiter.limit(INVITE_MAIL_LIMIT)
def invite_email(slug: str) -> Response:
    access = managed_team(slug)
    form = InviteEmailForm()
    if not form.validate_on_submit():
        return _invalid(access, invite_form=form)
    email = form.email.data
    if invites.is_member(access.team, email):
        form.email.errors.append(f"{email} is already a member of {access.team.name}.")
        return _invalid(access, invite_form=form)
    invites.invite_by_email(access.team, current_user, email)
    db.session.commit()
    return _done(access, f"Invitation sent to {email}.")


@bp.post("/<slug>/invites/link")
@login_required
def invite_link(slug: str) -> Response:
    """A new link, shown once in this answer (only its hash is kept), never redirected to."""
    access = managed_team(slug)
    _checked(ActionForm())
    issued = invites.create_link(access.team, current_user)
    db.session.commit()
    context = _context(access, new_link=issued)
    return page_or_fragment(
        lambda: render_template(PAGE, **context),
        lambda: render_block(PAGE, REGION, **context),
    )


@bp.post("/<slug>/invites/<invite_id>/withdraw")
@login_required
def withdraw_invite(slug: str, invite_id: str) -> Response:
    access = managed_team(slug)
    _checked(ActionForm())
    if not invites.withdraw(access.team, invite_id):
        abort(404)
    db.session.commit()
    return _done(access, "The invitation is withdrawn: its link no longer works.")


# --- members --------------------------------------------------------------------------------


def _target(access: TeamAccess, user_id: str) -> Any:
    target = membership.member_of(access.team, user_id)
    if target is None:
        abort(404)
    return target


@bp.post("/<slug>/members/<user_id>/role")
@login_required
def change_role(slug: str, user_id: str) -> Response:
    access = managed_team(slug)
    target = _target(access, user_id)
    form = RoleForm()
    if not form.validate_on_submit():
        return _invalid(access, message=" ".join(form.role.errors) or "Choose lead or member.")
    name = target.user.display_name
    try:
        changed = membership.set_role(target, form.role.data)
    except TeamRuleError as error:
        return _refused(access, error)
    db.session.commit()
    if not changed:
        return _done(access, f"{name} is a {ROLE_LABELS[target.role].lower()} already.", "info")
    if target.role == "lead":
        return _done(access, f"{name} is now a lead of {access.team.name}.")
    if target.user_id == current_user.id and not access.is_admin:
        # No longer a lead: the whole page they see changes.
        flash(f"You are now a member of {access.team.name} (no longer a lead).", "success")
        return redirect_to(url_for("teams.members", slug=access.team.slug))
    return _done(access, f"{name} is now a member (no longer a lead).")


@bp.post("/<slug>/members/<user_id>/remove")
@login_required
def remove_member(slug: str, user_id: str) -> Response:
    access = managed_team(slug)
    target = _target(access, user_id)
    _checked(ActionForm())
    name = target.user.display_name
    try:
        membership.remove(target)
    except TeamRuleError as error:
        return _refused(access, error)
    db.session.commit()
    if user_id == current_user.id:
        return _left(access)
    return _done(access, f"{name} is no longer in {access.team.name}.")


@bp.post("/<slug>/leave")
@login_required
def leave(slug: str) -> Response:
    access = team_access(slug)
    _checked(ActionForm())
    mine = membership.member_of(access.team, current_user.id)
    if mine is None:  # an admin who manages the team without being in it
        return _done(access, f"You are not a member of {access.team.name}.", "info")
    try:
        membership.remove(mine)
    except TeamRuleError as error:
        return _refused(access, error)
    db.session.commit()
    return _left(access)


def _left(access: TeamAccess) -> Response:
    flash(f"You left {access.team.name}.", "success")
    return redirect_to(url_for("teams.index"))


# --- the team itself ------------------------------------------------------------------------


@bp.post("/<slug>/settings")
@login_required
def team_settings(slug: str) -> Response:
    access = managed_team(slug)
    form = TeamSettingsForm()
    if not form.validate_on_submit():
        return _invalid(access, settings_form=form)
    membership.rename(access.team, form.name.data, form.description.data)
    db.session.commit()
    # The name is in the page's header too: the whole page comes back.
    flash("The team's name and description are saved.", "success")
    return redirect_to(url_for("teams.members", slug=access.team.slug))


@bp.post("/<slug>/delete")
@login_required
def delete_team(slug: str) -> Response:
    access = managed_team(slug)
    form = DeleteTeamForm(access.team.name)
    if not form.validate_on_submit():
        return _invalid(access, delete_form=form)
    name = access.team.name
    membership.delete_team(access.team)
    db.session.commit()
    flash(f"{name} is deleted. Its members keep their own skills and goals.", "success")
    return redirect_to(url_for("teams.index"))


# --- joining --------------------------------------------------------------------------------


def _join_problem(error: invites.InviteError) -> tuple[str, int]:
    return render_template("teams/join_problem.html", message=str(error)), error.status


@bp.route("/join/<token>", methods=["GET", "POST"])
@login_required
def join(token: str) -> Response | str | tuple[str, int]:
    """The invitation: the team, and exactly what it will see of me; Join posts here."""
    form = ActionForm()
    if form.is_submitted():
        _checked(form)
        try:
            team, joined = invites.accept(token, current_user)
        except invites.InviteError as error:
            db.session.rollback()
            return _join_problem(error)
        db.session.commit()
        if joined:
            flash(f"Welcome to {team.name}!", "success")
        else:
            flash(f"You are already a member of {team.name}.", "info")
        return redirect_to(url_for("teams.matrix", slug=team.slug))
    invite = invites.lookup(token)
    if invite is not None and invites.membership(invite.team_id, current_user.id) is not None:
        return render_template("teams/join.html", team=invite.team, already=True)
    try:
        invite = invites.usable(invite)
    except invites.InviteError as error:
        return _join_problem(error)
    team = invite.team
    return render_template(
        "teams/join.html",
        team=team,
        invite=invite,
        form=form,
        already=False,
        elsewhere=invites.meant_for_someone_else(invite, current_user),
        members=team_members(db.session, team.id),
        seen=membership.seen_by_teams(current_user),
        **_labels(),
    )
