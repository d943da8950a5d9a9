"""Invitations to a team: a mailed link or a link the lead copies, both single-use and
expiring after TEAM_INVITE_DAYS. The link carries a random secret; the database keeps only
its SHA-256 (as for account links), so the secret is shown once and never again.

A withdrawn invitation is marked used by nobody (usedAt set, usedById empty): it stays in
the table, so its link answers "withdrawn" instead of "unknown". Services flush; the
request commits (smatrx.transaction); the mail leaves after the commit.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app, render_template
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from smatrx.auth.services import absolute_url
from smatrx.extensions import db
from smatrx.mail import send_mail
from smatrx.models import Team, TeamInvite, TeamMember, User
from smatrx.models.base import utcnow
from smatrx.transaction import after_commit

# What token_urlsafe(32) gives (43 characters); anything else is not one of our links and
# is answered without asking the database.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


class InviteError(ValueError):
    """The link cannot be used; the message says why, for the person who followed it.
    status is the HTTP answer: 404 for a link we never made, 410 for one that is gone."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


UNKNOWN = "This invitation link is not valid. Check that you copied all of it."
USED = "This invitation has already been used. Ask the team's lead for a new one."
WITHDRAWN = "This invitation was withdrawn. Ask the team's lead for a new one."
EXPIRED = "This invitation has expired. Ask the team's lead for a new one."
ELSEWHERE = (
    "This invitation was sent to another email address. Sign in with that address, or ask "
    "the team's lead for a link."
)


@dataclass(frozen=True)
class IssuedInvite:
    invite: TeamInvite
    token: str  # what goes in the URL; shown once


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def lifetime() -> timedelta:
    return timedelta(days=current_app.config["TEAM_INVITE_DAYS"])


def _issue(team: Team, inviter: User, email: str | None) -> IssuedInvite:
    token = secrets.token_urlsafe(32)
    invite = TeamInvite(
        team_id=team.id,
        token_hash=token_digest(token),
        email=email,
        created_by_id=inviter.id,
        expires_at=utcnow() + lifetime(),
    )
    db.session.add(invite)
    db.session.flush()
    return IssuedInvite(invite, token)


def create_link(team: Team, inviter: User) -> IssuedInvite:
    """A link the lead copies and passes on; whoever follows it first may join."""
    return _issue(team, inviter, None)


def is_member(team: Team, email: str) -> bool:
    return (
        db.session.scalar(
            select(TeamMember.id)
            .join(User, User.id == TeamMember.user_id)
            .where(TeamMember.team_id == team.id, User.email == email)
        )
        is not None
    )


def invite_by_email(team: Team, inviter: User, email: str) -> IssuedInvite:
    """Mail a link to the address (sent once the request commits). An earlier pending
    invitation to the same address is withdrawn: the newest mail is the one that works."""
    withdraw_pending(team, email=email)
    issued = _issue(team, inviter, email)
    body = render_template(
        "mail/team_invite.txt",
        team=team,
        inviter=inviter,
        url=absolute_url("teams.join", token=issued.token),
        days=current_app.config["TEAM_INVITE_DAYS"],
    )
    subject = f"{inviter.display_name} invites you to the team {team.name}"
    after_commit(lambda: send_mail(email, subject, body))
    return issued


def pending_invites(team_id: str) -> list[tuple[TeamInvite, str | None]]:
    """Invitations that can still be used, newest first, with who made each."""
    rows = db.session.execute(
        select(TeamInvite, User)
        .outerjoin(User, User.id == TeamInvite.created_by_id)
        .where(
            TeamInvite.team_id == team_id,
            TeamInvite.used_at.is_(None),
            TeamInvite.expires_at > utcnow(),
        )
        .order_by(TeamInvite.created_at.desc(), TeamInvite.id)
    )
    return [(invite, user.display_name if user else None) for invite, user in rows]


def withdraw(team: Team, invite_id: str) -> bool:
    """Withdraw one pending invitation of the team; False when there is none such."""
    result = db.session.execute(
        update(TeamInvite)
        .where(
            TeamInvite.id == invite_id,
            TeamInvite.team_id == team.id,
            TeamInvite.used_at.is_(None),
        )
        .values(used_at=utcnow(), used_by_id=None)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def withdraw_pending(team: Team, *, email: str) -> None:
    db.session.execute(
        update(TeamInvite)
        .where(
            TeamInvite.team_id == team.id,
            TeamInvite.email == email,
            TeamInvite.used_at.is_(None),
        )
        .values(used_at=utcnow(), used_by_id=None)
        .execution_options(synchronize_session=False)
    )


def _check(invite: TeamInvite | None) -> TeamInvite:
    if invite is None:
        raise InviteError(UNKNOWN, 404)
    if invite.used_at is not None:
        raise InviteError(USED if invite.used_by_id else WITHDRAWN, 410)
    if invite.expires_at <= utcnow():
        raise InviteError(EXPIRED, 410)
    return invite


def lookup(token: str, *, lock: bool = False) -> TeamInvite | None:
    """The invitation the link names, usable or not (None: we never made this link). With
    lock, its row stays locked until the commit (two people cannot both use one link)."""
    if not _TOKEN.fullmatch(token):
        return None
    statement = select(TeamInvite).where(TeamInvite.token_hash == token_digest(token))
    if lock:
        # Read afresh under the lock: what a concurrent joiner committed, not a cached copy.
        # Only the invitation's row is locked (FOR UPDATE OF), not its team's.
        statement = statement.with_for_update(of=TeamInvite).execution_options(
            populate_existing=True
        )
    statement = statement.options(joinedload(TeamInvite.team))
    return db.session.scalar(statement)


def usable(invite: TeamInvite | None) -> TeamInvite:
    """The invitation if it can be used now; else InviteError saying why."""
    return _check(invite)


def meant_for_someone_else(invite: TeamInvite, user: User) -> bool:
    """A mailed invitation works only for the account with that address (a forwarded
    mail does not let someone else in)."""
    return invite.email is not None and (user.email or "").lower() != invite.email.lower()


def membership(team_id: str, user_id: str) -> TeamMember | None:
    """The person's membership of the team (with the person), or None."""
    return db.session.scalar(
        select(TeamMember)
        .options(joinedload(TeamMember.user))
        .where(TeamMember.team_id == team_id, TeamMember.user_id == user_id)
    )


def accept(token: str, user: User) -> tuple[Team, bool]:
    """Use the link: the person joins as a member and the link is spent. Returns the team
    and whether they joined (False: they were a member already; the link stays unused).
    InviteError when the link cannot be used (also when it was used a moment ago)."""
    invite = lookup(token, lock=True)
    if invite is not None and membership(invite.team_id, user.id) is not None:
        return invite.team, False
    invite = usable(invite)
    if meant_for_someone_else(invite, user):
        raise InviteError(ELSEWHERE, 403)
    team = invite.team
    try:
        with db.session.begin_nested():
            db.session.add(TeamMember(team_id=team.id, user_id=user.id, role="member"))
    except IntegrityError:  # joined through another link at the same moment
        return team, False
    invite.used_at, invite.used_by_id = utcnow(), user.id
    db.session.flush()
    return team, True
