"""Career roles administration: the roles list, what a role's page shows, and the writes.

Titles are unique whatever their case (checked here under a transaction-scoped advisory
lock, since the database's unique index is on the exact title); slugs are made once from the
title and never change. Every change to a role's requirement list sets
requirementsEditedAt, so `flask smatrx seed` no longer syncs the shipped list into the role,
and asks the insights to recompute the people targeting the role.

The writes flush and never commit (smatrx/transaction.py): the view commits once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from math import ceil

from sqlalchemy import ColumnElement, ScalarSelect, Select, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager

from smatrx.admin.listing import PAGE_SIZE, AdminPage, name_taken
from smatrx.extensions import db
from smatrx.insights.gather import targets
from smatrx.insights.jobs import request_role_recompute
from smatrx.models import CareerGoal, CareerRole, Profile, RoleSkill, Skill, User
from smatrx.models.base import escape_like, utcnow
from smatrx.models.choices import IMPORTANCES
from smatrx.seed.role_requirements import REQUIREMENTS_PER_ROLE
from smatrx.skills.search import SkillResult, offered, search_skills
from smatrx.slugs import unique_slug

logger = logging.getLogger(__name__)

QUERY_MAX = 80
SUGGESTION_LIMIT = 8
# The most a role lists: the shipped lists' own bound (enough to say something, few enough
# to stay a judgement), and what keeps the role's page one screen of rows.
MAX_REQUIREMENTS = REQUIREMENTS_PER_ROLE[1]
# A new requirement starts in the middle of every scale; the admin tunes it in its row.
DEFAULT_IMPORTANCE, DEFAULT_MIN_LEVEL, DEFAULT_WEIGHT = "important", "intermediate", 3
# Serialises title writes (create, rename) so two admins cannot both take "Data Engineer"
# and "data engineer" between the check and the insert.
_TITLE_LOCK = 0x536D_5472_5F52_6F6C  # any constant bigint, this one spells "SmTr_Rol"


class RoleActionRefused(Exception):
    """The write would break a rule; the message says which. Nothing has been changed."""


def clean_query(query: str) -> str:
    """A search as typed: control characters (NUL included) dropped, spaces collapsed,
    bounded; PostgreSQL refuses NUL in text, and nothing matches them anyway."""
    printable = "".join(ch for ch in query if ch.isprintable() or ch.isspace())
    return " ".join(printable.split())[:QUERY_MAX]


# Names --------------------------------------------------------------------


def role_title_taken(title: str, except_id: str | None = None) -> CareerRole | None:
    """The other role already called title in any case, if there is one."""
    return name_taken(CareerRole.title, title, except_id)


# The list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleRow:
    role: CareerRole
    requirements: int
    retired: int  # requirements naming a retired skill (the analysis ignores them)
    people: int  # profiles whose target role is this title, any case


@dataclass(frozen=True)
class RolePage(AdminPage):
    rows: list[RoleRow]
    total: int
    page: int
    pages: int
    query: str


def _requirements_column(*conditions: ColumnElement[bool]) -> ScalarSelect[int]:
    statement = select(func.count(RoleSkill.id)).where(RoleSkill.role_id == CareerRole.id)
    if conditions:
        statement = statement.join(Skill, Skill.id == RoleSkill.skill_id).where(*conditions)
    return statement.correlate(CareerRole).scalar_subquery()


def people_targeting(role_ids: list[str]) -> dict[str, int]:
    """How many profiles target each role (by title), in one statement: one pass over the
    profiles joined by hash, whatever the number of roles."""
    if not role_ids:
        return {}
    rows = db.session.execute(
        select(CareerRole.id, func.count(Profile.id))
        .join(Profile, targets(CareerRole.title))
        .where(CareerRole.id.in_(role_ids))
        .group_by(CareerRole.id)
    ).all()
    return dict(rows)


def list_roles(query: str = "", page: int = 1) -> RolePage:
    """One page of roles by title, whose title contains query (any case). Three statements
    whatever the page: the total, the rows with their requirement counts, the people."""
    query = clean_query(query)
    conditions = []
    if query:
        pattern = f"%{escape_like(query.lower())}%"
        conditions.append(func.lower(CareerRole.title).like(pattern, escape="\\"))
    total = db.session.scalar(select(func.count()).select_from(CareerRole).where(*conditions)) or 0
    pages = max(1, ceil(total / PAGE_SIZE))
    page = min(max(1, page), pages)
    rows = db.session.execute(
        select(
            CareerRole,
            _requirements_column(),
            _requirements_column(Skill.retired_at.is_not(None)),
        )
        .where(*conditions)
        .order_by(func.lower(CareerRole.title), CareerRole.id)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    people = people_targeting([role.id for role, _, _ in rows])
    return RolePage(
        rows=[
            RoleRow(role=role, requirements=n, retired=retired, people=people.get(role.id, 0))
            for role, n, retired in rows
        ],
        total=total,
        page=page,
        pages=pages,
        query=query,
    )


# A role's page ----------------------------------------------------------------------


@dataclass(frozen=True)
class RoleUsage:
    people: int  # profiles targeting the role by its title
    goals: int  # goals naming the role (CareerGoal.roleId)


def role_usage(role: CareerRole) -> RoleUsage:
    """Who uses the role, in one statement."""
    people = select(func.count(Profile.id)).where(targets(CareerRole.title))
    goals = select(func.count(CareerGoal.id)).where(CareerGoal.role_id == CareerRole.id)
    row = db.session.execute(
        select(
            people.correlate(CareerRole).scalar_subquery(),
            goals.correlate(CareerRole).scalar_subquery(),
        ).where(CareerRole.id == role.id)
    ).one()
    return RoleUsage(people=row[0], goals=row[1])


def _with_skill() -> Select[tuple[RoleSkill]]:
    return (
        select(RoleSkill)
        .join(RoleSkill.skill)
        .join(Skill.category)
        .options(contains_eager(RoleSkill.skill).contains_eager(Skill.category))
    )


def requirements_of(role_id: str) -> list[RoleSkill]:
    """The role's requirements with their skills and categories, in one statement: core
    first, then by weight, then by name."""
    statement = _with_skill()
    by_importance = case(
        {value: rank for rank, value in enumerate(IMPORTANCES)}, value=RoleSkill.importance
    )
    return list(
        db.session.scalars(
            statement.where(RoleSkill.role_id == role_id).order_by(
                by_importance, RoleSkill.weight.desc(), func.lower(Skill.name), RoleSkill.id
            )
        )
    )


def requirement_of(role: CareerRole, requirement_id: str) -> RoleSkill | None:
    """The role's requirement with that id (None for another role's: ids from a form are
    not trusted), with its skill and category."""
    statement = _with_skill()
    return db.session.scalar(
        statement.where(RoleSkill.id == requirement_id, RoleSkill.role_id == role.id)
    )


def requirement_count(role_id: str) -> int:
    return (
        db.session.scalar(select(func.count(RoleSkill.id)).where(RoleSkill.role_id == role_id)) or 0
    )


def suggest_skills(query: str) -> list[SkillResult]:
    """Offered skills (published, not retired) matching query the way the catalog search
    does: name, alias or tag, any case, small typos forgiven; best first."""
    query = clean_query(query)
    if not query:
        return []
    return search_skills(db.session, query, viewer_id=None, per_page=SUGGESTION_LIMIT).items


def offered_skill(skill_id: str) -> Skill | None:
    """The skill, if it may be required: published and not retired."""
    return db.session.scalar(
        select(Skill)
        .join(Skill.category)
        .options(contains_eager(Skill.category))
        .where(Skill.id == skill_id, offered())
    )


# Role writes ------------------------------------------------------------------------


@dataclass
class RoleValues:
    title: str
    description: str | None


def _lock_titles() -> None:
    db.session.execute(select(func.pg_advisory_xact_lock(_TITLE_LOCK)))


@contextmanager
def _refused_if_title_taken(what: str) -> Iterator[None]:
    """Run the writes inside in a savepoint: should the unique index still refuse (the seed
    writing the same title meanwhile), only this savepoint is undone."""
    try:
        with db.session.begin_nested():
            yield
    except IntegrityError as error:
        logger.info("role write refused by the database: %s", error.orig)
        raise RoleActionRefused(f"{what} That title is already taken.") from error


def _apply(role: CareerRole, values: RoleValues) -> None:
    role.title = " ".join(values.title.split())
    role.description = (values.description or "").strip() or None


def create_role(actor: User, values: RoleValues) -> CareerRole:
    _lock_titles()
    if role_title_taken(values.title):
        raise RoleActionRefused(f"A role called “{values.title}” already exists.")
    role = CareerRole(
        slug=unique_slug(db.session, CareerRole, values.title, fallback="role"),
        title=values.title,
    )
    with _refused_if_title_taken("The role was not created."):
        _apply(role, values)
        db.session.add(role)
    logger.info("admin %s created role %s", actor.id, role.slug)
    return role


def update_role(actor: User, role: CareerRole, values: RoleValues) -> None:
    """Save the title and description; the slug stays (it is an address)."""
    _lock_titles()
    if role_title_taken(values.title, except_id=role.id):
        raise RoleActionRefused(f"Another role is already called “{values.title}”.")
    with _refused_if_title_taken("The role was not saved."):
        _apply(role, values)
    logger.info("admin %s edited role %s", actor.id, role.slug)


def delete_role(actor: User, role: CareerRole, *, goals_confirmed: bool) -> None:
    """Delete the role and its requirements. Goals naming it keep their title and lose the
    link (SET NULL), which the admin must have confirmed when there are any."""
    goals = (
        db.session.scalar(select(func.count(CareerGoal.id)).where(CareerGoal.role_id == role.id))
        or 0
    )
    if goals and not goals_confirmed:
        raise RoleActionRefused(
            f"{goals} {'goal names' if goals == 1 else 'goals name'} {role.title}. "
            "Confirm that they may lose the link to delete it anyway."
        )
    slug = role.slug
    db.session.delete(role)
    db.session.flush()
    logger.info("admin %s deleted role %s (%d goals unlinked)", actor.id, slug, goals)


# Requirement writes -----------------------------------------------------------------


def _edited(role: CareerRole) -> None:
    """The requirement list is the admin's now: the seed leaves it alone from here on."""
    role.requirements_edited_at = utcnow()
    db.session.flush()
    request_role_recompute(role.id)  # once the view commits


