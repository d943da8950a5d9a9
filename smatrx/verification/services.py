"""Verification of skills: asking, the verifiers' queue, approving and declining.

Each write adds its notifications beside its change and flushes; the view commits both
at once (smatrx/transaction.py), so nobody hears of a request or an outcome that was
rolled back. A refused write has changed nothing: the view rolls back, which also lets go
of the row it locked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from math import ceil

from flask import url_for
from sqlalchemy import Select, func, select
from sqlalchemy.orm import joinedload

from smatrx.extensions import db
from smatrx.models import Skill, User, UserSkill, VerificationRequest
from smatrx.models.base import utcnow
from smatrx.notifications.services import notify, notify_many
from smatrx.signals import send, skills_changed
from smatrx.skills import holdings

logger = logging.getLogger(__name__)

PAGE_SIZE = 25
QUEUE_TABS = ("pending", "history")


class VerificationRefused(Exception):
    """The write breaks a rule; the message says which. status is the HTTP status the
    view answers with (403: not yours to decide, 409: the state does not allow it)."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


def _with_skill_and_people(statement: Select) -> Select:
    return statement.options(
        joinedload(VerificationRequest.user_skill).joinedload(UserSkill.skill),
        joinedload(VerificationRequest.user),
        joinedload(VerificationRequest.reviewer),
    )


def own_user_skill(user_id: str, user_skill_id: str) -> UserSkill | None:
    """The user's UserSkill with its skill, or None (someone else's is not found)."""
    user_skill = db.session.scalar(
        select(UserSkill)
        .options(joinedload(UserSkill.skill))
        .where(UserSkill.id == user_skill_id, UserSkill.user_id == user_id)
    )
    return user_skill


def pending_request(user_skill_id: str) -> VerificationRequest | None:
    return db.session.scalar(
        select(VerificationRequest).where(
            VerificationRequest.user_skill_id == user_skill_id,
            VerificationRequest.status == "pending",
        )
    )


def why_not_requestable(user_skill: UserSkill) -> str | None:
    """Why a request cannot be made for this skill now, or None when it can."""
    if user_skill.verified:
        return f"Your {user_skill.skill.name} skill is already verified."
    if pending_request(user_skill.id) is not None:
        return (
            f"You already asked for {user_skill.skill.name} to be verified; "
            "a verifier will look at it soon."
        )
    return None


def reviewer_ids_except(owner_id: str) -> list[str]:
    """Every active verifier and admin, the owner excepted."""
    return list(
        db.session.scalars(
            select(User.id).where(
                User.role.in_(("verifier", "admin")),
                User.deactivated_at.is_(None),
                User.id != owner_id,
            )
        )
    )


def _lock(model: type, row_id: str) -> None:
    """Lock one row by its id alone. refresh(with_for_update=True) would repeat the row's
    eager joins, and PostgreSQL refuses FOR UPDATE on the nullable side of an outer join."""
    db.session.execute(select(model.id).where(model.id == row_id).with_for_update())


def request_verification(
    owner: User, user_skill: UserSkill, note: str | None, links: list[str]
) -> VerificationRequest:
    """Ask for user_skill to be verified and tell every reviewer (one flush).

    The UserSkill row is locked first: two requests sent at the same moment cannot both
    find no pending one.
    """
    _lock(UserSkill, user_skill.id)
    db.session.refresh(user_skill)
    reason = why_not_requestable(user_skill)
    if reason:
        raise VerificationRefused(reason)
    verification = VerificationRequest(
        user_skill_id=user_skill.id,
        user_id=owner.id,
        level=user_skill.level,
        note=(note or "").strip() or None,
        evidence=links or None,
        status="pending",
    )
    db.session.add(verification)
    db.session.flush()
    notify_many(
        reviewer_ids_except(owner.id),
        "verification.requested",
        f"{owner.display_name} asks you to verify their {user_skill.skill.name} skill "
        f"({user_skill.level}).",
        url_for("verification.review", request_id=verification.id),
    )
    db.session.flush()
    logger.info("verification %s requested by %s", verification.id, owner.id)
    return verification


