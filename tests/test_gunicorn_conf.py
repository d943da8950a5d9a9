"""The packaged gunicorn settings: worker count, the JSON access log and what it leaves out.
(.ci/production-smoke runs gunicorn with them for real.)"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

from smatrx import gunicorn_conf
from smatrx.config import PROJECT_ROOT
from smatrx.gunicorn_conf import MAX_WORKERS, JsonAccessLogger, loggable_path, worker_count


def test_web_concurrency_wins():
    assert worker_count({"WEB_CONCURRENCY": "3"}) == 3
    assert worker_count({"WEB_CONCURRENCY": "0"}) == 1


def test_workers_follow_the_cpus_with_a_cap():
    cpus = len(os.sched_getaffinity(0))
    assert worker_count({}) == min(2 * cpus + 1, MAX_WORKERS) <= MAX_WORKERS


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        ("/verify/abc.DEF-123_x", "/verify/[secret]"),
        ("/reset/abc", "/reset/[secret]"),
        ("/teams/join/abc", "/teams/join/[secret]"),
        ("/skills/abc", "/skills/abc"),
    ],
)
def test_link_secrets_are_masked(path, logged):
    assert loggable_path(path) == logged


def test_the_checkout_config_is_the_package_config():
    namespace: dict[str, object] = {}
    exec((PROJECT_ROOT / "gunicorn.conf.py").read_text(), namespace)
    assert namespace["logger_class"] is JsonAccessLogger
    assert namespace["workers"] == gunicorn_conf.workers


def test_the_access_log_is_one_json_object_per_line(capsys):
    config = Config()
    for name in ("accesslog", "errorlog", "logger_class"):
        config.set(name, getattr(gunicorn_conf, name))
    logger = JsonAccessLogger(config)
    response = SimpleNamespace(status="200 OK", sent=123, headers=[])
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/verify/the-secret",
        "QUERY_STRING": "next=/x&token=abc",
        "REMOTE_ADDR": "203.0.113.9",
        "HTTP_USER_AGENT": 'a "quoted" agent',
        "HTTP_REFERER": "https://example.com/reset/another-secret",
        "HTTP_X_REQUEST_ID": "req-1",
    }
    logger.access(response, SimpleNamespace(headers=[]), environ, timedelta(milliseconds=12.5))
    line = capsys.readouterr().out.strip()
    entry = json.loads(line)
    assert entry["path"] == "/verify/[secret]" and entry["status"] == 200
    assert entry["user_agent"] == 'a "quoted" agent' and entry["request_id"] == "req-1"
    assert entry["duration_ms"] == 12.5 and entry["remote_addr"] == "203.0.113.9"
    assert "secret" not in line.replace("[secret]", "") and "token" not in line
