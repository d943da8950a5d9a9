"""Delete my account (and the admin's erase of someone's): everything the seed cascades
goes in one transaction, with what must stay kept and de-identified.

- The "User" row is deleted; the foreign keys do the rest (the seed's ON DELETE CASCADE for
  what is theirs, SET NULL where the row belongs to someone else: skills they proposed,
  decisions they made, teams and invitations they created, assessments they gave).
- Published skills they proposed stay (creator NULL); their unpublished proposals, which
  only they could see, go unless someone else holds them.
- Verification decisions they made stay: the request's reviewerId becomes NULL (pages say
  "a deleted account") and so does the verified skill's verifiedBy (which has no key).
- A team they were the last lead of: its longest-standing other member becomes a lead; a
  team left with nobody is deleted (a team always keeps a lead, and an empty team serves no
  one).
- Audit entries about them or by them keep their place in the log under a pseudonym: a
  keyed hash of the id (HMAC-SHA256 with a key derived from SECRET_KEY, so the same person
  maps to the same pseudonym and nobody without the key can link it back), address and
  browser removed, and for entries about them, changes cut to the fields that say what
  happened (status, level, which skill), not who they are.
- The erase itself is recorded under the pseudonym.
Services flush; the caller commits once (a failure anywhere rolls everything back).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import delete, exists, func, select, text, update
from sqlalchemy.orm import aliased

from smatrx.extensions import db
from smatrx.models import (
    AccountToken,
    AuditEvent,
    DataExport,
    Skill,
    Team,
    TeamInvite,
    TeamMember,
    User,
    UserSkill,
)

# What an audit entry about an erased person keeps of its changes: what happened, never
# who they are or what they wrote.
KEPT_CHANGE_FIELDS = (
    "id",
    "skillId",
    "teamId",
    "roleId",
    "categoryId",
    "importId",
    "userSkillId",
    "status",
    "level",
    "source",
    "type",
    "role",
    "kind",
    "purpose",
    "version",
    "verified",
    "isPublished",
)


class EraseRefused(Exception):
    """The erase may not happen (the message says why, to the person asking)."""


@dataclass
class Erased:
    email: str | None
    pseudonym: str
    teams_promoted: list[str] = field(default_factory=list)
    teams_deleted: list[str] = field(default_factory=list)
    export_files: list[str] = field(default_factory=list)


def _pseudonym_key() -> bytes:
    # Purpose-bound: the same SECRET_KEY signs cookies; this key only makes pseudonyms.
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, b"smatrx audit pseudonym v1", hashlib.sha256).digest()


def pseudonym(user_id: str) -> str:
    """The stable keyed hash that stands for an erased person in the audit log."""
    digest = hmac.new(_pseudonym_key(), user_id.encode(), hashlib.sha256).hexdigest()
    return f"erased-{digest[:32]}"


def refusal(target: User) -> str | None:
    """Why this account may not be erased, if it may not: never the last admin."""
    if target.role != "admin":
        return None
    others = db.session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == "admin", User.id != target.id, User.deactivated_at.is_(None))
    )
    if not others:
        return (
            "This is the last admin account: make someone else an admin first, so the "
            "installation keeps someone who can run it."
        )
    return None


def _hand_over_teams(user_id: str, erased: Erased) -> None:
    """Every team where they are the only lead gets a new lead, or goes when empty."""
    other_leads = aliased(TeamMember)
    led_alone = db.session.scalars(
        select(TeamMember.team_id).where(
            TeamMember.user_id == user_id,
            TeamMember.role == "lead",
            ~exists().where(
                other_leads.team_id == TeamMember.team_id,
                other_leads.role == "lead",
                other_leads.user_id != user_id,
            ),
        )
    ).all()
    for team_id in led_alone:
        successor = db.session.scalar(
            select(TeamMember)
            .where(TeamMember.team_id == team_id, TeamMember.user_id != user_id)
            .order_by(TeamMember.joined_at, TeamMember.id)
            .limit(1)
            .with_for_update()
        )
        if successor is None:
            db.session.execute(delete(Team).where(Team.id == team_id))
            erased.teams_deleted.append(team_id)
        else:
            successor.role = "lead"
            erased.teams_promoted.append(team_id)
    db.session.flush()


def _keep_decisions(user_id: str) -> None:
    # verifiedBy has no foreign key: cleared by hand (the request's reviewerId is SET NULL).
    db.session.execute(
        update(UserSkill)
        .where(UserSkill.verified_by == user_id, UserSkill.user_id != user_id)
        .values(verified_by=None)
    )


def _remove_private_proposals(user_id: str) -> None:
    held_by_others = exists().where(UserSkill.skill_id == Skill.id, UserSkill.user_id != user_id)
    db.session.execute(
        delete(Skill).where(
            Skill.proposed_by_id == user_id, Skill.is_published.is_(False), ~held_by_others
        )
    )


def _forget_address(email: str | None) -> None:
    """Links and invitations mailed to their address that no foreign key ties to them."""
    if not email:
        return
    db.session.execute(delete(AccountToken).where(AccountToken.email == email))
    db.session.execute(update(TeamInvite).where(TeamInvite.email == email).values(email=None))


def pseudonymise_audit(user_id: str, email: str | None, alias: str) -> int:
    """Rewrite the audit log's entries about or by the person (see the module's notes).
    Returns how many entries were rewritten."""
    params = {"uid": user_id, "alias": alias, "kept": list(KEPT_CHANGE_FIELDS)}
    # Entries about them: changes cut to what happened.
    db.session.execute(
        text(
            'UPDATE "AuditEvent" SET changes = ('
            "  SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb)"
            "    FROM jsonb_each(changes) WHERE key = ANY (CAST(:kept AS text[]))"
            ") || CASE WHEN changes ? '_about' THEN jsonb_build_object('_about',"
            "  jsonb_strip_nulls(jsonb_build_object('skillId', changes -> '_about' -> 'skillId')))"
            "  ELSE '{}'::jsonb END"
            ' WHERE ("subjectId" = :uid OR ("entityType" = \'User\' AND "entityId" = :uid))'
            " AND jsonb_typeof(changes) = 'object'"
        ),
        params,
    )
    # Their id anywhere in any entry's changes (a decision's reviewerId, a row they
    # created): the pseudonym instead. Ids are letters and digits, so a textual replace
    # cannot break the JSON.
    like = {"pattern": f"%{user_id}%"}
    db.session.execute(
        text(
            'UPDATE "AuditEvent" SET changes = replace(changes::text, :uid, :alias)::jsonb'
            " WHERE changes::text LIKE :pattern"
        ),
        {**params, **like},
    )
    if email:
        literal = json.dumps(email, ensure_ascii=False)
        db.session.execute(
            text(
                'UPDATE "AuditEvent"'
                " SET changes = replace(changes::text, :literal, 'null')::jsonb"
                " WHERE changes::text LIKE :pattern"
            ),
            {"literal": literal, "pattern": f"%{literal}%"},
        )
    rewritten = db.session.execute(
        text(
            'UPDATE "AuditEvent" SET'
            ' "actorId" = CASE WHEN "actorId" = :uid THEN :alias ELSE "actorId" END,'
            ' "subjectId" = CASE WHEN "subjectId" = :uid THEN :alias ELSE "subjectId" END,'
            ' "entityId" = CASE WHEN "entityId" = :uid THEN :alias ELSE "entityId" END,'
            ' ip = NULL, "userAgent" = NULL'
            ' WHERE "actorId" = :uid OR "subjectId" = :uid OR "entityId" = :uid'
        ),
        params,
    )
    return rewritten.rowcount


def erase_account(target: User, *, by: User) -> Erased:
    """Erase target's account (by themselves or by an admin): flushed, not committed."""
    reason = refusal(target)
    if reason:
        raise EraseRefused(reason)
    user_id, email = target.id, target.email
    alias = pseudonym(user_id)
    erased = Erased(email=email, pseudonym=alias)
    erased.export_files = [
        path
        for path in db.session.scalars(
            select(DataExport.path).where(
                DataExport.user_id == user_id, DataExport.path.is_not(None)
            )
        )
        if path
    ]
    _hand_over_teams(user_id, erased)
    _keep_decisions(user_id)
    _remove_private_proposals(user_id)
    _forget_address(email)
    db.session.flush()
    db.session.execute(delete(User).where(User.id == user_id))
    db.session.expunge(target)
    pseudonymise_audit(user_id, email, alias)
    by_self = by.id == user_id
    db.session.add(
        AuditEvent(
            action="erase",
            actor_id=alias if by_self else by.id,
            actor_kind="user" if by_self else "admin",
            subject_id=alias,
            entity_type="User",
            entity_id=alias,
            changes={
                "by": "self" if by_self else "admin",
                "teamsPromoted": erased.teams_promoted,
                "teamsDeleted": erased.teams_deleted,
            },
            request_id=_request_id(),
        )
    )
    db.session.flush()
    return erased


def _request_id() -> str | None:
    from flask import g, has_request_context

    return g.get("request_id") if has_request_context() else None


CONFIRMATION_SUBJECT = "Your SMATRX account is deleted"
CONFIRMATION_BODY = """\
Hello,

The SMATRX account of {email} was deleted{by} on {when} UTC, with everything it held:
profile, skills, goals, imports, achievements, notifications and sessions.

What stays, without your name or address: skills you proposed that were published to the
catalog, verification decisions you made, and the audit log's entries, where a code now
stands in for you.

If you did not ask for this, reply to this mail.
"""


def confirmation_mail(erased: Erased, *, by_admin: bool, when: str) -> tuple[str, str]:
    by = " by an administrator" if by_admin else " at your request"
    return CONFIRMATION_SUBJECT, CONFIRMATION_BODY.format(
        email=erased.email or "your address", by=by, when=when
    )
