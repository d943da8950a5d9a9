"""Audit events in words, for a person's activity page and the admin's log. Pure: the names
the words need (skills by id) are looked up by the caller and passed in."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ENTITY_LABELS = {
    "User": "account",
    "Account": "linked sign-in",
    "AccountToken": "account link",
    "Profile": "profile",
    "SkillCategory": "category",
    "Skill": "catalog skill",
    "UserSkill": "skill",
    "VerificationRequest": "verification request",
    "SkillImport": "import",
    "SkillImportFile": "import upload",
    "_ImportSkills": "import's skill",
    "CareerGoal": "goal",
    "CareerRole": "career role",
    "RoleSkill": "role requirement",
    "Achievement": "achievement",
    "SkillAnalysis": "analysis",
    "Notification": "notification",
    "Team": "team",
    "TeamMember": "team membership",
    "TeamInvite": "team invitation",
    "TeamTarget": "team target",
    "SkillAssessment": "lead assessment",
}


def audit_label(entity_type: str | None) -> str:
    """What a table's row is called: "UserSkill" -> "skill"."""
    return ENTITY_LABELS.get(entity_type or "", (entity_type or "record").lower())


EVENT_WORDS = {
    "sign_in": "Signed in",
    "sign_in_failed": "A sign-in failed (wrong email or password)",
    "sign_out": "Signed out",
    "export": "Downloaded their data",
    "erase": "Account erased",
}
VERBS = {"create": "Added", "update": "Changed", "delete": "Removed", "role_change": "Changed"}
# Fields worth naming in a change, and how to call them.
FIELD_WORDS = {
    "level": "level",
    "proficiencyScore": "score",
    "yearsExperience": "years",
    "lastUsed": "last used",
    "verified": "verified",
    "title": "title",
    "status": "status",
    "role": "role",
    "name": "name",
    "email": "email",
    "priority": "priority",
    "interest": "interest",
    "hiddenFromTeams": "hidden from teams",
    "sharedWithTeams": "shared with teams",
    "passwordHash": "password",
}


def _value(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return text[:10] if len(text) >= 19 and text[4] == "-" else text  # timestamps: the day


def _what(entity_type: str | None, changes: Mapping[str, Any], skills: Mapping[str, str]) -> str:
    label = audit_label(entity_type)
    about = changes.get("_about")
    if isinstance(about, dict):  # an update: what the row is, beside what changed
        changes = {**about, **changes}
    for key in ("skillId", "B"):
        raw = changes.get(key)
        skill_id = raw.get("after") if isinstance(raw, dict) else raw
        if isinstance(skill_id, str) and skill_id in skills:
            return f"{label} {skills[skill_id]}"
    for key in ("title", "name"):
        value = changes.get(key)
        if isinstance(value, str):
            return f"{label} “{value}”"
    return label


def changed_fields(changes: Mapping[str, Any]) -> list[str]:
    """'level intermediate → advanced' for each named field of an update."""
    said = []
    for key, words in FIELD_WORDS.items():
        change = changes.get(key)
        if not isinstance(change, dict):
            continue
        if change.get("changed"):
            said.append(f"{words} changed")
        elif "before" in change:
            said.append(f"{words} {_value(change['before'])} → {_value(change['after'])}")
    return said


def describe(
    action: str,
    entity_type: str | None,
    changes: Mapping[str, Any] | None,
    skills: Mapping[str, str] | None = None,
) -> str:
    """One line: "Changed skill Python: level intermediate → advanced"."""
    changes = changes or {}
    if action in EVENT_WORDS:
        if action == "sign_out" and changes.get("sessions_ended"):
            count = changes["sessions_ended"]
            return f"Signed out of {count} session{'s' if count != 1 else ''}"
        return EVENT_WORDS[action]
    verb = VERBS.get(action, action.replace("_", " ").capitalize())
    line = f"{verb} {_what(entity_type, changes, skills or {})}"
    if action in ("update", "role_change"):
        fields = changed_fields(changes)
        if fields:
            line += ": " + ", ".join(fields)
    return line


def skill_ids_named(changes: Mapping[str, Any] | None) -> set[str]:
    """The skill ids a change names (the caller looks up their names in one query)."""
    found = set()
    changes = changes or {}
    about = changes.get("_about")
    if isinstance(about, dict):
        changes = {**about, **changes}
    for key in ("skillId", "B"):
        raw = changes.get(key)
        value = raw.get("after") if isinstance(raw, dict) else raw
        if isinstance(value, str):
            found.add(value)
    return found
