"""A skill's tag neighbours (the skills sharing most tags with it) kept in Redis.

They are catalog data, the same for everyone, and computing them is the costly part of a
skill page in a large catalog; they change only when the catalog does, so a copy kept for
NEIGHBOURS_KEPT_FOR is good enough (the page re-checks visibility on every read). Redis
being away only costs the computation.
"""

from __future__ import annotations

from datetime import timedelta

from redis import Redis

from smatrx.skills.kept_copies import KeptCopy

NEIGHBOURS_KEPT_FOR = timedelta(minutes=15)
_KEY = "smatrx:tag-neighbours:v1:"

Neighbours = list[tuple[str, list[str]]]


class TagNeighbourCache:
    def __init__(self, redis: Redis) -> None:
        self._kept = KeptCopy(redis, _KEY, NEIGHBOURS_KEPT_FOR, "tag neighbours")

    def get(self, skill_id: str) -> Neighbours | None:
        kept = self._kept.get(skill_id)
        return None if kept is None else [(other_id, list(tags)) for other_id, tags in kept]

    def put(self, skill_id: str, neighbours: Neighbours) -> None:
        self._kept.put(neighbours, skill_id)


def forget_all(redis: Redis) -> int:
    """Drop every kept copy (after a catalog rebuild, or between tests)."""
    keys = list(redis.scan_iter(_KEY + "*"))
    return redis.delete(*keys) if keys else 0
