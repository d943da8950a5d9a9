"""Skill imports: pure sources (résumé, LinkedIn export) and the matcher they share, the
background job (smatrx.jobs.imports) and the pages to start, watch and review them."""

from flask import Blueprint

bp = Blueprint("imports", __name__, url_prefix="/imports")

from smatrx.imports import routes  # noqa: E402, F401
