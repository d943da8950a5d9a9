"""A skill's tag neighbours (the skills sharing most tags with it) kept in Redis.

They are catalog data, the same for everyone, and computing them is the costly part of a
skill page in a large catalog; they change only when the catalog does, so a copy kept for
NEIGHBOURS_KEPT_FOR is good enough (the page re-checks visibility on every read). Redis
being away only costs the computation.
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta

from redis import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

NEIGHBOURS_KEPT_FOR = timedelta(minutes=15)
_KEY = "smatrx:tag-neighbours:v1:"

Neighbours = list[tuple[str, list[str]]]


class TagNeighbourCache:
    def __init__(self, redis: Redis) -> None:
        self._redis = redis

    def get(self, skill_id: str) -> Neighbours | None:
        try:
            raw = self._redis.get(_KEY + skill_id)
        except RedisError:
            logger.warning("tag neighbours: Redis unavailable, computing them")
            return None
        if raw is None:
            return None
        return [(other_id, list(tags)) for other_id, tags in json.loads(raw)]

    def put(self, skill_id: str, neighbours: Neighbours) -> None:
        try:
            self._redis.setex(_KEY + skill_id, NEIGHBOURS_KEPT_FOR, json.dumps(neighbours))
        except RedisError:
            logger.warning("tag neighbours: Redis unavailable, not kept")


def forget_all(redis: Redis) -> int:
    """Drop every kept copy (after a catalog rebuild, or between tests)."""
    keys = list(redis.scan_iter(_KEY + "*"))
    return redis.delete(*keys) if keys else 0
