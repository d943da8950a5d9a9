"""Administration (admins only): one blueprint, a sub-package per screen family —
users/ (accounts, roles, invitations) and catalog/ (skills, categories, merging)."""

from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/admin")

from smatrx.admin.catalog import routes as catalog_routes  # noqa: E402, F401
from smatrx.admin.users import routes as users_routes  # noqa: E402, F401
