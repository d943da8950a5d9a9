"""/home (being built)."""

from __future__ import annotations

from flask import render_template

from smatrx.auth.decorators import login_required
from smatrx.home import bp


@bp.get("/home")
@login_required
def index() -> str:
    return render_template("home/index.html")
