"""The matrix of a team, and who-knows-what across my teams.

STUB: the foundation's placeholder; the matrix helper replaces this module whole."""

from __future__ import annotations

from flask import render_template

from smatrx.auth.decorators import login_required
from smatrx.teams import bp
from smatrx.teams.access import team_access


@bp.get("/<slug>")
@login_required
def matrix(slug: str) -> str:
    access = team_access(slug)
    return render_template("teams/stub.html", access=access, tab="matrix", title="Matrix")


@bp.get("/who-knows")
@login_required
def who_knows() -> str:
    from flask import abort

    abort(404)
