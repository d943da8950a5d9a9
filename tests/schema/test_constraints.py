"""The seed's validation rules hold in the database itself (CHECK constraints), so nothing
that bypasses the forms can store an invalid value."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from smatrx.extensions import db
from smatrx.models import (
    Achievement,
    CareerGoal,
    Profile,
    Skill,
    SkillAnalysis,
    SkillCategory,
    SkillImport,
    User,
    UserSkill,
)


@pytest.fixture
def user(db_session):
    person = User(email="constraints@example.com", name="Con Straint")
    db.session.add(person)
    db.session.flush()
    return person


@pytest.fixture
def skill(db_session):
    return db.session.scalar(db.select(Skill).limit(1))


def _insert(obj) -> None:
    # Added inside a savepoint, so a failure rolls back and forgets the object as well.
    with db.session.begin_nested():
        db.session.add(obj)
        db.session.flush()


def _rejected(obj) -> None:
    with pytest.raises(IntegrityError) as caught:
        _insert(obj)
    assert "violates" in str(caught.value.orig)


_accepted = _insert


@pytest.mark.parametrize(
    "fields",
    [
        {"years_experience": -1},
        {"years_experience": 51},
        {"career_stage": "intern"},
        {"availability": "weekends"},
        {"remote_preference": "moon"},
        {"career_timeline": "someday"},
    ],
)
def test_profile_rejects_values_outside_the_seed_rules(user, fields):
    _rejected(Profile(user_id=user.id, **fields))


def test_profile_accepts_boundaries_and_nulls(user):
    _accepted(
        Profile(
            user_id=user.id,
            years_experience=50,
            career_stage="executive",
            availability="full-time",
            remote_preference="hybrid",
            career_timeline="3months",
        )
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"level": "guru"},
        {"proficiency_score": 101},
        {"proficiency_score": -1},
        {"years_experience": 51},
        {"source": "rumour"},
    ],
)
def test_user_skill_rejects_invalid_values(user, skill, fields):
    values = {"level": "beginner", "source": "manual"} | fields
    _rejected(UserSkill(user_id=user.id, skill_id=skill.id, **values))


def test_user_skill_is_unique_per_person_and_skill(user, skill):
    _accepted(UserSkill(user_id=user.id, skill_id=skill.id, level="expert", source="manual"))
    duplicate = UserSkill(user_id=user.id, skill_id=skill.id, level="expert", source="manual")
    _rejected(duplicate)


@pytest.mark.parametrize(
    "fields",
    [{"source": "email"}, {"status": "stuck"}, {"progress": 101}, {"progress": -5}],
)
def test_skill_import_rejects_invalid_values(user, fields):
    values = {"source": "resume", "status": "pending"} | fields
    _rejected(SkillImport(user_id=user.id, **values))


@pytest.mark.parametrize(
    "fields",
    [{"type": "hobby"}, {"status": "done"}, {"priority": "urgent"}, {"progress": 150}],
)
def test_career_goal_rejects_invalid_values(user, fields):
    values = {"title": "Learn Rust", "type": "skill", "status": "active", "priority": "high"}
    _rejected(CareerGoal(user_id=user.id, **(values | fields)))


def test_achievement_type_and_analysis_rules(user):
    _rejected(Achievement(user_id=user.id, type="trophy", title="?"))
    _rejected(SkillAnalysis(user_id=user.id, analysis_type="horoscope", data={}))
    _rejected(SkillAnalysis(user_id=user.id, analysis_type="gap", data={}, confidence=1.5))
    _accepted(SkillAnalysis(user_id=user.id, analysis_type="gap", data={}, confidence=1.0))


def test_market_demand_and_role_rules(db_session):
    category = db.session.scalar(db.select(SkillCategory).limit(1))
    _rejected(Skill(name="Zzz", slug="zzz", category_id=category.id, market_demand="huge"))
    _rejected(User(email="r@example.com", role="owner"))


def test_email_is_unique(user):
    _rejected(User(email=user.email))


def test_deleting_a_user_cascades_to_everything_they_own(user, skill):
    db.session.add_all(
        [
            Profile(user_id=user.id),
            UserSkill(user_id=user.id, skill_id=skill.id, level="advanced", source="manual"),
            CareerGoal(
                user_id=user.id, title="Ship", type="project", status="active", priority="low"
            ),
            Achievement(user_id=user.id, type="milestone", title="Hello"),
        ]
    )
    imported = SkillImport(user_id=user.id, source="resume", status="completed")
    imported.skills.append(skill)
    db.session.add(imported)
    db.session.flush()
    db.session.execute(db.delete(User).where(User.id == user.id))
    db.session.expire_all()
    for model in (Profile, UserSkill, CareerGoal, Achievement, SkillImport):
        owned = db.select(db.func.count()).select_from(model).where(model.user_id == user.id)
        assert db.session.scalar(owned) == 0, model.__name__
    assert db.session.get(Skill, skill.id) is not None


def test_timestamps_are_utc_and_updated_at_is_set_by_the_app(user):
    before = user.updated_at
    now = datetime.now(UTC).replace(tzinfo=None)
    assert abs((now - user.created_at).total_seconds()) < 60
    user.name = "Renamed"
    db.session.flush()
    assert user.updated_at >= before
    assert len(user.id) == 25
