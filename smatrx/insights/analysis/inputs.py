"""The inputs of the analyses: plain frozen records the caller builds from its rows.

Nothing here reads a database; the caller maps "UserSkill", "RoleSkill", "Skill" and the
kept aggregates onto these, so every analysis can be tested with literals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class HeldSkill:
    """One skill a person holds."""

    skill_id: str
    name: str
    slug: str
    category: str
    level: str
    score: int | None
    years: int | None
    last_used: date | None  # None = not given
    reviewed: date  # when the person last updated the row
    source: str  # github|linkedin|resume|manual|verified
    verified: bool
    has_evidence: bool  # links, quotes or import evidence present


@dataclass(frozen=True)
class Requirement:
    """One skill a career role asks for."""

    skill_id: str
    name: str
    slug: str
    category: str
    importance: str  # core|important|bonus
    min_level: str
    weight: int  # 1..5
    retired: bool = False  # the catalog skill was retired: ignored, counted in the data


@dataclass(frozen=True)
class Role:
    slug: str
    title: str
    requirements: tuple[Requirement, ...]


@dataclass(frozen=True)
class Market:
    """The catalog's ESTIMATES for one skill (not measured by SMATRX)."""

    skill_id: str
    demand: str | None  # high|medium|low
    growth: float | None  # % per year
    salary_min: int | None
    salary_max: int | None
    currency: str | None


@dataclass(frozen=True)
class Candidate:
    """A skill that could be recommended."""

    skill_id: str
    name: str
    slug: str
    category: str
    market: Market | None
    # (held skill name, people holding both, people holding that held skill): only kept
    # pairs of at least MIN_PEOPLE people; smaller ones are ignored again on reading.
    co_held: tuple[tuple[str, int, int], ...]
    shared_tags: tuple[str, ...]  # tags it shares with the person's skills
