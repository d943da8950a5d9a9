"""How far to trust an analysis: a value in 0..1 from how well the skills behind it are
backed and how recently they were used.

Over a set of considered skills (a role's requirements for a gap, all held skills for a
profile), of which some are held:

- strength of a held skill: 1.0 verified (the flag: a verification still standing);
  0.7 imported (github|linkedin|resume) with evidence; 0.55 imported without evidence;
  0.4 any other source (manual, or "verified" whose verification no longer holds).
- recency of a held skill: last used within 12 months 1.0, within 24 months 0.8,
  earlier 0.5, not given 0.7 ("within N months" = on or after the same date N months ago).
- coverage = (held considered skills verified or with evidence) / considered.
- value = mean(strength * recency over the held considered skills) * (0.6 + 0.4 * coverage),
  0 when none is held; rounded to 2 decimals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from smatrx.insights.analysis.common import FlatRecord, half_up, within_months
from smatrx.insights.analysis.inputs import HeldSkill

IMPORTED_SOURCES = ("github", "linkedin", "resume")
STRENGTH = {"verified": 1.0, "imported_evidence": 0.7, "imported": 0.55, "manual": 0.4}
RECENCY = {"12": 1.0, "24": 0.8, "older": 0.5, "unknown": 0.7}
COVERAGE_FLOOR = 0.6  # a value with no evidence at all keeps 60 % of its mean
STALE_MONTHS = 24


@dataclass(frozen=True)
class Confidence(FlatRecord):
    value: float  # 0..1, 2 decimals
    considered: int  # skills the analysis is about
    held: int  # of those, held by the person
    verified: int
    with_evidence: int  # verified or with evidence: the coverage numerator
    stale: int  # last used over 24 months ago
    unknown_recency: int  # no last-used date
    mean: float  # mean strength * recency over the held ones (4 decimals)
    coverage: float  # with_evidence / considered (4 decimals)
    noun: str = "skills"  # plural noun for the considered set, e.g. "core skills"


def strength(skill: HeldSkill) -> float:
    if skill.verified:
        return STRENGTH["verified"]
    if skill.source in IMPORTED_SOURCES:
        return STRENGTH["imported_evidence"] if skill.has_evidence else STRENGTH["imported"]
    return STRENGTH["manual"]


def recency(skill: HeldSkill, today: date) -> float:
    if skill.last_used is None:
        return RECENCY["unknown"]
    if within_months(skill.last_used, today, 12):
        return RECENCY["12"]
    if within_months(skill.last_used, today, 24):
        return RECENCY["24"]
    return RECENCY["older"]


def confidence_over(
    held: Sequence[HeldSkill],
    today: date,
    considered: int | None = None,
    noun: str = "skills",
) -> Confidence:
    """Confidence over `considered` skills of which `held` are the ones the person holds
    (considered defaults to len(held): the profile's case)."""
    total = len(held) if considered is None else considered
    if total < len(held):
        raise ValueError("more held skills than considered ones")
    backed = sum(1 for s in held if s.verified or s.has_evidence)
    mean = sum(strength(s) * recency(s, today) for s in held) / len(held) if held else 0.0
    coverage = backed / total if total else 0.0
    value = mean * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage) if held else 0.0
    return Confidence(
        value=round(value, 2),
        considered=total,
        held=len(held),
        verified=sum(1 for s in held if s.verified),
        with_evidence=backed,
        stale=sum(
            1
            for s in held
            if s.last_used is not None and not within_months(s.last_used, today, STALE_MONTHS)
        ),
        unknown_recency=sum(1 for s in held if s.last_used is None),
        mean=round(mean, 4),
        coverage=round(coverage, 4),
        noun=noun,
    )


def _noun(noun: str, count: int) -> str:
    # Nouns are passed plural ("core skills"); one of them drops the final s.
    return noun[:-1] if count == 1 and noun.endswith("s") else noun


def explain(conf: Confidence) -> str:
    """One English line from the dataclass's numbers, e.g. "73 % — 5 of 12 core skills
    verified, 3 last used over two years ago"."""
    percent = half_up(conf.value * 100)
    if conf.considered == 0:
        return f"{percent} % — no {conf.noun} to judge"
    noun = _noun(conf.noun, conf.considered)
    if conf.held == 0:
        if conf.considered == 1:
            return f"{percent} % — the 1 {noun} is not held"
        return f"{percent} % — none of the {conf.considered} {noun} held"
    parts = [f"{conf.verified} of {conf.considered} {noun} verified"]
    if conf.stale:
        parts.append(f"{conf.stale} last used over two years ago")
    if conf.unknown_recency:
        parts.append(f"{conf.unknown_recency} with no last-used date")
    return f"{percent} % — " + ", ".join(parts)


def explain_data(data: Any) -> str:
    """explain() for a stored analysis' "confidence" object ("" when it cannot be read)."""
    try:
        return explain(Confidence.from_data(dict(data)))
    except (TypeError, ValueError):
        return ""
