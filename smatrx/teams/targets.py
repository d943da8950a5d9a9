"""The team's target profile: reading it, setting a target by hand, applying a career
role's requirements, removing one. Services flush; the request commits (smatrx.transaction).

One target per skill and team (the unique index "TeamTarget_teamId_skillId_key"): setting a
target for a skill the team already targets updates it, never adds a second row.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from smatrx.extensions import db
from smatrx.models import CareerRole, RoleSkill, Skill, SkillCategory, TeamTarget
from smatrx.skills.levels import rank
from smatrx.skills.search import best_first, matches, named, normalise_query, offered
from smatrx.teams.coverage import Target

# Applying a role: a core requirement asks for two people (one holder of a core skill is a
# single point of failure by definition, so the report keeps it short until someone backs
# them up); important and bonus requirements ask for one.
NEEDED_BY_IMPORTANCE = {"core": 2, "important": 1, "bonus": 1}


@dataclass(frozen=True)
class Applied:
    added: int
    raised: int
    kept: int


def team_targets(team_id: str) -> list[Target]:
    """The team's targets with their skills' names (one statement)."""
    rows = db.session.execute(
        select(TeamTarget, Skill.name, Skill.slug, SkillCategory.name)
        .join(Skill, Skill.id == TeamTarget.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .where(TeamTarget.team_id == team_id)
    )
    return [
        Target(
            target.id,
            target.skill_id,
            skill_name,
            skill_slug,
            category_name,
            target.min_level,
            target.needed,
        )
        for target, skill_name, skill_slug, category_name in rows
    ]


def get_target(team_id: str, target_id: str) -> TeamTarget | None:
    return db.session.scalar(
        select(TeamTarget)
        .options(joinedload(TeamTarget.skill))
        .where(TeamTarget.id == target_id, TeamTarget.team_id == team_id)
    )


def skill_named(name: str) -> Skill | None:
    """The published catalog skill called `name` (ignoring case and spacing), else the one
    skill with that alias; None when there is none, or when two skills share the alias."""
    wanted = normalise_query(name)
    if not wanted:
        return None
    found = list(
        db.session.scalars(
            select(Skill)
            .where(offered(), named(wanted))
            .order_by(func.lower(Skill.name) != wanted, Skill.name)
            .limit(2)
        )
    )
    if found and (len(found) == 1 or found[0].name.lower() == wanted):
        return found[0]
    return None


def suggest(query: str, limit: int = 8) -> list[tuple[Skill, str]]:
    """Published skills matching what was typed, as the catalog search ranks them (typos
    forgiven): (skill, category name)."""
    q = normalise_query(query)
    if not q:
        return []
    rows = db.session.execute(
        select(Skill, SkillCategory.name)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .where(offered(), matches(q))
        .order_by(*best_first(q))
        .limit(limit)
    )
    return [(skill, category) for skill, category in rows]


def offered_skill(skill_id: str) -> Skill | None:
    return db.session.scalar(select(Skill).where(Skill.id == skill_id, offered()))


def set_target(team_id: str, skill_id: str, min_level: str, needed: int) -> tuple[TeamTarget, bool]:
    """Target the skill at min_level for `needed` people; (target, created). A skill the team
    already targets gets the new level and count."""
    target = db.session.scalar(
        select(TeamTarget).where(TeamTarget.team_id == team_id, TeamTarget.skill_id == skill_id)
    )
    created = target is None
    if target is None:
        target = TeamTarget(team_id=team_id, skill_id=skill_id)
        db.session.add(target)
    target.min_level, target.needed = min_level, needed
    db.session.flush()
    return target, created


def update_target(target: TeamTarget, min_level: str, needed: int) -> None:
    target.min_level, target.needed = min_level, needed
    db.session.flush()


def remove_target(target: TeamTarget) -> None:
    db.session.delete(target)
    db.session.flush()


def roles_with_requirements() -> list[tuple[str, str, int]]:
    """(id, title, requirement count) of every career role that lists skills, by title."""
    count = func.count(RoleSkill.id)
    rows = db.session.execute(
        select(CareerRole.id, CareerRole.title, count)
        .join(RoleSkill, RoleSkill.role_id == CareerRole.id)
        .group_by(CareerRole.id, CareerRole.title)
        .order_by(func.lower(CareerRole.title))
    )
    return [(role_id, title, n) for role_id, title, n in rows]


def apply_role(team_id: str, role_id: str) -> Applied:
    """Add a target for every skill the role requires. A skill the team already targets
    keeps the stricter of the two (the higher level, the larger count): applying a role
    never lowers what a lead set."""
    requirements = db.session.execute(
        select(RoleSkill.skill_id, RoleSkill.min_level, RoleSkill.importance).where(
            RoleSkill.role_id == role_id
        )
    ).all()
    existing = {
        target.skill_id: target
        for target in db.session.scalars(
            select(TeamTarget).where(
                TeamTarget.team_id == team_id,
                TeamTarget.skill_id.in_([row[0] for row in requirements]),
            )
        )
    }
    added = raised = kept = 0
    for skill_id, min_level, importance in requirements:
        needed = NEEDED_BY_IMPORTANCE.get(importance, 1)
        target = existing.get(skill_id)
        if target is None:
            db.session.add(
                TeamTarget(team_id=team_id, skill_id=skill_id, min_level=min_level, needed=needed)
            )
            added += 1
            continue
        level = min_level if rank(min_level) > rank(target.min_level) else target.min_level
        count = max(needed, target.needed)
        if (level, count) == (target.min_level, target.needed):
            kept += 1
        else:
            target.min_level, target.needed = level, count
            raised += 1
    db.session.flush()
    return Applied(added, raised, kept)
