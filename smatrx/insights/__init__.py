"""Insights: what a person's skills say against the role they want — gap analysis,
recommendations and a profile analysis, computed here (smatrx.insights.analysis, pure) and
kept as "SkillAnalysis" rows by jobs (smatrx.insights.jobs); /insights shows them, /roles
lets people browse roles, compare themselves and try a what-if."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session as OrmSession

bp = Blueprint("insights", __name__, url_prefix="/insights")
roles_bp = Blueprint("roles", __name__, url_prefix="/roles")


def recompute_for(user_id: str, **_: Any) -> None:
    from smatrx.insights.jobs import request_recompute

    request_recompute(user_id)


def _target_role_changes(session: OrmSession, flush_context: Any, instances: Any) -> None:
    """A changed target role (profile page, onboarding, anywhere) asks for a recompute."""
    from smatrx.insights.jobs import request_recompute
    from smatrx.models import Profile

    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Profile) and inspect(obj).attrs.target_role.history.has_changes():
            request_recompute(obj.user_id)


def init_app(app: Flask) -> None:
    """Connect the receivers (once per process: blinker and SQLAlchemy's event registry
    connect a function only once)."""
    from smatrx.signals import imports_completed, onboarding_completed, skills_changed

    for signal in (skills_changed, imports_completed, onboarding_completed):
        signal.connect(recompute_for)
    if not event.contains(OrmSession, "before_flush", _target_role_changes):
        event.listen(OrmSession, "before_flush", _target_role_changes)


from smatrx.insights import role_routes, routes  # noqa: E402, F401
