"""What an operator sees of a running SMATRX: log lines (JSON, each with the request or job it
belongs to), the request id, Prometheus metrics, and unhandled errors sent to an error tracker
when one is configured."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from smatrx.observability import errors_tracking, metrics, request_log

    request_log.init_app(app)
    metrics.init_app(app)
    errors_tracking.init_app(app)
