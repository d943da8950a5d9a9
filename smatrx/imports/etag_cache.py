"""Where the GitHub client keeps its ETags and answers, per URL: in a dict (tests, one-off
use) or in Redis per person, so a repeated import sends If-None-Match and reuses the stored
answer on 304, which costs nothing against the rate limit (with a token)."""

from __future__ import annotations

import json
from typing import Any, Protocol

from redis import Redis

TTL_SECONDS = 30 * 24 * 3600


class ETagCache(Protocol):
    def get(self, url: str) -> tuple[str, Any] | None: ...

    def put(self, url: str, etag: str, body: Any) -> None: ...


class InMemoryETagCache:
    """An ETagCache in a dict, for tests and one-off use."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, Any]] = {}

    def get(self, url: str) -> tuple[str, Any] | None:
        return self.entries.get(url)

    def put(self, url: str, etag: str, body: Any) -> None:
        self.entries[url] = (etag, body)


class RedisETagCache:
    def __init__(self, redis: Redis, user_id: str) -> None:
        self.redis = redis
        self.prefix = f"smatrx:github:etag:{user_id}:"

    def get(self, url: str) -> tuple[str, Any] | None:
        raw = self.redis.get(self.prefix + url)
        if raw is None:
            return None
        stored = json.loads(raw)
        return stored["etag"], stored["body"]

    def put(self, url: str, etag: str, body: Any) -> None:
        self.redis.set(self.prefix + url, json.dumps({"etag": etag, "body": body}), ex=TTL_SECONDS)
