"""What to learn next: candidates scored in 0..1 from the target role's gap, the catalog's
market estimates and what people who hold the person's skills also hold.

    score = 0.45 * gap + 0.20 * demand + 0.10 * growth + 0.25 * adjacency

- gap: for a requirement of the role that is missing or held below its minimum, its item
  weight (importance multiplier * weight, as in gap.py) / the largest item weight of the
  role; 0 outside the role, and for everyone without a target role ("no_target_role").
- demand: high 1.0, medium 0.6, low 0.3, unknown 0.4.
- growth: clamp(growth % per year / 20, 0, 1); unknown 0.3.
- adjacency: max(co, 0.5 * min(1, shared tags / 3)), where co = the largest share, over
  the person's skills, of that skill's holders who also hold the candidate (both / holders;
  pairs under MIN_PEOPLE people are ignored).
- Never recommended: a skill held at or above the role's minimum, or held at all when the
  role does not ask for it. A skill held below the minimum is recommended as a raise.
- Order: score (4 decimals) highest first, then name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from smatrx.insights.analysis.common import (
    DATA_VERSION,
    MIN_PEOPLE,
    FlatRecord,
    check_version,
    half_up,
    level_rank,
)
from smatrx.insights.analysis.confidence import Confidence, confidence_over
from smatrx.insights.analysis.gap import held_by_skill, item_weight, requirements_confidence
from smatrx.insights.analysis.inputs import Candidate, HeldSkill, Requirement, Role
from smatrx.skills.levels import LEVEL_LABELS

WEIGHTS = {"gap": 0.45, "demand": 0.20, "growth": 0.10, "adjacency": 0.25}
DEMAND = {"high": 1.0, "medium": 0.6, "low": 0.3}
DEMAND_UNKNOWN = 0.4
GROWTH_FULL = 20.0  # % per year that earns the whole growth term
GROWTH_UNKNOWN = 0.3
TAGS_FULL = 3  # shared tags that earn the whole tag part of adjacency
TAGS_SHARE = 0.5  # tags alone reach at most half the adjacency of a strong co-holding
DECIMALS = 4


@dataclass(frozen=True)
class Recommendation(FlatRecord):
    skill_id: str
    slug: str
    name: str
    category: str
    score: float  # 0..1, 4 decimals
    target_level: str | None  # the role's minimum, None outside the role
    held_level: str | None  # set when the advice is to raise it
    factors: dict[str, Any]  # gap, demand, growth, adjacency (0..1) and the raw numbers
    why: str


@dataclass(frozen=True)
class Recommendations:
    role_slug: str | None
    role_title: str | None
    reason: str | None  # None or "no_target_role"
    items: tuple[Recommendation, ...]
    candidates: int  # candidates given
    excluded_held: int  # left out: already held at or above what is needed
    confidence: Confidence

    def to_data(self) -> dict[str, Any]:
        role = {"slug": self.role_slug, "title": self.role_title} if self.role_slug else None
        return {
            "version": DATA_VERSION,
            "role": role,
            "reason": self.reason,
            "items": [item.to_data() for item in self.items],
            "candidates": self.candidates,
            "excluded_held": self.excluded_held,
            "weights": dict(WEIGHTS),
            "confidence": self.confidence.to_data(),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Recommendations:
        check_version(data)
        role = data["role"] or {}
        return cls(
            role_slug=role.get("slug"),
            role_title=role.get("title"),
            reason=data["reason"],
            items=tuple(Recommendation.from_data(item) for item in data["items"]),
            candidates=data["candidates"],
            excluded_held=data["excluded_held"],
            confidence=Confidence.from_data(data["confidence"]),
        )


def demand_term(demand: str | None) -> float:
    return DEMAND.get(demand or "", DEMAND_UNKNOWN)


def growth_term(growth: float | None) -> float:
    return GROWTH_UNKNOWN if growth is None else min(max(growth / GROWTH_FULL, 0.0), 1.0)


def co_holding(candidate: Candidate) -> tuple[float, tuple[str, int, int] | None]:
    """The strongest kept pair: (both / holders, the pair), ignoring pairs under MIN_PEOPLE."""
    best: tuple[float, tuple[str, int, int] | None] = (0.0, None)
    for pair in candidate.co_held:
        _, both, holders = pair
        if both < MIN_PEOPLE or holders < MIN_PEOPLE:
            continue
        share = min(both / holders, 1.0)
        if share > best[0] or (share == best[0] and best[1] is not None and pair[0] < best[1][0]):
            best = (share, pair)
    return best


def adjacency_term(candidate: Candidate) -> tuple[float, float, float]:
    """(adjacency, co part, tag part)."""
    co, _ = co_holding(candidate)
    tags = TAGS_SHARE * min(1.0, len(candidate.shared_tags) / TAGS_FULL)
    return max(co, tags), co, tags


def _percent(share: float) -> int:
    return half_up(share * 100)


def _growth_text(growth: float) -> str:
    sign = "+" if growth >= 0 else "-"
    magnitude = abs(growth)
    number = f"{magnitude:.0f}" if magnitude == int(magnitude) else f"{magnitude:.1f}"
    return f"{sign}{number} %/yr"


def why_line(
    candidate: Candidate,
    requirement: Requirement | None,
    role: Role | None,
    held: HeldSkill | None,
    co: float,
    tags: float,
) -> str:
    parts: list[str] = []
    if requirement is not None and role is not None:
        part = (
            f"{requirement.importance.capitalize()} for {role.title} (weight {requirement.weight})"
        )
        if held is not None:
            low, high = LEVEL_LABELS[held.level], LEVEL_LABELS[requirement.min_level]
            part += f": raise from {low} to {high}"
        parts.append(part)
    _, pair = co_holding(candidate)
    if pair is not None and co >= tags:
        parts.append(f"{_percent(co)} % of people who know {pair[0]} also know it")
    elif candidate.shared_tags:
        count = len(candidate.shared_tags)
        shown = ", ".join(candidate.shared_tags[:TAGS_FULL])
        parts.append(f"shares {count} tag{'s' if count != 1 else ''} with your skills ({shown})")
    market = candidate.market
    demand = market.demand if market and market.demand in DEMAND else None
    growth = market.growth if market else None
    if demand and growth is not None:
        parts.append(f"{demand} estimated demand, {_growth_text(growth)}")
    elif demand:
        parts.append(f"{demand} estimated demand")
    elif growth is not None:
        parts.append(f"estimated growth {_growth_text(growth)}")
    if not parts:
        return "No market estimate or co-holding data yet"
    line = " · ".join(parts)
    return line[0].upper() + line[1:]


def recommend(
    role: Role | None,
    held: Sequence[HeldSkill],
    candidates: Sequence[Candidate],
    today: date,
    limit: int = 10,
) -> Recommendations:
    holdings = held_by_skill(held)
    active = [r for r in role.requirements if not r.retired] if role else []
    required = {r.skill_id: r for r in active}
    largest = max((item_weight(r) for r in active), default=0)

    scored: list[Recommendation] = []
    excluded = 0
    seen: set[str] = set()
    for candidate in candidates:
        if candidate.skill_id in seen:
            continue
        seen.add(candidate.skill_id)
        requirement = required.get(candidate.skill_id)
        mine = holdings.get(candidate.skill_id)
        if mine is not None and (
            requirement is None or level_rank(mine.level) >= level_rank(requirement.min_level)
        ):
            excluded += 1
            continue
        gap = item_weight(requirement) / largest if requirement else 0.0
        market = candidate.market
        demand = demand_term(market.demand if market else None)
        growth = growth_term(market.growth if market else None)
        adjacency, co, tags = adjacency_term(candidate)
        score = (
            WEIGHTS["gap"] * gap
            + WEIGHTS["demand"] * demand
            + WEIGHTS["growth"] * growth
            + WEIGHTS["adjacency"] * adjacency
        )
        _, pair = co_holding(candidate)
        factors: dict[str, Any] = {
            "gap": round(gap, DECIMALS),
            "demand": demand,
            "growth": round(growth, DECIMALS),
            "adjacency": round(adjacency, DECIMALS),
            "importance": requirement.importance if requirement else None,
            "weight": requirement.weight if requirement else None,
            "item_weight": item_weight(requirement) if requirement else None,
            "max_item_weight": largest or None,
            "demand_label": market.demand if market else None,
            "growth_pct": market.growth if market else None,
            "co_share": round(co, DECIMALS),
            "co_skill": pair[0] if pair else None,
            "co_both": pair[1] if pair else None,
            "co_holders": pair[2] if pair else None,
            "tag_share": round(tags, DECIMALS),
            "shared_tags": list(candidate.shared_tags),
            "estimate": True,  # demand and growth are the catalog's estimates
        }
        scored.append(
            Recommendation(
                skill_id=candidate.skill_id,
                slug=candidate.slug,
                name=candidate.name,
                category=candidate.category,
                score=round(score, DECIMALS),
                target_level=requirement.min_level if requirement else None,
                held_level=mine.level if mine else None,
                factors=factors,
                why=why_line(candidate, requirement, role, mine, co, tags),
            )
        )
    scored.sort(key=lambda item: (-item.score, item.name.casefold(), item.skill_id))

    # With a role the advice rests on the levels it asks about; without one, on them all.
    if role is not None:
        confidence = requirements_confidence(active, holdings, today)
    else:
        confidence = confidence_over(list(holdings.values()), today, noun="skills")
    return Recommendations(
        role_slug=role.slug if role else None,
        role_title=role.title if role else None,
        reason=None if role else "no_target_role",
        items=tuple(scored[: max(limit, 0)]),
        candidates=len(candidates),
        excluded_held=excluded,
        confidence=confidence,
    )
