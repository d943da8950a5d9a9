"""Synthetic catalog skills for the scale dataset: plausible names, aliases and tags.

Pure (no Flask, no database). Two kinds of names, both unique case-insensitively against the
real catalog and each other:
- facets of real skills ("Python Testing", "Kubernetes Security"), which inherit the real
  skill's category and tags, so searching "python" finds a realistic crowd;
- made-up products per category ("Korvia UI", "Nexaton DB"), with tags drawn from the tags
  the real catalog uses in that category, as often as it uses them.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from smatrx.seed.data import Catalog
from smatrx.slugs import slugify

TECH_FACETS = (
    ("Testing", "testing"),
    ("Performance Tuning", "performance"),
    ("Security", "security"),
    ("Internals", None),
    ("Migration", None),
    ("Administration", None),
    ("Best Practices", None),
    ("Architecture", None),
    ("Debugging", None),
    ("Tooling", "build"),
    ("Deployment", "devops"),
    ("Monitoring", "monitoring"),
    ("Automation", "automation"),
    ("Design Patterns", None),
    ("Integration", "api"),
    ("Observability", "observability"),
)
SOFT_FACETS = (
    ("Coaching", "leadership"),
    ("Workshops", "collaboration"),
    ("in Remote Teams", "collaboration"),
    ("for Engineers", None),
    ("at Scale", "management"),
)
STEM_START = [
    "Ar",
    "Bel",
    "Cor",
    "Dal",
    "Ev",
    "Fen",
    "Gar",
    "Hal",
    "Ir",
    "Jun",
    "Kel",
    "Lum",
    "Mor",
    "Nex",
    "Or",
    "Pax",
    "Quar",
    "Ryn",
    "Sol",
    "Tor",
    "Ul",
    "Vex",
    "Wyn",
    "Xan",
    "Yor",
    "Zel",
]
STEM_MIDDLE = ["a", "e", "i", "o", "u", "ar", "en", "is", "on", "ux"]
STEM_END = [
    "ra",
    "lis",
    "tor",
    "ven",
    "dex",
    "mo",
    "nix",
    "qua",
    "sto",
    "ton",
    "via",
    "ly",
    "rex",
    "tar",
    "zen",
]
PRODUCT_SUFFIXES = {
    "programming-languages": ("", "Script", "Lang", "QL", " Assembly"),
    "frameworks-libraries": (".js", " UI", " ORM", " Test", " Kit", " Router", " Streams", " ML"),
    "devops-tools": (" CI", " CLI", " Deploy", " Ops", " Build", " Monitor", " Vault", " Mesh"),
    "cloud-platforms": (" Cloud", " Functions", " Storage", " Compute", " Edge", " Queue"),
    "databases": ("DB", " SQL", " Store", " Graph", " Cache", " TSDB"),
    "design-tools": (" Studio", " Sketch", " Canvas", " Motion", " Prototype"),
}
SOFT_FIRST = [
    "Cross-team",
    "Stakeholder",
    "Executive",
    "Technical",
    "Inclusive",
    "Strategic",
    "Customer",
    "Team",
    "Project",
    "Product",
    "Budget",
    "Vendor",
    "Incident",
    "Community",
    "Hiring",
    "Career",
    "Design",
    "Data",
    "Release",
    "Risk",
]
SOFT_SECOND = [
    "Facilitation",
    "Negotiation",
    "Mentoring",
    "Storytelling",
    "Coaching",
    "Writing",
    "Planning",
    "Alignment",
    "Communication",
    "Prioritisation",
    "Retrospectives",
    "Onboarding",
    "Feedback",
    "Presentation",
    "Advocacy",
]
DESCRIPTIONS = (
    "{name} in everyday work: the essentials, common pitfalls and how teams apply it.",
    "Hands-on experience with {name}, from first steps to running it in production.",
    "{name}, as used by teams building and operating real systems.",
)
# Category shares of the synthetic part, roughly those of the real catalog.
PRODUCT_WEIGHTS = {
    "frameworks-libraries": 30,
    "devops-tools": 20,
    "cloud-platforms": 15,
    "programming-languages": 8,
    "databases": 14,
    "design-tools": 8,
    "soft-skills": 5,
}


@dataclass
class SyntheticSkill:
    name: str
    slug: str
    category: str  # category slug
    tags: list[str]
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    market_demand: str | None = None
    average_salary: dict[str, object] | None = None
    growth_trend: float | None = None


class _Names:
    """Names and slugs taken so far (case-insensitive names, exact slugs)."""

    def __init__(self, catalog: Catalog) -> None:
        self.names = {skill.name.casefold() for skill in catalog.skills}
        self.slugs = {skill.slug for skill in catalog.skills}

    def take(self, name: str) -> str | None:
        """The new skill's slug, or None when the name (or its slug) is taken."""
        slug = slugify(name)
        if name.casefold() in self.names or slug in self.slugs:
            return None
        self.names.add(name.casefold())
        self.slugs.add(slug)
        return slug


