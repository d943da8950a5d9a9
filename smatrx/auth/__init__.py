"""Sign-up, sign-in, email verification, password reset, invitations."""

from __future__ import annotations

from flask import Blueprint, Flask, Response, url_for

from smatrx.htmx import redirect_to

bp = Blueprint("auth", __name__)


def init_app(app: Flask) -> None:
    from smatrx.auth.sessions import load_user_from_token
    from smatrx.extensions import login_manager

    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.login_message_category = "info"
    login_manager.session_protection = None  # the database session is the authority
    login_manager.user_loader(load_user_from_token)

    @login_manager.unauthorized_handler
    def unauthorized() -> Response:
        from smatrx.auth.redirects import sign_in_url_for_current_page

        target = sign_in_url_for_current_page()
        # Never swap the sign-in page into a fragment: send the whole browser there.
        return redirect_to(target, htmx_status=401)

    from smatrx.auth import oauth_routes, routes  # noqa: F401
    from smatrx.auth.oauth import providers

    providers.init_app(app)

    @app.context_processor
    def oauth_providers() -> dict[str, object]:
        return {"oauth_providers": providers.enabled_providers(app.config)}

    app.register_blueprint(bp)


def home_url() -> str:
    # New people are sent on to onboarding from here until they finish it.
    return url_for("home.index")
