"""The achievement rules on their own (no database): thresholds, keys, badges, which rules
listen to which events, what is newly met, the catalog-sized target, progress."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from smatrx.achievements.rules import (
    EVENTS,
    GOALS,
    IMPORTS,
    ONBOARDING,
    RULES,
    RULES_BY_KEY,
    SKILLS,
    Facts,
    Progress,
    listening,
    newly_met,
)
from smatrx.config import PROJECT_ROOT
from smatrx.models.choices import ACHIEVEMENT_TYPES

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SVG = "{http://www.w3.org/2000/svg}svg"

# Per rule: the facts just below its threshold and the facts exactly at it.
THRESHOLDS: dict[str, tuple[Facts, Facts]] = {
    "onboarding-complete": (Facts(onboarding_completed=False), Facts(onboarding_completed=True)),
    "first-skill": (Facts(skills=0), Facts(skills=1)),
    "skills-10": (Facts(skills=9), Facts(skills=10)),
    "skills-25": (Facts(skills=24), Facts(skills=25)),
    "skills-50": (Facts(skills=49), Facts(skills=50)),
    "first-verified": (Facts(skills=3, verified_skills=0), Facts(skills=3, verified_skills=1)),
    "first-import": (Facts(completed_imports=0), Facts(completed_imports=1)),
    "first-goal-completed": (Facts(completed_goals=0), Facts(completed_goals=1)),
    "goals-5": (Facts(completed_goals=4), Facts(completed_goals=5)),
    "expert-skill": (Facts(skills=2, expert_skills=0), Facts(skills=2, expert_skills=1)),
    "every-category": (
        Facts(skills=6, categories_held=6, categories_total=7),
        Facts(skills=7, categories_held=7, categories_total=7),
    ),
}


def test_every_rule_has_a_threshold_case() -> None:
    assert set(THRESHOLDS) == {rule.key for rule in RULES}


@pytest.mark.parametrize("key", sorted(THRESHOLDS))
def test_each_rule_is_met_exactly_at_its_threshold(key: str) -> None:
    rule = RULES_BY_KEY[key]
    below, at = THRESHOLDS[key]
    assert not rule.is_met(below)
    assert rule.is_met(at)
    # Above the threshold stays met, and the progress never runs past the target.
    above = replace(
        at,
        skills=at.skills + 1,
        completed_goals=at.completed_goals + 1,
        completed_imports=at.completed_imports + 1,
        verified_skills=at.verified_skills + 1,
        expert_skills=at.expert_skills + 1,
    )
    assert rule.is_met(above)
    progress = rule.progress(above)
    assert progress.current == progress.target
    assert progress.percent == 100
    below_progress = rule.progress(below)
    assert below_progress.current < below_progress.target
    assert below_progress.percent < 100


def test_targets_and_units_as_the_page_shows_them() -> None:
    facts = Facts(skills=3, completed_goals=2, categories_held=2, categories_total=7)
    shown = {
        rule.key: (rule.progress(facts).current, rule.progress(facts).target, rule.unit)
        for rule in RULES
        if rule.progress(facts).target > 1
    }
    assert shown == {
        "skills-10": (3, 10, "skills"),
        "skills-25": (3, 25, "skills"),
        "skills-50": (3, 50, "skills"),
        "goals-5": (2, 5, "goals"),
        "every-category": (2, 7, "categories"),
    }


def test_keys_are_unique_kebab_case_and_indexed() -> None:
    keys = [rule.key for rule in RULES]
    assert len(keys) == len(set(keys))
    assert all(KEBAB.fullmatch(key) for key in keys), keys
    assert set(RULES_BY_KEY) == set(keys)
    assert all(RULES_BY_KEY[rule.key] is rule for rule in RULES)


def test_rules_fit_the_achievement_table() -> None:
    for rule in RULES:
        assert rule.type in ACHIEVEMENT_TYPES, rule.key
        assert rule.points > 0, rule.key
        assert rule.title.strip() and rule.description.strip(), rule.key
        assert rule.events and rule.events <= EVENTS, rule.key
    titles = [rule.title for rule in RULES]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("key", sorted(RULES_BY_KEY))
def test_each_rule_has_a_badge_file_that_is_an_svg(key: str) -> None:
    rule = RULES_BY_KEY[key]
    assert rule.badge == f"/static/img/badges/{key}.svg"
    path = PROJECT_ROOT / rule.badge.lstrip("/")
    assert path.is_file(), path
    root = ET.parse(path).getroot()  # raises on anything that is not well-formed XML
    assert root.tag == SVG
    assert root.get("viewBox") or (root.get("width") and root.get("height"))


def test_listening_picks_rules_by_event_in_rule_order() -> None:
    def keys(events: set[str] | frozenset[str] | None) -> list[str]:
        return [rule.key for rule in listening(events)]

    assert keys({ONBOARDING}) == ["onboarding-complete"]
    assert keys({SKILLS}) == [
        "first-skill",
        "skills-10",
        "skills-25",
        "skills-50",
        "first-verified",
        "expert-skill",
        "every-category",
    ]
    assert keys({IMPORTS}) == ["first-import"]
    assert keys({GOALS}) == ["first-goal-completed", "goals-5"]
    assert keys(frozenset({IMPORTS, GOALS})) == ["first-import", "first-goal-completed", "goals-5"]
    assert keys(None) == [rule.key for rule in RULES]
    assert keys(set()) == []
    assert keys({"something-else"}) == []
    for event in EVENTS:
        assert all(event in rule.events for rule in listening({event}))
        assert not any(event in rule.events for rule in RULES if rule not in listening({event}))


def test_newly_met_skips_what_was_earned_and_what_was_not_heard() -> None:
    facts = Facts(onboarding_completed=True, skills=10, completed_goals=1)
    assert [r.key for r in newly_met(facts, set(), None)] == [
        "onboarding-complete",
        "first-skill",
        "skills-10",
        "first-goal-completed",
    ]
    assert [r.key for r in newly_met(facts, {"first-skill"}, {SKILLS})] == ["skills-10"]
    assert newly_met(facts, {"first-skill", "skills-10"}, {SKILLS}) == []
    assert [r.key for r in newly_met(facts, set(), {ONBOARDING})] == ["onboarding-complete"]
    assert [r.key for r in newly_met(facts, {"unknown-old-key"}, {GOALS})] == [
        "first-goal-completed"
    ]
    assert newly_met(Facts(), set(), None) == []


def test_every_category_follows_the_catalog_and_an_empty_catalog_never_counts() -> None:
    rule = RULES_BY_KEY["every-category"]
    assert callable(rule.target)
    assert rule.is_met(Facts(categories_held=3, categories_total=3))
    assert not rule.is_met(Facts(categories_held=3, categories_total=4))
    assert rule.progress(Facts(categories_held=3, categories_total=4)) == Progress(3, 4)
    assert rule.is_met(Facts(categories_held=12, categories_total=12))
    # No category on offer: nothing to hold, and nothing earned for it.
    assert not rule.is_met(Facts(categories_held=0, categories_total=0))
    assert not rule.is_met(Facts(skills=5, categories_held=0, categories_total=0))
    assert rule.progress(Facts()).target == 0
    assert rule.progress(Facts()).current == 0


@pytest.mark.parametrize(
    ("current", "target", "percent"),
    [
        (0, 10, 0),
        (1, 3, 33),
        (2, 3, 67),
        (10, 10, 100),
        (15, 10, 100),
        (0, 1, 0),
        (1, 1, 100),
        (0, 0, 0),  # a target of 0 is never met, so never shown as done
    ],
)
def test_progress_percent(current: int, target: int, percent: int) -> None:
    assert Progress(current, target).percent == percent


def test_progress_percent_stays_within_0_and_100_for_every_rule() -> None:
    samples = [
        Facts(),
        Facts(skills=1, categories_held=1, categories_total=7),
        Facts(skills=49, completed_goals=4, categories_held=6, categories_total=7),
        Facts(
            onboarding_completed=True,
            skills=500,
            verified_skills=500,
            expert_skills=500,
            categories_held=9,
            categories_total=7,
            completed_imports=50,
            completed_goals=50,
        ),
    ]
    for facts in samples:
        for rule in RULES:
            progress = rule.progress(facts)
            assert 0 <= progress.current <= max(progress.target, 0), (rule.key, facts)
            assert 0 <= progress.percent <= 100, (rule.key, facts)
            assert (progress.percent == 100) >= rule.is_met(facts)
