"""Members of a team: the list, invites (mail or link), joining, leaving, leads.

STUB: the foundation's placeholder; the members helper replaces this module whole."""

from __future__ import annotations

from flask import render_template

from smatrx.auth.decorators import login_required
from smatrx.teams import bp
from smatrx.teams.access import team_access


@bp.get("/<slug>/members")
@login_required
def members(slug: str) -> str:
    access = team_access(slug)
    return render_template("teams/stub.html", access=access, tab="members", title="Members")


@bp.route("/join/<token>", methods=["GET", "POST"])
@login_required
def join(token: str) -> str:
    from flask import abort

    abort(404)
