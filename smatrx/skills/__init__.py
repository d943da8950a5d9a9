"""Skills: the catalog (/skills/catalog, skill pages) and a person's own skills (/skills)."""

from flask import Blueprint

bp = Blueprint("skills", __name__, url_prefix="/skills")

from smatrx.skills import catalog_routes, routes  # noqa: E402, F401
