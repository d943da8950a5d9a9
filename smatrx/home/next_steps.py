"""What to suggest next on the home page. Pure: no Flask, no database."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NextStep:
    key: str
    title: str
    detail: str


def next_steps(
    *,
    filled: dict[str, bool],
    total_skills: int,
    verified_skills: int,
    open_goals: int | None = None,
) -> list[NextStep]:
    """At most three suggestions, the most useful first (open_goals: active or paused
    goals, None when not known)."""
    steps = []
    if total_skills == 0:
        steps.append(
            NextStep(
                "add-skills",
                "Add your first skills",
                "Pick them from the catalog; it takes a minute.",
            )
        )
    if not filled.get("direction"):
        steps.append(
            NextStep(
                "target-role",
                "Choose a target role",
                "Your target role is what your skills are measured against.",
            )
        )
    if 0 < total_skills < 5:
        steps.append(
            NextStep("more-skills", "Add a few more skills", "Five or more give a fairer picture.")
        )
    if total_skills and open_goals == 0:
        steps.append(
            NextStep(
                "set-goal",
                "Set a career goal",
                "A skill to reach, a role, a certification: progress shows on your board.",
            )
        )
    if total_skills and not verified_skills:
        steps.append(
            NextStep(
                "verify",
                "Get a skill verified",
                "A verifier can confirm a skill you are proud of.",
            )
        )
    missing = [key for key, done in filled.items() if not done and key != "direction"]
    if missing:
        steps.append(
            NextStep(
                "profile",
                "Complete your profile",
                f"{len(missing)} section{'s' if len(missing) != 1 else ''} still empty.",
            )
        )
    return steps[:3]
