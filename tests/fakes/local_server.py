"""Serve a WSGI app on a free 127.0.0.1 port in a daemon thread, so real HTTP clients (the
app's requests sessions, authlib, a browser) reach it over the network stack."""

from __future__ import annotations

import threading
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server


class QuietHandler(WSGIRequestHandler):
    """Keeps werkzeug's per-request access log out of the test output."""

    def log(self, type: str, message: str, *args: Any) -> None:
        pass


class LocalServer:
    def __init__(self, app: Any, name: str, *, quiet: bool = True) -> None:
        self.app, self.name, self.quiet = app, name, quiet
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> str:
        if self._server is None:
            handler = QuietHandler if self.quiet else None
            self._server = make_server(
                "127.0.0.1", 0, self.app, threaded=True, request_handler=handler
            )
            self.base_url = f"http://127.0.0.1:{self._server.server_port}"
            self._thread = threading.Thread(
                target=self._server.serve_forever, name=self.name, daemon=True
            )
            self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Shut the server down and free its port."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None
