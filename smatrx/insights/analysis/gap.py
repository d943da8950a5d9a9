"""How ready a person is for a role: readiness %, what is missing, below, met and above.

- Retired requirements are ignored (counted as retired_ignored); with none left, readiness
  is None with reason "no_requirements".
- item weight = importance multiplier (core 3, important 2, bonus 1) * the role's weight.
- credit: held at or above the minimum 1; held below it held_rank / min_rank (ranks
  1 beginner .. 4 expert); not held 0.
- readiness = round(100 * Σ item weight * credit / Σ item weight), half up, exact fractions.
- distance_levels = Σ (min_rank - held_rank) over the requirements below, + min_rank for
  each missing one.
- Raising a held level never lowers readiness (credit only grows with the rank).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from typing import Any

from smatrx.insights.analysis.common import (
    DATA_VERSION,
    FlatRecord,
    check_version,
    half_up,
    level_rank,
)
from smatrx.insights.analysis.confidence import Confidence, confidence_over
from smatrx.insights.analysis.inputs import HeldSkill, Requirement, Role
from smatrx.models.choices import IMPORTANCES

MULTIPLIER: dict[str, int] = {"core": 3, "important": 2, "bonus": 1}


@dataclass(frozen=True)
class GapItem(FlatRecord):
    skill_id: str
    slug: str
    name: str
    category: str
    importance: str
    min_level: str
    weight: int
    item_weight: int  # multiplier * weight
    level: str | None  # held level, None when missing
    verified: bool | None  # None when missing
    credit: float  # 0..1, 4 decimals
    levels_short: int  # min_rank - held_rank (min_rank when missing), 0 when met
    levels_above: int  # held_rank - min_rank when above, else 0
    what_if: bool = False  # the level came from an override, not the person's row


@dataclass(frozen=True)
class Gap:
    role_slug: str
    role_title: str
    readiness: int | None
    reason: str | None  # None or "no_requirements"
    confidence: Confidence
    missing: tuple[GapItem, ...]
    below: tuple[GapItem, ...]
    met: tuple[GapItem, ...]  # at exactly the minimum
    above: tuple[GapItem, ...]
    distance_levels: int
    retired_ignored: int
    considered: int  # requirements counted (not retired)
    earned: float  # Σ item weight * credit (4 decimals)
    possible: int  # Σ item weight
    overrides: dict[str, str] = field(default_factory=dict)  # the what-if levels applied

    def to_data(self) -> dict[str, Any]:
        return {
            "version": DATA_VERSION,
            "role": {"slug": self.role_slug, "title": self.role_title},
            "readiness": self.readiness,
            "reason": self.reason,
            "confidence": self.confidence.to_data(),
            "missing": [item.to_data() for item in self.missing],
            "below": [item.to_data() for item in self.below],
            "met": [item.to_data() for item in self.met],
            "above": [item.to_data() for item in self.above],
            "distance_levels": self.distance_levels,
            "retired_ignored": self.retired_ignored,
            "considered": self.considered,
            "weights": {
                "earned": self.earned,
                "possible": self.possible,
                "multipliers": dict(MULTIPLIER),
            },
            "overrides": dict(self.overrides),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Gap:
        check_version(data)

        def items(key: str) -> tuple[GapItem, ...]:
            return tuple(GapItem.from_data(item) for item in data[key])

        return cls(
            role_slug=data["role"]["slug"],
            role_title=data["role"]["title"],
            readiness=data["readiness"],
            reason=data["reason"],
            confidence=Confidence.from_data(data["confidence"]),
            missing=items("missing"),
            below=items("below"),
            met=items("met"),
            above=items("above"),
            distance_levels=data["distance_levels"],
            retired_ignored=data["retired_ignored"],
            considered=data["considered"],
            earned=data["weights"]["earned"],
            possible=data["weights"]["possible"],
            overrides=dict(data.get("overrides", {})),
        )


def item_weight(requirement: Requirement) -> int:
    return MULTIPLIER[requirement.importance] * requirement.weight


def credit(requirement: Requirement, held: HeldSkill | None) -> Fraction:
    if held is None:
        return Fraction(0)
    have, need = level_rank(held.level), level_rank(requirement.min_level)
    return Fraction(1) if have >= need else Fraction(have, need)


def order_key(requirement: Requirement) -> tuple[int, int, str, str]:
    """Core first, then the role's weight (highest first), then name."""
    return (
        IMPORTANCES.index(requirement.importance),
        -requirement.weight,
        requirement.name.casefold(),
        requirement.skill_id,
    )


