"""Goals: the board's queries and the writes its actions make.

Every function takes the person it acts for; another person's goals are never returned.
The board is one query (goals with their skill and role), the column counts one more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.orm import contains_eager

from smatrx.extensions import db
from smatrx.goals.progress import PRIORITY_ORDER, skill_goal_progress
from smatrx.models import CareerGoal, CareerRole, Skill, User, UserSkill
from smatrx.signals import goals_completed, send
from smatrx.skills.search import named, normalise_query
from smatrx.skills.services import offered_to

BOARD_COLUMNS = ("active", "paused", "completed", "cancelled")
STATUS_LABELS = {
    "active": "Active",
    "paused": "Paused",
    "completed": "Completed",
    "cancelled": "Cancelled",
}
# What the status menu calls a move into each column.
MOVE_LABELS = {
    "active": "Mark active",
    "paused": "Pause",
    "completed": "Complete",
    "cancelled": "Cancel goal",
}
TYPE_LABELS = {
    "skill": "Skill",
    "role": "Role",
    "certification": "Certification",
    "project": "Project",
}
PRIORITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}
UNCOMPLETED_BY_SKILL = ("active", "paused")  # a skill goal in these completes itself
# Priority (high first), then target date (soonest first, none last), then age.
BOARD_ORDER = (
    case(PRIORITY_ORDER, value=CareerGoal.priority, else_=len(PRIORITY_ORDER)),
    CareerGoal.target_date.asc().nulls_last(),
    CareerGoal.created_at,
)


@dataclass(frozen=True)
class GoalFilters:
    type: str | None = None
    priority: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.type or self.priority)


@dataclass(frozen=True)
class GoalInput:
    """What the create and edit forms give (checked by the form)."""

    title: str
    description: str | None
    type: str
    priority: str
    target_date: date | None
    progress: int | None
    skill: Skill | None = None
    target_level: str | None = None
    role: CareerRole | None = None
    shared_with_teams: bool = False  # the owner's teams see it (title, target, progress)


# --- reading -------------------------------------------------------------------------------


def _filtered(statement: Select, user_id: str, filters: GoalFilters) -> Select:
    statement = statement.where(CareerGoal.user_id == user_id)
    if filters.type:
        statement = statement.where(CareerGoal.type == filters.type)
    if filters.priority:
        statement = statement.where(CareerGoal.priority == filters.priority)
    return statement


def _with_subjects(statement: Select) -> Select:
    """Goals with their skill, role and the level I hold the skill at (None when I do not)."""
    held = (UserSkill.user_id == CareerGoal.user_id) & (UserSkill.skill_id == CareerGoal.skill_id)
    return (
        statement.add_columns(UserSkill.level)
        .outerjoin(CareerGoal.skill)
        .outerjoin(CareerGoal.role)
        .outerjoin(UserSkill, held)
        .options(contains_eager(CareerGoal.skill), contains_eager(CareerGoal.role))
    )


def _goals(statement: Select) -> list[CareerGoal]:
    return _goals_with(statement, {})


def board(user: User, filters: GoalFilters) -> dict[str, list[CareerGoal]]:
    """The goals per column, each in BOARD_ORDER."""
    statement = _filtered(_with_subjects(select(CareerGoal)), user.id, filters).order_by(
        *BOARD_ORDER
    )
    columns: dict[str, list[CareerGoal]] = {status: [] for status in BOARD_COLUMNS}
    for goal in _goals(statement):
        columns.setdefault(goal.status, []).append(goal)
    return columns


def counts(user: User, filters: GoalFilters) -> dict[str, int]:
    statement = _filtered(
        select(CareerGoal.status, func.count()).group_by(CareerGoal.status), user.id, filters
    )
    found: dict[str, int] = dict(db.session.execute(statement).all())
    return {status: found.get(status, 0) for status in BOARD_COLUMNS}


def upcoming(user: User, limit: int = 3) -> list[CareerGoal]:
    """My active goals the board shows first (for the home page)."""
    return _goals_with(_upcoming_statement(limit), {"user_id": user.id})


@cache
def _upcoming_statement(limit: int) -> Select:
    # Built once per process (the person a bound parameter): the home page asks every time.
    return (
        _with_subjects(select(CareerGoal))
        .where(CareerGoal.user_id == bindparam("user_id"), CareerGoal.status == "active")
        .order_by(*BOARD_ORDER)
        .limit(limit)
    )


def _goals_with(statement: Select, params: dict[str, Any]) -> list[CareerGoal]:
    goals = []
    for goal, held_level in db.session.execute(statement, params):
        goal.held_level = held_level  # shown on the card: "now Intermediate"
        goals.append(goal)
    return goals


def get_goal(user: User, goal_id: str) -> CareerGoal | None:
    """One of my goals with its skill and role (None when it is not mine)."""
    statement = _with_subjects(select(CareerGoal)).where(
        CareerGoal.id == goal_id, CareerGoal.user_id == user.id
    )
    found = _goals(statement)
    return found[0] if found else None


def open_skill_goal(user: User, skill: Skill) -> CareerGoal | None:
    """The person's active or paused goal for the skill, if any (insights' "Make this a
    goal" adds none twice)."""
    return db.session.scalar(
        select(CareerGoal)
        .where(
            CareerGoal.user_id == user.id,
            CareerGoal.skill_id == skill.id,
            CareerGoal.status.in_(("active", "paused")),
        )
        .limit(1)
    )


