"""Catalog search: what a viewer may see, matched by name, alias or tag, typo-tolerant.

Pure query building (no Flask): the views, the tests and EXPLAIN all use the same
statements. Every match condition is one an index serves, so PostgreSQL can combine them in
a BitmapOr instead of reading the whole table:

    lower(name) LIKE '%q%'                   idx_skill_name_trgm    (pg_trgm GIN)
    smatrx_aliases_text(aliases) LIKE '%q%'  idx_skill_aliases_trgm (pg_trgm GIN)
    tags @> ARRAY[q]                         idx_skill_tags         (GIN on text[])
    lower(name) % q                          idx_skill_name_trgm    (similarity: typos)

(`q = ANY(tags)` would read the same but no index serves it, and one unindexed branch turns
the whole OR into a sequential scan.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    Text,
    and_,
    any_,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, contains_eager

from smatrx.models import Skill, SkillCategory, UserSkill
from smatrx.models.base import escape_like
from smatrx.models.choices import MARKET_DEMAND

MAX_QUERY_LENGTH = 100
MAX_TAG_FILTERS = 10
PER_PAGE = 24
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class SkillResult:
    skill: Skill  # with .category loaded
    held_level: str | None  # the viewer's level when they hold it


@dataclass(frozen=True)
class SearchPage:
    items: list[SkillResult]
    total: int
    page: int
    pages: int
    per_page: int = PER_PAGE

    @property
    def first_index(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.items else 0

    @property
    def last_index(self) -> int:
        return (self.page - 1) * self.per_page + len(self.items)


@dataclass(frozen=True)
class CategoryCount:
    slug: str
    name: str
    count: int


def normalise_query(query: str | None) -> str:
    """Lower case, single spaces, bounded length: the form every comparison uses."""
    return _SPACES.sub(" ", (query or "").strip().lower())[:MAX_QUERY_LENGTH]


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in tags:
        tag = normalise_query(tag)
        if tag:
            seen.setdefault(tag)
    return tuple(seen)[:MAX_TAG_FILTERS]


def _name() -> ColumnElement[str]:
    return func.lower(Skill.name)


def _aliases_text() -> ColumnElement[str]:
    # The IMMUTABLE wrapper the trigram index is built on (migration 0006).
    return func.smatrx_aliases_text(Skill.aliases)


def tags_contain(tags: Sequence[str]) -> ColumnElement[bool]:
    """tags @> ARRAY[...] (the column is the generic ARRAY type, so spelled as an operator)."""
    return Skill.tags.op("@>", return_type=Boolean)(literal(list(tags), ARRAY(Text)))


def tags_overlap(tags: Sequence[str]) -> ColumnElement[bool]:
    """tags && ARRAY[...]: carries at least one of them."""
    return Skill.tags.op("&&", return_type=Boolean)(literal(list(tags), ARRAY(Text)))


def visible_to(viewer_id: str | None) -> ColumnElement[bool]:
    """Offered skills (published, not retired), plus the viewer's own pending proposals."""
    offered = and_(Skill.is_published.is_(True), Skill.retired_at.is_(None))
    if viewer_id is None:
        return offered
    proposed = and_(
        Skill.is_published.is_(False),
        Skill.retired_at.is_(None),
        Skill.proposed_by_id == viewer_id,
    )
    return or_(offered, proposed)


def matches(q: str) -> ColumnElement[bool]:
    """Name or alias contains q, a tag equals q, or the name is close to q (typos)."""
    pattern = f"%{escape_like(q)}%"
    return or_(
        _name().like(pattern, escape="\\"),
        _aliases_text().like(pattern, escape="\\"),
        tags_contain([q]),
        _name().op("%")(q),
    )


def named(q: str) -> ColumnElement[bool]:
    """The name or one of the aliases is q exactly, ignoring case (q normalised)."""
    lowered_aliases = cast(func.lower(cast(Skill.aliases, Text)), ARRAY(Text))
    return or_(_name() == q, literal(q) == any_(lowered_aliases))


def _filters(
    q: str,
    *,
    viewer_id: str | None,
    tags: Sequence[str],
    demand: str | None,
) -> list[ColumnElement[bool]]:
    conditions = [visible_to(viewer_id)]
    if q:
        conditions.append(matches(q))
    if tags:
        conditions.append(tags_contain(tags))
    if demand in MARKET_DEMAND:
        conditions.append(Skill.market_demand == demand)
    return conditions


