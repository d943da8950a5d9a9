"""What happened to a person's data, published by the services that change it.

publish() runs inside the transaction of the change, so everything it causes commits or
rolls back with it: skill goals follow skill changes (and may complete), then the
achievement rules listening to those events award what became true. Events are the names in
smatrx/achievements/rules.py (ONBOARDING, SKILLS, IMPORTS, GOALS).
"""

from __future__ import annotations

from smatrx.achievements.rules import EVENTS, GOALS, SKILLS
from smatrx.extensions import db


def publish(user_id: str, *events: str) -> None:
    """React to events for user_id (achievements are announced by announce.announce: a
    toast in their own request, a notification otherwise)."""
    # Imported here: the services that publish are imported by these modules in turn.
    from smatrx.achievements.announce import announce
    from smatrx.achievements.services import award
    from smatrx.goals.services import sync_skill_goals

    happened = set(events)
    unknown = happened - EVENTS
    if unknown:
        raise ValueError(f"unknown events: {sorted(unknown)}")
    db.session.flush()  # the listeners' queries must see the change
    if SKILLS in happened and sync_skill_goals(user_id):
        happened.add(GOALS)
    announce(user_id, award(user_id, happened))
