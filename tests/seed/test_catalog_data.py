"""The shipped catalog: enough real skills in every category, honest about its estimates."""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from smatrx.imports.matcher import Matcher, normalise
from smatrx.seed.data import CATALOG_PATH, CatalogError, parse_catalog, read_catalog
from tests.imports.catalog import catalog_matcher

SEED_CATEGORIES = {
    "Programming Languages",
    "Frameworks & Libraries",
    "Databases",
    "Cloud Platforms",
    "DevOps Tools",
    "Design Tools",
    "Soft Skills",
}


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(CATALOG_PATH.read_text(encoding="utf-8"))


def test_catalog_holds_at_least_1200_skills_in_all_seven_categories():
    catalog = read_catalog()
    assert len(catalog.skills) >= 1200  # issue 17: what résumés and LinkedIn exports list
    assert {c.name for c in catalog.categories} == SEED_CATEGORIES
    assert {skill.category for skill in catalog.skills} == {c.slug for c in catalog.categories}
    per_category = Counter(skill.category for skill in catalog.skills)
    for category in catalog.categories:
        assert per_category[category.slug] >= 20, category.name


def test_every_skill_is_complete():
    for skill in read_catalog().skills:
        assert skill.description, skill.name
        assert skill.tags, skill.name
        assert skill.market_demand in {"high", "medium", "low"}, skill.name
        assert skill.average_salary and skill.average_salary["currency"], skill.name
        assert skill.growth_trend is not None, skill.name


def test_categories_have_colour_and_icon():
    for category in read_catalog().categories:
        assert category.color.startswith("#") and len(category.color) == 7
        assert category.icon


def test_header_says_figures_are_estimates_and_names_its_basis():
    about = read_catalog().about
    assert "estimate" in about["notice"].lower()
    assert about["basis"] and about["year"]


def test_common_aliases_are_there():
    aliases = {alias.lower(): s.name for s in read_catalog().skills for alias in s.aliases}
    assert aliases["k8s"] == "Kubernetes"
    assert aliases["js"] == "JavaScript"
    assert aliases["golang"] == "Go"


def test_every_name_and_alias_resolves_to_one_skill():
    """Keyed as the import matcher keys them (case, spaces, dots, dashes and underscores
    ignored), no name or alias may be another skill's: the matcher would keep the first
    and silently drop the rest."""
    owners: dict[str, set[str]] = {}
    for skill in read_catalog().skills:
        for term in (skill.name, *skill.aliases):
            owners.setdefault(normalise(term), set()).add(skill.name)
    shared = {key: sorted(names) for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    assert "" not in owners


@pytest.mark.parametrize(
    ("listed", "skill"),
    [
        ("Continuous Integration and Continuous Delivery (CI/CD)", "CI/CD"),
        ("Amazon Web Services (AWS)", "Amazon Web Services"),
        ("Test-Driven Development (TDD)", "Test-Driven Development"),
        ("Structured Query Language (SQL)", "SQL"),
        ("Statistics", "Statistics"),
        ("Cascading Style Sheets (CSS)", "CSS"),
        ("Object-Oriented Programming (OOP)", "Object-Oriented Programming"),
        ("Machine Learning", "Machine Learning"),
        ("Natural Language Processing (NLP)", "Natural Language Processing"),
        ("Site Reliability Engineering (SRE)", "Site Reliability Engineering"),
        ("Code Review", "Code Review"),
        ("Incident Response", "Incident Management"),
        ("Stakeholder Management", "Stakeholder Management"),
        ("Docker Products", "Docker"),
        ("User Experience Design (UED)", "UX Design"),
        ("Amazon Elastic Compute Cloud (EC2)", "Amazon EC2"),
        ("Google Cloud Platform (GCP)", "Google Cloud Platform"),
        ("Extract, Transform, Load (ETL)", "ETL"),
    ],
)
def test_linkedin_long_names_resolve(matcher: Matcher, listed: str, skill: str):
    match = matcher.match_name(listed)
    assert match is not None and (match.name, match.fuzzy) == (skill, False), listed


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def test_about_thirty_career_roles():
    assert 25 <= len(read_catalog().roles) <= 40


def test_parse_rejects_duplicates_and_alias_clashes(raw):
    duplicated = copy.deepcopy(raw)
    duplicated["skills"].append(dict(duplicated["skills"][0], slug="another-slug"))
    with pytest.raises(CatalogError, match="duplicate skill name"):
        parse_catalog(duplicated)

    clashing = copy.deepcopy(raw)
    clashing["skills"][0]["aliases"] = [clashing["skills"][1]["name"].upper()]
    with pytest.raises(CatalogError, match="aliases equal"):
        parse_catalog(clashing)


def test_parse_rejects_unknown_category_bad_demand_and_bad_salary(raw):
    for field, value, message in [
        ("category", "nope", "unknown category"),
        ("marketDemand", "huge", "marketDemand"),
        ("averageSalary", {"min": 9, "max": 1, "currency": "USD", "region": "US"}, "min < max"),
        ("slug", "Not A Slug", "invalid slug"),
    ]:
        broken = copy.deepcopy(raw)
        broken["skills"][0][field] = value
        with pytest.raises(CatalogError, match=message):
            parse_catalog(broken)


def test_parse_requires_the_estimate_notice(raw):
    broken = copy.deepcopy(raw)
    broken["about"]["notice"] = "Accurate salary data."
    with pytest.raises(CatalogError, match="estimates"):
        parse_catalog(broken)


def test_parse_rejects_lists_that_are_not_clean(raw):
    for key, values, problem in (
        ("tags", ["backend", " Backend"], "tags need trimming"),
        ("tags", ["backend", ""], "tags need trimming"),
        ("aliases", ["js", "JS"], "aliases need trimming"),
        ("aliases", ["x  y"], "aliases need trimming"),
    ):
        broken = copy.deepcopy(raw)
        broken["skills"][0][key] = values
        with pytest.raises(CatalogError, match=problem):
            parse_catalog(broken)
    named = copy.deepcopy(raw)
    named["skills"][0]["aliases"] = [named["skills"][0]["name"].lower()]
    with pytest.raises(CatalogError, match="repeat the name"):
        parse_catalog(named)
