"""Verification of skills by verifiers: requests, the queue, decisions."""

from flask import Blueprint

bp = Blueprint("verification", __name__, url_prefix="/verifications")

from smatrx.verification import routes  # noqa: E402, F401
