"""Literal inputs for the analysis tests: every field defaulted, override what matters."""

from __future__ import annotations

from datetime import date
from typing import Any

from smatrx.insights.analysis import Candidate, HeldSkill, Market, Requirement, Role

TODAY = date(2025, 6, 15)


def held(name: str, level: str = "intermediate", **fields: Any) -> HeldSkill:
    values: dict[str, Any] = {
        "skill_id": f"id-{name}",
        "name": name,
        "slug": name.lower(),
        "category": "Programming",
        "level": level,
        "score": None,
        "years": None,
        "last_used": TODAY,
        "reviewed": TODAY,
        "source": "manual",
        "verified": False,
        "has_evidence": False,
    }
    values.update(fields)
    return HeldSkill(**values)


def req(
    name: str, importance: str = "core", min_level: str = "intermediate", weight: int = 3, **kw: Any
) -> Requirement:
    return Requirement(
        skill_id=f"id-{name}",
        name=name,
        slug=name.lower(),
        category=kw.pop("category", "Programming"),
        importance=importance,
        min_level=min_level,
        weight=weight,
        **kw,
    )


def role(*requirements: Requirement, title: str = "Backend Developer") -> Role:
    return Role(slug="backend-developer", title=title, requirements=tuple(requirements))


def market(name: str, **fields: Any) -> Market:
    values: dict[str, Any] = {
        "skill_id": f"id-{name}",
        "demand": None,
        "growth": None,
        "salary_min": None,
        "salary_max": None,
        "currency": None,
    }
    values.update(fields)
    return Market(**values)


def candidate(name: str, **fields: Any) -> Candidate:
    values: dict[str, Any] = {
        "skill_id": f"id-{name}",
        "name": name,
        "slug": name.lower(),
        "category": "Programming",
        "market": None,
        "co_held": (),
        "shared_tags": (),
    }
    values.update(fields)
    return Candidate(**values)
