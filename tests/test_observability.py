"""What an operator sees: the request id, the log line of each request, /metrics behind its
token or allow-list, configuration that cannot work, errors sent to a tracker scrubbed of
personal data (to a local server that records what it receives)."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from flask import Flask, g

from smatrx import create_app
from smatrx.config import ConfigError, build_config
from smatrx.observability.errors_tracking import scrub
from smatrx.observability.logs import JSON_FIELDS, ContextFilter, JsonFormatter
from smatrx.observability.metrics import allowed_networks, may_read_metrics
from smatrx.observability.request_log import request_id_from

BASE = {"DATABASE_URL": "postgresql://u@h/db", "REDIS_URL": "redis://h:6379/0"}
TOKEN = "a-long-random-metrics-token"


def test_every_answer_carries_a_request_id(client: Any) -> None:
    fresh = client.get("/").headers["X-Request-ID"]
    assert len(fresh) == 32
    kept = client.get("/", headers={"X-Request-ID": "proxy-id-1234"}).headers["X-Request-ID"]
    assert kept == "proxy-id-1234"
    forged = client.get("/", headers={"X-Request-ID": "x level=ERROR {forged}"})
    assert forged.headers["X-Request-ID"] != "x level=ERROR {forged}"


@pytest.mark.parametrize("given", [None, "", "short", "a" * 65, "bad id with spaces"])
def test_an_unusable_incoming_id_is_replaced(given: str | None) -> None:
    assert len(request_id_from(given)) == 32


def test_each_request_writes_one_line_with_its_id_person_endpoint_status_and_time(
    ada_client: Any, ada: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="smatrx.request"):
        response = ada_client.get("/skills?q=secret-token")
    records = [r for r in caplog.records if r.name == "smatrx.request"]
    assert len(records) == 1
    record = records[0]
    ContextFilter().filter(record)  # what the handler adds (outside the request: nothing)
    assert record.path == "/skills" and "secret-token" not in record.getMessage()
    assert record.status == 200 and record.duration_ms > 0
    assert response.headers["X-Request-ID"]


def test_a_json_line_names_the_request_and_the_person(app: Flask, ada: Any) -> None:
    formatter = JsonFormatter(
        JSON_FIELDS, rename_fields={"levelname": "level", "name": "logger"}, timestamp="time"
    )
    with app.test_request_context("/skills"):
        g.request_id = "req-12345678"
        g._login_user = ada
        record = logging.LogRecord(
            "smatrx.x", logging.WARNING, __file__, 1, "hello %s", ("you",), None
        )
        ContextFilter().filter(record)
    line = json.loads(formatter.format(record))
    assert line["level"] == "WARNING" and line["logger"] == "smatrx.x"
    assert line["message"] == "hello you" and line["request_id"] == "req-12345678"
    assert line["user_id"] == ada.id and "time" in line


def test_the_error_page_shows_the_reference_to_quote(app: Flask) -> None:
    from smatrx.errors import render_error_safely

    with app.test_request_context("/"):
        g.request_id = "req-abcdef12"
        body = render_error_safely(500).get_data(as_text=True)
    assert "req-abcdef12" in body


def test_metrics_are_off_unless_configured(client: Any) -> None:
    assert client.get("/metrics").status_code == 404


def test_metrics_answer_a_token_bearer_or_an_allowed_address(app: Flask, client: Any) -> None:
    app.config.update(METRICS=True, METRICS_TOKEN=TOKEN, METRICS_ALLOW_FROM="")
    try:
        client.get("/")
        assert client.get("/metrics").status_code == 404
        wrong = client.get("/metrics", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 404
        answer = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
        assert answer.status_code == 200
        text = answer.get_data(as_text=True)
        assert 'smatrx_http_requests_total{endpoint="main.index",method="GET",status="200"}' in text
        assert "smatrx_http_request_duration_seconds_bucket" in text
        assert "smatrx_queue_depth" in text and "smatrx_sessions_active" in text
        assert "smatrx_db_pool_connections" in text
        app.config.update(METRICS_TOKEN="", METRICS_ALLOW_FROM="127.0.0.0/8")
        assert client.get("/metrics").status_code == 200  # the test client is 127.0.0.1
    finally:
        app.config.update(METRICS=False, METRICS_TOKEN="", METRICS_ALLOW_FROM="")


def test_who_may_read_metrics() -> None:
    nets = allowed_networks("10.0.0.0/8, ::1")
    assert may_read_metrics("10.1.2.3", None, "", nets)
    assert may_read_metrics("::1", None, "", nets)
    assert not may_read_metrics("192.168.0.1", None, "", nets)
    assert may_read_metrics("192.168.0.1", f"Bearer {TOKEN}", TOKEN, nets)
    assert not may_read_metrics("192.168.0.1", "Bearer", TOKEN, nets)
    assert not may_read_metrics("not-an-address", None, "", nets)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"METRICS": "on"}, "needs METRICS_TOKEN"),
        ({"METRICS": "on", "METRICS_TOKEN": "short"}, "too short"),
        ({"METRICS": "on", "METRICS_ALLOW_FROM": "10.0.0.0/99"}, "not a list of addresses"),
    ],
)
def test_metrics_that_cannot_work_stop_the_start(
    extra: dict[str, str], message: str, tmp_path: Any
) -> None:
    env = BASE | {"SMATRX_ENV": "test", "SECRET_KEY": "k" * 40} | extra
    with pytest.raises(ConfigError, match=message):
        build_config(env)


def test_an_error_event_leaves_without_personal_data() -> None:
    event = {
        "request": {
            "url": "https://smatrx.example/reset?token=abc",
            "query_string": "token=abc",
            "cookies": {"session": "s"},
            "data": {"password": "p"},
            "headers": {"Cookie": "session=s", "Authorization": "Bearer t", "User-Agent": "UA"},
            "env": {"REMOTE_ADDR": "1.2.3.4"},
        },
        "user": {"id": "u1", "email": "ada@example.com", "ip_address": "1.2.3.4"},
        "server_name": "host",
    }
    scrubbed = scrub(event)
    assert scrubbed["request"] == {
        "url": "https://smatrx.example/reset",
        "headers": {"User-Agent": "UA"},
    }
    assert scrubbed["user"] == {"id": "u1"} and "server_name" not in scrubbed


class _Recorder(BaseHTTPRequestHandler):
    received: list[bytes] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        if self.headers.get("Content-Encoding") == "gzip":
            import gzip

            body = gzip.decompress(body)
        _Recorder.received.append(body)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


def test_an_unhandled_error_reaches_the_tracker_scrubbed(test_env: dict[str, str]) -> None:
    import sentry_sdk

    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    _Recorder.received.clear()
    env = test_env | {"SENTRY_DSN": f"http://publickey@127.0.0.1:{port}/1"}
    app = create_app(env=env)

    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("kaboom")

    # Built at run time: the event quotes this file's source lines around the error.
    cookie, token = "-".join(("cookie", "value", "42")), "-".join(("token", "value", "42"))
    try:
        response = app.test_client().get(f"/boom?token={token}", headers={"Cookie": f"s={cookie}"})
        assert response.status_code == 500
        sentry_sdk.flush(timeout=5)
        sent = b"".join(_Recorder.received)
        assert b"kaboom" in sent
        assert cookie.encode() not in sent and token.encode() not in sent
    finally:
        sentry_sdk.init()  # no DSN: off again for the rest of the suite
        server.shutdown()
