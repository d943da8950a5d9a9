"""Career goals: the board at /goals, skill goals that follow the skills they name."""

from flask import Blueprint

bp = Blueprint("goals", __name__, url_prefix="/goals")

from smatrx.goals import routes  # noqa: E402, F401
