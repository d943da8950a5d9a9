"""Consent (issue 19): what each purpose covers, its default, and recording grants and
withdrawals. No Flask here: callers pass the session and the published versions.

Purposes:
- terms, privacy: required. Recorded at sign-up (email and OAuth) with the versions shown;
  a new published version is accepted at the person's next request (the gate).
- aggregates: counted in aggregate statistics — holder counts and level spreads
  ("SkillStat"), "held together" ("SkillPairStat"), peers' readiness ("RoleReadinessStat").
  Default: granted (opt-out). Aggregates never describe fewer than MIN_PEOPLE people, so
  no one can be picked out of them; withdrawing leaves every one at once.
- teams: the teams the person joins see their levels, scores, verifications and last use.
  Default: granted (opt-out): joining a team is itself the person's choice.
- narrative: a summary of the person's analyses is sent to the operator's language model
  (LLM_*) to write a short text. Default: not granted (opt-in): data leaves the server.

A purpose's state is its latest row: live (withdrawnAt NULL) means granted, withdrawn
means not; no row means the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.orm import Session, aliased

from smatrx.models import Consent, User
from smatrx.models.base import utcnow
from smatrx.models.choices import CONSENT_PURPOSES

REQUIRED = ("terms", "privacy")
OPTIONAL = ("aggregates", "teams", "narrative")
DEFAULT_GRANTED = {"aggregates": True, "teams": True, "narrative": False}
assert set(REQUIRED + OPTIONAL) == set(CONSENT_PURPOSES)


class ConsentError(ValueError):
    """A request the person can correct (an unknown purpose, a version that is not the
    published one); the message says what to do."""


@dataclass(frozen=True)
class PurposeState:
    purpose: str
    granted: bool
    default: bool  # no row: the purpose's default applies
    version: str | None
    since: datetime | None  # granted or withdrawn at


def accepted_current(user_id_column: object, versions: Mapping[str, object]) -> object:
    """A SQL condition: the person's live consents include the given versions of the terms
    and the privacy notice (versions may be bind parameters: the session loader's one
    statement asks this on every request, through Consent_userId_purpose_version_idx)."""
    return and_(
        *(
            exists().where(
                Consent.user_id == user_id_column,
                Consent.purpose == kind,
                Consent.version == versions[kind],
                Consent.withdrawn_at.is_(None),
            )
            for kind in REQUIRED
        )
    )


def check_versions(posted: Mapping[str, str | None], current: Mapping[str, str]) -> None:
    """The versions a form carried must be the published ones (a text changed meanwhile,
    or the form was tampered with): a ConsentError otherwise. Missing ones are the current
    ones (the page shows only the current texts)."""
    for kind in REQUIRED:
        value = posted.get(kind)
        if value and value != current[kind]:
            raise ConsentError(
                f"The {'terms of use' if kind == 'terms' else 'privacy notice'} you accepted "
                f"(version {value[:40]}) is not the current one (version {current[kind]}). "
                "Please read the current text and accept it again."
            )


def record_required(session: Session, user_id: str, versions: Mapping[str, str]) -> int:
    """Record acceptance of the terms and privacy notice at these versions (skipping one
    already accepted). Returns how many rows were added; the caller commits."""
    have = set(
        session.execute(
            select(Consent.purpose, Consent.version).where(
                Consent.user_id == user_id,
                Consent.purpose.in_(REQUIRED),
                Consent.withdrawn_at.is_(None),
            )
        ).all()
    )
    now = utcnow()
    added = 0
    for kind in REQUIRED:
        if (kind, versions[kind]) not in have:
            session.add(
                Consent(user_id=user_id, purpose=kind, version=versions[kind], granted_at=now)
            )
            added += 1
    session.flush()
    return added


def _latest(session: Session, user_id: str) -> dict[str, Consent]:
    rows = session.scalars(
        select(Consent)
        .where(Consent.user_id == user_id)
        .order_by(Consent.purpose, Consent.granted_at.desc(), Consent.id.desc())
        .ext(distinct_on(Consent.purpose))
    )
    return {row.purpose: row for row in rows}


def states(session: Session, user_id: str) -> dict[str, PurposeState]:
    """Every purpose's state for the person, in CONSENT_PURPOSES order."""
    latest = _latest(session, user_id)
    found: dict[str, PurposeState] = {}
    for purpose in CONSENT_PURPOSES:
        row = latest.get(purpose)
        if row is None:
            found[purpose] = PurposeState(
                purpose, DEFAULT_GRANTED.get(purpose, False), True, None, None
            )
        else:
            live = row.withdrawn_at is None
            found[purpose] = PurposeState(
                purpose, live, False, row.version, row.granted_at if live else row.withdrawn_at
            )
    return found


def is_granted(session: Session, user_id: str, purpose: str) -> bool:
    row = session.scalars(
        select(Consent)
        .where(Consent.user_id == user_id, Consent.purpose == purpose)
        .order_by(Consent.granted_at.desc(), Consent.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return DEFAULT_GRANTED.get(purpose, False)
    return row.withdrawn_at is None


def set_optional(session: Session, user: User, purpose: str, granted: bool, version: str) -> bool:
    """Grant or withdraw an optional purpose (version: the privacy notice's, which
    describes the purposes). Returns whether anything changed; the caller commits.
    Withdrawing "aggregates" flags the person, which takes them out of "SkillStat" in the
    same transaction (migration 0015's trigger); the job-kept aggregates are rebuilt by
    the caller's request_aggregate_refresh()."""
    if purpose not in OPTIONAL:
        raise ConsentError("There is no such choice to make.")
    latest = _latest(session, user.id).get(purpose)
    now = utcnow()
    currently = DEFAULT_GRANTED[purpose] if latest is None else latest.withdrawn_at is None
    if currently == granted:
        return False
    if granted:
        session.add(Consent(user_id=user.id, purpose=purpose, version=version, granted_at=now))
    elif latest is not None:
        latest.withdrawn_at = now
    else:
        # Granted by default, never recorded: the withdrawal is recorded as a row that was
        # granted (by default) until now.
        session.add(
            Consent(
                user_id=user.id, purpose=purpose, version=version, granted_at=now, withdrawn_at=now
            )
        )
    if purpose == "aggregates":
        user.excluded_from_aggregates = not granted
    session.flush()
    return True


def sharing_with_teams(session: Session, user_ids: list[str]) -> set[str]:
    """Which of these people share their skills with their teams (the "teams" purpose: on
    unless withdrawn), in one statement. The hook the team views call to hide the skills
    of members who turned sharing off."""
    if not user_ids:
        return set()
    latest = (
        select(Consent.user_id, Consent.withdrawn_at)
        .where(Consent.user_id.in_(user_ids), Consent.purpose == "teams")
        .order_by(Consent.user_id, Consent.granted_at.desc(), Consent.id.desc())
        .ext(distinct_on(Consent.user_id))
    )
    withdrawn = {user_id for user_id, gone in session.execute(latest) if gone is not None}
    return set(user_ids) - withdrawn


def not_sharing_with_teams(user_id: ColumnElement[str]) -> ColumnElement[bool]:
    """SQL: the person's latest "teams" consent is withdrawn (a condition the team views add,
    so a member who turned sharing off shows no skills, in the same statement)."""
    later = aliased(Consent)
    return (
        select(Consent.id)
        .where(
            Consent.user_id == user_id,
            Consent.purpose == "teams",
            Consent.withdrawn_at.is_not(None),
            ~select(later.id)
            .where(
                later.user_id == Consent.user_id,
                later.purpose == "teams",
                later.granted_at > Consent.granted_at,
            )
            .exists(),
        )
        .exists()
    )
