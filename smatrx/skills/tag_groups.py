"""The catalog's tag filters: every tag at least MIN_SKILLS_PER_TAG offered skills carry,
grouped under the category where the tag is most used.

The counts are the kept ones ("TagStat", exact at every commit, one index range). Which
category is a tag's home is catalog data, the same for everyone, and costs a pass over
every offered skill's tags: it is computed on a miss and kept in Redis for
TAG_HOMES_KEPT_FOR (a tag moving home a few minutes late is harmless; Redis being away
only costs the computation).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from redis import Redis
from sqlalchemy import Select, func, select, true
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.orm import Session

from smatrx.models import Skill, SkillCategory
from smatrx.models.stats import TagStat
from smatrx.skills.kept_copies import KeptCopy
from smatrx.skills.search import offered

# A tag on one or two skills narrows nothing a search would not: those stay out.
MIN_SKILLS_PER_TAG = 3
TAG_HOMES_KEPT_FOR = timedelta(minutes=15)
_KEY = "smatrx:tag-homes:v1"
# Tags a person chose that are not offered (fewer skills carry them) stay visible here, so
# they can be taken off again.
CHOSEN_GROUP = "chosen"


@dataclass
class TagGroup:
    slug: str
    name: str
    tags: list[tuple[str, int]] = field(default_factory=list)  # (tag, skills), by tag
    chosen: int = 0  # how many of its tags the filters hold (the group then opens)


def offered_tags_statement(minimum: int = MIN_SKILLS_PER_TAG) -> Select:
    """(tag, offered skills carrying it) for every tag with at least `minimum` (kept)."""
    return select(TagStat.tag, TagStat.skills).where(TagStat.skills >= minimum)


def tag_homes_statement() -> Select:
    """(tag, category slug): for each tag of the offered skills, the category where most
    of them are (ties: by category slug)."""
    tag = func.unnest(Skill.tags).table_valued("tag").render_derived()
    return (
        select(tag.c.tag, SkillCategory.slug)
        .select_from(Skill)
        .join(tag, true())
        .join(Skill.category)
        .where(offered())
        .group_by(tag.c.tag, SkillCategory.slug)
        .order_by(tag.c.tag, func.count().desc(), SkillCategory.slug)
        .ext(distinct_on(tag.c.tag))
    )


class TagHomeCache:
    def __init__(self, redis: Redis | None) -> None:
        self._kept = KeptCopy(redis, _KEY, TAG_HOMES_KEPT_FOR, "tag homes")

    def get(self) -> dict[str, str] | None:
        kept = self._kept.get()
        return None if kept is None else dict(kept)

    def put(self, homes: dict[str, str]) -> None:
        self._kept.put(homes)


def tag_homes(session: Session, cache: TagHomeCache) -> dict[str, str]:
    homes = cache.get()
    if homes is None:
        homes = dict(session.execute(tag_homes_statement()).all())
        cache.put(homes)
    return homes


def group_tags(
    counts: Iterable[tuple[str, int]],
    homes: dict[str, str],
    categories: Sequence[tuple[str, str]],
    chosen: Sequence[str] = (),
) -> list[TagGroup]:
    """The tag groups in the categories' order, each tag under its home category, chosen
    ones first, then by tag.
    A tag without a known home (new since the homes were kept) waits for the next
    computation, unless chosen: a chosen tag always shows (its count 0 when unknown), in
    its home or else in a last "Chosen" group. Empty groups are dropped."""
    groups = {slug: TagGroup(slug, name) for slug, name in categories}
    leftover = TagGroup(CHOSEN_GROUP, "Chosen")
    seen: set[str] = set()
    for tag, skills in counts:
        group = groups.get(homes.get(tag, ""))
        if group is None and tag in chosen:
            group = leftover
        if group is not None:
            group.tags.append((tag, skills))
            seen.add(tag)
    for tag in chosen:
        if tag not in seen:
            groups.get(homes.get(tag, ""), leftover).tags.append((tag, 0))
    result = [*groups.values(), leftover]
    for group in result:
        # chosen first (at hand to take off, on a phone's one-row list too), then by tag
        group.tags.sort(key=lambda item: (item[0] not in chosen, item[0]))
        group.chosen = sum(1 for tag, _ in group.tags if tag in chosen)
    return [group for group in result if group.tags]


def tag_groups(
    session: Session,
    categories: Sequence[tuple[str, str]],
    chosen: Sequence[str],
    cache: TagHomeCache,
) -> list[TagGroup]:
    """Every offered tag (kept counts) grouped by home category; chosen tags always."""
    counts = [(tag, skills) for tag, skills in session.execute(offered_tags_statement())]
    return group_tags(counts, tag_homes(session, cache), categories, chosen)
