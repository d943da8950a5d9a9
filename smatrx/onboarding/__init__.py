"""The onboarding wizard (/onboarding) and the gate that sends new people to it."""

from __future__ import annotations

from flask import Blueprint, Flask, Response, url_for
from flask_login import current_user

from smatrx.auth.decorators import gate_applies
from smatrx.htmx import redirect_to

bp = Blueprint("onboarding", __name__, url_prefix="/onboarding")

# Reachable before onboarding is finished: signing in and out, the account page, the
# wizard and the suggestion fragments its forms use.
OPEN_BLUEPRINTS = {"auth", "account", "onboarding"}
OPEN_ENDPOINTS = {
    "static",
    "main.healthz",
    "profile.role_suggestions",
    "profile.role_field",
    "profile.tag_field",
    # An invitation link works before onboarding: the wizard comes after joining.
    "teams.join",
    "metrics",
}


def init_app(app: Flask) -> None:
    from smatrx.onboarding import routes  # noqa: F401

    app.register_blueprint(bp)

    @app.before_request
    def send_new_people_to_onboarding() -> Response | None:
        if not gate_applies(OPEN_ENDPOINTS, OPEN_BLUEPRINTS):
            return None
        from smatrx.profile.services import needs_onboarding

        if not needs_onboarding(current_user):
            return None
        target = url_for("onboarding.start")
        return redirect_to(target, htmx_status=204)

    @app.context_processor
    def onboarding_context() -> dict[str, object]:
        return {"onboarding_pending": onboarding_pending}


def onboarding_pending() -> bool:
    """The signed-in person has the wizard ahead of them: the layout then offers only the
    links that work meanwhile (every other page sends them back to the wizard). Read from
    what the session loaded, so it costs no query on an ordinary page."""
    from smatrx.profile.services import needs_onboarding

    return bool(current_user.is_authenticated and needs_onboarding(current_user))
