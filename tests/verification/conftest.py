"""Verification fixtures: an owner with a skill (the verifier, admin and member are the
suite's, in tests/conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest

from smatrx.extensions import db
from smatrx.models import UserSkill
from tests.helpers import catalog_skill, make_user, signed_in


def give_skill(user: Any, slug: str = "python", **values: Any) -> UserSkill:
    values.setdefault("level", "advanced")
    values.setdefault("source", "manual")
    user_skill = UserSkill(user_id=user.id, skill_id=catalog_skill(slug).id, **values)
    db.session.add(user_skill)
    db.session.commit()
    return user_skill


@pytest.fixture
def owner(db_session: Any) -> Any:
    return make_user("olga@example.com", name="Olga Owner")


@pytest.fixture
def owner_skill(owner: Any) -> UserSkill:
    return give_skill(owner, proficiency_score=80, years_experience=6, source="github")


@pytest.fixture
def owner_client(client: Any, owner: Any) -> Any:
    return signed_in(client, owner)
