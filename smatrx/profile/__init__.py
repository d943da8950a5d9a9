"""The person's profile (/profile) and the helpers its forms share with onboarding."""

from flask import Blueprint

bp = Blueprint("profile", __name__, url_prefix="/profile")

from smatrx.profile import routes, suggest  # noqa: E402, F401
