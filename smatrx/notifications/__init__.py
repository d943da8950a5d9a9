"""In-app notifications: the bell and its list."""

from flask import Blueprint

bp = Blueprint("notifications", __name__, url_prefix="/notifications")

from smatrx.notifications import routes  # noqa: E402, F401
