"""The onboarding steps and where a person stands in them. Pure: no Flask, no database."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    skippable: bool
    # The wizard's step list names every step at once, on one row: a word or two each.
    short_title: str


STEPS = (
    Step("about", "About you", skippable=False, short_title="About you"),
    Step("direction", "Where you're heading", skippable=True, short_title="Direction"),
    Step("languages", "Languages and industries", skippable=True, short_title="Languages"),
    Step("salary", "Salary expectation", skippable=True, short_title="Salary"),
    Step("links", "Links", skippable=True, short_title="Links"),
)
STEP_KEYS = tuple(step.key for step in STEPS)
DONE, SKIPPED = "done", "skipped"


def step_by_key(key: str) -> Step | None:
    return next((step for step in STEPS if step.key == key), None)


def first_pending(state: dict[str, str]) -> Step | None:
    """The first step neither done nor skipped, or None when every step is."""
    return next((step for step in STEPS if state.get(step.key) not in (DONE, SKIPPED)), None)


def next_step(key: str) -> Step | None:
    index = STEP_KEYS.index(key)
    return STEPS[index + 1] if index + 1 < len(STEPS) else None


def previous_step(key: str) -> Step | None:
    index = STEP_KEYS.index(key)
    return STEPS[index - 1] if index > 0 else None


def is_complete(state: dict[str, str]) -> bool:
    """Finished when every step is done or skipped and the first one (not skippable) done."""
    return first_pending(state) is None and all(
        state.get(step.key) == DONE for step in STEPS if not step.skippable
    )
