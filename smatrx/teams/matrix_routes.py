"""The matrix of a team (/teams/<slug>), and who knows a skill across my teams
(/teams/who-knows). Thin views: the rows come from holdings.py, the grid and the ranking
from matrix.py (pure); the filters are a GET form that HTMX swaps and pushes to the URL.

Statements per request stay constant: the matrix reads the access row, the members, the
holdings and the targets (four, whatever the team's size); who-knows reads my teams, the
catalog's matches and the holders (three)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from flask import request, url_for
from flask_login import current_user
from sqlalchemy import exists, select

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import render_page_or_block
from smatrx.models import TeamMember, TeamTarget
from smatrx.models.base import utcnow
from smatrx.models.choices import SKILL_LEVELS
from smatrx.skills.search import normalise_query
from smatrx.skills.services import suggest_skills
from smatrx.teams import bp
from smatrx.teams.access import team_access
from smatrx.teams.holdings import skill_holders, team_holdings, team_members
from smatrx.teams.matrix import (
    INTEREST_MARKS,
    LABELS,
    LETTERS,
    MAX_SEARCH_LENGTH,
    RANKS,
    STALE_MARK,
    VERIFIED_MARK,
    build_matrix,
    parse_filters,
    rank_holders,
    render_lines,
)

# Skills offered as "did you mean" next to the best match of a who-knows search.
WHO_KNOWS_MATCHES = 6


def _legend() -> dict[str, object]:
    return {
        "levels": [(level, LETTERS[level], LABELS[level]) for level in SKILL_LEVELS],
        "verified_mark": VERIFIED_MARK,
        "stale_mark": STALE_MARK,
        "interest_marks": INTEREST_MARKS,
        "letters": LETTERS,
        "ranks": RANKS,
    }


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a page builds its tens of thousands of
    rows, cells and strings (none of them in a cycle): every allocation burst otherwise
    sets off collections that walk every object of the app, a third of the matrix's time
    at 15,000 cells. Left on if someone else turned it off (another request's pause)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@bp.get("/<slug>")
@login_required
def matrix(slug: str) -> str:
    with _collector_paused():
        return _matrix(slug)


def _matrix(slug: str) -> str:
    access = team_access(slug)
    team = access.team
    filters = parse_filters(request.args, lead_views=access.can_manage)
    targets = [
        (skill_id, level)
        for skill_id, level in db.session.execute(
            select(TeamTarget.skill_id, TeamTarget.min_level).where(TeamTarget.team_id == team.id)
        )
    ]
    grid = build_matrix(
        team_members(db.session, team.id),
        team_holdings(db.session, team.id),
        filters,
        utcnow(),
        targets=targets,
        # Leads and admins see every lead assessment; a member only the ones of their own skills.
        lead_visible=None if access.can_manage else frozenset({current_user.id}),
        # One url_for, then the id appended per cell: url_for for each of 15,000 cells
        # would be most of the page's render time.
        link_prefix=(
            url_for("teams.assess", slug=team.slug, user_skill_id="0")[:-1]
            if access.can_manage
            else None
        ),
    )
    return render_page_or_block(
        "teams/matrix.html",
        "matrix_region",
        access=access,
        matrix=grid,
        lines=render_lines(grid),
        filters=filters,
        max_search=MAX_SEARCH_LENGTH,
        **_legend(),
    )


@bp.get("/who-knows")
@login_required
def who_knows() -> str:
    query = normalise_query(request.args.get("skill"))[:MAX_SEARCH_LENGTH]
    in_a_team = bool(
        db.session.scalar(select(exists().where(TeamMember.user_id == current_user.id)))
    )
    matches = (
        [skill for skill, _ in suggest_skills(current_user, query, limit=WHO_KNOWS_MATCHES)]
        if query and in_a_team
        else []
    )
    skill = matches[0] if matches else None
    holders = rank_holders(skill_holders(db.session, current_user.id, skill.id)) if skill else []
    return render_page_or_block(
        "teams/who_knows.html",
        "results",
        query=query,
        in_a_team=in_a_team,
        skill=skill,
        others=matches[1:],
        holders=holders,
        max_search=MAX_SEARCH_LENGTH,
        **_legend(),
    )
