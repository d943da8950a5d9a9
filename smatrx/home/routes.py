"""/home: where people land after signing in."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user
from sqlalchemy import func, select

from smatrx.achievements.services import totals
from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.goals import services as goals
from smatrx.home import bp
from smatrx.home.next_steps import next_steps
from smatrx.insights import store as insights
from smatrx.models import UserSkill
from smatrx.models.choices import SKILL_LEVELS
from smatrx.profile.display import filled_sections
from smatrx.profile.services import get_or_create_profile
from smatrx.profile.steps import STEPS


@bp.get("/home")
@login_required
def index() -> str:
    profile = get_or_create_profile(current_user)
    filled = filled_sections(profile)
    # One grouped query: how many skills at each level, and how many are verified.
    rows = db.session.execute(
        select(UserSkill.level, func.count(), func.count().filter(UserSkill.verified))
        .where(UserSkill.user_id == current_user.id)
        .group_by(UserSkill.level)
    ).all()
    per_level = dict.fromkeys(SKILL_LEVELS, 0)
    verified = 0
    for level, count, verified_count in rows:
        per_level[level] = count
        verified += verified_count
    total = sum(per_level.values())
    goal_counts = goals.counts(current_user, goals.GoalFilters())
    points, earned = totals(current_user.id)
    readiness, recommendations = _current_for(
        profile.target_role, insights.card(db.session, current_user.id)
    )
    return render_template(
        "home/index.html",
        profile=profile,
        filled=filled,
        sections=STEPS,
        per_level=per_level,
        total_skills=total,
        verified_skills=verified,
        steps=next_steps(
            filled=filled,
            total_skills=total,
            verified_skills=verified,
            open_goals=goal_counts["active"] + goal_counts["paused"],
        ),
        goal_counts=goal_counts,
        upcoming=goals.upcoming(current_user) if goal_counts["active"] else [],
        points=points,
        earned=earned,
        readiness=readiness,
        top_recommendations=recommendations,
    )


def _current_for(
    target_role: str | None, cards: dict[str, insights.Card]
) -> tuple[insights.Card | None, list[dict]]:
    """The stored readiness and first recommendations, if made for the role the profile
    names now (compared by title: no extra statement on the home page)."""
    wanted = " ".join((target_role or "").split()).lower()
    current = {
        kind: found
        for kind, found in cards.items()
        if wanted and (found.role_title or "").lower() == wanted
    }
    recommendations = current.get("recommendation")
    return current.get("gap"), recommendations.recommendations if recommendations else []
