"""A person's skill row (UserSkill): the only code that creates one or changes its level,
score, years, last use, verification or evidence — for my skills, imports and verification
alike, so each rule below is written once.

Plain functions: they change the row in the session and never commit (the request or the
job step commits once); the caller sends skills_changed. Putting back a removed row exactly
as it was (skills/undo.py) is not a change and stays with undo. The admin's skill merge
(admin/catalog/merge.py) moves rows between skills in bulk but combines two rows of one
person through absorb() here.

The verification rule: a verification attests the level it was given at, so it is cleared
when the level rises above that level, whatever changed it (an edit by hand, an import's
estimate); a drop, or a new score within the same level, keeps it.

A merge of two catalog skills is the same rule applied to two rows: both described the
same skill of one person, and the kept level is the stronger of two levels the person
already held. A verified row at that stronger level keeps attesting it, so the merged row
stays verified; when the stronger level came from the unverified row and is above the
verified row's level, the merged level rose above what was verified, and the verification
is cleared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from smatrx.extensions import db
from smatrx.models import UserSkill
from smatrx.models.base import utcnow
from smatrx.skills.levels import DEFAULT_SCORE, LEVELS, Changed, is_raise, rank, reconcile

IMPORT_SOURCES = ("github", "linkedin", "resume")
IMPORT_EVIDENCE_LINES = 5  # lines of evidence kept per import


@dataclass(frozen=True)
class TeamPrefs:
    """What the person tells their teams about a skill: interest ("more": want to use it
    more, "less": would rather not, None: no preference) and whether to hide it from them."""

    interest: str | None
    hidden_from_teams: bool


@dataclass(frozen=True)
class Edit:
    """What the person set by hand in the edit form."""

    level: str
    proficiency_score: int | None
    years_experience: int | None
    last_used: datetime | None
    links: list[str]
    notes: str | None
    # None keeps what the row has: an edit that does not mention them never un-hides a skill.
    team_prefs: TeamPrefs | None = None


@dataclass(frozen=True)
class Estimate:
    """What an import estimated for one skill."""

    level: str
    score: int
    years: int | None
    last_used: datetime | None


# --- creating ------------------------------------------------------------------------------


def add_by_hand(user_id: str, skill_id: str, level: str = LEVELS[0]) -> UserSkill:
    """A new row for a skill added by hand: at the level chosen (beginner unless told) with
    that level's default score, source manual. Added to the session (the caller's flush or
    savepoint writes it)."""
    row = UserSkill(
        user_id=user_id,
        skill_id=skill_id,
        level=level,
        proficiency_score=DEFAULT_SCORE[level],
        source="manual",
    )
    db.session.add(row)
    return row


def add_from_import(
    user_id: str, skill_id: str, estimate: Estimate, source: str, import_id: str, lines: list[str]
) -> UserSkill:
    """A new row with an import's estimates, its source and its evidence."""
    row = UserSkill(
        user_id=user_id,
        skill_id=skill_id,
        level=estimate.level,
        proficiency_score=estimate.score,
        years_experience=estimate.years,
        last_used=estimate.last_used,
        source=source,
    )
    append_import_evidence(row, source, import_id, lines)
    db.session.add(row)
    return row


# --- level, score and verification ---------------------------------------------------------


def clears_verification(verified_level: str, new_level: str) -> bool:
    """The one verification rule: only a rise above the verified level clears it."""
    return is_raise(verified_level, new_level)


def _set_level(row: UserSkill, level: str, score: int) -> bool:
    """Set level and score, clearing the verification when the rule says so. True when it
    was cleared."""
    cleared = row.verified and clears_verification(row.level, level)
    if cleared:
        row.verified, row.verified_at, row.verified_by = False, None, None
    row.level, row.proficiency_score = level, score
    return cleared


def verify(row: UserSkill, reviewer_id: str, at: datetime) -> None:
    """A reviewer verified the row at its current level (its source stays what it was)."""
    row.verified, row.verified_at, row.verified_by = True, at, reviewer_id


def changed_field(row: UserSkill, level: str, score: int | None) -> Changed:
    """Which of level and score the person changed (the other follows it). Both changed:
    the score, the finer of the two, wins."""
    if score is not None and score != row.proficiency_score:
        return "score"
    if level != row.level:
        return "level"
    return "score"


def apply_edit(row: UserSkill, edit: Edit) -> bool:
    """Apply an edit made by hand; the level and the score are made to agree. Source and any
    evidence keys other than links and notes are kept. True when the verification was
    cleared."""
    changed = changed_field(row, edit.level, edit.proficiency_score)
    cleared = _set_level(row, *reconcile(edit.level, edit.proficiency_score, changed))
    row.years_experience = edit.years_experience
    row.last_used = edit.last_used
    row.evidence = merge_evidence(row.evidence, edit.links, edit.notes)
    if edit.team_prefs is not None:
        row.interest = edit.team_prefs.interest
        row.hidden_from_teams = edit.team_prefs.hidden_from_teams
    row.edited_at = utcnow()  # imports never overwrite what the person set by hand
    return cleared


