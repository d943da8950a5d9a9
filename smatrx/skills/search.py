"""Catalog search: what a viewer may see, matched by name, alias or tag, typo-tolerant.

Pure query building (no Flask): the views, the tests and EXPLAIN all use the same
statements. Every match condition is one an index serves, so PostgreSQL can combine them in
a BitmapOr instead of reading the whole table:

    lower(name) LIKE '%q%'                   idx_skill_name_trgm    (pg_trgm GIN)
    smatrx_aliases_text(aliases) LIKE '%q%'  idx_skill_aliases_trgm (pg_trgm GIN)
    tags @> ARRAY[q]                         idx_skill_tags         (GIN on text[])
    lower(name) % q                          idx_skill_name_trgm    (similarity: typos, from
                                                                    TYPO_QUERY characters)

(`q = ANY(tags)` would read the same but no index serves it, and one unindexed branch turns
the whole OR into a sequential scan.)

Nothing around the search grows with the catalog: browsing (no query, no tags) takes its
counts from the kept per-category counts (smatrx/stats); a query or tags are counted only
up to COUNT_CAP (a count over a LIMIT COUNT_CAP + 1 subquery: "1,000+"). Browsing is never
capped: its pages reach every skill of a catalog past COUNT_CAP (the shipped one is,
since issue 17).

Browsing and tag filters list the skills most people here hold first (the kept
"SkillStat".holders), then by estimated demand, then by name (SORTS; "name" lists A to Z).
That order is two tiers, each cut at the end of the page asked for: the held skills, a
walk of SkillStat_holders_idx (most held first, an incremental sort by demand and name
within equal counts; a few hundred kept rows are simply read whole); then the rest, a walk
of idx_skill_demand_name (both migration 0016) — so a 50,000-skill catalog is never
sorted whole. A query ranks by closeness instead.
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
    not_,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, contains_eager
from sqlalchemy.sql import Subquery

from smatrx.models import Skill, SkillCategory, SkillStat, UserSkill
from smatrx.models.base import escape_like
from smatrx.models.choices import MARKET_DEMAND
from smatrx.models.stats import MIN_PEOPLE
from smatrx.stats.queries import category_counts_statement

MAX_QUERY_LENGTH = 100
MAX_TAG_FILTERS = 10
PER_PAGE = 24
# Counts of a query or tag filter stop here: past it, "1,000+" says enough, and counting
# every match of a short query in a large catalog is the work that grows with it.
COUNT_CAP = 1000
# Below this many characters no trigram index applies: such queries match by prefix.
SHORT_QUERY = 3
# Typos are forgiven (trigram similarity) from this length: a short word shares its few
# trigrams with thousands of names in a large catalog, each then compared again, and a
# typo in a three- or four-letter word leaves too little to recognise anyway.
TYPO_QUERY = 5
_SPACES = re.compile(r"\s+")
# How a listing without a query is ordered: the first is the default.
POPULAR = "popular"
BY_NAME = "name"
SORTS = (POPULAR, BY_NAME)


def normalise_sort(sort: str | None) -> str:
    """A known sort, else the default (a bad value in a URL is not an error)."""
    return sort if sort in SORTS else POPULAR


@dataclass(frozen=True)
class SkillResult:
    skill: Skill  # with .category loaded
    held_level: str | None  # the viewer's level when they hold it
    holders: int = 0  # people here who hold it (kept); shown only from MIN_PEOPLE

    @property
    def holders_shown(self) -> int | None:
        """The holder count a page may show: None below MIN_PEOPLE (it would point at
        people)."""
        return self.holders if self.holders >= MIN_PEOPLE else None


@dataclass(frozen=True)
class SearchPage:
    items: list[SkillResult]
    total: int  # exact, or COUNT_CAP + 1 when capped
    page: int
    pages: int
    per_page: int = PER_PAGE
    browsing: bool = False  # no query and no tags: exact total, every page reachable
    sort: str = POPULAR  # the order of a listing without a query (SORTS)

    @property
    def capped(self) -> bool:
        """More than COUNT_CAP skills match a query or tags: the pages reach the best
        COUNT_CAP only."""
        return not self.browsing and self.total > COUNT_CAP

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


@dataclass(frozen=True)
class CategoryCounts:
    """Every category with its count; when capped (a query or tags matched more than
    COUNT_CAP skills) the counts are of the first COUNT_CAP + 1 matches only, and the
    page shows none of them."""

    items: list[CategoryCount]
    capped: bool

    @property
    def total(self) -> int:
        return sum(item.count for item in self.items)

    def count_of(self, slug: str | None) -> int | None:
        """The number of matching skills in the category (all when slug is None): exact,
        or COUNT_CAP + 1 for all when capped (a category's is then unknown: None)."""
        if self.capped:
            return COUNT_CAP + 1 if slug is None else None
        if slug is None:
            return self.total
        return next((item.count for item in self.items if item.slug == slug), 0)


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


def offered() -> ColumnElement[bool]:
    """Published and not retired: what everyone sees (and what the kept counts count)."""
    return and_(Skill.is_published.is_(True), Skill.retired_at.is_(None))


def proposed_by(viewer_id: str) -> ColumnElement[bool]:
    """The viewer's own proposals still waiting for review."""
    return and_(
        Skill.is_published.is_(False),
        Skill.retired_at.is_(None),
        Skill.proposed_by_id == viewer_id,
    )


def visible_to(viewer_id: str | None) -> ColumnElement[bool]:
    """Offered skills (published, not retired), plus the viewer's own pending proposals."""
    if viewer_id is None:
        return offered()
    return or_(offered(), proposed_by(viewer_id))


def matches(q: str) -> ColumnElement[bool]:
    """Name or alias contains q, a tag equals q, or the name is close to q (typos)."""
    return or_(in_name(q), tags_contain([q]))


def in_name(q: str) -> ColumnElement[bool]:
    """The name or an alias contains q, or the name is close to q (typos)."""
    similar = _similar(q)
    return or_(*_contains(q), *([similar] if similar is not None else []))


def _contains(q: str) -> list[ColumnElement[bool]]:
    """The name or an alias contains q. One or two characters (too short for a trigram
    index) match a name's start, served by the prefix index (migration 0010), so typing
    the first letter scans nothing."""
    if len(q) < SHORT_QUERY:
        return [_name().like(f"{escape_like(q)}%", escape="\\")]
    pattern = f"%{escape_like(q)}%"
    return [
        _name().like(pattern, escape="\\"),
        _aliases_text().like(pattern, escape="\\"),
    ]


def _similar(q: str) -> ColumnElement[bool] | None:
    return _name().op("%")(q) if len(q) >= TYPO_QUERY else None


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


def closeness(q: str) -> ColumnElement[int]:
    """0 for an exact name or alias, 1 for a name starting with q, 2 for the rest."""
    prefix = _name().like(f"{escape_like(q)}%", escape="\\")
    return case((named(q), 0), (prefix, 1), else_=2)


def best_first(q: str) -> list[ColumnElement]:
    """Exact name or alias, then names starting with q, then by similarity, then name."""
    if not q:
        return [Skill.name]
    return [closeness(q), func.similarity(_name(), q).desc(), Skill.name]


def ranked(q: str, conditions: Sequence[ColumnElement[bool]], window: int) -> Subquery:
    """The ids of the skills matching q, in two tiers each cut at `window` rows (the end
    of the page asked for): skills whose name or alias matches, best first; then skills
    only tagged q, by name. Ranking is then bounded by the page, not by the catalog: a
    popular tag carried by thousands of skills costs a walk of the name index, where
    ranking every match by similarity grew with the catalog."""
    # The tiers split the matches without overlap: a name merely close to q (a typo)
    # that also carries the tag q goes with the tagged ones, so the tagged tier never has
    # to compute a similarity for every skill it walks past.
    contains = or_(*_contains(q))
    similar = _similar(q)
    in_first = contains if similar is None else or_(contains, and_(similar, ~tags_contain([q])))
    by_name = (
        select(
            Skill.id.label("id"),
            literal(0).label("tier"),
            closeness(q).label("closeness"),
            func.similarity(_name(), q).label("likeness"),
        )
        .where(*conditions, in_first)
        .order_by(*best_first(q))
        .limit(window)
    )
    by_tag = (
        select(Skill.id, literal(1), literal(2), literal(0.0))
        .where(*conditions, tags_contain([q]), not_(func.coalesce(contains, false())))
        .order_by(Skill.name)
        .limit(window)
    )
    return union_all(by_name, by_tag).subquery("ranked")


def demand_rank() -> ColumnElement[int]:
    """0 high, 1 medium, 2 low, 3 unknown: the IMMUTABLE function idx_skill_demand_name is
    built on (migration 0016), so ordering by it walks that index."""
    return func.smatrx_demand_rank(Skill.market_demand)


def popular(conditions: Sequence[ColumnElement[bool]], window: int) -> Subquery:
    """The ids of the skills meeting the conditions, most held first, then by estimated
    demand, then by name, in two tiers each cut at `window` rows (the end of the page):
    skills someone holds (the kept "SkillStat" rows), then the rest (idx_skill_demand_name
    walked in order, each checked against "SkillStat" by its primary key)."""
    rank = demand_rank()
    held = (
        select(
            Skill.id.label("id"),
            literal(0).label("tier"),
            SkillStat.holders.label("holders"),
            rank.label("rank"),
            Skill.name.label("name"),
        )
        .join(SkillStat, SkillStat.skill_id == Skill.id)
        .where(*conditions, SkillStat.holders > 0)
        .order_by(SkillStat.holders.desc(), rank, Skill.name)
        .limit(window)
    )
    someone_holds = (
        select(SkillStat.skill_id)
        .where(SkillStat.skill_id == Skill.id, SkillStat.holders > 0)
        .exists()
    )
    rest = (
        select(Skill.id, literal(1), literal(0), rank, Skill.name)
        .where(*conditions, ~someone_holds)
        .order_by(rank, Skill.name)
        .limit(window)
    )
    return union_all(held, rest).subquery("popular")


def _conditions(
    q: str,
    viewer_id: str | None,
    category_slug: str | None,
    tags: Iterable[str],
    demand: str | None,
) -> list[ColumnElement[bool]]:
    """What every match must satisfy besides q: visible to the viewer, and the filters."""
    conditions = _filters("", viewer_id=viewer_id, tags=normalise_tags(tags), demand=demand)
    if category_slug:
        in_category = select(SkillCategory.id).where(SkillCategory.slug == category_slug)
        conditions.append(Skill.category_id == in_category.scalar_subquery())
    return conditions


def _count_statement(
    q: str, conditions: Sequence[ColumnElement[bool]], *, capped: bool = True
) -> Select:
    matching = select(Skill.id).where(*conditions, *([matches(q)] if q else []))
    if capped:
        matching = matching.limit(COUNT_CAP + 1)
    return select(func.count()).select_from(matching.subquery())


def _rows_statement(
    q: str,
    conditions: Sequence[ColumnElement[bool]],
    viewer_id: str | None,
    page: int,
    per_page: int,
    sort: str = POPULAR,
) -> Select:
    held = (
        and_(UserSkill.skill_id == Skill.id, UserSkill.user_id == viewer_id)
        if viewer_id
        else false()
    )
    offset = (max(page, 1) - 1) * per_page
    rows = (
        select(Skill, UserSkill.level, func.coalesce(SkillStat.holders, 0))
        .join(Skill.category)
        .outerjoin(UserSkill, held)
        .outerjoin(SkillStat, SkillStat.skill_id == Skill.id)
        .options(contains_eager(Skill.category))
    )
    if q:
        best = ranked(q, conditions, window=offset + per_page)
        rows = rows.join(best, best.c.id == Skill.id).order_by(
            best.c.tier, best.c.closeness, best.c.likeness.desc(), Skill.name
        )
    elif sort == BY_NAME:
        rows = rows.where(*conditions).order_by(Skill.name)
    else:
        best = popular(conditions, window=offset + per_page)
        rows = rows.join(best, best.c.id == Skill.id).order_by(
            best.c.tier, best.c.holders.desc(), best.c.rank, best.c.name
        )
    return rows.limit(per_page).offset(offset)


def search_statements(
    query: str,
    *,
    viewer_id: str | None,
    category_slug: str | None = None,
    tags: Iterable[str] = (),
    demand: str | None = None,
    page: int = 1,
    per_page: int = PER_PAGE,
    sort: str = POPULAR,
) -> tuple[Select, Select]:
    """(count statement, page statement) for a search; public so tests can EXPLAIN them.
    The count stops at COUNT_CAP + 1."""
    q = normalise_query(query)
    conditions = _conditions(q, viewer_id, category_slug, tags, demand)
    return _count_statement(q, conditions), _rows_statement(
        q, conditions, viewer_id, page, per_page, normalise_sort(sort)
    )


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
    known_total: int | None = None,
    sort: str = POPULAR,
) -> SearchPage:
    """One page of the skills the viewer may see that match the query and filters. With a
    query, best first: exact name or alias, then names starting with the query, then by
    similarity, then skills only tagged with the query; without one, in `sort` order
    (most held, then demand, then name; or by name). known_total (from category_counts)
    saves counting again. Browsing (no query, no tags) counts exactly and pages through
    all."""
    q = normalise_query(query)
    sort = normalise_sort(sort)
    tags = normalise_tags(tags)
    browsing = not q and not tags
    conditions = _conditions(q, viewer_id, category_slug, tags, demand)
    total = known_total
    if total is None:
        total = session.scalar(_count_statement(q, conditions, capped=not browsing)) or 0
    pages = max(1, math.ceil((total if browsing else min(total, COUNT_CAP)) / per_page))
    page = min(max(page, 1), pages)
    rows = _rows_statement(q, conditions, viewer_id, page, per_page, sort)
    items = [SkillResult(*row) for row in session.execute(rows)]
    return SearchPage(
        items=items,
        total=total,
        page=page,
        pages=pages,
        per_page=per_page,
        browsing=browsing,
        sort=sort,
    )


