"""Loading the catalog is idempotent and never loses a skill somebody holds."""

from __future__ import annotations

import dataclasses

from smatrx.extensions import db
from smatrx.models import CareerRole, Skill, SkillCategory, User, UserSkill
from smatrx.seed.data import read_catalog
from smatrx.seed.loader import load_catalog


def _count(model) -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(model))


def test_the_session_catalog_is_loaded(db_session):
    catalog = read_catalog()
    assert _count(Skill) == len(catalog.skills)
    assert _count(SkillCategory) == len(catalog.categories)
    assert _count(CareerRole) == len(catalog.roles)
    k8s = db.session.scalar(db.select(Skill).where(Skill.slug == "kubernetes"))
    assert "k8s" in k8s.aliases
    assert k8s.category.name == "DevOps Tools" or k8s.category.name == "Cloud Platforms"


def test_loading_again_updates_and_never_duplicates(db_session):
    skills, roles = _count(Skill), _count(CareerRole)
    python = db.session.scalar(db.select(Skill).where(Skill.slug == "python"))
    python.description = "edited by hand"
    db.session.commit()

    summary = load_catalog()

    assert summary.skills_created == 0
    assert summary.skills_updated == skills
    assert summary.roles_created == 0
    assert (_count(Skill), _count(CareerRole)) == (skills, roles)
    db.session.refresh(python)
    assert python.description != "edited by hand"


def test_a_skill_dropped_from_the_catalog_stays_for_the_people_who_hold_it(db_session):
    catalog = read_catalog()
    held = catalog.skills[0]
    person = User(email="holder@example.com")
    db.session.add(person)
    db.session.flush()
    skill = db.session.scalar(db.select(Skill).where(Skill.slug == held.slug))
    db.session.add(UserSkill(user_id=person.id, skill_id=skill.id, level="expert", source="manual"))
    db.session.commit()

    load_catalog(dataclasses.replace(catalog, skills=catalog.skills[1:]))

    assert db.session.get(Skill, skill.id) is not None
    assert _count(UserSkill) == 1


def test_a_new_catalog_entry_is_added(db_session):
    catalog = read_catalog()
    extra = dataclasses.replace(catalog.skills[0], name="Zig Test Skill", slug="zig-test-skill")
    summary = load_catalog(dataclasses.replace(catalog, skills=[*catalog.skills, extra]))
    assert summary.skills_created == 1
    assert db.session.scalar(db.select(Skill).where(Skill.slug == "zig-test-skill")) is not None


def _requirements(slug: str) -> dict[str, tuple[str, str, int]]:
    from smatrx.models import RoleSkill

    rows = db.session.execute(
        db.select(Skill.slug, RoleSkill.importance, RoleSkill.min_level, RoleSkill.weight)
        .join(RoleSkill, RoleSkill.skill_id == Skill.id)
        .join(CareerRole, CareerRole.id == RoleSkill.role_id)
        .where(CareerRole.slug == slug)
    )
    return {skill: (importance, level, weight) for skill, importance, level, weight in rows}


def test_role_requirements_load_idempotently_and_follow_the_file(db_session):
    from smatrx.models import RoleSkill

    shipped = _requirements("backend-developer")
    assert shipped["python"][0] == "core"
    python = db.session.scalar(db.select(Skill).where(Skill.slug == "python"))
    role = db.session.scalar(db.select(CareerRole).where(CareerRole.slug == "backend-developer"))
    row = db.session.scalar(
        db.select(RoleSkill).where(RoleSkill.role_id == role.id, RoleSkill.skill_id == python.id)
    )
    row.weight = 1  # drifted from the file, no admin edit recorded
    db.session.commit()

    summary = load_catalog()

    assert (summary.requirements_added, summary.requirements_removed) == (0, 0)
    assert summary.requirements_updated == 1
    assert _requirements("backend-developer") == shipped
    again = load_catalog()
    assert (again.requirements_added, again.requirements_updated) == (0, 0)


def test_the_seed_leaves_a_role_an_admin_edited_alone(db_session):
    from smatrx.models import RoleSkill
    from smatrx.models.base import utcnow

    role = db.session.scalar(db.select(CareerRole).where(CareerRole.slug == "backend-developer"))
    db.session.execute(db.delete(RoleSkill).where(RoleSkill.role_id == role.id))
    role.requirements_edited_at = utcnow()
    db.session.commit()

    summary = load_catalog()

    assert summary.roles_kept_as_edited == 1
    assert _requirements("backend-developer") == {}
