"""One Redis connection and queue per app, built from REDIS_URL."""

from __future__ import annotations

from flask import Flask, current_app
from redis import Redis
from rq import Queue

_EXTENSION_KEY = "smatrx.redis"


def init_app(app: Flask) -> None:
    # Short timeouts: a health check or a page must not hang on a dead Redis.
    app.extensions[_EXTENSION_KEY] = Redis.from_url(
        app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=5
    )


def get_redis(app: Flask | None = None) -> Redis:
    return (app or current_app).extensions[_EXTENSION_KEY]


def get_queue(name: str = "default", app: Flask | None = None) -> Queue:
    return Queue(name, connection=get_redis(app))
