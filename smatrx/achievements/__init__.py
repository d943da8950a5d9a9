"""Achievements: rules (rules.py), awards (services.py), announcements and /achievements."""

from flask import Blueprint

bp = Blueprint("achievements", __name__, url_prefix="/achievements")

from smatrx.achievements import routes  # noqa: E402, F401
