"""Exports of a team's matrix and coverage: CSV, XLSX (smatrx.teams.exports builds both,
pure), and a printable view. Members (and admins) may export; non-members get 404 like on
every team route. Three statements of team data, whatever its size."""

from __future__ import annotations

from flask import make_response, render_template, request
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.models.base import utcnow
from smatrx.skills.levels import LEVEL_LABELS
from smatrx.teams import bp, exports, targets
from smatrx.teams.access import team_access
from smatrx.teams.coverage import coverage_report, level_letter
from smatrx.teams.holdings import team_holdings, team_members

WHATS = ("matrix", "coverage")
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _bad_request(message: str) -> Response:
    response = make_response(message, 400)
    response.mimetype = "text/plain"
    return response


@bp.get("/<slug>/export")
@login_required
def export(slug: str) -> Response:
    access = team_access(slug)
    what = request.args.get("what", "matrix")
    kind = request.args.get("format", "xlsx")
    if what not in WHATS:
        return _bad_request("Export what? what=matrix or what=coverage.")
    if kind not in FORMATS:
        return _bad_request("Export as? format=csv or format=xlsx.")
    team = access.team
    members = team_members(db.session, team.id)
    holdings = team_holdings(db.session, team.id)
    now = utcnow()
    if what == "matrix":
        sheets = [exports.matrix_sheet(members, holdings)]
    else:
        report = coverage_report(members, holdings, targets.team_targets(team.id), now)
        sheets = exports.coverage_sheets(report)
    if kind == "csv":
        body = exports.to_csv(sheets[0])  # CSV holds one table: the matrix, or the targets
    else:
        body = exports.to_xlsx(sheets, title=f"{team.name}: {what}", created=now)
    # The slug is [a-z0-9-] only: safe in a header as it is.
    filename = f"{team.slug}-{what}-{now.date().isoformat()}.{kind}"
    response = make_response(body)
    response.headers["Content-Type"] = FORMATS[kind]
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/<slug>/print")
@login_required
def print_view(slug: str) -> str:
    """The matrix and the coverage report on paper: landscape, headers on every page."""
    access = team_access(slug)
    team = access.team
    members = team_members(db.session, team.id)
    holdings = team_holdings(db.session, team.id)
    now = utcnow()
    report = coverage_report(members, holdings, targets.team_targets(team.id), now)
    skills = exports.matrix_skills(holdings)
    cells = {(row.user_id, row.skill_id): row for row in holdings}
    return render_template(
        "teams/print.html",
        access=access,
        members=members,
        skills=skills,
        cells=cells,
        report=report,
        now=now,
        letter=level_letter,
        level_labels=LEVEL_LABELS,
    )
