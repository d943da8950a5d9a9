"""A team's coverage of its target profile: pure (no Flask, no database), over the rows
holdings.team_holdings() and team_members() give and the team's targets.

Per target: the members holding the skill at or above its minimum level against how many
the team needs (met, or short by N). Readiness is the share of the needed seats that are
filled: sum(min(holders, needed)) / sum(needed), rounded down, so a team shows 100 % only
when every target is met, and a surplus on one target never hides a hole in another.

Single points of failure: a target only one member meets (one resignation from nobody),
and any skill — target or not — that exactly one member holds at advanced or above.
Stale ratings: ratings last set more than STALE_AFTER ago.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from smatrx.skills.levels import LEVEL_LABELS, rank
from smatrx.teams.holdings import Holding, Member

STALE_AFTER = timedelta(days=365)
STRONG_LEVEL = "advanced"  # a lone holder at this level or above is a single point of failure
LETTERS = {"beginner": "B", "intermediate": "I", "advanced": "A", "expert": "E"}


@dataclass(frozen=True)
class Target:
    """One row of the team's target profile, with its skill's names."""

    id: str
    skill_id: str
    skill_name: str
    skill_slug: str
    category_name: str
    min_level: str
    needed: int


@dataclass(frozen=True)
class Holder:
    user_id: str
    name: str
    level: str
    verified: bool
    user_skill_id: str


@dataclass(frozen=True)
class TargetCoverage:
    target: Target
    holders: tuple[Holder, ...]  # at or above the level, strongest first

    @property
    def count(self) -> int:
        return len(self.holders)

    @property
    def met(self) -> bool:
        return self.count >= self.target.needed

    @property
    def short_by(self) -> int:
        return max(0, self.target.needed - self.count)

    @property
    def single_point(self) -> bool:
        """Exactly one member meets the target: losing them leaves nobody."""
        return self.count == 1

    @property
    def status(self) -> str:
        return "Met" if self.met else f"Short by {self.short_by}"


@dataclass(frozen=True)
class LoneExpert:
    """A skill exactly one member holds at advanced or above."""

    skill_id: str
    skill_name: str
    category_name: str
    holder: Holder
    targeted: bool


@dataclass(frozen=True)
class StaleRating:
    user_skill_id: str
    user_id: str
    member_name: str
    skill_name: str
    level: str
    rated_at: datetime


@dataclass(frozen=True)
class StaleMember:
    """One member's stale ratings, oldest first: a lead asks a person once for all of them."""

    user_id: str
    name: str
    ratings: tuple[StaleRating, ...]

    @property
    def count(self) -> int:
        return len(self.ratings)


def stale_by_member(stale: Iterable[StaleRating]) -> tuple[StaleMember, ...]:
    """Stale ratings per member, the member with the oldest rating first."""
    groups: dict[str, list[StaleRating]] = {}
    for item in sorted(stale, key=lambda i: (i.rated_at, i.skill_name.lower())):
        groups.setdefault(item.user_id, []).append(item)
    return tuple(
        StaleMember(user_id, ratings[0].member_name, tuple(ratings))
        for user_id, ratings in groups.items()
    )


@dataclass(frozen=True)
class CoverageReport:
    targets: tuple[TargetCoverage, ...]
    readiness: int | None  # percent, None without targets
    lone_experts: tuple[LoneExpert, ...]
    stale: tuple[StaleRating, ...]
    members: int = 0
    filled: int = 0
    seats: int = 0
    single_points: tuple[TargetCoverage, ...] = field(default=())

    @property
    def other_lone_experts(self) -> tuple[LoneExpert, ...]:
        """Lone experts not already flagged as a target only they meet (one hole, said once)."""
        flagged = {(row.target.skill_id, row.holders[0].user_id) for row in self.single_points}
        return tuple(
            item
            for item in self.lone_experts
            if (item.skill_id, item.holder.user_id) not in flagged
        )

    @property
    def stale_members(self) -> tuple[StaleMember, ...]:
        return stale_by_member(self.stale)

    @property
    def met_count(self) -> int:
        return sum(1 for row in self.targets if row.met)


def meets(level: str, min_level: str) -> bool:
    return rank(level) >= rank(min_level)


def level_letter(level: str | None) -> str:
    return LETTERS.get(level or "", "")


def readiness(rows: Sequence[TargetCoverage]) -> tuple[int | None, int, int]:
    """(percent rounded down, seats filled, seats needed); percent None without targets."""
    seats = sum(row.target.needed for row in rows)
    filled = sum(min(row.count, row.target.needed) for row in rows)
    if not seats:
        return None, 0, 0
    return filled * 100 // seats, filled, seats


def _strongest_first(holder: Holder) -> tuple[int, bool, str]:
    return (-rank(holder.level), not holder.verified, holder.name.lower())


def coverage_report(
    members: Iterable[Member],
    holdings: Iterable[Holding],
    targets: Iterable[Target],
    now: datetime,
) -> CoverageReport:
    """The whole report from the team's rows; `now` decides what is stale."""
    names = {member.user_id: member.name for member in members}
    by_skill: dict[str, list[Holding]] = defaultdict(list)
    stale: list[StaleRating] = []
    for holding in holdings:
        if holding.user_id not in names:
            continue  # rows of people who left between the two reads
        by_skill[holding.skill_id].append(holding)
        if now - holding.rated_at > STALE_AFTER:
            stale.append(
                StaleRating(
                    holding.user_skill_id,
                    holding.user_id,
                    names[holding.user_id],
                    holding.skill_name,
                    holding.level,
                    holding.rated_at,
                )
            )

    def holder(row: Holding) -> Holder:
        return Holder(row.user_id, names[row.user_id], row.level, row.verified, row.user_skill_id)

    ordered_targets = sorted(targets, key=lambda t: (t.category_name.lower(), t.skill_name.lower()))
    rows = tuple(
        TargetCoverage(
            target,
            tuple(
                sorted(
                    (
                        holder(row)
                        for row in by_skill.get(target.skill_id, ())
                        if meets(row.level, target.min_level)
                    ),
                    key=_strongest_first,
                )
            ),
        )
        for target in ordered_targets
    )
    targeted = {target.skill_id for target in ordered_targets}
    lone = []
    for skill_id, rows_of_skill in by_skill.items():
        strong = [row for row in rows_of_skill if meets(row.level, STRONG_LEVEL)]
        if len(strong) == 1:
            only = strong[0]
            lone.append(
                LoneExpert(
                    skill_id,
                    only.skill_name,
                    only.category_name,
                    holder(only),
                    skill_id in targeted,
                )
            )
    lone.sort(key=lambda item: (item.skill_name.lower(), item.skill_id))
    stale.sort(key=lambda item: (item.rated_at, item.member_name.lower(), item.skill_name.lower()))
    percent, filled, seats = readiness(rows)
    return CoverageReport(
        targets=rows,
        readiness=percent,
        lone_experts=tuple(lone),
        stale=tuple(stale),
        members=len(names),
        filled=filled,
        seats=seats,
        single_points=tuple(row for row in rows if row.single_point),
    )


def level_label(level: str) -> str:
    return LEVEL_LABELS.get(level, level)
