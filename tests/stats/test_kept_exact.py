"""The triggers keep SkillStat, TagStat and CategoryStat equal to a fresh count through every
writer: by hand, imports, merges, cascading deletes, admin catalog edits, bulk SQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from smatrx.admin.catalog import services as catalog
from smatrx.admin.catalog.merge import merge_skills
from smatrx.extensions import db
from smatrx.imports import services as imports
from smatrx.imports.proposals import Proposal
from smatrx.models import Skill, SkillCategory, SkillImport, SkillStat, UserSkill
from smatrx.skills import holdings, services, undo
from smatrx.stats.refresh import rebuild_all
from tests.helpers import catalog_skill, hold, make_skill, make_user

FRESH_SKILL_STATS = """
    SELECT "skillId", count(*),
           count(*) FILTER (WHERE level = 'beginner'),
           count(*) FILTER (WHERE level = 'intermediate'),
           count(*) FILTER (WHERE level = 'advanced'),
           count(*) FILTER (WHERE level = 'expert')
    FROM "UserSkill" GROUP BY "skillId"
"""
KEPT_SKILL_STATS = """
    SELECT "skillId", holders, beginner, intermediate, advanced, expert FROM "SkillStat"
    WHERE holders <> 0 OR beginner <> 0 OR intermediate <> 0 OR advanced <> 0 OR expert <> 0
"""
OFFERED = """ "isPublished" AND "retiredAt" IS NULL """
FRESH_TAGS = f"""
    SELECT t.tag, count(DISTINCT s.id) FROM "Skill" s, unnest(s.tags) AS t (tag)
    WHERE {OFFERED} GROUP BY t.tag
"""
FRESH_CATEGORIES = f"""
    SELECT "categoryId", count(*), count(*) FILTER (WHERE "marketDemand" = 'high'),
           count(*) FILTER (WHERE "marketDemand" = 'medium'),
           count(*) FILTER (WHERE "marketDemand" = 'low')
    FROM "Skill" WHERE {OFFERED} GROUP BY "categoryId"
"""
KEPT_CATEGORIES = """
    SELECT "categoryId", skills, high, medium, low FROM "CategoryStat"
    WHERE skills <> 0 OR high <> 0 OR medium <> 0 OR low <> 0
