"""Achievement rules: one short declarative entry per rule.

Pure (no Flask, no queries). A rule measures one number in a person's Facts and is earned
when it reaches the rule's target. Each rule names the events it listens to (the names of
the data signals in smatrx/signals.py), so a change to skills does not re-check onboarding.
To add a rule: add a Facts field if needed (and its query in services.facts_for), append a
Rule, draw static/img/badges/<key>.svg. The key is stored with every award: never rename
one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from smatrx.signals import (
    DATA_SIGNALS,
    goals_completed,
    imports_completed,
    onboarding_completed,
    skills_changed,
)

# What a rule listens to: the names of the signals services send (smatrx/signals.py).
ONBOARDING = onboarding_completed.name
SKILLS = skills_changed.name
IMPORTS = imports_completed.name
GOALS = goals_completed.name
EVENTS = frozenset(signal.name for signal in DATA_SIGNALS)


@dataclass(frozen=True)
class Facts:
    """What the rules look at, for one person (services.facts_for reads it in one query)."""

    onboarding_completed: bool = False
    skills: int = 0
    verified_skills: int = 0
    expert_skills: int = 0
    categories_held: int = 0  # of the categories on offer (below)
    categories_total: int = 0  # categories with at least one skill on offer
    completed_imports: int = 0
    completed_goals: int = 0


@dataclass(frozen=True)
class Progress:
    current: int
    target: int

    @property
    def percent(self) -> int:
        # A target of 0 (an empty catalog) can never be met: nothing to show as done.
        return 0 if self.target <= 0 else min(100, round(self.current * 100 / self.target))


@dataclass(frozen=True)
class Rule:
    key: str
    title: str
    description: str
    points: int
    type: str  # the seed's Achievement.type: skill, certification, project, milestone
    events: frozenset[str]
    measure: Callable[[Facts], int]
    target: int | Callable[[Facts], int] = 1
    unit: str = ""  # what the measure counts, for "3 of 10 skills" (targets above 1)

    @property
    def badge(self) -> str:
        """The badge's URL path (static/img/badges/<key>.svg)."""
        return f"/static/img/badges/{self.key}.svg"

    def progress(self, facts: Facts) -> Progress:
        target = self.target(facts) if callable(self.target) else self.target
        return Progress(min(self.measure(facts), target), target)

    def is_met(self, facts: Facts) -> bool:
        progress = self.progress(facts)
        return progress.target > 0 and progress.current >= progress.target


def _skills(target: int, key: str, title: str, points: int) -> Rule:
    return Rule(
        key,
        title,
        f"Have {target} skills on your profile.",
        points,
        "skill",
        frozenset({SKILLS}),
        lambda f: f.skills,
        target,
        "skills",
    )


RULES: tuple[Rule, ...] = (
    Rule(
        "onboarding-complete",
        "Off to a good start",
        "Finish setting up your profile.",
        10,
        "milestone",
        frozenset({ONBOARDING}),
        lambda f: int(f.onboarding_completed),
    ),
    Rule(
        "first-skill",
        "First skill",
        "Add your first skill.",
        10,
        "skill",
        frozenset({SKILLS}),
        lambda f: f.skills,
    ),
    _skills(10, "skills-10", "Ten skills", 20),
    _skills(25, "skills-25", "Quarter century", 40),
    _skills(50, "skills-50", "Half a hundred", 75),
    Rule(
        "first-verified",
        "Vouched for",
        "Have a skill verified by a reviewer.",
        30,
        "skill",
        frozenset({SKILLS}),
        lambda f: f.verified_skills,
    ),
    Rule(
        "first-import",
        "Imported",
        "Complete an import from GitHub, LinkedIn or a résumé.",
        15,
        "milestone",
        frozenset({IMPORTS}),
        lambda f: f.completed_imports,
    ),
    Rule(
        "first-goal-completed",
        "Goal getter",
        "Complete a career goal.",
        20,
        "milestone",
        frozenset({GOALS}),
        lambda f: f.completed_goals,
    ),
    Rule(
        "goals-5",
        "Five for five",
        "Complete five career goals.",
        50,
        "milestone",
        frozenset({GOALS}),
        lambda f: f.completed_goals,
        5,
        "goals",
    ),
    Rule(
        "expert-skill",
        "Expert",
        "Reach expert level in a skill.",
        40,
        "skill",
        frozenset({SKILLS}),
        lambda f: f.expert_skills,
    ),
    Rule(
        "every-category",
        "All-rounder",
        "Hold a skill in every category of the catalog.",
        50,
        "skill",
        frozenset({SKILLS}),
        lambda f: f.categories_held,
        lambda f: f.categories_total,
        "categories",
    ),
)
RULES_BY_KEY: dict[str, Rule] = {rule.key: rule for rule in RULES}


def listening(events: frozenset[str] | set[str] | None) -> list[Rule]:
    """The rules that listen to any of the events (every rule when events is None)."""
    if events is None:
        return list(RULES)
    return [rule for rule in RULES if rule.events & events]


def newly_met(
    facts: Facts, earned: set[str], events: frozenset[str] | set[str] | None
) -> list[Rule]:
    """Rules listening to the events that the facts meet and the person has not earned yet."""
    return [rule for rule in listening(events) if rule.key not in earned and rule.is_met(facts)]
