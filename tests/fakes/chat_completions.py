"""A local OpenAI-compatible chat-completions API for tests of the insight narrative.

The narrative POSTs {base_url}/chat/completions with a JSON body and reads
choices[0].message.content. This fake serves that endpoint (OpenAI's documented request and
response shapes) from a thread on a free 127.0.0.1 port, so the client's real HTTP path runs,
and a switch makes it misbehave the ways a real one does:

    behaviour = "success"      200 with a chat.completion holding `narrative` (the default)
                "error"        500 with OpenAI's error body
                "slow"         sleeps `slow_seconds` (1 s), then answers as "success"
                "garbage"      200 with a body that is not JSON
                "no_choices"   200 with a JSON object without "choices"

Every request is recorded in `requests` (method, path, headers, raw body, parsed JSON), so a
test can read exactly what the client sent. A request that is not a chat-completions call
(no JSON object, or no "model" or "messages") gets OpenAI's 400 whatever the behaviour; with
`api_key` set, a missing or wrong Bearer token gets its 401.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

from flask import Flask, Response, request

from tests.fakes.local_server import LocalServer

BEHAVIOURS = ("success", "error", "slow", "garbage", "no_choices")
DEFAULT_NARRATIVE = (
    "You meet 7 of the 10 skills Backend Developer asks for, which puts your readiness at "
    "72 %. Raising PostgreSQL from Intermediate to Advanced is your most useful next step."
)
DEFAULT_MODEL_ANSWERED = "fake-model-2025-01-01"


class FakeChatCompletions:
    """POST /v1/chat/completions on 127.0.0.1; base_url ends in /v1 as OpenAI's does.

    Start it once (start() returns base_url) and call reset() between tests so the
    behaviour, the canned answer and the request log do not leak.
    """

    def __init__(self) -> None:
        self.base_url: str = ""
        self._http: LocalServer | None = None
        self._lock = threading.Lock()
        self.app = self._build_app()
        self.reset()

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> str:
        """Serve in a daemon thread on a free port; the API's base URL (with /v1)."""
        if self._http is None:
            self._http = LocalServer(self.app, "fake-chat-completions")
        if not self._http.running:
            self.base_url = self._http.start() + "/v1"
        return self.base_url

    def stop(self) -> None:
        """Shut the server down and free its port."""
        if self._http is not None:
            self._http.stop()

    def reset(self) -> None:
        """Back to defaults: success, the default narrative, no key required, empty log."""
        with self._lock:
            self.behaviour: str = "success"
            self.narrative: str = DEFAULT_NARRATIVE
            self.model_answered: str | None = DEFAULT_MODEL_ANSWERED
            self.slow_seconds: float = 1.0
            self.api_key: str | None = None
            self.requests: list[dict[str, Any]] = []

    # ----------------------------------------------------------------- helpers for tests

    def switch(self, behaviour: str) -> None:
        """Answer every following request the named way (one of BEHAVIOURS)."""
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"unknown behaviour {behaviour!r}; expected one of {BEHAVIOURS}")
        with self._lock:
            self.behaviour = behaviour

    @property
    def bodies(self) -> list[dict[str, Any] | None]:
        """The parsed JSON body of every request, in order."""
        with self._lock:
            return [entry["json"] for entry in self.requests]

    @property
    def last(self) -> dict[str, Any]:
        with self._lock:
            return self.requests[-1]

    # ----------------------------------------------------------------- answers

    def _completion(self, body: dict[str, Any]) -> dict[str, Any]:
        """A chat.completion object as OpenAI documents it."""
        return {
            "id": f"chatcmpl-fake{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": self.model_answered or body["model"],
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": self.narrative},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 120, "completion_tokens": 40, "total_tokens": 160},
        }

    @staticmethod
    def _error(status: int, message: str, kind: str, code: str | None = None) -> Response:
        body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
        return Response(json.dumps(body), status=status, mimetype="application/json")

    def _answer(self) -> Response:
        raw = request.get_data()
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        with self._lock:
            self.requests.append(
                {
                    "method": request.method,
                    "path": request.path,
                    "headers": dict(request.headers),
                    "raw": raw,
                    "json": body,
                }
            )
            behaviour = self.behaviour
            api_key = self.api_key
            slow_seconds = self.slow_seconds
        if api_key is not None and request.headers.get("Authorization") != f"Bearer {api_key}":
            return self._error(
                401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key"
            )
        if not isinstance(body, dict) or "model" not in body or "messages" not in body:
            return self._error(
                400, "We could not parse the JSON body of your request.", "invalid_request_error"
            )
        if behaviour == "error":
            return self._error(
                500, "The server had an error processing your request.", "server_error"
            )
        if behaviour == "garbage":
            return Response("<html><body>502 Bad Gateway</body></html>", mimetype="text/html")
        if behaviour == "no_choices":
            answer = {"id": "chatcmpl-fake", "object": "chat.completion", "model": body["model"]}
            return Response(json.dumps(answer), mimetype="application/json")
        if behaviour == "slow":
            time.sleep(slow_seconds)
        return Response(json.dumps(self._completion(body)), mimetype="application/json")

    # ----------------------------------------------------------------- wiring

    def _build_app(self) -> Flask:
        app = Flask("fake_chat_completions")

        @app.post("/v1/chat/completions")
        def chat_completions() -> Response:
            return self._answer()

        @app.errorhandler(404)
        def not_found(_exc: Exception) -> Response:
            return self._error(404, "Unknown request URL.", "invalid_request_error")

        @app.errorhandler(405)
        def not_allowed(_exc: Exception) -> Response:
            return self._error(405, "Method not allowed.", "invalid_request_error")

        return app
