"""Error pages in the site's layout (and JSON for /healthz-style API clients)."""

from __future__ import annotations

import logging
import time

from flask import Flask, Response, current_app, g, make_response, render_template, request
from flask_wtf.csrf import CSRFError
from markupsafe import escape
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from smatrx.htmx import hx_redirect, is_boosted, is_htmx, retarget, toast

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
    503: (
        "Briefly unavailable",
        "SMATRX cannot reach its database right now. Please try again in a minute.",
    ),
    500: (
        "Something went wrong",
        "An unexpected error happened on our side. It has been logged; please try again.",
    ),
}


def _retry_after_seconds(error: HTTPException) -> int | None:
    header = error.get_response().headers.get("Retry-After", "")
    if header.isdigit():
        return int(header)
    from smatrx.extensions import limiter

    current = limiter.current_limit
    if current is not None:
        return max(1, int(current.reset_at - time.time()))
    return None


def describe_wait(seconds: int) -> str:
    """'in 30 seconds', 'in 2 minutes', 'in about an hour': when to try again."""
    if seconds < 60:
        return "in 1 second" if seconds == 1 else f"in {seconds} seconds"
    minutes = round(seconds / 60)
    if minutes < 60:
        return "in 1 minute" if minutes == 1 else f"in {minutes} minutes"
    hours = round(minutes / 60)
    return "in about an hour" if hours == 1 else f"in about {hours} hours"


def render_error(code: int, message: str | None = None, **extra: object) -> Response:
    """The error page; for an HTMX request, what htmx can show without breaking the page."""
    title, default_message = MESSAGES.get(code, MESSAGES[500])
    message = message or default_message
    if is_htmx():
        if is_boosted() and request.method == "GET":
            # A boosted link to a missing page: let the browser load the error page itself,
            # so the address bar and history are right.
            return hx_redirect(request.full_path.rstrip("?"), code)
        # Appended to #toasts by htmx (its own body swap would be lost).
        answer = make_response(toast(message, "error", title=title, oob=False), code)
        return retarget(answer, "#toasts", "beforeend")
    html = render_template("errors/error.html", code=code, title=title, message=message, **extra)
    return make_response(html, code)


def rate_limit_message(seconds: int | None) -> str:
    """What a person is told when they tried too often: when to try again, if known."""
    if seconds is None:
        return "Too many attempts. Wait a little, then try again."
    return f"Too many attempts. Try again {describe_wait(seconds)}."


def too_many_requests(seconds: int | None) -> Response:
    """The 429 answer. Without JavaScript: a page that says when to try again. For an HTMX
    request: the message as a toast retargeted into #toasts; app.js moves it into the form
    the person sent (next to its buttons), where they are looking, and only a request that
    came from no form (a link, a poll) shows it as a toast."""
    if is_htmx():
        message = rate_limit_message(seconds)
        answer = retarget(
            make_response(toast(message, "warning", oob=False), 429), "#toasts", "beforeend"
        )
        # Read by app.js: which toast is a rate-limit answer (no parsing of the text).
        answer.headers["X-Rate-Limited"] = "true"
    else:
        wait = describe_wait(seconds) if seconds is not None else None
        answer = render_error(
            429,
            "Too many attempts in a short time." if wait else rate_limit_message(None),
            retry_after=wait,
        )
    if seconds is not None:
        answer.headers["Retry-After"] = str(seconds)
    return answer


# The last resort: a page that needs no template context, no session and no database.
PLAIN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<link rel="stylesheet" href="/static/css/app.css"></head><body><main class="container">
<h1>{title}</h1><p>{message}</p>{reference}<p><a href="/">Back to the start</a></p></main>
</body></html>"""
RETRY_AFTER_SECONDS = 30


def _roll_back() -> None:
    """A failed statement leaves the session's transaction unusable: the error page and
    its layout must not reuse it."""
    from smatrx.extensions import db

    try:
        db.session.rollback()
    except Exception:  # the connection itself is gone: nothing left to roll back
        logger.warning("could not roll back after an error", exc_info=True)


def database_unavailable(error: BaseException) -> bool:
    """PostgreSQL is away (stopped, restarting, unreachable, too slow), not a bug of ours."""
    if isinstance(error, OperationalError | DisconnectionError):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


def render_error_safely(code: int, message: str | None = None) -> Response:
    """The error page, or a plain one when even the layout cannot be rendered (the
    database is away and the page needed it)."""
    try:
        return render_error(code, message)
    except Exception:
        logger.warning("the error page could not be rendered; sending the plain one", exc_info=True)
        title, default_message = MESSAGES.get(code, MESSAGES[500])
        request_id = g.get("request_id")
        reference = f"<p>Reference: <code>{escape(request_id)}</code></p>" if request_id else ""
        html = PLAIN_PAGE.format(
            title=escape(title), message=escape(message or default_message), reference=reference
        )
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
        if code == 413:
            limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
            megabytes = max(1, limit // (1024 * 1024))
            return render_error(
                413, f"The file you sent is larger than {megabytes} MB. Try a smaller file."
            )
        if code == 429:
            return too_many_requests(_retry_after_seconds(error))
        return render_error(code)

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception) -> Response:
        if isinstance(error, HTTPException):
            return http_error(error)
        _roll_back()
        if database_unavailable(error):
            logger.warning(
                "database unavailable on %s %s: %s",
                request.method,
                request.path,
                type(error).__name__,
            )
            response = render_error_safely(503)
            response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
            return response
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return render_error_safely(InternalServerError.code)