"""


def rows(sql: str) -> set[tuple[Any, ...]]:
    db.session.flush()
    return {tuple(row) for row in db.session.execute(text(sql))}


def assert_kept_exact() -> None:
    assert rows(KEPT_SKILL_STATS) == rows(FRESH_SKILL_STATS)
    assert rows('SELECT tag, skills FROM "TagStat"') == rows(FRESH_TAGS)
    assert rows(KEPT_CATEGORIES) == rows(FRESH_CATEGORIES)


def stat(slug: str) -> SkillStat | None:
    db.session.flush()
    db.session.expire_all()
    return db.session.get(SkillStat, catalog_skill(slug).id)


def people(n: int, prefix: str = "p") -> list[Any]:
    return [make_user(f"{prefix}{i}@example.com") for i in range(n)]


# Holdings ---------------------------------------------------------------------------------


def test_adding_editing_and_removing_by_hand(db_session, redis_conn):
    ada, bo = people(2)
    before = stat("python").holders if stat("python") else 0
    row, _ = services.add_skill(ada, catalog_skill("python"))
    services.add_skill(bo, catalog_skill("python"))
    assert stat("python").holders == before + 2
    assert_kept_exact()

    edit = holdings.Edit("expert", None, None, None, [], None)
    services.update_my_skill(row, edit)
    assert stat("python").expert >= 1
    assert_kept_exact()

    undo.remove(ada, row)
    db.session.flush()
    assert stat("python").holders == before + 1
    assert_kept_exact()


def test_accepting_a_forty_skill_import(db_session):
    ada = make_user("importer@example.com")
    hold(ada, "python", level="beginner")  # already held: its values are kept
    skill_ids = list(db.session.scalars(select(Skill.id).order_by(Skill.name).limit(40)))
    skill_ids.append(catalog_skill("python").id)
    proposals = [
        Proposal(skill_id, "Skill", "advanced", 65, 3, "2025-01-31", ["seen"]).as_json()
        for skill_id in skill_ids
    ]
    row = SkillImport(
        user_id=ada.id,
        source="resume",
        status="completed",
        progress=100,
        results={"proposals": proposals},
    )
    db.session.add(row)
    db.session.flush()
    outcome = imports.accept(ada, row, set(skill_ids))
    assert outcome.added == 40
    assert_kept_exact()


def test_an_admin_merge_moves_and_folds_holdings(db_session, admin):
    source, target = catalog_skill("javascript"), catalog_skill("typescript")
    both, only_source, only_target = people(3, "merge")
    for person in (both, only_source):
        hold(person, "javascript", level="expert")
    for person in (both, only_target):
        hold(person, "typescript", level="beginner")
    merge_skills(admin, source, target)
    db.session.flush()
    assert db.session.get(SkillStat, source.id) is None  # gone with the skill
    assert stat("typescript").holders >= 3
    assert_kept_exact()


def test_deleting_a_person_or_a_skill_cascades(db_session):
    gone, stays = people(2, "cascade")
    for person in (gone, stays):
        hold(person, "python")
        hold(person, "rust", level="advanced")
    zebra = make_skill("Zebrabase")
    db.session.add(UserSkill(user_id=stays.id, skill_id=zebra.id, level="expert", source="manual"))
    db.session.flush()
    db.session.execute(text('DELETE FROM "User" WHERE id = :id'), {"id": gone.id})
    assert_kept_exact()
    db.session.execute(text('DELETE FROM "Skill" WHERE id = :id'), {"id": zebra.id})
    assert_kept_exact()


def test_bulk_sql_and_truncate(db_session):
    crowd = people(6, "bulk")
    db.session.flush()
    db.session.execute(
        text(
            """
            INSERT INTO "UserSkill" (id, "userId", "skillId", level, source, "updatedAt")
            SELECT 'bulk-' || u.id || '-' || s.id, u.id, s.id,
                   (ARRAY['beginner', 'intermediate', 'advanced', 'expert'])[1 + ascii(s.id) % 4],
                   'manual', now()
            FROM "User" u, (SELECT id FROM "Skill" ORDER BY name LIMIT 30) s
            WHERE u.id = ANY(:ids)
            """
        ),
        {"ids": [person.id for person in crowd]},
    )
    assert_kept_exact()
    db.session.execute(
        text("""UPDATE "UserSkill" SET level = 'expert' WHERE "userId" = ANY(:ids)"""),
        {"ids": [person.id for person in crowd[:3]]},
    )
    assert_kept_exact()
    db.session.execute(text('TRUNCATE "UserSkill" CASCADE'))
    assert rows(KEPT_SKILL_STATS) == set()


# The catalog --------------------------------------------------------------------------------


def _values(skill: Skill, **changes: Any) -> catalog.SkillValues:
    values = {
        "name": skill.name,
        "category_id": skill.category_id,
        "description": skill.description,
        "tags": list(skill.tags),
        "aliases": list(skill.aliases),
        "market_demand": skill.market_demand,
        "salary_min": None,
        "salary_max": None,
        "salary_currency": None,
        "growth_trend": None,
    }
    values.update(changes)
    return catalog.SkillValues(**values)


def test_admin_catalog_writes_and_proposals(db_session, admin):
    tools = db.session.scalar(select(SkillCategory).where(SkillCategory.slug == "devops-tools"))
    created = catalog.create_skill(
        admin,
        _values(
            catalog_skill("python"),
            name="Zebra Ops",
            category_id=tools.id,
            tags=["zebraware", "cloud"],
            market_demand="high",
        ),
    )
    db.session.flush()
    assert_kept_exact()
    catalog.update_skill(admin, created, _values(created, tags=["zebraware", "zebra-two"]))
    db.session.flush()
    assert_kept_exact()

    proposer = make_user("proposer@example.com")
    proposal, _ = services.propose_skill(proposer, "Zebra Proposal", tools.id)
    db.session.flush()
    assert proposal.is_published is False
    assert_kept_exact()  # a proposal is nobody's count but its proposer's
    catalog.publish_skill(admin, proposal)
    assert_kept_exact()
    catalog.retire_skill(admin, created)
    assert_kept_exact()
    catalog.unretire_skill(admin, created)
    assert_kept_exact()
    merge_skills(admin, proposal, created)
    assert_kept_exact()


# Rebuilding -------------------------------------------------------------------------------


def test_rebuild_all_repairs_what_bypassed_the_triggers(app, db_session):
    crowd = people(3, "bypass")
    db.session.flush()
    db.session.execute(text('ALTER TABLE "UserSkill" DISABLE TRIGGER USER'))
    db.session.execute(text('ALTER TABLE "Skill" DISABLE TRIGGER USER'))
    for person in crowd:
        db.session.add(
            UserSkill(
                user_id=person.id, skill_id=catalog_skill("go").id, level="expert", source="manual"
            )
        )
    make_skill("Zebra Bypass", tags=["bypassed-tag"])
    db.session.execute(text('ALTER TABLE "UserSkill" ENABLE TRIGGER USER'))
    db.session.execute(text('ALTER TABLE "Skill" ENABLE TRIGGER USER'))
    with pytest.raises(AssertionError):
        assert_kept_exact()

    result = app.test_cli_runner().invoke(args=["smatrx", "refresh-stats"])
    assert result.exit_code == 0, result.output
    assert "Kept aggregates rebuilt" in result.output
    assert_kept_exact()
    rebuild_all(db.session)  # again: nothing changes
    assert_kept_exact()
