"""Load the shipped catalog into the database: insert what is new, update what exists, and
never delete (a skill somebody holds must stay). One transaction for the whole load.

Role requirements (smatrx/data/role_requirements.json) are synced per role — added,
updated, and removed when the file drops them — except for roles an admin has edited
("requirementsEditedAt" set): those keep the admin's list untouched, and the summary says
how many were kept."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.models import CareerRole, RoleSkill, Skill, SkillCategory
from smatrx.seed.data import Catalog, read_catalog
from smatrx.seed.role_requirements import RequirementEntry, load_role_requirements

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadSummary:
    categories: int
    skills_created: int
    skills_updated: int
    roles_created: int
    roles_updated: int
    requirements_added: int = 0
    requirements_updated: int = 0
    requirements_removed: int = 0
    roles_kept_as_edited: int = 0


def _by_slug_or_name(rows: list, name_attr: str) -> tuple[dict, dict]:
    by_slug = {row.slug: row for row in rows}
    by_name = {getattr(row, name_attr).casefold(): row for row in rows}
    return by_slug, by_name


def load_catalog(
    catalog: Catalog | None = None,
    requirements: dict[str, list[RequirementEntry]] | None = None,
) -> LoadSummary:
    """Upsert categories, skills and roles from the catalog (the shipped file by default),
    then sync the roles' requirements (the shipped file when the catalog is the shipped one;
    none for another catalog unless given)."""
    if requirements is None:
        requirements = load_role_requirements() if catalog is None else {}
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
            # Known by its slug from now on: the requirements below name new skills too
            # (on a first load every skill is new).
            skill_by_slug[entry.slug] = skill
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
        role_by_slug[entry.slug] = role
    session.flush()
    synced = _sync_requirements(requirements, role_by_slug, skill_by_slug)

    session.commit()
    total_categories = session.scalar(select(func.count()).select_from(SkillCategory)) or 0
    logger.info(
        "catalog loaded: %d skills added, %d updated, %d roles added",
        created,
        updated,
        roles_created,
    )
    return LoadSummary(total_categories, created, updated, roles_created, roles_updated, *synced)


def _sync_requirements(
    requirements: dict[str, list[RequirementEntry]],
    role_by_slug: dict[str, CareerRole],
    skill_by_slug: dict[str, Skill],
) -> tuple[int, int, int, int]:
    """Make each role's requirements what the file says, unless an admin edited them.
    Returns (added, updated, removed, roles kept as edited)."""
    added = updated = removed = kept = 0
    for slug, entries in requirements.items():
        role = role_by_slug.get(slug)
        if role is None:
            continue
        if role.requirements_edited_at is not None:
            kept += 1
            continue
        existing = {row.skill_id: row for row in role.requirements}
        wanted: set[str] = set()
        for entry in entries:
            skill = skill_by_slug.get(entry.skill)
            if skill is None:  # merged away by an admin since: nothing to require
                continue
            wanted.add(skill.id)
            row = existing.get(skill.id)
            values = (entry.importance, entry.min_level, entry.weight)
            if row is None:
                role.requirements.append(
                    RoleSkill(
                        skill_id=skill.id,
                        importance=entry.importance,
                        min_level=entry.min_level,
                        weight=entry.weight,
                    )
                )
                added += 1
            elif (row.importance, row.min_level, row.weight) != values:
                row.importance, row.min_level, row.weight = values
                updated += 1
        for skill_id, row in existing.items():
            if skill_id not in wanted:
                role.requirements.remove(row)
                removed += 1
    return added, updated, removed, kept
