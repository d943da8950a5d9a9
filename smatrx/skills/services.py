"""My skills: the queries behind /skills and the writes its actions make.

Every function takes the person it acts for; rows of other people are never returned.
The list, the pending-verification lookup and the summary are one query each, whatever the
number of skills, and none of them reads more of the catalog than the person's own skills.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager

from smatrx.extensions import db
from smatrx.models import Profile, Skill, SkillCategory, User, UserSkill, VerificationRequest
from smatrx.signals import send, skills_changed
from smatrx.skills import holdings
from smatrx.skills.levels import LEVELS, reconcile
from smatrx.skills.search import best_first, matches, normalise_query
from smatrx.slugs import unique_slug

SUGGESTION_LIMIT = 8
SORTS = {
    "name": "Name",
    "proficiency": "Proficiency",
    "years": "Years of experience",
    "last_used": "Last used",
}
VERIFIED_FILTERS = {"yes": "Verified", "no": "Not verified"}


@dataclass(frozen=True)
class ListFilters:
    level: str | None = None
    source: str | None = None
    verified: bool | None = None
    sort: str = "name"

    @property
    def active(self) -> bool:
        return any(value is not None for value in (self.level, self.source, self.verified))


@dataclass
class CategoryGroup:
    category: SkillCategory
    rows: list[UserSkill] = field(default_factory=list)


@dataclass(frozen=True)
class CategorySummary:
    name: str
    color: str | None
    count: int
    average: float | None


@dataclass(frozen=True)
class Summary:
    total: int
    per_level: dict[str, int]
    per_category: list[CategorySummary]  # the categories I hold skills in


# --- reading ---------------------------------------------------------------------------


def offered_to(user: User) -> Any:
    """Skills a person may add: published and not retired, or proposed by them."""
    return offered_to_user_id(user.id)


def offered_to_user_id(user_id: str) -> Any:
    """``offered_to`` for a person known by id only (an import job loads no User)."""
    return and_(
        Skill.retired_at.is_(None),
        or_(Skill.is_published.is_(True), Skill.proposed_by_id == user_id),
    )


def suggest_skills(user: User, query: str, limit: int = SUGGESTION_LIMIT) -> list[Any]:
    """Offered skills matching the query the way the catalog search does (name, alias or
    tag, ignoring case, forgiving small typos), best first. Each row: (Skill, held UserSkill
    id or None)."""
    q = normalise_query(query)
    if not q:
        return []
    statement = (
        select(Skill, UserSkill.id)
        .join(Skill.category)
        .outerjoin(UserSkill, and_(UserSkill.skill_id == Skill.id, UserSkill.user_id == user.id))
        .options(contains_eager(Skill.category))
        .where(offered_to(user), matches(q))
        .order_by(*best_first(q))
        .limit(limit)
    )
    return list(db.session.execute(statement).all())


def _list_statement(user: User, filters: ListFilters) -> Select[Any]:
    statement = (
        select(UserSkill)
        .join(UserSkill.skill)
        .join(Skill.category)
        .options(contains_eager(UserSkill.skill).contains_eager(Skill.category))
        .where(UserSkill.user_id == user.id)
    )
    if filters.level:
        statement = statement.where(UserSkill.level == filters.level)
    if filters.source:
        statement = statement.where(UserSkill.source == filters.source)
    if filters.verified is not None:
        statement = statement.where(UserSkill.verified.is_(filters.verified))
    within = {
        "proficiency": [UserSkill.proficiency_score.desc().nulls_last()],
        "years": [UserSkill.years_experience.desc().nulls_last()],
        "last_used": [UserSkill.last_used.desc().nulls_last()],
    }.get(filters.sort, [])
    return statement.order_by(SkillCategory.name, *within, func.lower(Skill.name))


def my_skill_groups(user: User, filters: ListFilters) -> list[CategoryGroup]:
    """My skills (skill and category loaded in the same query), grouped by category."""
    groups: dict[str, CategoryGroup] = {}
    for row in db.session.scalars(_list_statement(user, filters)).unique():
        category = row.skill.category
        groups.setdefault(category.id, CategoryGroup(category)).rows.append(row)
    return list(groups.values())


def pending_verification_ids(user: User, user_skill_ids: list[str] | None = None) -> set[str]:
    """Which of my skills have a verification request waiting (all of them when no ids)."""
    if user_skill_ids is not None and not user_skill_ids:
        return set()
    statement = select(VerificationRequest.user_skill_id).where(
        VerificationRequest.user_id == user.id, VerificationRequest.status == "pending"
    )
    if user_skill_ids is not None:
        statement = statement.where(VerificationRequest.user_skill_id.in_(user_skill_ids))
    return set(db.session.scalars(statement.distinct()))


def summary_statement(user_id: str) -> Select[Any]:
    """The summary in one statement that starts from the person's own rows (the
    "UserSkill"."userId" index) and reaches each row's skill by its key: its cost follows
    the person's skills, not the catalog's size."""
    level_counts = [func.count().filter(UserSkill.level == level).label(level) for level in LEVELS]
    skill_count = func.count()
    return (
        select(
            SkillCategory.name,
            SkillCategory.color,
            skill_count.label("skill_count"),
            func.avg(UserSkill.proficiency_score).label("avg_proficiency"),
            *level_counts,
        )
        .select_from(UserSkill)
        .join(Skill, Skill.id == UserSkill.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .where(UserSkill.user_id == user_id)
        .group_by(SkillCategory.id, SkillCategory.name, SkillCategory.color)
        .order_by(skill_count.desc(), SkillCategory.name)
    )


def summary(user: User) -> Summary:
    """Total, count per level and, per category, count and average proficiency."""
    per_level = dict.fromkeys(LEVELS, 0)
    per_category = []
    for row in db.session.execute(summary_statement(user.id)):
        for level in LEVELS:
            per_level[level] += getattr(row, level)
        average = float(row.avg_proficiency) if row.avg_proficiency is not None else None
        per_category.append(CategorySummary(row.name, row.color, row.skill_count, average))
    return Summary(sum(per_level.values()), per_level, per_category)


def category_choices() -> list[tuple[str, str]]:
    """Every category (id, name) by name, for the propose form: a handful of rows, read
    from the categories table alone and only when the form is shown or posted."""
    statement = select(SkillCategory.id, SkillCategory.name).order_by(
        func.lower(SkillCategory.name)
    )
    return [(row.id, row.name) for row in db.session.execute(statement)]


def get_my_skill(user: User, user_skill_id: str) -> UserSkill | None:
    """One of my skills with its skill and category (None when it is not mine)."""
    statement = _list_statement(user, ListFilters()).where(UserSkill.id == user_skill_id)
    return db.session.scalars(statement).unique().one_or_none()


def held_skill(user: User, skill_id: str) -> UserSkill | None:
    statement = _list_statement(user, ListFilters()).where(UserSkill.skill_id == skill_id)
    return db.session.scalars(statement).unique().one_or_none()


def offered_skill(user: User, skill_id: str) -> Skill | None:
    return db.session.scalar(select(Skill).where(Skill.id == skill_id, offered_to(user)))


def profile_years(user: User) -> int | None:
    return db.session.scalar(select(Profile.years_experience).where(Profile.user_id == user.id))


# --- writing ---------------------------------------------------------------------------


def add_skill(user: User, skill: Skill, level: str = LEVELS[0]) -> tuple[UserSkill, bool]:
    """Add a skill by hand (at level, beginner unless told; the level's default score;
    source manual). A skill already
    held is not added twice: the existing row comes back with created=False, also when a
    concurrent request added it first (the unique (user, skill) pair answers)."""
    existing = held_skill(user, skill.id)
    if existing is not None:
        return existing, False
    try:
        with db.session.begin_nested():
            row = holdings.add_by_hand(user.id, skill.id, level)
    except IntegrityError:
        existing = held_skill(user, skill.id)
        if existing is None:
            raise
        return existing, False
    send(skills_changed, user.id)
    return row, True


def skill_named(name: str) -> Skill | None:
    """Any catalog skill with this name, whatever its case (names are unique that way)."""
    return db.session.scalar(select(Skill).where(func.lower(Skill.name) == name.lower()))


def propose_skill(user: User, name: str, category_id: str) -> tuple[Skill, bool]:
    """A new skill, unpublished until an admin publishes it, usable by its proposer now.
    Names are unique whatever their case across the whole catalog: when one exists already
    (also one a concurrent request just created) it comes back with created=False."""
    existing = skill_named(name)
    if existing is not None:
        return existing, False
    skill = Skill(
        name=name,
        slug=unique_slug(db.session, Skill, name),
        category_id=category_id,
        is_published=False,
        proposed_by_id=user.id,
    )
    try:
        with db.session.begin_nested():
            db.session.add(skill)
    except IntegrityError:
        existing = skill_named(name)
        if existing is None:
            raise
        return existing, False
    return skill, True


def update_my_skill(row: UserSkill, edit: holdings.Edit) -> bool:
    """Apply an edit (holdings.apply_edit); True when it cleared the verification."""
    cleared = holdings.apply_edit(row, edit)
    send(skills_changed, row.user_id)
    return cleared


def score_in_band(level: str, score: int | None) -> int:
    """The score to show after the level select changed: kept when in the band."""
    return reconcile(level, score, "level")[1]
