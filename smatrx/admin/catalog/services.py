"""Catalog administration: the skills and categories lists and their writes (merging is
in merge.py).

Names are unique whatever their case (the database's lower(name) indexes back the checks
here); slugs are made once from the name and never change, since they are URLs.

The writes flush and never commit (smatrx/transaction.py): the view commits once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from math import ceil
from typing import Any

from sqlalchemy import ScalarSelect, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from smatrx.admin.listing import PAGE_SIZE, AdminPage, name_taken
from smatrx.extensions import db
from smatrx.models import Skill, SkillCategory, User, UserSkill
from smatrx.models.base import escape_like, utcnow
from smatrx.notifications.services import notify
from smatrx.slugs import unique_slug
from smatrx.text import clean_list

logger = logging.getLogger(__name__)

QUERY_MAX = 100
SKILL_FILTERS = ("all", "proposed", "retired")


class CatalogActionRefused(Exception):
    """The write would break a rule; the message says which. Nothing has been changed."""


# Names --------------------------------------------------------------------


def skill_name_taken(name: str, except_id: str | None = None) -> Skill | None:
    """The other skill already called name in any case, if there is one."""
    return name_taken(Skill.name, name, except_id)


def category_name_taken(name: str, except_id: str | None = None) -> SkillCategory | None:
    return name_taken(SkillCategory.name, name, except_id)


# The skills list --------------------------------------------------------------------


@dataclass(frozen=True)
class SkillRow:
    skill: Skill
    holders: int


@dataclass(frozen=True)
class SkillPage(AdminPage):
    rows: list[SkillRow]
    total: int
    page: int
    pages: int
    query: str
    filter: str
    proposed_total: int


def _holders_column() -> ScalarSelect[int]:
    return (
        select(func.count(UserSkill.id))
        .where(UserSkill.skill_id == Skill.id)
        .correlate(Skill)
        .scalar_subquery()
    )


def holders_of(skill_id: str) -> int:
    return (
        db.session.scalar(select(func.count(UserSkill.id)).where(UserSkill.skill_id == skill_id))
        or 0
    )


def list_skills(query: str = "", filter_: str = "all", page: int = 1) -> SkillPage:
    """One page of skills: proposed ones first (they wait for a decision), then by name.
    The query matches the name or an alias, any case. Three statements per page."""
    query = query.strip()[:QUERY_MAX]
    filter_ = filter_ if filter_ in SKILL_FILTERS else "all"
    conditions = []
    if query:
        pattern = f"%{escape_like(query.lower())}%"
        conditions.append(
            or_(
                func.lower(Skill.name).like(pattern, escape="\\"),
                func.lower(func.array_to_string(Skill.aliases, " ")).like(pattern, escape="\\"),
            )
        )
    if filter_ == "proposed":
        conditions.append(Skill.is_published.is_(False))
    elif filter_ == "retired":
        conditions.append(Skill.retired_at.is_not(None))
    total = db.session.scalar(select(func.count()).select_from(Skill).where(*conditions)) or 0
    proposed_total = (
        db.session.scalar(
            select(func.count()).select_from(Skill).where(Skill.is_published.is_(False))
        )
        or 0
    )
    pages = max(1, ceil(total / PAGE_SIZE))
    page = min(max(1, page), pages)
    rows = db.session.execute(
        select(Skill, _holders_column())
        .options(joinedload(Skill.category))
        .where(*conditions)
        .order_by(Skill.is_published, func.lower(Skill.name), Skill.id)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    return SkillPage(
        rows=[SkillRow(skill=skill, holders=holders) for skill, holders in rows],
        total=total,
        page=page,
        pages=pages,
        query=query,
        filter=filter_,
        proposed_total=proposed_total,
    )


def skill_row(skill: Skill) -> SkillRow:
    return SkillRow(skill=skill, holders=holders_of(skill.id))


def categories() -> list[SkillCategory]:
    return list(db.session.scalars(select(SkillCategory).order_by(func.lower(SkillCategory.name))))


@dataclass(frozen=True)
class CategoryRow:
    category: SkillCategory
    skills: int


def category_rows() -> list[CategoryRow]:
    count = (
        select(func.count(Skill.id))
        .where(Skill.category_id == SkillCategory.id)
        .correlate(SkillCategory)
        .scalar_subquery()
    )
    return [
        CategoryRow(category=category, skills=n)
        for category, n in db.session.execute(
            select(SkillCategory, count).order_by(func.lower(SkillCategory.name))
        ).all()
    ]


# Skill writes -----------------------------------------------------------------------


@dataclass
class SkillValues:
    name: str
    category_id: str
    description: str | None
    tags: list[str]
    aliases: list[str]
    market_demand: str | None
    salary_min: int | None
    salary_max: int | None
    salary_currency: str | None
    growth_trend: float | None


def _apply(skill: Skill, values: SkillValues) -> None:
    skill.name = " ".join(values.name.split())
    skill.category_id = values.category_id
    skill.description = (values.description or "").strip() or None
    skill.tags = clean_list(values.tags)
    skill.aliases = clean_list(values.aliases, drop=(skill.name,))
    skill.market_demand = values.market_demand or None
    if values.salary_min is None and values.salary_max is None:
        skill.average_salary = None
    else:
        salary: dict[str, Any] = dict(skill.average_salary or {})
        salary.update(
            {"min": values.salary_min, "max": values.salary_max},
            currency=(values.salary_currency or salary.get("currency") or "USD").upper(),
        )
        salary.setdefault("region", "US")
        skill.average_salary = salary
    skill.growth_trend = values.growth_trend


@contextmanager
def _refused_if_name_taken(what: str) -> Iterator[None]:
    """Run the writes inside in a savepoint. Two admins saving the same name at once: the
    unique index decides, and only the loser's savepoint is undone (not the caller's
    transaction)."""
    try:
        with db.session.begin_nested():
            yield
    except IntegrityError as error:
        logger.info("catalog write refused by the database: %s", error.orig)
        raise CatalogActionRefused(f"{what} That name is already taken.") from error


def create_skill(actor: User, values: SkillValues) -> Skill:
    if skill_name_taken(values.name):
        raise CatalogActionRefused(f"A skill called “{values.name}” already exists.")
    skill = Skill(
        slug=unique_slug(db.session, Skill, values.name), name=values.name, is_published=True
    )
    with _refused_if_name_taken("The skill was not created."):
        _apply(skill, values)
        db.session.add(skill)
    logger.info("admin %s created skill %s", actor.id, skill.slug)
    return skill


def update_skill(actor: User, skill: Skill, values: SkillValues) -> None:
    if skill_name_taken(values.name, except_id=skill.id):
        raise CatalogActionRefused(f"Another skill is already called “{values.name}”.")
    with _refused_if_name_taken("The skill was not saved."):
        _apply(skill, values)
    logger.info("admin %s edited skill %s", actor.id, skill.slug)


def retire_skill(actor: User, skill: Skill) -> bool:
    """Stop offering the skill; the profiles that hold it keep it. False if it was retired."""
    if skill.retired_at is not None:
        return False
    skill.retired_at = utcnow()
    db.session.flush()
    logger.info("admin %s retired skill %s", actor.id, skill.slug)
    return True


def unretire_skill(actor: User, skill: Skill) -> bool:
    if skill.retired_at is None:
        return False
    skill.retired_at = None
    db.session.flush()
    logger.info("admin %s brought back skill %s", actor.id, skill.slug)
    return True


def publish_skill(actor: User, skill: Skill) -> bool:
    """Offer a proposed skill to everyone; its proposer hears of it."""
    if skill.is_published:
        return False
    skill.is_published = True
    if skill.proposed_by_id:
        notify(
            skill.proposed_by_id,
            "catalog.published",
            f"The skill you proposed, {skill.name}, is now in the catalog for everyone.",
        )
    db.session.flush()
    logger.info("admin %s published skill %s", actor.id, skill.slug)
    return True


def delete_proposed_skill(actor: User, skill: Skill) -> None:
    """Delete a proposed skill nobody holds (a held one is merged instead)."""
    if skill.is_published:
        raise CatalogActionRefused(
            f"{skill.name} is published. Retire it instead; people may be using it."
        )
    held = holders_of(skill.id)
    if held:
        raise CatalogActionRefused(
            f"{held} {'person holds' if held == 1 else 'people hold'} {skill.name}. "
            "Merge it into an existing skill instead."
        )
    if skill.proposed_by_id:
        notify(
            skill.proposed_by_id,
            "catalog.declined",
            f"The skill you proposed, {skill.name}, was not added to the catalog.",
        )
    name = skill.name
    db.session.delete(skill)
    db.session.flush()
    logger.info("admin %s deleted proposed skill %s", actor.id, name)


# Categories -------------------------------------------------------------------------


@dataclass
class CategoryValues:
    name: str
    description: str | None
    color: str | None
    icon: str | None


def _apply_category(category: SkillCategory, values: CategoryValues) -> None:
    category.name = " ".join(values.name.split())
    category.description = (values.description or "").strip() or None
    category.color = values.color.upper() if values.color else None
    category.icon = values.icon or None


def create_category(actor: User, values: CategoryValues) -> SkillCategory:
    if category_name_taken(values.name):
        raise CatalogActionRefused(f"A category called “{values.name}” already exists.")
    category = SkillCategory(
        slug=unique_slug(db.session, SkillCategory, values.name, fallback="category"),
        name=values.name,
    )
    with _refused_if_name_taken("The category was not created."):
        _apply_category(category, values)
        db.session.add(category)
    logger.info("admin %s created category %s", actor.id, category.slug)
    return category


def update_category(actor: User, category: SkillCategory, values: CategoryValues) -> None:
    if category_name_taken(values.name, except_id=category.id):
        raise CatalogActionRefused(f"Another category is already called “{values.name}”.")
    with _refused_if_name_taken("The category was not saved."):
        _apply_category(category, values)
    logger.info("admin %s edited category %s", actor.id, category.slug)
