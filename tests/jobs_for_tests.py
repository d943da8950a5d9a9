"""Job functions used by the tests (importable by a worker, as real jobs are)."""

from smatrx.extensions import db
from smatrx.models import Skill


def count_catalog_skills() -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(Skill))


def rename_user(user_id: str, name: str) -> None:
    from smatrx.models import User

    db.session.get(User, user_id).name = name
    db.session.commit()


TICKS_KEY = "test:periodic-ticks"


def count_a_tick() -> int:
    """A periodic task for the scheduler's tests: counts its runs in Redis."""
    from smatrx.jobs.queue import get_redis

    return get_redis().incr(TICKS_KEY)


def another_tick() -> int:
    from smatrx.jobs.queue import get_redis

    return get_redis().incr(TICKS_KEY + ":another")
