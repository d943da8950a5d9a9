"""Verification fixtures: an owner with a skill, a verifier, an admin, a member."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import Skill, UserSkill
from tests.helpers import make_user, sign_in


def catalog_skill(slug: str) -> Skill:
    skill = db.session.scalar(select(Skill).where(Skill.slug == slug))
    assert skill is not None, f"the loaded catalog has no {slug}"
    return skill


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
def verifier(db_session: Any) -> Any:
    return make_user("vera@example.com", "verifier", name="Vera Verifier")


@pytest.fixture
def admin(db_session: Any) -> Any:
    return make_user("ada@example.com", "admin", name="Ada Admin")


@pytest.fixture
def member(db_session: Any) -> Any:
    return make_user("mo@example.com", name="Mo Member")


def signed_in(client: Any, user: Any) -> Any:
    assert sign_in(client, user.email).status_code == 302
    return client


@pytest.fixture
def owner_client(client: Any, owner: Any) -> Any:
    return signed_in(client, owner)


@pytest.fixture
def verifier_client(another_client: Any, verifier: Any) -> Any:
    return signed_in(another_client, verifier)


@pytest.fixture
def member_client(app: Any, client: Any, member: Any) -> Any:
    # `client` resets the rate limiter before this sign-in.
    return signed_in(app.test_client(), member)
