"""Telling a person about achievements they just earned.

Earned by their own request: a toast. HTMX region requests get an HX-Trigger
"achievementEarned" event (static/js/app.js draws the toast); boosted pages, redirects and
plain requests get a flash message on the page they land on, since a body swap or a new page
would drop a toast. Earned anywhere else (a background job, a reviewer approving their
skill, the award-achievements command): a notification in the bell.
"""

from __future__ import annotations

from flask import Flask, Response, flash, g, has_request_context
from flask_login import current_user

from smatrx.achievements.rules import Rule
from smatrx.achievements.services import award
from smatrx.htmx import is_partial, redirects, trigger
from smatrx.notifications.services import notify

EVENT = "achievementEarned"
PAGE_LINK = "/achievements"
_PENDING = "achievements_earned"


def describe(rule: Rule) -> str:
    return f"Achievement unlocked: {rule.title} (+{rule.points} points)."


def announce(user_id: str, rules: list[Rule]) -> None:
    """Tell user_id about rules just awarded (in the caller's transaction): a toast when it
    is their own request, a notification otherwise (jobs and commands have no request)."""
    if not rules:
        return
    if _is_current_user(user_id):
        g.setdefault(_PENDING, []).extend(rules)
        return
    for rule in rules:
        notify(user_id, "achievement.earned", describe(rule), link=PAGE_LINK)


def award_and_announce(user_id: str, events: frozenset[str]) -> None:
    """changes_settled receiver: award the rules listening to what happened, then tell."""
    announce(user_id, award(user_id, events))


def _is_current_user(user_id: str) -> bool:
    return (
        has_request_context()
        and current_user.is_authenticated
        and getattr(current_user, "id", None) == user_id
    )


def _announce_pending(response: Response) -> Response:
    rules: list[Rule] = g.pop(_PENDING, [])
    if not rules or response.status_code >= 400:
        return response
    if is_partial() and not redirects(response):
        detail = {
            "achievements": [
                {"title": rule.title, "points": rule.points, "badge": rule.badge} for rule in rules
            ],
            "url": PAGE_LINK,
        }
        return trigger(response, EVENT, detail)
    for rule in rules:
        flash(describe(rule), "success")
    return response


def init_app(app: Flask) -> None:
    app.after_request(_announce_pending)
