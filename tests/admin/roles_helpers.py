"""What the roles administration tests share: roles and requirements made directly, and
posting as the admin's browser does."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import CareerRole, RoleSkill, Skill
from smatrx.skills.search import offered
from tests.helpers import HX, csrf_for


def role_by_slug(slug: str = "data-engineer") -> CareerRole:
    role = db.session.scalar(select(CareerRole).where(CareerRole.slug == slug))
    assert role is not None, f"no role {slug}"
    return role


def requirements(role_id: str) -> dict[str, tuple[str, str, int]]:
    """skill slug → (importance, minLevel, weight)."""
    rows = db.session.execute(
        select(Skill.slug, RoleSkill.importance, RoleSkill.min_level, RoleSkill.weight)
        .join(Skill, Skill.id == RoleSkill.skill_id)
        .where(RoleSkill.role_id == role_id)
    ).all()
    return {slug: (importance, level, weight) for slug, importance, level, weight in rows}


def offered_skills(count: int, *, skip: set[str] = frozenset()) -> list[Skill]:
    """The first count offered skills by slug, leaving out the skills with ids in skip."""
    statement = select(Skill).where(offered()).order_by(Skill.slug)
    if skip:
        statement = statement.where(Skill.id.not_in(skip))
    return list(db.session.scalars(statement.limit(count)))


def make_role(title: str, n_requirements: int = 0) -> CareerRole:
    """A committed role requiring the first n offered skills (as the seed would: not marked
    edited)."""
    role = CareerRole(title=title, slug=title.lower().replace(" ", "-"))
    db.session.add(role)
    db.session.flush()
    for weight, skill in enumerate(offered_skills(n_requirements)):
        db.session.add(
            RoleSkill(
                role_id=role.id,
                skill_id=skill.id,
                importance="core",
                min_level="advanced",
                weight=weight % 5 + 1,
            )
        )
    db.session.commit()
    return role


def post(client: Any, path: str, data: dict | None = None, *, htmx: bool = False) -> Any:
    """A form post with the page's CSRF token (and the htmx header when htmx)."""
    token = csrf_for(client, "/admin/roles")
    return client.post(
        path, data={"csrf_token": token, **(data or {})}, headers=HX if htmx else None
    )
