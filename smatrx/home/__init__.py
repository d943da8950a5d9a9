"""The signed-in home page: profile completeness, skills summary, what to do next."""

from flask import Blueprint

bp = Blueprint("home", __name__)

from smatrx.home import routes  # noqa: E402, F401
