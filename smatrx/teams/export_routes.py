"""Exports of a team's matrix and coverage: CSV, XLSX, a printable view.

STUB: the foundation's placeholder; the coverage helper replaces this module whole."""

from __future__ import annotations

from flask import render_template

from smatrx.auth.decorators import login_required
from smatrx.teams import bp
from smatrx.teams.access import team_access


@bp.get("/<slug>/export")
@login_required
def export(slug: str) -> str:
    access = team_access(slug)
    return render_template("teams/stub.html", access=access, tab="matrix", title="Export")