def apply_estimate(row: UserSkill, estimate: Estimate) -> bool:
    """The person chose to take an import's estimates for a skill they hold: they count as
    set by hand from now on. True when the verification was cleared."""
    cleared = _set_level(row, estimate.level, estimate.score)
    row.years_experience = estimate.years
    row.last_used = estimate.last_used
    row.edited_at = utcnow()
    return cleared


def absorb(kept: UserSkill, moved: UserSkill) -> None:
    """Fold moved (the same person's row of a skill merged away) into kept: the stronger
    level, the greater score, years and last use, both rows' evidence. The verification of
    either row survives only when its level is at least the merged level (the module's
    docstring says why); the caller deletes moved."""
    level = kept.level if rank(kept.level) >= rank(moved.level) else moved.level
    attesting = next(
        (
            row
            for row in (kept, moved)
            if row.verified and not clears_verification(row.level, level)
        ),
        None,
    )
    kept.level = level
    kept.proficiency_score = _greater(kept.proficiency_score, moved.proficiency_score)
    kept.years_experience = _greater(kept.years_experience, moved.years_experience)
    kept.last_used = _greater(kept.last_used, moved.last_used)
    if attesting is None:
        kept.verified, kept.verified_at, kept.verified_by = False, None, None
    elif attesting is moved:
        kept.verified, kept.verified_at, kept.verified_by = (
            True,
            moved.verified_at,
            moved.verified_by,
        )
    kept.evidence = join_evidence(kept.evidence, moved.evidence)


def _greater(first: Any, second: Any) -> Any:
    if first is None:
        return second
    if second is None:
        return first
    return max(first, second)


def follows_imports(row: UserSkill) -> bool:
    """A row a later import may update: added by an import, never edited by hand, not
    verified."""
    return row.source in IMPORT_SOURCES and not row.verified and row.edited_at is None


def raise_from_import(row: UserSkill, estimate: Estimate) -> None:
    """A later import raises years and last use when its estimates are higher (never the
    level: that is the person's to accept)."""
    if estimate.years is not None and (row.years_experience or 0) < estimate.years:
        row.years_experience = estimate.years
    if estimate.last_used and (row.last_used is None or row.last_used < estimate.last_used):
        row.last_used = estimate.last_used


# --- evidence ------------------------------------------------------------------------------
# The evidence JSON is an object: "links" and "notes" are the person's, "imports" lists what
# each import found; other keys (older imports' own) are kept as they are.


def append_import_evidence(row: UserSkill, source: str, import_id: str, lines: list[str]) -> None:
    """Record what an import found, once per import."""
    evidence = dict(row.evidence) if isinstance(row.evidence, dict) else {}
    imports = list(evidence.get("imports", []))
    if not any(item.get("import") == import_id for item in imports):
        imports.append(
            {"import": import_id, "source": source, "lines": lines[:IMPORT_EVIDENCE_LINES]}
        )
    evidence["imports"] = imports
    row.evidence = evidence


def merge_evidence(existing: Any, links: list[str], notes: str | None) -> Any:
    """The evidence JSON with my links and notes, keeping every other key (imports store
    their own). Evidence an import stored as something other than an object is kept under
    "imported"."""
    if existing is None:
        evidence: dict[str, Any] = {}
    elif isinstance(existing, dict):
        evidence = dict(existing)
    else:
        evidence = {"imported": existing}
    for key, value in (("links", links), ("notes", notes)):
        if value:
            evidence[key] = value
        else:
            evidence.pop(key, None)
    if not evidence and existing is None:
        return None
    return evidence


def join_evidence(kept: Any, moved: Any) -> Any:
    """Two rows' evidence as one (a skill merge): lists joined without repeats, objects
    joined key by key (the values under a shared key joined the same way), anything else
    kept side by side in a list."""
    if kept is None or kept == moved:
        return moved if kept is None else kept
    if moved is None:
        return kept
    if isinstance(kept, list) and isinstance(moved, list):
        return kept + [item for item in moved if item not in kept]
    if isinstance(kept, dict) and isinstance(moved, dict):
        joined = dict(moved)
        for key, value in kept.items():
            joined[key] = join_evidence(value, moved.get(key)) if key in moved else value
        return joined
    return [kept, moved]


def evidence_links(evidence: Any) -> list[str]:
    links = evidence.get("links") if isinstance(evidence, dict) else None
    return [link for link in links if isinstance(link, str)] if isinstance(links, list) else []


def evidence_notes(evidence: Any) -> str:
    notes = evidence.get("notes") if isinstance(evidence, dict) else None
    return notes if isinstance(notes, str) else ""
