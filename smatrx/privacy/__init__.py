"""My data (issue 19): download everything about me (an RQ job builds a ZIP), delete my
account (one transaction, audit entries pseudonymised), and the admin's erase."""

from flask import Blueprint

bp = Blueprint("privacy", __name__)

from smatrx.privacy import routes  # noqa: E402, F401