def my_requests(user_id: str) -> list[VerificationRequest]:
    """The user's requests, newest first, with their skills and reviewers."""
    return list(
        db.session.scalars(
            _with_skill_and_people(select(VerificationRequest))
            .where(VerificationRequest.user_id == user_id)
            .order_by(VerificationRequest.created_at.desc(), VerificationRequest.id)
        )
    )


@dataclass(frozen=True)
class QueuePage:
    tab: str
    items: list[VerificationRequest]
    total: int
    pending_total: int
    page: int
    pages: int


def queue(reviewer: User, tab: str = "pending", page: int = 1) -> QueuePage:
    """Requests a reviewer can decide (pending, oldest first) or the decided ones (newest
    decision first); never the reviewer's own. Three statements whatever the page size."""
    tab = tab if tab in QUEUE_TABS else "pending"
    not_mine = VerificationRequest.user_id != reviewer.id
    pending = (VerificationRequest.status == "pending", not_mine)
    conditions = (
        pending if tab == "pending" else (VerificationRequest.status != "pending", not_mine)
    )
    pending_total = (
        db.session.scalar(select(func.count()).select_from(VerificationRequest).where(*pending))
        or 0
    )
    total = pending_total
    if tab != "pending":
        total = (
            db.session.scalar(
                select(func.count()).select_from(VerificationRequest).where(*conditions)
            )
            or 0
        )
    pages = max(1, ceil(total / PAGE_SIZE))
    page = min(max(1, page), pages)
    order = (
        (VerificationRequest.created_at, VerificationRequest.id)
        if tab == "pending"
        else (VerificationRequest.reviewed_at.desc(), VerificationRequest.id)
    )
    items = list(
        db.session.scalars(
            _with_skill_and_people(select(VerificationRequest))
            .where(*conditions)
            .order_by(*order)
            .limit(PAGE_SIZE)
            .offset((page - 1) * PAGE_SIZE)
        )
    )
    return QueuePage(
        tab=tab, items=items, total=total, pending_total=pending_total, page=page, pages=pages
    )


def get_request(request_id: str) -> VerificationRequest | None:
    return db.session.scalar(
        _with_skill_and_people(select(VerificationRequest)).where(
            VerificationRequest.id == request_id
        )
    )


def _lock_for_decision(reviewer: User, verification: VerificationRequest) -> None:
    """Lock the request and refuse what the reviewer may not decide. Locking makes two
    reviewers deciding at once take turns: the second finds it decided."""
    if verification.user_id == reviewer.id:
        raise VerificationRefused("You cannot review your own verification request.", 403)
    _lock(VerificationRequest, verification.id)
    db.session.refresh(verification)
    if verification.status != "pending":
        raise VerificationRefused(
            f"This request was already {verification.status}; nothing was changed."
        )


def approve(reviewer: User, verification: VerificationRequest) -> None:
    """Verify the skill (its source stays what it was), record the decision, tell the owner."""
    _lock_for_decision(reviewer, verification)
    now = utcnow()
    user_skill = verification.user_skill
    holdings.verify(user_skill, reviewer.id, now)
    verification.status = "approved"
    verification.reviewer_id = reviewer.id
    verification.reviewed_at = now
    skill: Skill = user_skill.skill
    notify(
        verification.user_id,
        "verification.approved",
        f"{reviewer.display_name} verified your {skill.name} skill.",
        url_for("verification.review", request_id=verification.id),
    )
    send(skills_changed, verification.user_id)  # the owner may earn "first verified"
    db.session.flush()
    logger.info("verification %s approved by %s", verification.id, reviewer.id)


def decline(reviewer: User, verification: VerificationRequest, reason: str) -> None:
    """Decline with a reason the owner sees; the skill stays as it was."""
    _lock_for_decision(reviewer, verification)
    verification.status = "declined"
    verification.reviewer_id = reviewer.id
    verification.reviewed_at = utcnow()
    verification.reason = reason.strip()
    notify(
        verification.user_id,
        "verification.declined",
        f"{reviewer.display_name} declined to verify your {verification.user_skill.skill.name} "
        "skill. See why.",
        url_for("verification.review", request_id=verification.id),
    )
    db.session.flush()
    logger.info("verification %s declined by %s", verification.id, reviewer.id)
