"""What the analyses stand on, read from the database as the pure inputs of
smatrx.insights.analysis: a person's skills, their target role and its requirements, the
catalog's market estimates, candidates to recommend (the role's unmet requirements and
what people who hold the same skills also hold — kept pairs, never a scan of everyone's
skills), and peers' readiness (kept per role). A handful of statements whatever the data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, select, text
from sqlalchemy.orm import Session

from smatrx.insights.analysis.inputs import Candidate, HeldSkill, Market, Requirement, Role
from smatrx.models import (
    CareerRole,
    Profile,
    RoleReadinessStat,
    RoleSkill,
    Skill,
    SkillCategory,
    UserSkill,
)
from smatrx.skills.holdings import evidence_links, evidence_notes
from smatrx.skills.search import offered


@dataclass(frozen=True)
class Gathered:
    held: list[HeldSkill]
    role: Role | None
    role_id: str | None
    markets: dict[str, Market]
    candidates: list[Candidate]
    peers: list[int] | None  # other people's readiness for the role (None: no role)


def _has_evidence(evidence: Any) -> bool:
    if evidence_links(evidence) or evidence_notes(evidence).strip():
        return True
    # Imports keep what they found (quotes, repositories) under their own keys.
    return isinstance(evidence, dict) and any(
        value for key, value in evidence.items() if key not in ("links", "notes")
    )


def market_of(skill: Skill) -> Market:
    salary = skill.average_salary if isinstance(skill.average_salary, dict) else {}
    return Market(
        skill_id=skill.id,
        demand=skill.market_demand,
        growth=skill.growth_trend,
        salary_min=_int_or_none(salary.get("min")),
        salary_max=_int_or_none(salary.get("max")),
        currency=salary.get("currency") if isinstance(salary.get("currency"), str) else None,
    )


def _int_or_none(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


@cache
def _held_statement() -> Select:
    return (
        select(UserSkill, Skill, SkillCategory.name)
        .join(Skill, Skill.id == UserSkill.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .where(UserSkill.user_id == bindparam("user_id"))
    )


def held_skills(session: Session, user_id: str) -> tuple[list[HeldSkill], dict[str, Skill]]:
    """The person's skills as analysis inputs, and the catalog rows behind them."""
    held, skills = [], {}
    for row, skill, category in session.execute(_held_statement(), {"user_id": user_id}):
        skills[skill.id] = skill
        held.append(
            HeldSkill(
                skill_id=skill.id,
                name=skill.name,
                slug=skill.slug,
                category=category,
                level=row.level,
                score=row.proficiency_score,
                years=row.years_experience,
                last_used=row.last_used.date() if row.last_used else None,
                reviewed=row.updated_at.date(),
                source=row.source,
                verified=bool(row.verified),
                has_evidence=_has_evidence(row.evidence),
            )
        )
    return held, skills


def targets(title: ColumnElement[str] | str) -> ColumnElement[bool]:
    """A profile's target role names this role title: typed free text, so any case and
    spacing at the ends (the one rule: insights' recomputes and the admin's counts use it)."""
    return func.lower(func.btrim(Profile.target_role)) == func.lower(title)


def target_role(session: Session, user_id: str) -> CareerRole | None:
    """The catalog role named by the person's profile (its title, any case), if any."""
    title = session.scalar(select(Profile.target_role).where(Profile.user_id == user_id))
    return role_titled(session, title) if title else None


def role_titled(session: Session, title: str) -> CareerRole | None:
    words = " ".join(title.split()).lower()
    return session.scalar(
        select(CareerRole).where(
            (func.lower(CareerRole.title) == words) | (CareerRole.slug == words.replace(" ", "-"))
        )
    )


def requirements_statement() -> Select:
    """Requirements with their skill and category name, heaviest first."""
    return (
        select(RoleSkill, Skill, SkillCategory.name)
        .join(Skill, Skill.id == RoleSkill.skill_id)
        .join(SkillCategory, SkillCategory.id == Skill.category_id)
        .order_by(RoleSkill.weight.desc(), Skill.name)
    )


def requirement_of(row: RoleSkill, skill: Skill, category: str) -> Requirement:
    return Requirement(
        skill_id=skill.id,
        name=skill.name,
        slug=skill.slug,
        category=category,
        importance=row.importance,
        min_level=row.min_level,
        weight=row.weight,
        retired=skill.retired_at is not None,
    )


def role_input(session: Session, role: CareerRole) -> tuple[Role, dict[str, Skill]]:
    """The role with its requirements (retired skills flagged), and their catalog rows."""
    rows = session.execute(requirements_statement().where(RoleSkill.role_id == role.id)).all()
    requirements = tuple(requirement_of(row, skill, category) for row, skill, category in rows)
    return Role(slug=role.slug, title=role.title, requirements=requirements), {
        skill.id: skill for _, skill, _ in rows
    }


