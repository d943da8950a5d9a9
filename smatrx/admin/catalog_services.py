"""Catalog administration: the skills and categories lists, their writes, and merging.

Names are unique whatever their case (the database's lower(name) indexes back the checks
here); slugs are made once from the name and never change, since they are URLs.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from math import ceil
from typing import Any

from sqlalchemy import ScalarSelect, case, delete, func, literal, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from smatrx.admin.services import PAGE_SIZE, AdminPage
from smatrx.extensions import db
from smatrx.models import (
    CareerGoal,
    Skill,
    SkillCategory,
    User,
    UserSkill,
    VerificationRequest,
    import_skills,
)
from smatrx.models.base import escape_like, utcnow
from smatrx.models.choices import SKILL_LEVELS
from smatrx.notifications.services import notify

logger = logging.getLogger(__name__)

QUERY_MAX = 100
SKILL_FILTERS = ("all", "proposed", "retired")


class CatalogActionRefused(Exception):
    """The write would break a rule; the message says which. Nothing has been changed."""


# Names and slugs --------------------------------------------------------------------


def slugify(name: str) -> str:
    """A URL slug: ASCII lower case words joined by hyphens ("C++" → "c-plus-plus")."""
    text = name.replace("+", " plus ").replace("#", " sharp ").replace("&", " and ")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:80].strip("-") or "skill"


def _unique_slug(model: type[Skill] | type[SkillCategory], name: str) -> str:
    base = slugify(name)
    taken = set(
        db.session.scalars(
            select(model.slug).where(or_(model.slug == base, model.slug.like(f"{base}-%")))
        )
    )
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def skill_name_taken(name: str, except_id: str | None = None) -> Skill | None:
    """The other skill already called name in any case, if there is one."""
    statement = select(Skill).where(func.lower(Skill.name) == name.strip().lower())
    if except_id:
        statement = statement.where(Skill.id != except_id)
    return db.session.scalar(statement)


def category_name_taken(name: str, except_id: str | None = None) -> SkillCategory | None:
    statement = select(SkillCategory).where(func.lower(SkillCategory.name) == name.strip().lower())
    if except_id:
        statement = statement.where(SkillCategory.id != except_id)
    return db.session.scalar(statement)


def clean_list(values: list[str], *, drop: tuple[str, ...] = ()) -> list[str]:
    """Trimmed, without blanks or case-insensitive repeats (first spelling kept), without
    anything in drop."""
    seen = {value.casefold() for value in drop}
    result = []
    for value in values:
        value = " ".join(value.split())
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            result.append(value)
    return result


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


def _commit_or_refuse(what: str) -> None:
    try:
        db.session.commit()
    except IntegrityError as error:
        # Two admins saving the same name at once: the unique index decides.
        db.session.rollback()
        logger.info("catalog write refused by the database: %s", error.orig)
        raise CatalogActionRefused(f"{what} That name is already taken.") from error


def create_skill(actor: User, values: SkillValues) -> Skill:
    if skill_name_taken(values.name):
        raise CatalogActionRefused(f"A skill called “{values.name}” already exists.")
    skill = Skill(slug=_unique_slug(Skill, values.name), name=values.name, is_published=True)
    _apply(skill, values)
    db.session.add(skill)
    _commit_or_refuse("The skill was not created.")
    logger.info("admin %s created skill %s", actor.id, skill.slug)
    return skill


def update_skill(actor: User, skill: Skill, values: SkillValues) -> None:
    if skill_name_taken(values.name, except_id=skill.id):
        raise CatalogActionRefused(f"Another skill is already called “{values.name}”.")
    _apply(skill, values)
    _commit_or_refuse("The skill was not saved.")
    logger.info("admin %s edited skill %s", actor.id, skill.slug)


def retire_skill(actor: User, skill: Skill) -> bool:
    """Stop offering the skill; the profiles that hold it keep it. False if it was retired."""
    if skill.retired_at is not None:
        return False
    skill.retired_at = utcnow()
    db.session.commit()
    logger.info("admin %s retired skill %s", actor.id, skill.slug)
    return True


def unretire_skill(actor: User, skill: Skill) -> bool:
    if skill.retired_at is None:
        return False
    skill.retired_at = None
    db.session.commit()
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
    db.session.commit()
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
    db.session.commit()
    logger.info("admin %s deleted proposed skill %s", actor.id, name)


# Merging ------------------------------------------------------------------------------


def find_skill_by_name(name: str) -> Skill | None:
    """The skill called name (any case), or whose slug it is."""
    name = " ".join(name.split())
    if not name:
        return None
    return db.session.scalar(
        select(Skill).where(or_(func.lower(Skill.name) == name.lower(), Skill.slug == name.lower()))
    )


@dataclass(frozen=True)
class MergePreview:
    holders: int
    both: int
    imports: int


def merge_preview(source: Skill, target: Skill | None = None) -> MergePreview:
    """What a merge would move: holders of the source, people holding both, import links."""
    both = 0
    if target is not None:
        other = select(UserSkill.user_id).where(UserSkill.skill_id == target.id)
        both = (
            db.session.scalar(
                select(func.count(UserSkill.id)).where(
                    UserSkill.skill_id == source.id, UserSkill.user_id.in_(other)
                )
            )
            or 0
        )
    imports = (
        db.session.scalar(
            select(func.count()).select_from(import_skills).where(import_skills.c["A"] == source.id)
        )
        or 0
    )
    return MergePreview(holders=holders_of(source.id), both=both, imports=imports)


def _stronger_level(first: str, second: str) -> str:
    rank = {level: i for i, level in enumerate(SKILL_LEVELS)}
    return first if rank.get(first, -1) >= rank.get(second, -1) else second


def _greater(first: Any, second: Any) -> Any:
    if first is None:
        return second
    if second is None:
        return first
    return max(first, second)


def merge_evidence(kept: Any, moved: Any) -> Any:
    """Both rows' evidence: lists joined without repeats, objects joined key by key (lists
    under the same key joined too), anything else kept side by side in a list."""
    if kept is None or kept == moved:
        return moved if kept is None else kept
    if moved is None:
        return kept
    if isinstance(kept, list) and isinstance(moved, list):
        return kept + [item for item in moved if item not in kept]
    if isinstance(kept, dict) and isinstance(moved, dict):
        merged = dict(moved)
        for key, value in kept.items():
            merged[key] = merge_evidence(value, moved.get(key)) if key in moved else value
        return merged
    return [kept, moved]


def _merge_into(kept: UserSkill, moved: UserSkill) -> None:
    """The stronger of two holdings of one person, in the row that is kept."""
    kept.level = _stronger_level(kept.level, moved.level)
    kept.proficiency_score = _greater(kept.proficiency_score, moved.proficiency_score)
    kept.years_experience = _greater(kept.years_experience, moved.years_experience)
    kept.last_used = _greater(kept.last_used, moved.last_used)
    if moved.verified and not kept.verified:
        kept.verified = True
        kept.verified_at = moved.verified_at
        kept.verified_by = moved.verified_by
    kept.evidence = merge_evidence(kept.evidence, moved.evidence)


def merge_skills(actor: User, source: Skill, target: Skill) -> MergePreview:
    """Move everything of source onto target and delete source, in one transaction.

    Holdings: a person holding only the source now holds the target; one holding both
    keeps one row with the stronger values (and the verification history of both).
    Import links move without repeats; the source's name and aliases become aliases of
    the target. Returns what was moved.
    """
    if source.id == target.id:
        raise CatalogActionRefused("Choose another skill: a skill cannot be merged into itself.")
    # Both rows locked, in id order, so two merges touching the same skills take turns.
    locked = {
        skill.id: skill
        for skill in db.session.scalars(
            select(Skill)
            .where(Skill.id.in_((source.id, target.id)))
            .order_by(Skill.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    }
    if len(locked) != 2:
        db.session.rollback()
        raise CatalogActionRefused("One of the skills was deleted meanwhile; nothing was merged.")
    preview = merge_preview(source, target)

    # People who hold both: fold the source row into the target row, keep its history.
    moved_alias = UserSkill.__table__.alias("moved")
    pairs = db.session.execute(
        select(UserSkill, moved_alias.c.id)
        .join(moved_alias, moved_alias.c.userId == UserSkill.user_id)
        .where(UserSkill.skill_id == target.id, moved_alias.c.skillId == source.id)
        .with_for_update()
    ).all()
    if pairs:
        moved_rows = {
            row.id: row
            for row in db.session.scalars(
                select(UserSkill).where(UserSkill.id.in_([moved_id for _, moved_id in pairs]))
            )
        }
        for kept, moved_id in pairs:
            _merge_into(kept, moved_rows[moved_id])
        kept_for = {moved_id: kept.id for kept, moved_id in pairs}
        db.session.execute(
            update(VerificationRequest)
            .where(VerificationRequest.user_skill_id.in_(list(kept_for)))
            .values(user_skill_id=case(kept_for, value=VerificationRequest.user_skill_id)),
            execution_options={"synchronize_session": False},
        )
        db.session.flush()
        db.session.execute(
            delete(UserSkill).where(UserSkill.id.in_(list(moved_rows))),
            execution_options={"synchronize_session": False},
        )
    # Everyone else's source row becomes a target row.
    db.session.execute(
        update(UserSkill)
        .where(UserSkill.skill_id == source.id)
        .values(skill_id=target.id, updated_at=utcnow()),
        execution_options={"synchronize_session": False},
    )
    # Goals naming the source now name the target (their progress follows at the next
    # skill change of their owner).
    db.session.execute(
        update(CareerGoal)
        .where(CareerGoal.skill_id == source.id)
        .values(skill_id=target.id, updated_at=utcnow()),
        execution_options={"synchronize_session": False},
    )
    # Import links: copied to the target unless already there, then gone with the source.
    db.session.execute(
        pg_insert(import_skills)
        .from_select(
            ["A", "B"],
            select(literal(target.id), import_skills.c["B"]).where(
                import_skills.c["A"] == source.id
            ),
        )
        .on_conflict_do_nothing(index_elements=["A", "B"])
    )
    db.session.execute(delete(import_skills).where(import_skills.c["A"] == source.id))

    target.aliases = clean_list(
        [*target.aliases, source.name, *source.aliases], drop=(target.name,)
    )
    target.tags = clean_list([*target.tags, *source.tags])
    if source.proposed_by_id and not source.is_published:
        notify(
            source.proposed_by_id,
            "catalog.merged",
            f"The skill you proposed, {source.name}, is now part of {target.name}.",
        )
    name = source.name
    db.session.delete(source)
    db.session.commit()
    logger.info(
        "admin %s merged skill %s into %s (%d holders, %d held both, %d import links)",
        actor.id,
        name,
        target.slug,
        preview.holders,
        preview.both,
        preview.imports,
    )
    return preview


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
    category = SkillCategory(slug=_unique_slug(SkillCategory, values.name), name=values.name)
    _apply_category(category, values)
    db.session.add(category)
    _commit_or_refuse("The category was not created.")
    logger.info("admin %s created category %s", actor.id, category.slug)
    return category


def update_category(actor: User, category: SkillCategory, values: CategoryValues) -> None:
    if category_name_taken(values.name, except_id=category.id):
        raise CatalogActionRefused(f"Another category is already called “{values.name}”.")
    _apply_category(category, values)
    _commit_or_refuse("The category was not saved.")
    logger.info("admin %s edited category %s", actor.id, category.slug)
