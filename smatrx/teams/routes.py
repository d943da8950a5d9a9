"""/teams: the teams I belong to, and creating one. The team's own pages live in the
modules imported at the end (members, matrix, coverage, exports)."""

from __future__ import annotations

from flask import abort, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.teams import bp, services
from smatrx.teams.forms import TeamForm


@bp.get("")
@login_required
def index() -> str:
    return render_template(
        "teams/index.html",
        teams=services.my_teams(current_user.id),
        may_create=services.may_create_teams(current_user),
    )


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new() -> str | Response | tuple[str, int]:
    if not services.may_create_teams(current_user):
        abort(403)
    form = TeamForm()
    if form.validate_on_submit():
        team = services.create_team(current_user, form.name.data, form.description.data)
        db.session.commit()
        return redirect(url_for("teams.members", slug=team.slug))
    return render_template("teams/new.html", form=form), 422 if form.errors else 200


# The team's own pages, a module each (imported for their routes).
from smatrx.teams import (  # noqa: E402, F401
    assessments_routes,
    coverage_routes,
    export_routes,
    matrix_routes,
    members_routes,
)
