"""Job functions used by the tests (importable by a worker, as real jobs are)."""

from smatrx.extensions import db
from smatrx.models import Skill


def count_catalog_skills() -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(Skill))