def add_requirement(actor: User, role: CareerRole, skill: Skill) -> RoleSkill:
    """Require skill at the default importance, level and weight. Refused past
    MAX_REQUIREMENTS or when the role already requires the skill."""
    # The role row locked: two admins adding at once take turns, so the limit holds.
    db.session.execute(select(CareerRole.id).where(CareerRole.id == role.id).with_for_update())
    count = requirement_count(role.id)
    if count >= MAX_REQUIREMENTS:
        raise RoleActionRefused(
            f"{role.title} already has {MAX_REQUIREMENTS} requirements, the most a role "
            "can have. Remove one to add another."
        )
    requirement = RoleSkill(
        role_id=role.id,
        skill_id=skill.id,
        importance=DEFAULT_IMPORTANCE,
        min_level=DEFAULT_MIN_LEVEL,
        weight=DEFAULT_WEIGHT,
    )
    try:
        with db.session.begin_nested():
            db.session.add(requirement)
    except IntegrityError as error:
        logger.info("requirement refused by the database: %s", error.orig)
        constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None)
        if constraint == "RoleSkill_roleId_skillId_key":
            raise RoleActionRefused(f"{role.title} already requires {skill.name}.") from error
        raise RoleActionRefused(
            f"{skill.name} or {role.title} changed meanwhile; nothing was added."
        ) from error
    _edited(role)
    logger.info("admin %s added %s to role %s", actor.id, skill.slug, role.slug)
    return requirement


def update_requirement(
    actor: User, requirement: RoleSkill, *, importance: str, min_level: str, weight: int
) -> bool:
    """Save a requirement's values; False when they were already these (nothing written,
    the role not marked edited)."""
    if (requirement.importance, requirement.min_level, requirement.weight) == (
        importance,
        min_level,
        weight,
    ):
        return False
    requirement.importance, requirement.min_level, requirement.weight = (
        importance,
        min_level,
        weight,
    )
    _edited(requirement.role)
    logger.info("admin %s edited requirement %s", actor.id, requirement.id)
    return True


def remove_requirement(actor: User, requirement: RoleSkill) -> None:
    role = requirement.role
    db.session.delete(requirement)
    _edited(role)
    logger.info("admin %s removed requirement %s from %s", actor.id, requirement.id, role.slug)
