"""Job functions used by the tests (importable by a worker, as real jobs are)."""

from smatrx.extensions import db
from smatrx.models import Skill


def count_catalog_skills() -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(Skill))


def rename_user(user_id: str, name: str) -> None:
    from smatrx.models import User

    db.session.get(User, user_id).name = name
    db.session.commit()
