"""Achievements: read a person's facts, award the rules they meet, list what they earned.

No Flask here (jobs and the command use it too); smatrx/achievements/announce.py tells the
person. Awards are INSERT … ON CONFLICT ("userId", "ruleKey") DO NOTHING RETURNING: when two
transactions meet the same rule at once, exactly one of them gets the row back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import aliased

from smatrx.achievements.rules import RULES, RULES_BY_KEY, Facts, Progress, Rule, newly_met
from smatrx.extensions import db
from smatrx.models import (
    Achievement,
    CareerGoal,
    Profile,
    Skill,
    SkillCategory,
    SkillImport,
    User,
    UserSkill,
)
from smatrx.models.base import new_id, utcnow


def facts_statement(user_id: str) -> Select:
    """The facts statement for one person (for EXPLAIN in tests)."""
    return _facts_statement().params(user_id=user_id)


@cache
def _facts_statement() -> Select:
    """A person's facts and earned rule keys in one statement, on indexes whatever the
    number of their skills or the catalog's size: their rows are read once (the "userId"
    index) and counted with FILTER, each row's category is a primary-key lookup (a per-row
    subquery, which the planner cannot turn into a scan of the catalog), and the categories
    on offer are found per category ("categoryId" index, first match). Built once per
    process, the person a bound parameter: building it took longer than running it."""
    user_id = bindparam("user_id")
    # Categories a person can hold a skill in: those with a published, current skill.
    offered = aliased(Skill)
    on_offer = select(SkillCategory.id).where(
        select(offered.id)
        .where(
            offered.category_id == SkillCategory.id,
            offered.is_published.is_(True),
            offered.retired_at.is_(None),
        )
        .exists()
    )
    category_of = select(Skill.category_id).where(Skill.id == UserSkill.skill_id).scalar_subquery()
    held = (
        select(UserSkill.verified, UserSkill.level, category_of.label("category_id"))
        .where(UserSkill.user_id == user_id)
        .subquery()
    )
    # Only categories on offer count as held: a skill in a category with nothing on offer
    # (one's own proposal, a retired skill) must not stand in for one.
    mine = select(
        func.count().label("skills"),
        func.count().filter(held.c.verified.is_(True)).label("verified_skills"),
        func.count().filter(held.c.level == "expert").label("expert_skills"),
        func.count(func.distinct(held.c.category_id))
        .filter(held.c.category_id.in_(on_offer))
        .label("categories_held"),
    ).subquery()
    categories_total = select(func.count()).select_from(on_offer.subquery()).scalar_subquery()
    onboarding = (
        select(Profile.onboarding_completed).where(Profile.user_id == user_id).scalar_subquery()
    )
    completed_imports = (
        select(func.count())
        .select_from(SkillImport)
        .where(SkillImport.user_id == user_id, SkillImport.status == "completed")
        .scalar_subquery()
    )
    completed_goals = (
        select(func.count())
        .select_from(CareerGoal)
        .where(CareerGoal.user_id == user_id, CareerGoal.status == "completed")
        .scalar_subquery()
    )
    earned = (
        select(func.array_agg(Achievement.rule_key))
        .where(Achievement.user_id == user_id, Achievement.rule_key.is_not(None))
        .scalar_subquery()
    )
    return select(
        func.coalesce(onboarding, False).label("onboarding_completed"),
        mine.c.skills,
        mine.c.verified_skills,
        mine.c.expert_skills,
        mine.c.categories_held,
        categories_total.label("categories_total"),
        completed_imports.label("completed_imports"),
        completed_goals.label("completed_goals"),
        earned.label("earned"),
    ).select_from(mine)


def facts_for(user_id: str) -> tuple[Facts, set[str]]:
    """A person's facts and the rule keys they have earned, in one statement."""
    row = db.session.execute(_facts_statement(), {"user_id": user_id}).one()
    values = row._asdict()
    earned = set(values.pop("earned") or ())
    return Facts(**values), earned


