"""Admin views."""

from __future__ import annotations

from flask import render_template

from smatrx.admin import bp
from smatrx.auth.decorators import role_required


@bp.get("/users")
@role_required("admin")
def users() -> str:
    return render_template("admin/users.html")
