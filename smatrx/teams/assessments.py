"""Leads' assessments of a member's skill, verifying from a team, and asking a member to
review a stale rating. Services flush and add their notifications beside the change; the
request commits both (smatrx.transaction).

Verifying goes through the verification rules' one home: a pending request is approved
(verification.services.approve: decision, notification, signal), and without one the row
is verified by skills.holdings.verify, the one function that marks a UserSkill verified.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import url_for
from sqlalchemy import and_, select
from sqlalchemy.orm import joinedload

from smatrx.extensions import db
from smatrx.models import Notification, SkillAssessment, Team, TeamMember, User, UserSkill
from smatrx.models.base import utcnow
from smatrx.notifications.services import notify
from smatrx.signals import send, skills_changed
from smatrx.skills import holdings
from smatrx.templating import format_date
from smatrx.verification import services as verification

REVIEW_KIND = "team.review"
ASSESSED_KIND = "team.assessed"
VERIFIED_KIND = "verification.approved"


@dataclass(frozen=True)
class Entry:
    assessment: SkillAssessment
    assessor_name: str
    team_name: str | None


def team_user_skill(team_id: str, user_skill_id: str) -> tuple[UserSkill, User] | None:
    """A member's skill row the team may see (with its skill) and its owner; None when the
    row is unknown, hidden from teams, or its owner is not in the team."""
    row = db.session.execute(
        select(UserSkill, User)
        .options(joinedload(UserSkill.skill))
        .join(User, User.id == UserSkill.user_id)
        .join(
            TeamMember,
            and_(TeamMember.user_id == UserSkill.user_id, TeamMember.team_id == team_id),
        )
        .where(UserSkill.id == user_skill_id, UserSkill.hidden_from_teams.is_(False))
    ).first()
    return (row[0], row[1]) if row else None


def history(user_skill_id: str) -> list[Entry]:
    """Every lead assessment of the row, newest first, with who made it and in which team
    (the matrix shows the latest whichever team made it, so the history shows them all)."""
    rows = db.session.execute(
        select(SkillAssessment, User, Team.name)
        .outerjoin(User, User.id == SkillAssessment.assessor_id)
        .outerjoin(Team, Team.id == SkillAssessment.team_id)
        .where(SkillAssessment.user_skill_id == user_skill_id)
        .order_by(SkillAssessment.created_at.desc(), SkillAssessment.id.desc())
    )
    return [
        Entry(assessment, assessor.display_name if assessor else "A former member", team_name)
        for assessment, assessor, team_name in rows
    ]


def assess(
    assessor: User,
    team: Team,
    user_skill: UserSkill,
    level: str,
    score: int | None,
    note: str | None,
) -> SkillAssessment:
    """Record a new assessment (history is kept: rows are only added) and tell the member."""
    assessment = SkillAssessment(
        user_skill_id=user_skill.id,
        assessor_id=assessor.id,
        team_id=team.id,
        level=level,
        proficiency_score=score,
        note=note or None,
    )
    db.session.add(assessment)
    notify(
        user_skill.user_id,
        ASSESSED_KIND,
        f"{assessor.display_name} assessed your {user_skill.skill.name} skill in "
        f"{team.name}: {level}.",
        url_for("teams.assess", slug=team.slug, user_skill_id=user_skill.id),
    )
    db.session.flush()
    return assessment


def verify_from_team(reviewer: User, user_skill: UserSkill) -> None:
    """A lead who is a verifier verifies the row at its current level. Refused (409) when
    it is verified already."""
    if user_skill.verified:
        raise verification.VerificationRefused(
            f"This {user_skill.skill.name} skill is already verified; nothing was changed."
        )
    pending = verification.pending_request(user_skill.id)
    if pending is not None:
        verification.approve(reviewer, pending)
        return
    holdings.verify(user_skill, reviewer.id, utcnow())
    notify(
        user_skill.user_id,
        VERIFIED_KIND,
        f"{reviewer.display_name} verified your {user_skill.skill.name} skill "
        f"({user_skill.level}).",
        url_for("skills.index", _anchor=f"us-{user_skill.id}"),
    )
    send(skills_changed, user_skill.user_id)
    db.session.flush()


def review_link(user_skill: UserSkill | None = None) -> str:
    """/skills, at the row when the ask is about one skill."""
    if user_skill is None:
        return url_for("skills.index")
    return url_for("skills.index", _anchor=f"us-{user_skill.id}")


def _asked_already(user_id: str, link: str) -> bool:
    """An earlier ask with the same link is still unread (asking twice adds nothing)."""
    return (
        db.session.scalar(
            select(Notification.id)
            .where(
                Notification.user_id == user_id,
                Notification.kind == REVIEW_KIND,
                Notification.link == link,
                Notification.read_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


def ask_review(lead: User, team: Team, user_skill: UserSkill) -> bool:
    """Ask the member to look at the rating again (a notification linking to /skills).
    False, and nothing sent, when an earlier ask about the same skill is still unread."""
    link = review_link(user_skill)
    if _asked_already(user_skill.user_id, link):
        return False
    rated = format_date(user_skill.edited_at or user_skill.updated_at)
    notify(
        user_skill.user_id,
        REVIEW_KIND,
        f"{lead.display_name} ({team.name}) asks you to review your {user_skill.skill.name} "
        f"rating, last set on {rated}: update it, or save it as it is to confirm it.",
        link,
    )
    db.session.flush()
    return True


def ask_member_review(lead: User, team: Team, member_id: str, skill_names: list[str]) -> bool:
    """Ask a member to review all their stale ratings at once (one notification naming a
    few of them). False, and nothing sent, while an earlier such ask is unread."""
    link = review_link()
    if not skill_names or _asked_already(member_id, link):
        return False
    shown = ", ".join(skill_names[:3]) + (
        f" and {len(skill_names) - 3} more" if len(skill_names) > 3 else ""
    )
    count = len(skill_names)
    notify(
        member_id,
        REVIEW_KIND,
        f"{lead.display_name} ({team.name}) asks you to review {count} rating"
        f"{'s' if count != 1 else ''} over 12 months old: {shown}. Update them, or save "
        "them as they are to confirm them.",
        link,
    )
    db.session.flush()
    return True
