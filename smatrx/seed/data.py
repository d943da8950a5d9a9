"""Read and check the catalog data file (smatrx/data/catalog.json). Pure: no Flask, no DB."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smatrx.models.choices import MARKET_DEMAND
from smatrx.slugs import SLUG_SHAPE
from smatrx.text import clean_list

CATALOG_PATH = Path(__file__).resolve().parent.parent / "data" / "catalog.json"


class CatalogError(ValueError):
    """The data file breaks one of the catalog's rules."""


@dataclass(frozen=True)
class CategoryEntry:
    name: str
    slug: str
    description: str
    color: str
    icon: str


@dataclass(frozen=True)
class SkillEntry:
    name: str
    slug: str
    category: str
    description: str
    tags: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    market_demand: str | None = None
    average_salary: dict[str, Any] | None = None
    growth_trend: float | None = None


@dataclass(frozen=True)
class RoleEntry:
    title: str
    slug: str
    description: str


@dataclass(frozen=True)
class Catalog:
    about: dict[str, Any]
    categories: list[CategoryEntry]
    skills: list[SkillEntry]
    roles: list[RoleEntry]


def _require_unique(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        key = value.casefold()
        if key in seen:
            raise CatalogError(f"duplicate {what}: {value!r}")
        seen.add(key)


def _check_salary(skill: str, salary: dict[str, Any] | None) -> None:
    if salary is None:
        return
    low, high = salary.get("min"), salary.get("max")
    if not (isinstance(low, int) and isinstance(high, int) and 0 < low < high):
        raise CatalogError(f"{skill}: averageSalary needs whole numbers 0 < min < max")
    if not salary.get("currency") or not salary.get("region"):
        raise CatalogError(f"{skill}: averageSalary needs a currency and a region")


def _check_clean(skill: SkillEntry) -> None:
    # The lists are stored as written, so they must already have the shape an admin's edit
    # gives them (smatrx.text.clean_list): no blanks, repeats or stray spaces.
    if skill.tags != clean_list(skill.tags):
        raise CatalogError(f"{skill.name}: tags need trimming or have repeats: {skill.tags}")
    if skill.aliases != clean_list(skill.aliases, drop=(skill.name,)):
        raise CatalogError(
            f"{skill.name}: aliases need trimming, have repeats or repeat the name: {skill.aliases}"
        )


def parse_catalog(raw: dict[str, Any]) -> Catalog:
    """Turn the JSON document into entries, raising CatalogError on the first broken rule."""
    about = raw.get("about") or {}
    if "estimate" not in str(about.get("notice", "")).lower():
        raise CatalogError("the catalog's about.notice must say its market figures are estimates")

    categories = [
        CategoryEntry(
            name=item["name"],
            slug=item["slug"],
            description=item.get("description", ""),
            color=item.get("color", ""),
            icon=item.get("icon", ""),
        )
        for item in raw.get("categories", [])
    ]
    category_slugs = {category.slug for category in categories}

    skills = []
    for item in raw.get("skills", []):
        entry = SkillEntry(
            name=item["name"],
            slug=item["slug"],
            category=item["category"],
            description=item.get("description", ""),
            tags=list(item.get("tags", [])),
            aliases=list(item.get("aliases", [])),
            market_demand=item.get("marketDemand"),
            average_salary=item.get("averageSalary"),
            growth_trend=item.get("growthTrend"),
        )
        if entry.category not in category_slugs:
            raise CatalogError(f"{entry.name}: unknown category {entry.category!r}")
        if entry.market_demand is not None and entry.market_demand not in MARKET_DEMAND:
            raise CatalogError(f"{entry.name}: marketDemand must be one of {MARKET_DEMAND}")
        _check_salary(entry.name, entry.average_salary)
        _check_clean(entry)
        skills.append(entry)

    roles = [
        RoleEntry(title=item["title"], slug=item["slug"], description=item.get("description", ""))
        for item in raw.get("roles", [])
    ]

    for slug in [c.slug for c in categories] + [s.slug for s in skills] + [r.slug for r in roles]:
        if not SLUG_SHAPE.match(slug):
            raise CatalogError(f"invalid slug {slug!r}")
    _require_unique([c.name for c in categories], "category name")
    _require_unique([c.slug for c in categories], "category slug")
    _require_unique([s.name for s in skills], "skill name")
    _require_unique([s.slug for s in skills], "skill slug")
    _require_unique([r.title for r in roles], "role title")
    _require_unique([r.slug for r in roles], "role slug")
    names = {s.name.casefold() for s in skills}
    aliases = [alias for s in skills for alias in s.aliases]
    _require_unique(aliases, "skill alias")
    clashing = [alias for alias in aliases if alias.casefold() in names]
    if clashing:
        raise CatalogError(f"aliases equal to another skill's name: {clashing}")
    return Catalog(about=about, categories=categories, skills=skills, roles=roles)


def read_catalog(path: Path = CATALOG_PATH) -> Catalog:
    with path.open(encoding="utf-8") as handle:
        return parse_catalog(json.load(handle))
