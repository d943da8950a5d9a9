"""Administration (admins only): one blueprint, a sub-package per screen family —
users/ (accounts, roles, invitations), catalog/ (skills, categories, merging) and roles/
(career roles and the skills each requires), system/ (health, jobs, database)."""

from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/admin")

from smatrx.admin.audit import routes as audit_routes  # noqa: E402, F401
from smatrx.admin.catalog import routes as catalog_routes  # noqa: E402, F401
from smatrx.admin.roles import routes as roles_routes  # noqa: E402, F401
from smatrx.admin.system import routes as system_routes  # noqa: E402, F401
from smatrx.admin.users import routes as users_routes  # noqa: E402, F401
