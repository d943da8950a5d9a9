"""Error pages in the site's layout (and JSON for /healthz-style API clients)."""

from __future__ import annotations

import logging

from flask import Flask, Response, make_response, render_template, request
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


def render_error(code: int, message: str | None = None, **extra: object) -> Response:
    """The error page; for an HTMX request, what htmx can show without breaking the page."""
    title, default_message = MESSAGES.get(code, MESSAGES[500])
    message = message or default_message
    if request.headers.get("HX-Request") == "true":
        if request.headers.get("HX-Boosted") == "true" and request.method == "GET":
            # A boosted link to a missing page: let the browser load the error page itself,
            # so the address bar and history are right.
            response = make_response("", code)
            response.headers["HX-Redirect"] = request.full_path.rstrip("?")
            return response
        response = make_response(
            render_template("errors/_toast.html", title=title, message=message), code
        )
        response.headers["HX-Retarget"] = "#toasts"
        response.headers["HX-Reswap"] = "beforeend"
        return response
    html = render_template("errors/error.html", code=code, title=title, message=message, **extra)
    return make_response(html, code)


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> Response:
        return render_error(
            400, "Your form expired or was sent from another site. Reload the page and try again."
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        code = error.code or 500
        if code == 429:
            response = render_error(429, retry_after=_retry_after(error))
            retry = error.get_response().headers.get("Retry-After")
            if retry:
                response.headers["Retry-After"] = retry
            return response
        return render_error(code)

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception) -> Response:
        if isinstance(error, HTTPException):
            return http_error(error)
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return render_error(InternalServerError.code)
