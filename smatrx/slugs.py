"""URL slugs for skills, categories and career roles: one rule, the one the shipped catalog
is written in.

"C++" → c-plus-plus, "C#" → c-sharp, "Vue.js" → vue-js, "Café" → cafe, and "&" is only a
separator ("R&D" → r-d, "Frameworks & Libraries" → frameworks-libraries, as in catalog.json).
Slugs are made once, when a row is created, and never change: they are URLs.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

if TYPE_CHECKING:  # the seed's pure data reader imports SLUG_SHAPE without the models
    from smatrx.models import CareerRole, Skill, SkillCategory, Team

SLUG_MAX = 80
SLUG_SHAPE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def slugify(name: str, fallback: str = "skill") -> str:
    """ASCII lower-case words joined by hyphens; fallback when nothing of name is left."""
    text = name.replace("+", " plus ").replace("#", " sharp ")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:SLUG_MAX].strip("-") or fallback


def unique_slug(
    session: Session,
    model: type[Skill] | type[SkillCategory] | type[CareerRole] | type[Team],
    name: str,
    fallback: str = "skill",
) -> str:
    """slugify(name), or with -2, -3 … after it when a row of model already has that slug."""
    base = slugify(name, fallback)
    # A slug holds only [a-z0-9-], so the LIKE pattern needs no escaping.
    taken = set(
        session.scalars(
            select(model.slug).where(or_(model.slug == base, model.slug.like(f"{base}-%")))
        )
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