def held_by_skill(held: Sequence[HeldSkill]) -> dict[str, HeldSkill]:
    """One row per skill; were a skill given twice, its highest level counts."""
    found: dict[str, HeldSkill] = {}
    for skill in held:
        other = found.get(skill.skill_id)
        if other is None or level_rank(skill.level) > level_rank(other.level):
            found[skill.skill_id] = skill
    return found


def apply_overrides(
    held: dict[str, HeldSkill],
    requirements: Sequence[Requirement],
    overrides: Mapping[str, str],
    today: date,
) -> dict[str, HeldSkill]:
    """The held skills with the what-if levels in place. A held skill keeps its row with the
    new level (a raise voids its verification, as in the app); a requirement not held
    becomes held as a hand-added skill of today. Overrides outside the role are ignored."""
    by_id = {r.skill_id: r for r in requirements}
    result = dict(held)
    for skill_id, level in overrides.items():
        level_rank(level)  # ValueError on an unknown level
        current = held.get(skill_id)
        if current is not None:
            raised = level_rank(level) > level_rank(current.level)
            result[skill_id] = replace(
                current, level=level, verified=current.verified and not raised
            )
        elif skill_id in by_id:
            req = by_id[skill_id]
            result[skill_id] = HeldSkill(
                skill_id=skill_id,
                name=req.name,
                slug=req.slug,
                category=req.category,
                level=level,
                score=None,
                years=None,
                last_used=today,
                reviewed=today,
                source="manual",
                verified=False,
                has_evidence=False,
            )
    return result


def requirements_confidence(
    active: Sequence[Requirement], holdings: Mapping[str, HeldSkill], today: date
) -> Confidence:
    """Confidence over a role's (not retired) requirements; "core skills" when they all are."""
    considered_held = [holdings[r.skill_id] for r in active if r.skill_id in holdings]
    all_core = bool(active) and all(r.importance == "core" for r in active)
    noun = "core skills" if all_core else "required skills"
    return confidence_over(considered_held, today, considered=len(active), noun=noun)


def gap_analysis(
    role: Role,
    held: Sequence[HeldSkill],
    today: date,
    overrides: Mapping[str, str] | None = None,
) -> Gap:
    active = sorted((r for r in role.requirements if not r.retired), key=order_key)
    retired = len(role.requirements) - len(active)
    holdings = held_by_skill(held)
    applied = {k: v for k, v in (overrides or {}).items() if k in {r.skill_id for r in active}}
    if overrides:
        holdings = apply_overrides(holdings, active, overrides, today)

    groups: dict[str, list[GapItem]] = {"missing": [], "below": [], "met": [], "above": []}
    earned, possible, distance = Fraction(0), 0, 0
    for req in active:
        mine = holdings.get(req.skill_id)
        need = level_rank(req.min_level)
        have = level_rank(mine.level) if mine else 0
        share = credit(req, mine)
        earned += item_weight(req) * share
        possible += item_weight(req)
        short = max(need - have, 0)
        distance += short
        if mine is None:
            group = "missing"
        elif have < need:
            group = "below"
        else:
            group = "met" if have == need else "above"
        groups[group].append(
            GapItem(
                skill_id=req.skill_id,
                slug=req.slug,
                name=req.name,
                category=req.category,
                importance=req.importance,
                min_level=req.min_level,
                weight=req.weight,
                item_weight=item_weight(req),
                level=mine.level if mine else None,
                verified=mine.verified if mine else None,
                credit=round(float(share), 4),
                levels_short=short,
                levels_above=max(have - need, 0),
                what_if=req.skill_id in applied,
            )
        )

    confidence = requirements_confidence(active, holdings, today)
    # Above: the furthest above first; the other lists keep the requirement order.
    above = sorted(groups["above"], key=lambda item: -item.levels_above)
    return Gap(
        role_slug=role.slug,
        role_title=role.title,
        readiness=half_up(100 * earned / possible) if possible else None,
        reason=None if active else "no_requirements",
        confidence=confidence,
        missing=tuple(groups["missing"]),
        below=tuple(groups["below"]),
        met=tuple(groups["met"]),
        above=tuple(above),
        distance_levels=distance,
        retired_ignored=retired,
        considered=len(active),
        earned=round(float(earned), 4),
        possible=possible,
        overrides=applied,
    )
