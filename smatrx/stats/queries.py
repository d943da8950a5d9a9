"""Reads of the kept aggregates. Each is one index lookup or range on a kept table, whatever
the number of people or skills (tests/stats/test_plans.py holds them to that).

Visibility rules belong to the catalog (smatrx/skills/search.py): callers pass them in as
a condition on "Skill", so this package imports no feature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, ScalarSelect, Select, func, select
from sqlalchemy.orm import Session, contains_eager

from smatrx.models import CategoryStat, Skill, SkillCategory
from smatrx.models.choices import SKILL_LEVELS
from smatrx.models.stats import MIN_PEOPLE, SkillPairStat, SkillStat, StatRefresh, TagStat
from smatrx.stats.refresh import CO_HOLDING


@dataclass(frozen=True)
class LevelSpread:
    """How many people hold a skill, and at which level — the levels only when at least
    MIN_PEOPLE hold it (a spread over fewer would point at people)."""

    holders: int
    levels: tuple[tuple[str, int], ...] | None

    @property
    def few(self) -> bool:
        return 0 < self.holders < MIN_PEOPLE


def level_spread(stat: SkillStat | None) -> LevelSpread:
    """The spread a SkillStat row describes (no row: nobody holds the skill)."""
    if stat is None or stat.holders <= 0:
        return LevelSpread(0, None)
    if stat.holders < MIN_PEOPLE:
        return LevelSpread(stat.holders, None)
    return LevelSpread(stat.holders, tuple((level, getattr(stat, level)) for level in SKILL_LEVELS))


def refreshed_at(name: str = CO_HOLDING) -> ScalarSelect[datetime]:
    """When the job-kept aggregate was last rebuilt (NULL: never), as a column to add to
    another statement (the skill page asks for it with the skill, in one round trip)."""
    return select(StatRefresh.refreshed_at).where(StatRefresh.name == name).scalar_subquery()


def age_in_words(moment: datetime | None, now: datetime) -> str | None:
    """How long ago a kept aggregate was rebuilt, as a page says it ("12 minutes ago");
    None when it never was."""
    if moment is None:
        return None
    minutes = max(0, int((now - moment).total_seconds() // 60))
    if minutes < 1:
        return "less than a minute ago"
    if minutes < 120:
        return f"{minutes} minute{'' if minutes == 1 else 's'} ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} hours ago"
    return f"{minutes // (24 * 60)} days ago"


def held_together_statement(
    skill_id: str | ColumnElement[str], visible: ColumnElement[bool], limit: int
) -> Select:
    """The visible skills most often held by the people who hold this one (kept pairs: a
    range of SkillPairStat_skillId_people_idx, most people first)."""
    return (
        select(Skill, SkillPairStat.people)
        .join(SkillPairStat, SkillPairStat.other_skill_id == Skill.id)
        .join(Skill.category)
        .options(contains_eager(Skill.category))
        .where(SkillPairStat.skill_id == skill_id, visible)
        .order_by(SkillPairStat.people.desc(), Skill.name)
        .limit(limit)
    )


def popular_tags_statement(limit: int) -> Select:
    return select(TagStat.tag).order_by(TagStat.skills.desc(), TagStat.tag).limit(limit)


def popular_tags(session: Session, limit: int) -> list[str]:
    """The tags most offered skills carry, most first (kept: TagStat)."""
    return list(session.scalars(popular_tags_statement(limit)))


def category_counts_statement(
    demand: str | None, extra: ColumnElement[int] | None = None
) -> Select:
    """(slug, name, offered skills [with that estimated demand] + extra) per category, by
    name. extra is a count correlated to SkillCategory the caller adds (a viewer's own
    pending proposals, which the kept counts leave out)."""
    kept = getattr(CategoryStat, demand) if demand else CategoryStat.skills
    count = func.coalesce(kept, 0)
    if extra is not None:
        count = count + extra
    return (
        select(SkillCategory.slug, SkillCategory.name, count)
        .outerjoin(CategoryStat, CategoryStat.category_id == SkillCategory.id)
        .order_by(SkillCategory.name)
    )
