"""/skills/catalog (browse, filter, search as you type) and a skill's page.

The catalog URL serves the whole page, or only its results region for the search box's
HTMX requests; every filter is a plain link or GET form, so it all works without JavaScript.
"""

from __future__ import annotations

from typing import Any

from flask import abort, request, url_for
from flask_login import current_user

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import is_partial, render_page_or_block
from smatrx.models.choices import MARKET_DEMAND
from smatrx.skills import bp
from smatrx.skills.catalog_queries import (
    catalog_about,
    level_distribution,
    related_skills,
    skill_for_viewer,
)
from smatrx.skills.search import (
    category_counts,
    normalise_query,
    normalise_tags,
    popular_tags,
    search_skills,
)

CATALOG = "skills/catalog.html"


def _filters_from_request() -> dict[str, Any]:
    demand = request.args.get("demand") or None
    return {
        "q": normalise_query(request.args.get("q")),
        "category": request.args.get("category") or None,
        "tags": list(normalise_tags(request.args.getlist("tag"))),
        "demand": demand if demand in MARKET_DEMAND else None,
    }


def _url_maker(filters: dict[str, Any]):
    """catalog_url(**changes): the catalog URL with the current filters, some changed. Any
    change of filter starts again at page 1."""

    def catalog_url(**changes: Any) -> str:
        merged = {**filters, "page": None, **changes}
        return url_for(
            "skills.catalog",
            q=merged["q"] or None,
            category=merged["category"] or None,
            tag=list(merged["tags"]) or None,
            demand=merged["demand"] or None,
            page=merged["page"] if merged["page"] and merged["page"] > 1 else None,
        )

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
    categories = {count.slug: count for count in counts}
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
    )
    offered_tags = popular_tags(db.session, viewer_id=viewer_id)
    offered_tags += [tag for tag in filters["tags"] if tag not in offered_tags]
    return render_page_or_block(
        CATALOG,
        "results",
        result=result,
        filters=filters,
        counts=counts,
        category=categories.get(filters["category"]) if filters["category"] else None,
        all_count=sum(count.count for count in counts),
        offered_tags=offered_tags,
        demands=MARKET_DEMAND,
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
    levels = level_distribution(db.session, found.skill.id)
    return render_page_or_block(
        "skills/skill.html",
        "content",
        skill=found.skill,
        held_level=found.held_level,
        level_chart=[(level.capitalize(), count) for level, count in levels],
        holders=sum(count for _, count in levels),
        related=related_skills(db.session, found.skill, viewer_id),
        about=catalog_about(),
    )
