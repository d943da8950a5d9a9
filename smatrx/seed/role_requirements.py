"""Read and check the role requirements file (smatrx/data/role_requirements.json). Pure: no
Flask, no DB.

For each career role of the catalog, the catalog skills it needs: how much each matters
(importance, weight) and the level usually expected (minLevel). The lists are editorial
judgements, and the file's about.notice must say so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smatrx.models.choices import IMPORTANCES, REQUIREMENT_WEIGHT_RANGE, SKILL_LEVELS
from smatrx.seed.data import Catalog, CatalogError, read_catalog

ROLE_REQUIREMENTS_PATH = Path(__file__).resolve().parent.parent / "data" / "role_requirements.json"

# How many skills one role lists: enough to say something, few enough to stay a judgement.
REQUIREMENTS_PER_ROLE = (8, 25)


@dataclass(frozen=True)
class RequirementEntry:
    skill: str
    importance: str
    min_level: str
    weight: int


def _entry(role: str, item: Any) -> RequirementEntry:
    if not isinstance(item, dict):
        raise CatalogError(f"role {role!r}: each requirement must be an object, not {item!r}")
    skill = item.get("skill")
    missing = [key for key in ("skill", "importance", "minLevel", "weight") if key not in item]
    if missing:
        raise CatalogError(f"role {role!r}, skill {skill!r}: missing {', '.join(missing)}")
    entry = RequirementEntry(
        skill=skill,
        importance=item["importance"],
        min_level=item["minLevel"],
        weight=item["weight"],
    )
    if entry.importance not in IMPORTANCES:
        raise CatalogError(
            f"role {role!r}, skill {skill!r}: importance {entry.importance!r} "
            f"must be one of {IMPORTANCES}"
        )
    if entry.min_level not in SKILL_LEVELS:
        raise CatalogError(
            f"role {role!r}, skill {skill!r}: minLevel {entry.min_level!r} "
            f"must be one of {SKILL_LEVELS}"
        )
    low, high = REQUIREMENT_WEIGHT_RANGE
    # bool is an int in Python; true/false in the file is a mistake, not a weight.
    weight_ok = isinstance(entry.weight, int) and not isinstance(entry.weight, bool)
    if not weight_ok or not low <= entry.weight <= high:
        raise CatalogError(
            f"role {role!r}, skill {skill!r}: weight {entry.weight!r} "
            f"must be a whole number from {low} to {high}"
        )
    return entry


def parse_role_requirements(
    raw: dict[str, Any], catalog: Catalog
) -> dict[str, list[RequirementEntry]]:
    """Turn the JSON document into entries per role slug, raising CatalogError on the first
    broken rule. Checked against the catalog: every role and skill must exist in it."""
    if not isinstance(raw, dict):
        raise CatalogError("role requirements must be a JSON object with 'about' and 'roles'")
    about = raw.get("about") or {}
    if "editorial" not in str(about.get("notice", "")).lower():
        raise CatalogError("role requirements' about.notice must say the lists are editorial")
    roles = raw.get("roles")
    if not isinstance(roles, dict):
        raise CatalogError("role requirements need a 'roles' object keyed by role slug")

    role_slugs = {role.slug for role in catalog.roles}
    skill_slugs = {skill.slug for skill in catalog.skills}
    fewest, most = REQUIREMENTS_PER_ROLE
    requirements: dict[str, list[RequirementEntry]] = {}
    for role, items in roles.items():
        if role not in role_slugs:
            raise CatalogError(f"unknown role {role!r}: not a role slug in the catalog")
        if not isinstance(items, list):
            raise CatalogError(f"role {role!r}: requirements must be a list")
        if not fewest <= len(items) <= most:
            raise CatalogError(
                f"role {role!r} lists {len(items)} skills: it needs {fewest} to {most}"
            )
        entries: list[RequirementEntry] = []
        seen: set[str] = set()
        for item in items:
            entry = _entry(role, item)
            if entry.skill not in skill_slugs:
                raise CatalogError(
                    f"role {role!r}: unknown skill {entry.skill!r}, not a skill slug in the catalog"
                )
            if entry.skill in seen:
                raise CatalogError(f"role {role!r}: duplicate skill {entry.skill!r}")
            seen.add(entry.skill)
            entries.append(entry)
        requirements[role] = entries
    return requirements


def load_role_requirements(
    path: Path = ROLE_REQUIREMENTS_PATH, catalog: Catalog | None = None
) -> dict[str, list[RequirementEntry]]:
    """Read the file (the shipped one by default) and check it against the catalog (the
    shipped one unless given)."""
    with path.open(encoding="utf-8") as handle:
        raw = json.load(handle)
    return parse_role_requirements(raw, catalog or read_catalog())
