"""/achievements: what I earned (newest first), what is still locked and how close I am."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user

from smatrx.achievements import bp, services
from smatrx.auth.decorators import login_required


@bp.get("")
@login_required
def index() -> str:
    return render_template("achievements/index.html", board=services.board_for(current_user.id))
