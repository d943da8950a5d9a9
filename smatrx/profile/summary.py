"""What /profile shows of a person's record: their top skills (verified first, then by level
and score), how many skills they hold at each level, their active goals and the badges
they have earned — the summary a profile page leads with.

Four statements whatever the number of skills, goals or badges: each list is cut in SQL and
carries its own totals (window counts over the whole of the person's rows, taken before
the LIMIT). Reads the models only: the feature packages (skills, goals, achievements)
import this one, so it imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select
from sqlalchemy.orm import Session, contains_eager

from smatrx.models import Achievement, CareerGoal, Skill, UserSkill
from smatrx.models.choices import SKILL_LEVELS

TOP_SKILLS = 8
ACTIVE_GOALS = 3
BADGES = 6
# Highest level first, as a summary reads.
LEVELS_DOWN = tuple(reversed(SKILL_LEVELS))


@dataclass(frozen=True)
class TopSkill:
    name: str
    slug: str
    category: str
    level: str
    score: int | None
    verified: bool


@dataclass(frozen=True)
class ActiveGoal:
    title: str
    type: str
    progress: int
    target_date: datetime | None


@dataclass(frozen=True)
class Badge:
    title: str
    badge: str | None  # the image's URL path, when the award has one
    points: int
    earned_at: datetime


@dataclass(frozen=True)
class ProfileSummary:
    top_skills: list[TopSkill]
    level_counts: list[tuple[str, int]]  # every level, highest first, zeros included
    verified: int
    active_goals: list[ActiveGoal]
    active_goal_count: int
    badges: list[Badge]
    badge_count: int
    points: int

    @property
    def skill_count(self) -> int:
        return sum(count for _, count in self.level_counts)

    @property
    def empty(self) -> bool:
        return not (self.skill_count or self.active_goal_count or self.badge_count)


def level_counts(found: dict[str, int]) -> list[tuple[str, int]]:
    """Every level, highest first, with its count (0 when none)."""
    return [(level, found.get(level, 0)) for level in LEVELS_DOWN]


def _level_rank() -> ColumnElement[int]:
    return case({level: rank for rank, level in enumerate(SKILL_LEVELS)}, value=UserSkill.level)


# Built once per process, the person a bound parameter (the page asks on every visit).
@cache
def top_skills_statement() -> Select:
    return (
        select(UserSkill)
        .join(UserSkill.skill)
        .join(Skill.category)
        .options(contains_eager(UserSkill.skill).contains_eager(Skill.category))
        .where(UserSkill.user_id == bindparam("user_id"))
        .order_by(
            UserSkill.verified.desc(),
            _level_rank().desc(),
            UserSkill.proficiency_score.desc().nulls_last(),
            Skill.name,
        )
        .limit(TOP_SKILLS)
    )


@cache
def level_counts_statement() -> Select:
    """(level, skills, verified skills) per level the person holds."""
    return (
        select(
            UserSkill.level,
            func.count(),
            func.count().filter(UserSkill.verified.is_(True)),
        )
        .where(UserSkill.user_id == bindparam("user_id"))
        .group_by(UserSkill.level)
    )


@cache
def active_goals_statement() -> Select:
    """The first active goals — soonest target date, then the highest priority, then the
    oldest — with how many are active in all."""
    priority = case({"high": 0, "medium": 1, "low": 2}, value=CareerGoal.priority, else_=3)
    return (
        select(CareerGoal, func.count().over())
        .where(CareerGoal.user_id == bindparam("user_id"), CareerGoal.status == "active")
        .order_by(CareerGoal.target_date.asc().nulls_last(), priority, CareerGoal.created_at)
        .limit(ACTIVE_GOALS)
    )


@cache
def badges_statement() -> Select:
    """The newest badges, with how many were earned and their points in all."""
    return (
        select(
            Achievement,
            func.count().over(),
            func.coalesce(func.sum(Achievement.points).over(), 0),
        )
        .where(Achievement.user_id == bindparam("user_id"))
        .order_by(Achievement.earned_at.desc(), Achievement.title)
        .limit(BADGES)
    )


def profile_summary(session: Session, user_id: str) -> ProfileSummary:
    params = {"user_id": user_id}
    top = [
        TopSkill(
            row.skill.name,
            row.skill.slug,
            row.skill.category.name,
            row.level,
            row.proficiency_score,
            row.verified,
        )
        for row in session.scalars(top_skills_statement(), params)
    ]
    per_level: dict[str, int] = {}
    verified = 0
    for level, count, verified_count in session.execute(level_counts_statement(), params):
        per_level[level] = count
        verified += verified_count
    goals: list[ActiveGoal] = []
    goal_count = 0
    for goal, total in session.execute(active_goals_statement(), params):
        goals.append(ActiveGoal(goal.title, goal.type, goal.progress, goal.target_date))
        goal_count = total
    badges: list[Badge] = []
    badge_count = points = 0
    for award, total, total_points in session.execute(badges_statement(), params):
        badges.append(Badge(award.title, award.badge, award.points, award.earned_at))
        badge_count, points = total, int(total_points)
    return ProfileSummary(
        top_skills=top,
        level_counts=level_counts(per_level),
        verified=verified,
        active_goals=goals,
        active_goal_count=goal_count,
        badges=badges,
        badge_count=badge_count,
        points=points,
    )
