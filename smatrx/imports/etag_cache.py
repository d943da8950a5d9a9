"""GitHub's ETags per person and URL, in Redis: a repeated import sends If-None-Match and
reuses the stored answer on 304, which costs nothing against the rate limit."""

from __future__ import annotations

import json
from typing import Any

from redis import Redis

TTL_SECONDS = 30 * 24 * 3600


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