# Per held skill, its strongest partners: a top-N walk of SkillPairStat_skillId_people_idx
# each, so a person's read stays small whatever the number of kept pairs.
PARTNERS_PER_SKILL = 10
_CO_HELD = text(
    """
    SELECT held.id, pair."otherSkillId", pair.people, stat.holders
    FROM unnest(CAST(:held AS text[])) AS held(id)
    JOIN "SkillStat" stat ON stat."skillId" = held.id
    JOIN LATERAL (
        SELECT p."otherSkillId", p.people
        FROM "SkillPairStat" p
        WHERE p."skillId" = held.id AND p."otherSkillId" <> ALL(CAST(:held AS text[]))
        ORDER BY p.people DESC
        LIMIT :per_skill
    ) pair ON true
    """
)


def co_held_pairs(session: Session, held_ids: Sequence[str]) -> list[tuple[str, str, int, int]]:
    """(held skill id, other skill id, people holding both, holders of the held skill) for
    the strongest kept pairs of each of the person's skills towards skills they do not hold."""
    if not held_ids:
        return []
    rows = session.execute(_CO_HELD, {"held": list(held_ids), "per_skill": PARTNERS_PER_SKILL})
    return [(a, b, people, holders) for a, b, people, holders in rows]


def candidate_skills(
    session: Session,
    held: Sequence[HeldSkill],
    held_rows: dict[str, Skill],
    role: Role | None,
    role_rows: dict[str, Skill],
) -> list[Candidate]:
    """The skills worth recommending: the role's requirements (held or not: the analysis
    drops those already met) and the partners of the person's skills, offered ones only."""
    held_ids = [skill.skill_id for skill in held]
    pairs = co_held_pairs(session, held_ids)
    names = {skill.skill_id: skill.name for skill in held}
    co_held: dict[str, list[tuple[str, int, int]]] = {}
    for held_id, other_id, people, holders in pairs:
        co_held.setdefault(other_id, []).append((names[held_id], people, holders))
    wanted = set(co_held)
    if role is not None:
        wanted |= {item.skill_id for item in role.requirements if not item.retired}
    # The role's skills came with the role (and their category names); the rest in one read.
    known = {**role_rows}
    category_of = {item.skill_id: item.category for item in role.requirements} if role else {}
    missing = [skill_id for skill_id in wanted if skill_id not in known]
    if missing:
        for skill, category in session.execute(
            select(Skill, SkillCategory.name)
            .join(SkillCategory, SkillCategory.id == Skill.category_id)
            .where(Skill.id.in_(missing), offered())
        ):
            known[skill.id] = skill
            category_of[skill.id] = category
    my_tags = {tag for skill in held_rows.values() for tag in skill.tags}
    candidates = []
    for skill_id in sorted(wanted):
        skill = known.get(skill_id)
        if skill is None or skill.retired_at is not None or not skill.is_published:
            continue
        candidates.append(
            Candidate(
                skill_id=skill.id,
                name=skill.name,
                slug=skill.slug,
                category=category_of[skill_id],
                market=market_of(skill),
                co_held=tuple(co_held.get(skill_id, ())),
                shared_tags=tuple(sorted(my_tags & set(skill.tags))),
            )
        )
    return candidates


def peer_readiness(session: Session, role_id: str, mine: int | None) -> list[int]:
    """Readiness of the people targeting the role (kept histogram), without the person's
    own latest value."""
    values: list[int] = []
    for readiness, people in session.execute(
        select(RoleReadinessStat.readiness, RoleReadinessStat.people).where(
            RoleReadinessStat.role_id == role_id
        )
    ):
        values.extend([readiness] * people)
    if mine is not None and mine in values:
        values.remove(mine)
    return values


def gather(
    session: Session,
    user_id: str,
    *,
    role: CareerRole | None = None,
    my_latest_readiness: int | None = None,
) -> Gathered:
    """Everything the three analyses need for one person (their target role unless given)."""
    held, held_rows = held_skills(session, user_id)
    career_role = role if role is not None else target_role(session, user_id)
    role_in: Role | None = None
    role_rows: dict[str, Skill] = {}
    if career_role is not None:
        role_in, role_rows = role_input(session, career_role)
    markets = {skill_id: market_of(skill) for skill_id, skill in held_rows.items()}
    candidates = candidate_skills(session, held, held_rows, role_in, role_rows)
    peers = (
        peer_readiness(session, career_role.id, my_latest_readiness)
        if career_role is not None
        else None
    )
    return Gathered(
        held=held,
        role=role_in,
        role_id=career_role.id if career_role else None,
        markets=markets,
        candidates=candidates,
        peers=peers,
    )
