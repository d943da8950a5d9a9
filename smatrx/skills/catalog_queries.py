"""Queries behind a skill's page: who may see it, how its holders' levels spread, and the
skills related to it. Each is one statement, whatever the number of skills or holders: the
spread and "held together" are read from the kept aggregates (smatrx/stats), never counted
from "UserSkill" per request."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, Text, and_, any_, bindparam, func, literal, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, contains_eager

from smatrx.models import Skill, SkillStat, UserSkill
from smatrx.models.stats import MIN_PEOPLE
from smatrx.seed.data import read_catalog
from smatrx.skills.search import offered, tags_overlap, visible_to
from smatrx.skills.tag_neighbours import TagNeighbourCache
from smatrx.stats import queries as kept
from smatrx.stats.queries import LevelSpread

RELATED_LIMIT = 6
# "Often held together" needs at least this many people holding both: one person's
# profile is not a pattern, and a small count would point at people. The kept pairs hold
# only pairs of this many (smatrx/stats/refresh.py).
MIN_HELD_TOGETHER = MIN_PEOPLE


@dataclass(frozen=True)
class SkillPage:
    skill: Skill  # with .category loaded
    held_level: str | None  # the viewer's level when they hold it
    spread: LevelSpread  # how many hold it, and at which level (kept: SkillStat)
    pairs_refreshed_at: datetime | None  # when "held together" was last rebuilt (None: never)


@dataclass
class RelatedSkill:
    skill: Skill
    shared_tags: list[str] = field(default_factory=list)
    held_together: int = 0


@cache
def catalog_about() -> dict[str, Any]:
    """The catalog file's "about" (what the market estimates are based on); read once."""
    return read_catalog().about


def skill_page_statement(slug: str, viewer_id: str) -> Select:
    """The skill page's statement for one slug and viewer (for EXPLAIN in tests)."""
    return _skill_page_statement().params(slug=slug, viewer_id=viewer_id)


# The statements of a skill page are built once per process, the slug, viewer and skill as
# bound parameters: building them each request cost more than running them.
@cache
def _skill_page_statement() -> Select:
    """The skill, the viewer's level, its kept SkillStat row and the age of "held together":
    one round trip."""
    viewer_id = bindparam("viewer_id")
    return (
        select(Skill, UserSkill.level, SkillStat, kept.refreshed_at())
        .join(Skill.category)
        .outerjoin(UserSkill, and_(UserSkill.skill_id == Skill.id, UserSkill.user_id == viewer_id))
        .outerjoin(SkillStat, SkillStat.skill_id == Skill.id)
        .options(contains_eager(Skill.category))
        .where(Skill.slug == bindparam("slug"))
    )


@cache
def _visible_by_id_statement() -> Select:
    """The skills among :ids that the viewer may see, with their categories."""
    return (
        select(Skill)
        .join(Skill.category)
        .options(contains_eager(Skill.category))
        .where(
            Skill.id == any_(bindparam("ids", type_=ARRAY(Text))),
            visible_to(bindparam("viewer_id")),
        )
    )


@cache
def _held_together_statement(limit: int) -> Select:
    return kept.held_together_statement(
        bindparam("skill_id"), visible_to(bindparam("viewer_id")), limit
    )


def skill_for_viewer(session: Session, slug: str, viewer_id: str) -> SkillPage | None:
    """The skill at slug if the viewer may see its page, else None (the view answers 404).

    Offered skills are public to everyone signed in; a proposal waiting for review only to
    the person who proposed it; a retired skill only to the people who still hold it.
    """
    row = session.execute(_skill_page_statement(), {"slug": slug, "viewer_id": viewer_id}).first()
    if row is None:
        return None
    skill, held_level, stat, refreshed_at = row
    if skill.retired_at is not None:
        visible = held_level is not None
    elif not skill.is_published:
        visible = skill.proposed_by_id == viewer_id or held_level is not None
    else:
        visible = True
    if not visible:
        return None
    return SkillPage(skill, held_level, kept.level_spread(stat), refreshed_at)


def tag_neighbours(
    session: Session, skill: Skill, limit: int = RELATED_LIMIT
) -> list[tuple[str, list[str]]]:
    """(id, shared tags) of the offered skills sharing most tags with this one (tags &&
    ARRAY[...]: the GIN index). Catalog data, the same for everyone — and the costly part
    of a skill page in a large catalog (a common tag overlaps thousands of skills), hence
    kept in a cache by related_by_tags."""
    own_tags = literal(list(skill.tags), ARRAY(Text))
    tag = func.unnest(Skill.tags).table_valued("tag").render_derived()
    shared = (
        select(func.array_agg(tag.c.tag))
        .where(tag.c.tag == any_(own_tags))
        .scalar_subquery()
        .correlate(Skill)
    )
    statement = (
        select(Skill.id, shared.label("shared"))
        .where(tags_overlap(skill.tags), Skill.id != skill.id, offered())
        .order_by(func.cardinality(shared).desc(), Skill.name)
        .limit(limit)
    )
    return [(other_id, list(tags or [])) for other_id, tags in session.execute(statement)]


def related_by_tags(
    session: Session,
    skill: Skill,
    viewer_id: str,
    cache: TagNeighbourCache | None = None,
    limit: int = RELATED_LIMIT,
) -> list[tuple[Skill, list[str]]]:
    """The skills sharing most tags with this one that the viewer may see: the neighbours
    from the cache (computed on a miss, kept NEIGHBOURS_KEPT_FOR), loaded in one statement
    that also drops any retired since."""
    neighbours = cache.get(skill.id) if cache is not None else None
    if neighbours is None:
        neighbours = tag_neighbours(session, skill, limit)
        if cache is not None:
            cache.put(skill.id, neighbours)
    if not neighbours:
        return []
    loaded = session.scalars(
        _visible_by_id_statement(),
        {"ids": [other_id for other_id, _ in neighbours], "viewer_id": viewer_id},
    )
    by_id = {other.id: other for other in loaded}
    return [(by_id[other_id], tags) for other_id, tags in neighbours if other_id in by_id]


def held_together(
    session: Session, skill: Skill, viewer_id: str, limit: int = RELATED_LIMIT
) -> list[tuple[Skill, int]]:
    """The visible skills most often held by the people who hold this one (kept pairs, as
    of their last rebuild)."""
    rows = session.execute(
        _held_together_statement(limit), {"skill_id": skill.id, "viewer_id": viewer_id}
    )
    return [(other, people) for other, people in rows]


def related_skills(
    session: Session, skill: Skill, viewer_id: str, cache: TagNeighbourCache | None = None
) -> list[RelatedSkill]:
    """Often held together first (what people here combine), then shared tags; distinct."""
    merged: dict[str, RelatedSkill] = {}
    for other, count in held_together(session, skill, viewer_id):
        merged[other.id] = RelatedSkill(other, held_together=count)
    for other, tags in related_by_tags(session, skill, viewer_id, cache):
        merged.setdefault(other.id, RelatedSkill(other)).shared_tags = tags
    return list(merged.values())
