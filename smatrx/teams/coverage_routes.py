"""A team's target profile and its coverage: met, short, single points of failure.

STUB: the foundation's placeholder; the coverage helper replaces this module whole."""

from __future__ import annotations

from flask import render_template

from smatrx.auth.decorators import login_required
from smatrx.teams import bp
from smatrx.teams.access import team_access


@bp.get("/<slug>/coverage")
@login_required
def coverage(slug: str) -> str:
    access = team_access(slug)
    return render_template("teams/stub.html", access=access, tab="coverage", title="Coverage")
