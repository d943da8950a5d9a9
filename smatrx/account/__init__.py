"""The signed-in person's account: name, email, password, sessions, sign-in methods."""

from flask import Blueprint

bp = Blueprint("account", __name__, url_prefix="/account")

from smatrx.account import routes  # noqa: E402, F401
