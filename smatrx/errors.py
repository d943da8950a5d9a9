"""Error pages in the site's layout (and JSON for /healthz-style API clients)."""

from __future__ import annotations

import logging

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

logger = logging.getLogger(__name__)

MESSAGES: dict[int, tuple[str, str]] = {
    400: ("Bad request", "The request could not be understood. Please go back and try again."),
    403: ("Forbidden", "You do not have permission to see this page."),
    404: ("Page not found", "We could not find that page. It may have moved or never existed."),
    405: ("Method not allowed", "That action is not available here."),
    413: (
        "File too large",
        "The file you sent is larger than this site accepts. Try a smaller file.",
    ),
    429: ("Too many requests", "You have made too many requests in a short time."),
    500: (
        "Something went wrong",
        "An unexpected error happened on our side. It has been logged; please try again.",
    ),
}


def _retry_after(error: HTTPException) -> str | None:
    response = error.get_response()
    seconds = response.headers.get("Retry-After")
    if seconds and seconds.isdigit():
        value = int(seconds)
        return "in 1 second" if value == 1 else f"in {value} seconds"
    return None


def render_error(code: int, message: str | None = None, **extra: object) -> tuple[str, int]:
    title, default_message = MESSAGES.get(code, MESSAGES[500])
    html = render_template(
        "errors/error.html", code=code, title=title, message=message or default_message, **extra
    )
    return html, code


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> tuple[str, int]:
        return render_error(
            400, "Your form expired or was sent from another site. Reload the page and try again."
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        code = error.code or 500
        if code == 429:
            html, status = render_error(429, retry_after=_retry_after(error))
            return html, status
        return render_error(code)

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception) -> tuple[str, int]:
        if isinstance(error, HTTPException):
            return http_error(error)
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return render_error(InternalServerError.code)