def skill_names(user: User) -> list[str]:
    """Names of the skills a goal may name (those a person may add), for the form's list."""
    statement = select(Skill.name).where(offered_to(user)).order_by(func.lower(Skill.name))
    return list(db.session.scalars(statement))


def role_titles() -> list[str]:
    return list(db.session.scalars(select(CareerRole.title).order_by(CareerRole.title)))


def find_skill(user: User, name: str) -> Skill | None:
    """The offered skill with this name or alias, whatever its case (a name wins over
    another skill's alias)."""
    q = normalise_query(name)
    if not q:
        return None
    statement = (
        select(Skill)
        .where(offered_to(user), named(q))
        .order_by((func.lower(Skill.name) == q).desc())
        .limit(1)
    )
    return db.session.scalar(statement)


def find_role(title: str) -> CareerRole | None:
    q = normalise_query(title)
    return db.session.scalar(select(CareerRole).where(func.lower(CareerRole.title) == q))


def held_progress(user: User, skill: Skill, target_level: str) -> int:
    """Progress a skill goal would have now."""
    row = db.session.execute(
        select(UserSkill.proficiency_score, UserSkill.level).where(
            UserSkill.user_id == user.id, UserSkill.skill_id == skill.id
        )
    ).one_or_none()
    if row is None:
        return skill_goal_progress(False, None, None, target_level)
    return skill_goal_progress(True, row.proficiency_score, row.level, target_level)


# --- writing -------------------------------------------------------------------------------


def _apply(user: User, goal: CareerGoal, data: GoalInput) -> None:
    goal.title = data.title
    goal.description = data.description
    goal.type = data.type
    goal.priority = data.priority
    goal.shared_with_teams = data.shared_with_teams
    goal.target_date = (
        datetime(data.target_date.year, data.target_date.month, data.target_date.day)
        if data.target_date
        else None
    )
    # Only the fields of the goal's type are kept: a goal that stops being a skill goal
    # forgets its skill.
    goal.skill_id = data.skill.id if data.type == "skill" and data.skill else None
    goal.target_level = data.target_level if data.type == "skill" else None
    goal.role_id = data.role.id if data.type == "role" and data.role else None
    if data.type == "skill" and data.skill and data.target_level:
        if goal.status != "completed":
            goal.progress = held_progress(user, data.skill, data.target_level)
    elif data.progress is not None:
        goal.progress = data.progress