def best_first(q: str) -> list[ColumnElement]:
    """Exact name or alias, then names starting with q, then by similarity, then name."""
    if not q:
        return [Skill.name]
    exact = named(q)
    prefix = _name().like(f"{escape_like(q)}%", escape="\\")
    return [
        case((exact, 0), (prefix, 1), else_=2),
        func.similarity(_name(), q).desc(),
        Skill.name,
    ]


def search_statements(
    query: str,
    *,
    viewer_id: str | None,
    category_slug: str | None = None,
    tags: Iterable[str] = (),
    demand: str | None = None,
    page: int = 1,
    per_page: int = PER_PAGE,
) -> tuple[Select, Select]:
    """(count statement, page statement) for a search; public so tests can EXPLAIN them."""
    q = normalise_query(query)
    conditions = _filters(q, viewer_id=viewer_id, tags=normalise_tags(tags), demand=demand)
    if category_slug:
        conditions.append(SkillCategory.slug == category_slug)

    count = select(func.count()).select_from(Skill).join(Skill.category).where(*conditions)
    held = (
        and_(UserSkill.skill_id == Skill.id, UserSkill.user_id == viewer_id)
        if viewer_id
        else false()
    )
    rows = (
        select(Skill, UserSkill.level)
        .join(Skill.category)
        .outerjoin(UserSkill, held)
        .options(contains_eager(Skill.category))
        .where(*conditions)
        .order_by(*best_first(q))
        .limit(per_page)
        .offset((max(page, 1) - 1) * per_page)
    )
    return count, rows


def search_skills(
    session: Session,
    query: str,
    *,
    viewer_id: str | None,
    category_slug: str | None = None,
    tags: Iterable[str] = (),
    demand: str | None = None,
    page: int = 1,
    per_page: int = PER_PAGE,
) -> SearchPage:
    """One page of the skills the viewer may see that match the query and filters, best
    first: exact name or alias, then names starting with the query, then by similarity."""
    count, _ = search_statements(
        query,
        viewer_id=viewer_id,
        category_slug=category_slug,
        tags=tags,
        demand=demand,
    )
    total = session.scalar(count) or 0
    pages = max(1, math.ceil(total / per_page))
    page = min(max(page, 1), pages)
    _, rows = search_statements(
        query,
        viewer_id=viewer_id,
        category_slug=category_slug,
        tags=tags,
        demand=demand,
        page=page,
        per_page=per_page,
    )
    items = [SkillResult(skill, level) for skill, level in session.execute(rows)]
    return SearchPage(items=items, total=total, page=page, pages=pages, per_page=per_page)


def category_counts(
    session: Session,
    query: str = "",
    *,
    viewer_id: str | None,
    tags: Iterable[str] = (),
    demand: str | None = None,
) -> list[CategoryCount]:
    """Every category with how many visible skills in it match the query and the other
    filters (not the category filter: these counts are what choosing one would give)."""
    q = normalise_query(query)
    conditions = _filters(q, viewer_id=viewer_id, tags=normalise_tags(tags), demand=demand)
    matching = (
        select(Skill.category_id.label("category_id"), func.count().label("n"))
        .where(*conditions)
        .group_by(Skill.category_id)
        .subquery()
    )
    statement = (
        select(SkillCategory.slug, SkillCategory.name, func.coalesce(matching.c.n, 0))
        .outerjoin(matching, matching.c.category_id == SkillCategory.id)
        .order_by(SkillCategory.name)
    )
    return [CategoryCount(slug, name, n) for slug, name, n in session.execute(statement)]


def popular_tags(session: Session, *, viewer_id: str | None, limit: int = 24) -> list[str]:
    """The tags most skills carry (the catalog's tag filter offers these)."""
    tags = select(func.unnest(Skill.tags).label("tag")).where(visible_to(viewer_id)).subquery()
    statement = (
        select(tags.c.tag)
        .group_by(tags.c.tag)
        .order_by(func.count().desc(), tags.c.tag)
        .limit(limit)
    )
    return list(session.scalars(statement))
