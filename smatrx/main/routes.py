"""The landing page and the health check."""

from __future__ import annotations

from flask import Response, jsonify, render_template

from smatrx.extensions import csrf
from smatrx.main import bp
from smatrx.main.health import check_health


@bp.get("/")
def index() -> str:
    return render_template("main/index.html")


@bp.get("/healthz")
@csrf.exempt
def healthz() -> tuple[Response, int]:
    report = check_health()
    return jsonify(report), 200 if report["status"] == "ok" else 503
