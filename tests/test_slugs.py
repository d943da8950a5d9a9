"""One slug rule for skills and categories, the one the shipped catalog is written in."""

from __future__ import annotations

import json
from typing import Any

import pytest

from smatrx.extensions import db
from smatrx.models import Skill, SkillCategory
from smatrx.seed.data import CATALOG_PATH
from smatrx.slugs import SLUG_MAX, SLUG_SHAPE, slugify, unique_slug

# Slugs in catalog.json chosen by hand (shorter or better known than the rule's); every
# other slug there is slugify(name). A new hand-made slug belongs in this list.
CURATED_SLUGS = {
    ("skills", "C++"): "cpp",
    ("skills", "Visual Basic .NET"): "vb-net",
    ("skills", "SolidJS"): "solid-js",
    ("skills", "Node.js"): "nodejs",
    ("skills", ".NET"): "dotnet",
    ("skills", "Boost C++ Libraries"): "boost-cpp",
    ("skills", ".NET MAUI"): "dotnet-maui",
    ("skills", "Microsoft SQL Server"): "sql-server",
    ("skills", "Amazon Web Services"): "aws",
    ("skills", "Microsoft Azure"): "azure",
    ("skills", "Google Cloud Platform"): "gcp",
    ("skills", "HashiCorp Packer"): "packer",
    ("skills", "Red Hat Enterprise Linux"): "rhel",
    ("roles", "Chief Technology Officer"): "cto",
}


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("C#", "c-sharp"),
        ("F#", "f-sharp"),
        ("C++", "c-plus-plus"),
        ("Notepad++", "notepad-plus-plus"),
        ("A+B", "a-plus-b"),
        ("Vue.js", "vue-js"),
        ("R&D", "r-d"),
        ("Frameworks & Libraries", "frameworks-libraries"),
        ("Café Crème", "cafe-creme"),
        ("  Déjà   Vu  ", "deja-vu"),
        ("Node.js / Deno", "node-js-deno"),
        ("", "skill"),
        ("!!! ???", "skill"),
        ("日本語", "skill"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_a_name_with_nothing_left_gets_the_fallback() -> None:
    assert slugify("***", fallback="category") == "category"


def test_a_slug_is_url_shaped_and_at_most_80_characters() -> None:
    long = slugify("Word " * 40 + "End")
    assert len(long) <= SLUG_MAX and SLUG_SHAPE.match(long)
    # Cut at a hyphen, the slug does not end in one.
    assert slugify("a" * 79 + " b") == "a" * 79


def test_every_catalog_slug_follows_the_rule_or_is_listed_as_curated() -> None:
    raw = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    seen = set()
    for kind, name_key in (("categories", "name"), ("skills", "name"), ("roles", "title")):
        for entry in raw[kind]:
            key = (kind, entry[name_key])
            expected = CURATED_SLUGS.get(key, slugify(entry[name_key]))
            assert entry["slug"] == expected, key
            seen.add(key)
    # A curated entry that left the catalog leaves this list too.
    assert set(CURATED_SLUGS) <= seen


def test_unique_slug_numbers_a_taken_slug(db_session: Any) -> None:
    category = db.session.scalar(db.select(SkillCategory).limit(1))
    assert unique_slug(db.session, Skill, "Brand New Thing") == "brand-new-thing"
    db.session.add(Skill(name="Brand New Thing", slug="brand-new-thing", category=category))
    db.session.add(Skill(name="Brand New Thing 2", slug="brand-new-thing-2", category=category))
    db.session.flush()
    assert unique_slug(db.session, Skill, "Brand new thing!") == "brand-new-thing-3"
    # Categories and skills are numbered apart: they live at different URLs.
    assert unique_slug(db.session, SkillCategory, "Brand New Thing") == "brand-new-thing"
    # The catalog's own slugs count as taken.
    assert unique_slug(db.session, Skill, "Python") == "python-2"
