"""Catalog data kept in Redis as JSON for a while: the same for everyone, costly to compute
in a large catalog, and changing only when the catalog does. Redis being away only costs the
computation (a warning in the log, never an error)."""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import Any

from redis import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class KeptCopy:
    """Values under `prefix` + a key, kept for `kept_for`; `what` names them in the log."""

    def __init__(self, redis: Redis | None, prefix: str, kept_for: timedelta, what: str) -> None:
        self._redis = redis
        self._prefix = prefix
        self._kept_for = kept_for
        self._what = what

    def get(self, key: str = "") -> Any | None:
        if self._redis is None:
            return None
        try:
            raw = self._redis.get(self._prefix + key)
        except RedisError:
            logger.warning("%s: Redis unavailable, computing them", self._what)
            return None
        return None if raw is None else json.loads(raw)

    def put(self, value: Any, key: str = "") -> None:
        if self._redis is None:
            return
        try:
            self._redis.setex(self._prefix + key, self._kept_for, json.dumps(value))
        except RedisError:
            logger.warning("%s: Redis unavailable, not kept", self._what)
