"""/skills/catalog (browse, filter, search as you type) and a skill's page.

The catalog URL serves the whole page, or only its results region for the search box's
HTMX requests; every filter is a plain link or GET form, so it all works without JavaScript.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import abort, request, url_for
from flask_login import current_user

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import is_partial, render_page_or_block
from smatrx.jobs.queue import get_redis
from smatrx.models.base import utcnow
from smatrx.models.choices import MARKET_DEMAND
from smatrx.models.stats import MIN_PEOPLE
from smatrx.skills import bp
from smatrx.skills.catalog_queries import catalog_about, related_skills, skill_for_viewer
from smatrx.skills.search import (
    COUNT_CAP,
    POPULAR,
    SORTS,
    category_counts,
    normalise_query,
    normalise_sort,
    normalise_tags,
    search_skills,
)
from smatrx.skills.tag_groups import TagHomeCache, tag_groups
from smatrx.skills.tag_neighbours import TagNeighbourCache
from smatrx.stats.queries import age_in_words
from smatrx.stats.refresh import CO_HOLDING_PERIOD

CATALOG = "skills/catalog.html"


def _filters_from_request() -> dict[str, Any]:
    demand = request.args.get("demand") or None
    return {
        "q": normalise_query(request.args.get("q")),
        "category": request.args.get("category") or None,
        "tags": list(normalise_tags(request.args.getlist("tag"))),
        "demand": demand if demand in MARKET_DEMAND else None,
        "sort": normalise_sort(request.args.get("sort")),
    }


def _url_maker(filters: dict[str, Any]):
    """catalog_url(**changes): the catalog URL with the current filters, some changed. Any
    change of filter starts again at page 1. The page links ~40 of these: the route is
    looked up once, the query strings are encoded here."""
    base = url_for("skills.catalog")

    def catalog_url(**changes: Any) -> str:
        merged = {**filters, "page": None, **changes}
        page = merged["page"] if merged["page"] and merged["page"] > 1 else None
        pairs = [
            ("q", merged["q"]),
            ("category", merged["category"]),
            *(("tag", tag) for tag in merged["tags"]),
            ("demand", merged["demand"]),
            # the default order stays out of the URL: /skills/catalog is the catalog
            ("sort", merged["sort"] if merged["sort"] != POPULAR else None),
            ("page", page),
        ]
        query = urlencode([(name, value) for name, value in pairs if value])
        return f"{base}?{query}" if query else base

    return catalog_url


@bp.get("/catalog")
@login_required
def catalog() -> str:
    filters = _filters_from_request()
    viewer_id = current_user.id
    counts = category_counts(
        db.session,
        filters["q"],
        viewer_id=viewer_id,
        tags=filters["tags"],
        demand=filters["demand"],
    )
    categories = {count.slug: count for count in counts.items}
    if filters["category"] not in categories:
        filters["category"] = None
    result = search_skills(
        db.session,
        filters["q"],
        viewer_id=viewer_id,
        category_slug=filters["category"],
        tags=filters["tags"],
        demand=filters["demand"],
        page=request.args.get("page", 1, type=int) or 1,
        known_total=counts.count_of(filters["category"]),
        sort=filters["sort"],
    )
    groups = tag_groups(
        db.session,
        [(item.slug, item.name) for item in counts.items],
        filters["tags"],
        TagHomeCache(get_redis()),
    )
    return render_page_or_block(
        CATALOG,
        "results",
        result=result,
        filters=filters,
        counts=counts,
        category=categories.get(filters["category"]) if filters["category"] else None,
        count_cap=COUNT_CAP,
        tag_groups=groups,
        demands=MARKET_DEMAND,
        sorts=SORTS,
        catalog_url=_url_maker(filters),
        partial=is_partial(),
        about=catalog_about(),
    )


@bp.get("/catalog/<slug>")
@login_required
def skill_page(slug: str) -> str:
    viewer_id = current_user.id
    found = skill_for_viewer(db.session, slug, viewer_id)
    if found is None:
        abort(404)
    spread = found.spread
    return render_page_or_block(
        "skills/skill.html",
        "content",
        skill=found.skill,
        held_level=found.held_level,
        spread=spread,
        level_chart=[(level.capitalize(), count) for level, count in spread.levels or ()],
        related=related_skills(db.session, found.skill, viewer_id, TagNeighbourCache(get_redis())),
        pairs_age=age_in_words(found.pairs_refreshed_at, utcnow()),
        pairs_every=int(CO_HOLDING_PERIOD.total_seconds() // 60),
        min_people=MIN_PEOPLE,
        about=catalog_about(),
    )
