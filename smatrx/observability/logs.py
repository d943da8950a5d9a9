"""Log lines: JSON (one object per line: time, level, logger, message, and the request id,
user id and endpoint of the request — or the job id of the job — that wrote it), or plain
text when a person reads them in a terminal. LOG_FORMAT=json|text chooses; by default JSON
unless stderr is a terminal (`make run` in a shell)."""

from __future__ import annotations

import logging
import sys

from pythonjsonlogger.json import JsonFormatter

_HANDLER_NAME = "smatrx"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Only what is named here goes out, besides `extra=` fields a call adds on purpose.
JSON_FIELDS = ("levelname", "name", "message")


class ContextFilter(logging.Filter):
    """Adds request_id, user_id and endpoint inside a request, job_id inside an RQ job."""

    def filter(self, record: logging.LogRecord) -> bool:
        from flask import g, has_request_context, request

        if has_request_context():
            from smatrx.observability.request_log import signed_in_user_id

            record.request_id = g.get("request_id")
            record.endpoint = request.endpoint
            record.user_id = signed_in_user_id()
        else:
            from rq import get_current_job

            job = get_current_job()
            if job is not None:
                record.job_id = job.id
        return True


def log_format(setting: str | None) -> str:
    """json or text: the setting when given, else text for a terminal, JSON otherwise."""
    if setting in ("json", "text"):
        return setting
    return "text" if sys.stderr.isatty() else "json"


def configure(level: int, fmt: str) -> None:
    """One handler on the root logger, writing to stderr (set once per process)."""
    root = logging.getLogger()
    if any(handler.get_name() == _HANDLER_NAME for handler in root.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_HANDLER_NAME)
    if fmt == "json":
        handler.setFormatter(
            JsonFormatter(
                JSON_FIELDS,
                rename_fields={"levelname": "level", "name": "logger"},
                timestamp="time",  # ISO 8601, UTC
            )
        )
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    handler.addFilter(ContextFilter())
    if not root.handlers:
        root.setLevel(level)
    root.addHandler(handler)
