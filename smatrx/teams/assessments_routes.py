"""A lead's assessment of a member's skill.

STUB: the foundation's placeholder; the coverage helper replaces this module whole."""

from __future__ import annotations

from flask import render_template

from smatrx.auth.decorators import login_required
from smatrx.teams import bp
from smatrx.teams.access import team_access


@bp.route("/<slug>/assess/<user_skill_id>", methods=["GET", "POST"])
@login_required
def assess(slug: str, user_skill_id: str) -> str:
    access = team_access(slug)
    return render_template("teams/stub.html", access=access, tab="matrix", title="Assess")
