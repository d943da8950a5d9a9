"""Data at an organisation's scale for EXPLAIN tests: a grown catalog and other people's
skills, created inside the test's rolled-back transaction and analysed, so the planner sees
the sizes it would see in production (PostgreSQL's ANALYZE counts the transaction's own
rows)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from smatrx.extensions import db


def grow_catalog(skills: int) -> None:
    """A catalog of `skills` skills and 2,000 other people holding 20 each, analysed."""
    db.session.execute(
        text(
            """
            INSERT INTO "Skill" (id, name, slug, "categoryId", "updatedAt")
            SELECT 'grown-' || n, 'Grown skill ' || n, 'grown-skill-' || n,
                   (SELECT min(id) FROM "SkillCategory"), now()
            FROM generate_series(1, :skills) n
            """
        ),
        {"skills": skills},
    )
    db.session.execute(
        text(
            """
            INSERT INTO "User" (id, email, role, "createdAt", "updatedAt")
            SELECT 'other-' || n, 'other' || n || '@example.com', 'member', now(), now()
            FROM generate_series(1, 2000) n
            """
        )
    )
    db.session.execute(
        text(
            """
            INSERT INTO "UserSkill" (id, "userId", "skillId", level, source, "createdAt",
                                     "updatedAt")
            SELECT 'held-' || u || '-' || j, 'other-' || u,
                   'grown-' || (1 + (u * 31 + j) % :skills), 'beginner', 'manual', now(), now()
            FROM generate_series(1, 2000) u, generate_series(1, 20) j
            ON CONFLICT DO NOTHING
            """
        ),
        {"skills": skills},
    )
    db.session.execute(text('ANALYZE "Skill", "UserSkill", "User", "SkillCategory"'))


def plan_of(statement: Any) -> str:
    compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
    return "\n".join(db.session.execute(text(f"EXPLAIN {compiled}")).scalars())
