"""Teams: the skills matrix of a small team — membership and invites, the matrix and
who-knows-what, the target profile with its coverage and single points of failure, leads'
assessments, exports. Every team route answers 404 to a non-member (access.py)."""

from flask import Blueprint

bp = Blueprint("teams", __name__, url_prefix="/teams")

from smatrx.teams import routes  # noqa: E402, F401