def category_counts(
    session: Session,
    query: str = "",
    *,
    viewer_id: str | None,
    tags: Iterable[str] = (),
    demand: str | None = None,
) -> CategoryCounts:
    """Every category with how many visible skills in it match the query and the other
    filters (not the category filter: these counts are what choosing one would give).

    Browsing (no query, no tags) reads the kept counts plus the viewer's own proposals;
    a query or tags count the first COUNT_CAP + 1 matches only."""
    q = normalise_query(query)
    tags = normalise_tags(tags)
    demand = demand if demand in MARKET_DEMAND else None
    if not q and not tags:
        statement = category_counts_statement(demand, own_proposals(viewer_id, demand))
        items = [CategoryCount(slug, name, n) for slug, name, n in session.execute(statement)]
        return CategoryCounts(items, capped=False)
    conditions = _filters(q, viewer_id=viewer_id, tags=tags, demand=demand)
    first = (
        select(Skill.category_id.label("category_id"))
        .where(*conditions)
        .limit(COUNT_CAP + 1)
        .subquery()
    )
    matching = (
        select(first.c.category_id, func.count().label("n"))
        .group_by(first.c.category_id)
        .subquery()
    )
    statement = (
        select(SkillCategory.slug, SkillCategory.name, func.coalesce(matching.c.n, 0))
        .outerjoin(matching, matching.c.category_id == SkillCategory.id)
        .order_by(SkillCategory.name)
    )
    items = [CategoryCount(slug, name, n) for slug, name, n in session.execute(statement)]
    return CategoryCounts(items, capped=sum(item.count for item in items) > COUNT_CAP)


def own_proposals(viewer_id: str | None, demand: str | None) -> ColumnElement[int] | None:
    """The viewer's pending proposals in each category (the kept counts leave them out):
    a count correlated to SkillCategory, read through Skill_proposedById_idx."""
    if viewer_id is None:
        return None
    conditions = [Skill.category_id == SkillCategory.id, proposed_by(viewer_id)]
    if demand:
        conditions.append(Skill.market_demand == demand)
    return (
        select(func.count())
        .select_from(Skill)
        .where(*conditions)
        .correlate(SkillCategory)
        .scalar_subquery()
    )
