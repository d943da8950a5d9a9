"""Unhandled errors of requests and jobs go to an error tracker (Sentry, or a self-hosted
GlitchTip, which speaks the same protocol) when SENTRY_DSN is set, with personal data left
out: no cookies, no headers but a few harmless ones, no form or JSON bodies, no query
strings, no email or IP address — the user is named by id only."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask

logger = logging.getLogger(__name__)

_KEPT_HEADERS = {"user-agent", "accept", "accept-language", "hx-request", "x-request-id"}


def scrub(event: dict[str, Any], hint: object = None) -> dict[str, Any]:
    """The event as it may leave the server (Sentry's before_send)."""
    request = event.get("request")
    if isinstance(request, dict):
        request.pop("cookies", None)
        request.pop("data", None)
        request.pop("query_string", None)
        request.pop("env", None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                name: value for name, value in headers.items() if name.lower() in _KEPT_HEADERS
            }
        url = request.get("url")
        if isinstance(url, str):
            request["url"] = url.split("?", 1)[0]
    user = event.get("user")
    if isinstance(user, dict):
        event["user"] = {"id": user["id"]} if "id" in user else {}
    event.pop("server_name", None)
    return event


def init_app(app: Flask) -> None:
    dsn = app.config.get("SENTRY_DSN")
    if not dsn:
        return
    import sentry_sdk
    from sentry_sdk.integrations.flask import FlaskIntegration
    from sentry_sdk.integrations.rq import RqIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=app.config.get("SENTRY_ENVIRONMENT"),
        integrations=[FlaskIntegration(), RqIntegration()],
        send_default_pii=False,
        include_local_variables=False,  # a frame's locals may hold a password or a token
        max_request_body_size="never",
        before_send=scrub,  # type: ignore[arg-type]
        traces_sample_rate=0,
    )

    @app.before_request
    def name_the_user() -> None:
        from smatrx.observability.request_log import signed_in_user_id

        user_id = signed_in_user_id()
        if user_id:
            sentry_sdk.set_user({"id": user_id})

    logger.info("error tracking on (SENTRY_DSN set)")