def award(
    user_id: str,
    events: Iterable[str] | None = None,
    *,
    known: tuple[Facts, set[str]] | None = None,
) -> list[Rule]:
    """Award every rule listening to the events (all rules when None) that the person now
    meets; returns the rules awarded by this call, in rule order. known: the facts and
    earned keys the caller already read (facts_for) in this transaction. Runs in the
    caller's transaction: the award commits or rolls back with the change that earned it."""
    facts, earned = known if known is not None else facts_for(user_id)
    candidates = newly_met(facts, earned, None if events is None else set(events))
    if not candidates:
        return []
    now = utcnow()
    statement = (
        pg_insert(Achievement)
        .values(
            [
                {
                    "id": new_id(),
                    "user_id": user_id,
                    "type": rule.type,
                    "title": rule.title,
                    "description": rule.description,
                    "points": rule.points,
                    "badge": rule.badge,
                    "earned_at": now,
                    "rule_key": rule.key,
                }
                for rule in candidates
            ]
        )
        .on_conflict_do_nothing(index_elements=["userId", "ruleKey"])
        .returning(Achievement.rule_key)
    )
    awarded = set(db.session.scalars(statement))
    return [rule for rule in candidates if rule.key in awarded]


# --- the page ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One achievement on the page: a rule (earned or locked) or an earned row without one."""

    key: str | None
    title: str
    description: str | None
    points: int
    badge: str | None
    earned_at: datetime | None
    progress: Progress | None
    unit: str = ""

    @property
    def earned(self) -> bool:
        return self.earned_at is not None


@dataclass(frozen=True)
class Board:
    earned: list[Entry]
    locked: list[Entry]

    @property
    def points(self) -> int:
        return sum(entry.points for entry in self.earned)

    @property
    def total(self) -> int:
        return len(self.earned) + len(self.locked)


def totals(user_id: str) -> tuple[int, int]:
    """Points and number of achievements earned (for the home page)."""
    points, count = db.session.execute(_totals_statement(), {"user_id": user_id}).one()
    return int(points), int(count)


@cache
def _totals_statement() -> Select:
    return select(func.coalesce(func.sum(Achievement.points), 0), func.count()).where(
        Achievement.user_id == bindparam("user_id")
    )


def board_for(user_id: str, facts: Facts | None = None) -> Board:
    """Earned achievements (newest first) and locked rules with progress: one statement
    when the caller passes the facts it read, two otherwise."""
    if facts is None:
        facts, _ = facts_for(user_id)
    rows = db.session.scalars(
        select(Achievement)
        .where(Achievement.user_id == user_id)
        .order_by(Achievement.earned_at.desc(), Achievement.title)
    ).all()
    earned: list[Entry] = []
    earned_keys: set[str] = set()
    for row in rows:
        rule = RULES_BY_KEY.get(row.rule_key or "")
        if rule is not None:
            earned_keys.add(rule.key)
        earned.append(
            Entry(
                row.rule_key,
                row.title,
                row.description,
                row.points,
                row.badge,
                row.earned_at,
                rule.progress(facts) if rule else None,
                rule.unit if rule else "",
            )
        )
    locked = [
        Entry(
            rule.key,
            rule.title,
            rule.description,
            rule.points,
            rule.badge,
            None,
            rule.progress(facts),
            rule.unit,
        )
        for rule in RULES
        if rule.key not in earned_keys
    ]
    return Board(earned, locked)


def award_in_batches(
    on_award: Callable[[str, list[Rule]], None], batch_size: int = 200
) -> Iterator[tuple[int, int]]:
    """Evaluate every rule for every person (for rules added after they acted), a batch of
    people at a time, calling on_award(user_id, rules) for each award. Yields how many
    people the batch checked and how many awards it made; the caller commits each batch
    there (a long run keeps what it did). People are walked by id, so a commit between
    batches loses nobody."""
    last_id = ""
    while True:
        ids = list(
            db.session.scalars(
                select(User.id).where(User.id > last_id).order_by(User.id).limit(batch_size)
            )
        )
        if not ids:
            return
        awarded = 0
        for user_id in ids:
            rules = award(user_id)
            if rules:
                on_award(user_id, rules)
            awarded += len(rules)
        yield len(ids), awarded
        last_id = ids[-1]