def _tag_weights(catalog: Catalog) -> dict[str, tuple[list[str], list[int]]]:
    by_category: dict[str, Counter[str]] = {}
    for skill in catalog.skills:
        by_category.setdefault(skill.category, Counter()).update(skill.tags)
    return {
        category: (list(counts), list(counts.values())) for category, counts in by_category.items()
    }


def _market(rng: random.Random, skill: SyntheticSkill) -> SyntheticSkill:
    skill.market_demand = rng.choices(("high", "medium", "low", None), (2, 5, 3, 1))[0]
    if rng.random() < 0.4:
        low = rng.randrange(50, 150) * 1000
        skill.average_salary = {
            "min": low,
            "max": low + rng.randrange(20, 70) * 1000,
            "currency": "USD",
            "region": "US",
        }
    if rng.random() < 0.6:
        skill.growth_trend = round(rng.uniform(-5, 15), 1)
    skill.description = rng.choice(DESCRIPTIONS).format(name=skill.name)
    return skill


def _facets(catalog: Catalog, names: _Names, rng: random.Random) -> Iterator[SyntheticSkill]:
    for base in catalog.skills:
        facets = SOFT_FACETS if base.category == "soft-skills" else TECH_FACETS
        for facet, tag in facets:
            name = f"{base.name} {facet}"
            slug = names.take(name)
            if slug is None:
                continue
            tags = list(base.tags) + ([tag] if tag and tag not in base.tags else [])
            aliases = [f"{alias} {facet.lower()}" for alias in base.aliases[:1]]
            yield _market(rng, SyntheticSkill(name, slug, base.category, tags, aliases))


def _product_name(rng: random.Random, category: str) -> str:
    if category == "soft-skills":
        return f"{rng.choice(SOFT_FIRST)} {rng.choice(SOFT_SECOND)}"
    stem = rng.choice(STEM_START) + rng.choice(STEM_MIDDLE) + rng.choice(STEM_END)
    return stem + rng.choice(PRODUCT_SUFFIXES[category])


def _products(
    catalog: Catalog, names: _Names, rng: random.Random, count: int
) -> Iterator[SyntheticSkill]:
    tags_by_category = _tag_weights(catalog)
    categories, weights = list(PRODUCT_WEIGHTS), list(PRODUCT_WEIGHTS.values())
    made = misses = 0
    while made < count:
        category = rng.choices(categories, weights)[0]
        name = _product_name(rng, category)
        slug = names.take(name)
        if slug is None:
            misses += 1
            if misses > count * 20:  # the name space is exhausted: say so rather than spin
                raise ValueError(f"could only invent {made} of {count} product names")
            continue
        vocabulary, frequency = tags_by_category[category]
        tags = list(dict.fromkeys(rng.choices(vocabulary, frequency, k=rng.randint(2, 4))))
        aliases = [slug] if " " in name and rng.random() < 0.5 else []
        made += 1
        yield _market(rng, SyntheticSkill(name, slug, category, tags, aliases))


def synthetic_skills(catalog: Catalog, count: int, seed: int = 14) -> list[SyntheticSkill]:
    """count new skills (facets of real skills first, then products), deterministic per
    seed."""
    rng = random.Random(seed)
    names = _Names(catalog)
    made: list[SyntheticSkill] = []
    for skill in _facets(catalog, names, rng):
        if len(made) >= count:
            return made
        made.append(skill)
    made.extend(_products(catalog, names, rng, count - len(made)))
    return made
