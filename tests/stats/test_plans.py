"""Every read of a kept aggregate is answered from the kept table through an index, never by
scanning "UserSkill" or the catalog — checked with EXPLAIN on a grown dataset (thousands of
people and skills made in the test's transaction, statistics fresh), so the plans are the
ones a large installation gets, not those of a near-empty test database."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Select, text

from smatrx.skills.catalog_queries import skill_page_statement
from smatrx.skills.search import category_counts, own_proposals, visible_to
from smatrx.stats.queries import (
    category_counts_statement,
    held_together_statement,
    popular_tags_statement,
)
from smatrx.stats.refresh import rebuild_all

PEOPLE = 4000
SKILLS = 6000
HELD_EACH = 15
GROW = (
    """
    INSERT INTO "Skill" (id, name, slug, "categoryId", tags, "marketDemand", "updatedAt")
    SELECT 'grown-' || i, 'Grown Skill ' || i, 'grown-skill-' || i, :category,
           ARRAY['grown-' || (i % 700), 'family-' || (i % 40)],
           (ARRAY['high', 'medium', 'low'])[1 + i % 3], now()
    FROM generate_series(1, :skills) AS i
    """,
    """
    INSERT INTO "User" (id, email, "updatedAt")
    SELECT 'grown-user-' || u, 'grown' || u || '@example.com', now()
    FROM generate_series(1, :people) AS u
    """,
    # Skill k of a person is drawn from the first 40 * k skills: the first ones are popular.
    """
    INSERT INTO "UserSkill" (id, "userId", "skillId", level, source, "updatedAt")
    SELECT DISTINCT ON (u, s) 'grown-us-' || u || '-' || s, 'grown-user-' || u, 'grown-' || s,
           (ARRAY['beginner', 'intermediate', 'advanced', 'expert'])[1 + (u + s) % 4],
           'manual', now()
    FROM generate_series(1, :people) AS u, generate_series(1, :held) AS k,
         LATERAL (SELECT 1 + ((u * 7919 + k * k * 104729) % (k * 40)) AS s) AS pick
    """,
)


def plan_nodes(session: Any, statement: Select) -> list[dict[str, Any]]:
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect)
    raw = connection.exec_driver_sql("EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params)
    plan = raw.scalar()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    nodes, todo = [], [plan[0]["Plan"]]
    while todo:
        node = todo.pop()
        nodes.append(node)
        todo.extend(node.get("Plans", []))
    return nodes


def relations_scanned(nodes: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Relation name → the scan node types that read it."""
    scanned: dict[str, set[str]] = {}
    for node in nodes:
        if "Relation Name" in node:
            scanned.setdefault(node["Relation Name"], set()).add(node["Node Type"])
    return scanned


def assert_served_by_indexes(session: Any, statement: Select, *, reads: set[str]) -> None:
    scanned = relations_scanned(plan_nodes(session, statement))
    for relation in ("UserSkill", "Skill", "SkillStat", "SkillPairStat"):
        assert "Seq Scan" not in scanned.get(relation, set()), scanned
    assert reads <= set(scanned), scanned


@pytest.fixture
def grown(db_session):
    """PEOPLE people holding HELD_EACH skills each among SKILLS extra skills (popular ones
    first), the kept aggregates rebuilt, statistics fresh."""
    category_id = db_session.scalar(
        text("""SELECT id FROM "SkillCategory" ORDER BY name LIMIT 1""")
    )
    sizes = {"category": category_id, "skills": SKILLS, "people": PEOPLE, "held": HELD_EACH}
    for statement in GROW:
        db_session.execute(text(statement), sizes)
    rebuild_all(db_session)
    for table in ("Skill", "User", "UserSkill", "SkillStat", "SkillPairStat", "TagStat"):
        db_session.execute(text(f'ANALYZE "{table}"'))
    return db_session


def test_a_skill_page_reads_kept_rows_only(grown):
    sizes = grown.execute(
        text(
            """SELECT (SELECT count(*) FROM "UserSkill"), (SELECT count(*) FROM "SkillPairStat"),
                      (SELECT max(holders) FROM "SkillStat")"""
        )
    ).one()
    holdings, pairs, most = sizes
    assert holdings >= PEOPLE * HELD_EACH * 0.9 and pairs > 1000 and most > 100

    page = skill_page_statement("grown-skill-1", "grown-user-1")
    assert_served_by_indexes(grown, page, reads={"Skill", "SkillStat", "StatRefresh"})

    together = held_together_statement("grown-1", visible_to("grown-user-1"), 6)
    assert_served_by_indexes(grown, together, reads={"SkillPairStat", "Skill"})
    pair_scans = [
        n for n in plan_nodes(grown, together) if n.get("Relation Name") == "SkillPairStat"
    ]
    assert all(n.get("Index Name", "").startswith("SkillPairStat_") for n in pair_scans)
    found = grown.execute(together).all()
    assert found and all(people >= 5 for _, people in found)


def test_catalog_reads_the_kept_popularity_and_counts(grown):
    assert grown.scalar(text('SELECT count(*) FROM "TagStat"')) > 700
    tags = relations_scanned(plan_nodes(grown, popular_tags_statement(24)))
    assert set(tags) == {"TagStat"} and "Seq Scan" not in tags["TagStat"], tags

    for demand in (None, "high"):
        statement = category_counts_statement(demand, own_proposals("grown-user-1", demand))
        scanned = relations_scanned(plan_nodes(grown, statement))
        assert "CategoryStat" in scanned and "UserSkill" not in scanned, scanned
        assert "Seq Scan" not in scanned.get("Skill", set()), scanned
        counts = category_counts(grown, viewer_id="grown-user-1", demand=demand)
        assert not counts.capped and counts.total >= SKILLS // (3 if demand else 1)
