"""Skill imports: the table of sources (registry), their pure parsers and proposal builders
(sources/, proposals, matcher), the background job and its reaper (job, reaper), and the
pages to start, watch and review them."""

from flask import Blueprint

bp = Blueprint("imports", __name__, url_prefix="/imports")

from smatrx.imports import routes  # noqa: E402, F401
