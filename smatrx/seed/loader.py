"""Load the shipped catalog into the database: insert what is new, update what exists, and
never delete (a skill somebody holds must stay). One transaction for the whole load."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.models import CareerRole, Skill, SkillCategory
from smatrx.seed.data import Catalog, read_catalog

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadSummary:
    categories: int
    skills_created: int
    skills_updated: int
    roles_created: int
    roles_updated: int


def _by_slug_or_name(rows: list, name_attr: str) -> tuple[dict, dict]:
    by_slug = {row.slug: row for row in rows}
    by_name = {getattr(row, name_attr).casefold(): row for row in rows}
    return by_slug, by_name


def load_catalog(catalog: Catalog | None = None) -> LoadSummary:
    """Upsert categories, skills and roles from the catalog (the shipped file by default)."""
    catalog = catalog or read_catalog()
    session = db.session

    categories = list(session.scalars(select(SkillCategory)))
    cat_by_slug, cat_by_name = _by_slug_or_name(categories, "name")
    for entry in catalog.categories:
        category = cat_by_slug.get(entry.slug) or cat_by_name.get(entry.name.casefold())
        if category is None:
            category = SkillCategory(name=entry.name, slug=entry.slug)
            session.add(category)
            cat_by_slug[entry.slug] = category
        category.name = entry.name
        category.description = entry.description
        category.color = entry.color
        category.icon = entry.icon
    session.flush()

    skills = list(session.scalars(select(Skill)))
    skill_by_slug, skill_by_name = _by_slug_or_name(skills, "name")
    created = updated = 0
    for entry in catalog.skills:
        skill = skill_by_slug.get(entry.slug) or skill_by_name.get(entry.name.casefold())
        if skill is None:
            # The slug is only set on creation: slugs are stable URLs.
            skill = Skill(slug=entry.slug, name=entry.name)
            session.add(skill)
            created += 1
        else:
            updated += 1
        skill.name = entry.name
        skill.description = entry.description
        skill.category = cat_by_slug[entry.category]
        skill.tags = entry.tags
        skill.aliases = entry.aliases
        skill.market_demand = entry.market_demand
        skill.average_salary = entry.average_salary
        skill.growth_trend = entry.growth_trend

    roles = list(session.scalars(select(CareerRole)))
    role_by_slug, role_by_title = _by_slug_or_name(roles, "title")
    roles_created = roles_updated = 0
    for entry in catalog.roles:
        role = role_by_slug.get(entry.slug) or role_by_title.get(entry.title.casefold())
        if role is None:
            role = CareerRole(slug=entry.slug, title=entry.title)
            session.add(role)
            roles_created += 1
        else:
            roles_updated += 1
        role.title = entry.title
        role.description = entry.description

    session.commit()
    total_categories = session.scalar(select(func.count()).select_from(SkillCategory)) or 0
    logger.info(
        "catalog loaded: %d skills added, %d updated, %d roles added",
        created,
        updated,
        roles_created,
    )
    return LoadSummary(total_categories, created, updated, roles_created, roles_updated)
