"""The rules' facts stay on indexes with 200 skills and a 50,000-skill catalog, and give the
same numbers as counting by hand."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from smatrx.achievements.services import facts_for, facts_statement
from smatrx.extensions import db
from smatrx.models import Skill, SkillCategory, UserSkill
from tests.helpers import make_user
from tests.scale import grow_catalog, plan_of


def test_facts_plan_stays_on_indexes_at_200_skills_and_50k_catalog(db_session: Any) -> None:
    grow_catalog(50_000)
    person = make_user("many@example.com")
    skills = db.session.scalars(select(Skill).order_by(Skill.slug).limit(200)).all()
    for number, skill in enumerate(skills):
        db.session.add(
            UserSkill(
                user_id=person.id,
                skill_id=skill.id,
                level=("beginner", "expert")[number % 2],
                verified=number % 10 == 0,
                source="manual",
            )
        )
    db.session.flush()
    db.session.execute(text('ANALYZE "UserSkill"'))
    plan = plan_of(facts_statement(person.id))
    assert 'Seq Scan on "Skill"' not in plan, plan
    assert 'Seq Scan on "UserSkill"' not in plan, plan

    facts, earned = facts_for(person.id)
    assert (facts.skills, facts.expert_skills, facts.verified_skills) == (200, 100, 20)
    categories = {skill.category_id for skill in skills}
    assert facts.categories_held == len(categories)
    assert facts.categories_total == db.session.scalar(
        select(db.func.count()).select_from(SkillCategory)
    )
    assert facts.onboarding_completed and earned == set()
