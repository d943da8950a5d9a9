"""User administration (admins only)."""

from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/admin")

from smatrx.admin import catalog, routes  # noqa: E402, F401
