"""Every request gets an id — the proxy's X-Request-ID when it sends a sane one, else a new
one — carried by every log line the request writes, sent back in the X-Request-ID header and
shown on the error page so a person can quote it. Each request then writes one line: method,
path (never the query string: it may carry a token), status, duration."""

from __future__ import annotations

import logging
import re
import time
import uuid

from flask import Flask, g, request
from werkzeug.wrappers import Response

logger = logging.getLogger("smatrx.request")

HEADER = "X-Request-ID"
_SANE = re.compile(r"[A-Za-z0-9._:-]{8,64}")


def request_id_from(header: str | None) -> str:
    """The proxy's id when it looks like one (so the proxy's and our lines join up), else
    a fresh one; never anything that could forge or break a log line."""
    if header and _SANE.fullmatch(header):
        return header
    return uuid.uuid4().hex


def signed_in_user_id() -> str | None:
    """The person's id when this request already loaded them (never loads them: a static
    file or a signed-out page must not cost a session look-up)."""
    user = g.get("_login_user")
    return user.id if user is not None and getattr(user, "is_authenticated", False) else None


def init_app(app: Flask) -> None:
    @app.before_request
    def start() -> None:
        g.request_id = request_id_from(request.headers.get(HEADER))
        g.request_started = time.perf_counter()

    @app.after_request
    def finish(response: Response) -> Response:
        request_id = g.get("request_id")
        if request_id:
            response.headers[HEADER] = request_id
        started = g.get("request_started")
        if started is None or request.endpoint == "static":
            return response
        duration = time.perf_counter() - started
        g.request_duration = duration
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round(duration * 1000, 1),
            },
        )
        return response
