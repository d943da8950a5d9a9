"""The shipped role requirements: every catalog role covered with a sensible list of catalog
skills, honest about being editorial; and each rule of the reader enforced."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from smatrx.models.choices import IMPORTANCES, SKILL_LEVELS
from smatrx.seed.data import CatalogError, read_catalog
from smatrx.seed.role_requirements import (
    ROLE_REQUIREMENTS_PATH,
    RequirementEntry,
    load_role_requirements,
)


@pytest.fixture(scope="module")
def catalog():
    return read_catalog()


@pytest.fixture(scope="module")
def shipped(catalog) -> dict[str, list[RequirementEntry]]:
    return load_role_requirements(catalog=catalog)


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(ROLE_REQUIREMENTS_PATH.read_text(encoding="utf-8"))


def write(tmp_path: Path, document: dict) -> Path:
    path = tmp_path / "role_requirements.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# --- the shipped file ---------------------------------------------------------------------


def test_shipped_file_loads_with_the_default_catalog():
    requirements = load_role_requirements()
    assert requirements
    entry = requirements["frontend-developer"][0]
    assert isinstance(entry, RequirementEntry)
    with pytest.raises(AttributeError):
        entry.weight = 1  # frozen


def test_every_catalog_role_is_covered(shipped, catalog):
    assert set(shipped) == {role.slug for role in catalog.roles}


def test_every_list_is_a_sensible_mix_ordered_core_important_bonus(shipped):
    rank = {importance: position for position, importance in enumerate(IMPORTANCES)}
    for role, entries in shipped.items():
        assert 8 <= len(entries) <= 25, role
        counts = dict.fromkeys(IMPORTANCES, 0)
        for entry in entries:
            counts[entry.importance] += 1
        assert counts["core"] >= 3, role
        assert counts["important"] >= 1 and counts["bonus"] >= 1, role
        ranks = [rank[entry.importance] for entry in entries]
        assert ranks == sorted(ranks), role


def test_weights_and_levels_follow_importance(shipped):
    for role, entries in shipped.items():
        for entry in entries:
            where = f"{role}/{entry.skill}"
            if entry.importance == "core":
                assert entry.weight >= 4, where
                assert entry.min_level != "beginner", where
            elif entry.importance == "bonus":
                assert entry.weight <= 2, where
            else:
                assert 2 <= entry.weight <= 4, where
            assert entry.min_level in SKILL_LEVELS, where


def test_some_lists_hold_the_obvious_skills(shipped):
    def core(role: str) -> set[str]:
        return {e.skill for e in shipped[role] if e.importance == "core"}

    assert {"html", "css", "javascript", "typescript", "react"} <= core("frontend-developer")
    assert {"people-management", "leadership", "communication"} <= core("engineering-manager")
    assert {"sql", "microsoft-excel"} <= core("data-analyst")
    assert {"scrum", "agile", "facilitation"} <= core("scrum-master")


def test_header_says_the_lists_are_editorial_and_names_its_sources(raw):
    about = raw["about"]
    assert "editorial" in about["notice"].lower()
    basis = " ".join(about["basis"])
    for source in ("roadmap.sh", "Stack Overflow Developer Survey", "O*NET"):
        assert source in basis
    assert about["method"]


# --- the rules, on small bad files --------------------------------------------------------


def test_rejects_an_unknown_role(tmp_path, raw, catalog):
    broken = copy.deepcopy(raw)
    broken["roles"]["astronaut"] = broken["roles"]["frontend-developer"]
    with pytest.raises(CatalogError, match="unknown role 'astronaut'"):
        load_role_requirements(write(tmp_path, broken), catalog)


def test_rejects_an_unknown_skill_naming_role_and_skill(tmp_path, raw, catalog):
    broken = copy.deepcopy(raw)
    broken["roles"]["backend-developer"][1]["skill"] = "cobol-on-rails"
    with pytest.raises(
        CatalogError, match="role 'backend-developer': unknown skill 'cobol-on-rails'"
    ):
        load_role_requirements(write(tmp_path, broken), catalog)


def test_rejects_a_duplicate_skill_in_a_role(tmp_path, raw, catalog):
    broken = copy.deepcopy(raw)
    entries = broken["roles"]["data-engineer"]
    entries.append(dict(entries[0], importance="bonus", weight=1))
    message = f"role 'data-engineer': duplicate skill '{entries[0]['skill']}'"
    with pytest.raises(CatalogError, match=re.escape(message)):
        load_role_requirements(write(tmp_path, broken), catalog)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("importance", "nice-to-have", "importance 'nice-to-have' must be one of"),
        ("minLevel", "guru", "minLevel 'guru' must be one of"),
        ("weight", 0, "weight 0 must be a whole number from 1 to 5"),
        ("weight", 6, "weight 6 must be a whole number from 1 to 5"),
        ("weight", 2.5, "weight 2.5 must be a whole number"),
        ("weight", True, "weight True must be a whole number"),
    ],
)
def test_rejects_values_outside_the_lists(tmp_path, raw, catalog, key, value, message):
    broken = copy.deepcopy(raw)
    broken["roles"]["qa-engineer"][0][key] = value
    skill = broken["roles"]["qa-engineer"][0]["skill"]
    expected = f"role 'qa-engineer', skill '{skill}': {message}"
    with pytest.raises(CatalogError, match=re.escape(expected)):
        load_role_requirements(write(tmp_path, broken), catalog)


def test_rejects_a_missing_field(tmp_path, raw, catalog):
    broken = copy.deepcopy(raw)
    del broken["roles"]["cto"][0]["minLevel"]
    skill = broken["roles"]["cto"][0]["skill"]
    with pytest.raises(
        CatalogError, match=re.escape(f"role 'cto', skill '{skill}': missing minLevel")
    ):
        load_role_requirements(write(tmp_path, broken), catalog)


@pytest.mark.parametrize("count", [7, 26])
def test_rejects_too_few_or_too_many_skills(tmp_path, raw, catalog, count):
    broken = copy.deepcopy(raw)
    used = {entry["skill"] for entry in broken["roles"]["ux-designer"]}
    spare = [skill.slug for skill in catalog.skills if skill.slug not in used]
    entries = broken["roles"]["ux-designer"][:count]
    entries += [
        {"skill": slug, "importance": "bonus", "minLevel": "beginner", "weight": 1}
        for slug in spare[: count - len(entries)]
    ]
    broken["roles"]["ux-designer"] = entries
    with pytest.raises(CatalogError, match=f"'ux-designer' lists {count} skills: it needs 8 to 25"):
        load_role_requirements(write(tmp_path, broken), catalog)


def test_requires_the_editorial_notice(tmp_path, raw, catalog):
    broken = copy.deepcopy(raw)
    broken["about"]["notice"] = "What every employer requires."
    with pytest.raises(CatalogError, match="editorial"):
        load_role_requirements(write(tmp_path, broken), catalog)


def test_rejects_a_file_of_the_wrong_shape(tmp_path, raw, catalog):
    no_roles = {"about": raw["about"], "roles": []}
    with pytest.raises(CatalogError, match="'roles' object"):
        load_role_requirements(write(tmp_path, no_roles), catalog)
    not_a_list = {"about": raw["about"], "roles": {"cto": {"skill": "leadership"}}}
    with pytest.raises(CatalogError, match="'cto': requirements must be a list"):
        load_role_requirements(write(tmp_path, not_a_list), catalog)
    bad_item = copy.deepcopy(raw)
    bad_item["roles"]["cto"][0] = "leadership"
    with pytest.raises(CatalogError, match="'cto': each requirement must be an object"):
        load_role_requirements(write(tmp_path, bad_item), catalog)
