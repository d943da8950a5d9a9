"""The landing page and the health check."""

from __future__ import annotations

from flask import Response, jsonify, redirect, render_template, url_for
from flask_login import current_user

from smatrx.extensions import csrf
from smatrx.main import bp
from smatrx.main.health import check_health


@bp.get("/")
def index() -> str | Response:
    # Signed-in people have their own start page; the landing page is for visitors.
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    return render_template("main/index.html")


@bp.get("/healthz")
@csrf.exempt
def healthz() -> tuple[Response, int]:
    report = check_health()
    return jsonify(report), 200 if report["status"] == "ok" else 503
