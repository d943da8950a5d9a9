"""What a person's skills say about them: strengths, stale skills, category balance, a
salary ESTIMATE from the catalog and where their readiness sits among peers.

- strengths: top 5 by level (highest first), verified first, last used (most recent
  first, unknown last), score (highest first, unknown last), name.
- stale: last used over 24 months ago -> "unused" (months since last used); otherwise
  reviewed over 12 months ago -> "reassess" (months since reviewed). Longest first.
- categories: per category the count and the average of the scores given (None when no
  score), by count (highest first), then name.
- salary: the catalog's estimates for the skills held at advanced or expert (all held
  skills when none of those has figures) that have both a minimum and a maximum: the median
  of the minimums and of the maximums, rounded half up. currency only when every figure
  used names the same one (the distinct currencies are kept in "currencies").
- percentile among peers (others with the same target role), only with MIN_PEOPLE or more:
  round(100 * (peers below + 0.5 * peers equal) / peers), half up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from fractions import Fraction
from statistics import median
from typing import Any

from smatrx.insights.analysis.common import (
    DATA_VERSION,
    MIN_PEOPLE,
    FlatRecord,
    check_version,
    from_iso,
    half_up,
    iso,
    level_rank,
    months_since,
    within_months,
)
from smatrx.insights.analysis.confidence import Confidence, confidence_over
from smatrx.insights.analysis.inputs import HeldSkill, Market

STRENGTHS_SHOWN = 5
UNUSED_MONTHS = 24
REASSESS_MONTHS = 12
SALARY_NAMES_SHOWN = 5
SENIOR_LEVELS = ("advanced", "expert")


@dataclass(frozen=True)
class Strength:
    skill_id: str
    slug: str
    name: str
    category: str
    level: str
    score: int | None
    verified: bool
    last_used: date | None

    def to_data(self) -> dict[str, Any]:
        return {**asdict(self), "last_used": iso(self.last_used)}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Strength:
        return cls(**{**data, "last_used": from_iso(data["last_used"])})


@dataclass(frozen=True)
class StaleSkill:
    skill_id: str
    slug: str
    name: str
    category: str
    level: str
    reason: str  # "unused" | "reassess"
    months: int  # since last used ("unused") or since reviewed ("reassess")
    last_used: date | None
    reviewed: date

    def to_data(self) -> dict[str, Any]:
        return {**asdict(self), "last_used": iso(self.last_used), "reviewed": iso(self.reviewed)}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> StaleSkill:
        return cls(
            **{
                **data,
                "last_used": from_iso(data["last_used"]),
                "reviewed": date.fromisoformat(data["reviewed"]),
            }
        )


@dataclass(frozen=True)
class CategoryBalance(FlatRecord):
    category: str
    count: int
    scored: int  # how many of them have a score
    average_score: float | None  # 1 decimal


@dataclass(frozen=True)
class ProfileAnalysis:
    held: int
    strengths: tuple[Strength, ...]
    stale: tuple[StaleSkill, ...]
    categories: tuple[CategoryBalance, ...]
    salary: dict[str, Any] | None  # see salary_estimate(); "estimate": True
    salary_reason: str | None  # None | "no_skills" | "no_salary_figures"
    percentile: int | None
    percentile_reason: str | None  # None | "no_target_role" | "no_readiness" | "fewer_than_5_peers"
    peers: int | None  # shown only with MIN_PEOPLE or more
    my_readiness: int | None
    confidence: Confidence

    def to_data(self) -> dict[str, Any]:
        return {
            "version": DATA_VERSION,
            "held": self.held,
            "strengths": [item.to_data() for item in self.strengths],
            "stale": [item.to_data() for item in self.stale],
            "categories": [item.to_data() for item in self.categories],
            "salary": self.salary,
            "salary_reason": self.salary_reason,
            "percentile": self.percentile,
            "percentile_reason": self.percentile_reason,
            "peers": self.peers,
            "my_readiness": self.my_readiness,
            "min_people": MIN_PEOPLE,
            "confidence": self.confidence.to_data(),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ProfileAnalysis:
        check_version(data)
        return cls(
            held=data["held"],
            strengths=tuple(Strength.from_data(item) for item in data["strengths"]),
            stale=tuple(StaleSkill.from_data(item) for item in data["stale"]),
            categories=tuple(CategoryBalance.from_data(item) for item in data["categories"]),
            salary=data["salary"],
            salary_reason=data["salary_reason"],
            percentile=data["percentile"],
            percentile_reason=data["percentile_reason"],
            peers=data["peers"],
            my_readiness=data["my_readiness"],
            confidence=Confidence.from_data(data["confidence"]),
        )


def strengths(held: Sequence[HeldSkill]) -> tuple[Strength, ...]:
    def key(skill: HeldSkill) -> tuple[int, bool, int, int, str, str]:
        used = skill.last_used.toordinal() if skill.last_used else 0
        score = skill.score if skill.score is not None else -1
        return (
            -level_rank(skill.level),
            not skill.verified,
            -used,
            -score,
            skill.name.casefold(),
            skill.skill_id,
        )

    return tuple(
        Strength(
            skill_id=s.skill_id,
            slug=s.slug,
            name=s.name,
            category=s.category,
            level=s.level,
            score=s.score,
            verified=s.verified,
            last_used=s.last_used,
        )
        for s in sorted(held, key=key)[:STRENGTHS_SHOWN]
    )


def stale_skills(held: Sequence[HeldSkill], today: date) -> tuple[StaleSkill, ...]:
    found: list[StaleSkill] = []
    for s in held:
        if s.last_used is not None and not within_months(s.last_used, today, UNUSED_MONTHS):
            reason, months = "unused", months_since(s.last_used, today)
        elif not within_months(s.reviewed, today, REASSESS_MONTHS):
            reason, months = "reassess", months_since(s.reviewed, today)
        else:
            continue
        found.append(
            StaleSkill(
                skill_id=s.skill_id,
                slug=s.slug,
                name=s.name,
                category=s.category,
                level=s.level,
                reason=reason,
                months=months,
                last_used=s.last_used,
                reviewed=s.reviewed,
            )
        )
    return tuple(sorted(found, key=lambda item: (-item.months, item.name.casefold())))


def category_balance(held: Sequence[HeldSkill]) -> tuple[CategoryBalance, ...]:
    groups: dict[str, list[HeldSkill]] = {}
    for s in held:
        groups.setdefault(s.category, []).append(s)
    balance = []
    for category, skills in groups.items():
        scores = [s.score for s in skills if s.score is not None]
        average = round(sum(scores) / len(scores), 1) if scores else None
        balance.append(CategoryBalance(category, len(skills), len(scores), average))
    return tuple(sorted(balance, key=lambda item: (-item.count, item.category.casefold())))


def salary_estimate(
    held: Sequence[HeldSkill], markets: Mapping[str, Market]
) -> tuple[dict[str, Any] | None, str | None]:
    """(the estimate, None) or (None, the reason there is none)."""
    if not held:
        return None, "no_skills"

    def with_figures(skills: Sequence[HeldSkill]) -> list[tuple[HeldSkill, Market]]:
        pairs = [(s, markets.get(s.skill_id)) for s in skills]
        return [
            (s, m)
            for s, m in pairs
            if m is not None and m.salary_min is not None and m.salary_max is not None
        ]

    senior = with_figures([s for s in held if s.level in SENIOR_LEVELS])
    used, levels = (senior, "advanced_or_expert") if senior else (with_figures(held), "all")
    if not used:
        return None, "no_salary_figures"
    used.sort(key=lambda pair: (-level_rank(pair[0].level), pair[0].name.casefold()))
    currencies = {m.currency for _, m in used}
    return (
        {
            "estimate": True,  # the catalog's estimates, not salaries SMATRX measured
            "min": half_up(Fraction(median(m.salary_min for _, m in used))),
            "max": half_up(Fraction(median(m.salary_max for _, m in used))),
            "currency": next(iter(currencies)) if len(currencies) == 1 else None,
            "currencies": sorted(c for c in currencies if c),
            "basis": {
                "count": len(used),
                "names": [s.name for s, _ in used[:SALARY_NAMES_SHOWN]],
                "levels": levels,
            },
        },
        None,
    )


def peer_percentile(
    peers: Sequence[int] | None, my_readiness: int | None
) -> tuple[int | None, str | None, int | None]:
    """(percentile, reason when none, peer count shown)."""
    if peers is None:
        return None, "no_target_role", None
    if my_readiness is None:
        return None, "no_readiness", None
    values = [p for p in peers if p is not None]
    if len(values) < MIN_PEOPLE:
        return None, "fewer_than_5_peers", None
    below = sum(1 for p in values if p < my_readiness)
    equal = sum(1 for p in values if p == my_readiness)
    return half_up(Fraction(100 * (2 * below + equal), 2 * len(values))), None, len(values)


def profile_analysis(
    held: Sequence[HeldSkill],
    markets: Mapping[str, Market],
    peers: Sequence[int] | None,
    my_readiness: int | None,
    today: date,
) -> ProfileAnalysis:
    """peers: readiness values of OTHER people with the same target role (None when the
    person has none); my_readiness: theirs for it (None without one)."""
    salary, salary_reason = salary_estimate(held, markets)
    percentile, percentile_reason, peer_count = peer_percentile(peers, my_readiness)
    return ProfileAnalysis(
        held=len(held),
        strengths=strengths(held),
        stale=stale_skills(held, today),
        categories=category_balance(held),
        salary=salary,
        salary_reason=salary_reason,
        percentile=percentile,
        percentile_reason=percentile_reason,
        peers=peer_count,
        my_readiness=my_readiness,
        confidence=confidence_over(held, today, noun="skills"),
    )