def create_goal(user: User, data: GoalInput) -> CareerGoal:
    goal = CareerGoal(user_id=user.id, status="active", progress=0)
    _apply(user, goal, data)
    db.session.add(goal)
    db.session.flush()
    return goal


# What a quick card is until its owner edits it: a project, of medium priority.
QUICK_TYPE, QUICK_PRIORITY = "project", "medium"


def quick_goal(user: User, title: str, status: str) -> CareerGoal:
    """A goal with a title only, created in the column it was added to (completed like a
    move into Completed: progress 100, goals_completed sent)."""
    data = GoalInput(title, None, QUICK_TYPE, QUICK_PRIORITY, target_date=None, progress=None)
    goal = create_goal(user, data)
    move_goal(goal, status)
    db.session.flush()
    return goal


def shown_by(filters: GoalFilters, goal: CareerGoal) -> bool:
    """Whether the board's filters let the goal through."""
    return (filters.type in (None, goal.type)) and (filters.priority in (None, goal.priority))


def update_goal(user: User, goal: CareerGoal, data: GoalInput) -> None:
    _apply(user, goal, data)
    db.session.flush()


def move_goal(goal: CareerGoal, status: str) -> bool:
    """Move a goal to another column; True when it moved. Completing sets progress to 100;
    reopening keeps it. A completion sends goals_completed."""
    if status not in BOARD_COLUMNS:
        raise ValueError(f"unknown status {status!r}")
    if goal.status == status:
        return False
    goal.status = status
    if status == "completed":
        goal.progress = 100
        send(goals_completed, goal.user_id)
    return True


def move_message(title: str, status: str, moved: bool) -> str:
    """What the toast says after a move; it names the goal."""
    label = STATUS_LABELS[status]
    if not moved:
        return f"Goal “{title}” is already {label.lower()}."
    if status == "completed":
        return f"Goal “{title}” completed."
    return f"Goal “{title}” moved to {label}."


def delete_goal(goal: CareerGoal) -> None:
    db.session.delete(goal)
    db.session.flush()


def sync_skill_goals(user_id: str) -> int:
    """Bring the person's skill goals in line with their skills (after any skill change):
    progress follows the score, and an active or paused goal whose level is reached
    completes itself. Completed goals are left as they are. Returns how many completed."""
    rows = db.session.execute(
        select(CareerGoal, UserSkill.id, UserSkill.proficiency_score, UserSkill.level)
        .outerjoin(
            UserSkill,
            (UserSkill.user_id == CareerGoal.user_id) & (UserSkill.skill_id == CareerGoal.skill_id),
        )
        .where(
            CareerGoal.user_id == user_id,
            CareerGoal.type == "skill",
            CareerGoal.status != "completed",
            CareerGoal.skill_id.is_not(None),
            CareerGoal.target_level.is_not(None),
        )
    ).all()
    completed = 0
    for goal, held_id, score, level in rows:
        progress = skill_goal_progress(held_id is not None, score, level, goal.target_level)
        if goal.progress != progress:
            goal.progress = progress
        if progress >= 100 and goal.status in UNCOMPLETED_BY_SKILL:
            goal.status = "completed"
            completed += 1
    db.session.flush()
    return completed


def follow_skills(user_id: str) -> None:
    """skills_changed receiver (connected by goals.init_app): skill goals follow the
    skills; completing any sends goals_completed, which can earn an achievement."""
    if sync_skill_goals(user_id):
        send(goals_completed, user_id)


def as_filters(values: Any) -> GoalFilters:
    """Filters from a query string (unknown values read as "all")."""
    kind = values.get("type") or None
    priority = values.get("priority") or None
    return GoalFilters(
        type=kind if kind in TYPE_LABELS else None,
        priority=priority if priority in PRIORITY_LABELS else None,
    )
