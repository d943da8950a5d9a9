"""The team's matrix as a grid: pure code (no Flask, no database) that turns the team's
members and visible holdings (smatrx.teams.holdings) into what the page shows — skills
grouped by category, a cell per member and skill with its letter, markers and details, the
filters and sorts applied, the distribution of levels per skill, and per member how many
skills they hold at intermediate or above (and how many of the team's targets they meet).

Also the ranking of who-knows (people holding one skill across my teams).

Everything a cell shows is computed here once, so the template only writes strings out: a
team of 50 members and 300 skills is 15,000 cells, and per-cell logic in Jinja is what costs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from markupsafe import Markup, escape

from smatrx.models.choices import SKILL_LEVELS
from smatrx.skills.search import normalise_query

if TYPE_CHECKING:
    from smatrx.teams.holdings import Holding, Member, SkillHolder

LETTERS = {"beginner": "B", "intermediate": "I", "advanced": "A", "expert": "E"}
RANKS = {level: number for number, level in enumerate(SKILL_LEVELS, start=1)}
LABELS = {level: level.capitalize() for level in SKILL_LEVELS}
# A rating nobody touched for this long is marked for review (the 12 months).
STALE_AFTER = timedelta(days=365)
INTEREST_MARKS = {"more": "↑", "less": "↓"}
INTEREST_WORDS = {"more": "wants to use it more", "less": "would rather not use it"}
INTEREST_TIPS = {key: f" · {words}" for key, words in INTEREST_WORDS.items()}
VERIFIED_MARK = "✓"
STALE_MARK = "◔"
NO_LEAD_MARK = "\N{EN DASH}"  # lead view, no lead assessment yet
VIEWS = ("self", "lead", "diff")
SORTS = ("name", "coverage")
# "Strong" skills, counted per member: intermediate or above.
STRONG_RANK = RANKS["intermediate"]
MAX_SEARCH_LENGTH = 80


@dataclass(frozen=True)
class MatrixFilters:
    """What the GET form asks for; anything unknown falls back to the default, so a
    hand-edited address never fails."""

    category: str = ""
    q: str = ""
    min_level: str = ""
    verified_only: bool = False
    sort: str = "name"
    view: str = "self"
    transpose: bool = False

    @property
    def narrows(self) -> bool:
        """Whether any filter hides skills or cells (the sorts and views don't)."""
        return bool(self.category or self.q or self.min_level or self.verified_only)


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "on", "yes", "y"}


def parse_filters(args: Mapping[str, str], *, lead_views: bool = True) -> MatrixFilters:
    """The filters from the query string; lead_views False keeps the view on "self"."""
    min_level = (args.get("min_level") or "").strip()
    sort = (args.get("sort") or "").strip()
    view = (args.get("view") or "").strip()
    return MatrixFilters(
        category=(args.get("category") or "").strip()[:MAX_SEARCH_LENGTH],
        q=normalise_query(args.get("q"))[:MAX_SEARCH_LENGTH],
        min_level=min_level if min_level in RANKS else "",
        verified_only=_flag(args.get("verified")),
        sort=sort if sort in SORTS else "name",
        view=view if lead_views and view in VIEWS else "self",
        transpose=_flag(args.get("transpose")),
    )


class Cell(NamedTuple):
    """One member's holding of one skill, ready to write out (a named tuple: there are
    15,000 of them on a large team's page)."""

    user_skill_id: str
    css: str  # classes: level colour, markers, highlight
    text: str  # the letters shown (with markers)
    tip: str  # the details (score, last used, who verified, the lead's level), HTML-safe
    highlighted: bool  # lead and self differ by a level or more (diff view)
    html: str  # the whole <td>, escaped (see build_cell)


@dataclass
class SkillColumn:
    skill_id: str
    name: str
    slug: str
    category_slug: str
    category_name: str
    cells: list[Cell | None] = field(default_factory=list)  # aligned with Matrix.members
    per_level: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # B, I, A, E

    @property
    def holders(self) -> int:
        return sum(self.per_level)

    @property
    def distribution(self) -> str:
        """The counts in words (the bar's text alternative)."""
        return ", ".join(
            f"{count} {level}" for level, count in zip(SKILL_LEVELS, self.per_level, strict=True)
        )


@dataclass
class CategoryGroup:
    slug: str
    name: str
    skills: list[SkillColumn]


@dataclass
class MemberRow:
    member: Member
    cells: list[Cell | None]  # aligned with Matrix.skills
    strong: int  # skills held at intermediate or above (all of them, not only those shown)
    held: int  # skills held (visible to the team)
    targets_met: int | None  # None when the team has no targets


@dataclass
class Matrix:
    filters: MatrixFilters
    groups: list[CategoryGroup]
    members: list[MemberRow]
    categories: list[tuple[str, str]]  # (slug, name) of every category the team holds skills in
    team_skills: int  # distinct skills the team holds, before filters
    targets: int  # how many targets the team has

    @property
    def skills(self) -> list[SkillColumn]:
        return [skill for group in self.groups for skill in group.skills]

    @property
    def empty_team(self) -> bool:
        """Nobody in the team holds a visible skill yet."""
        return self.team_skills == 0

    @property
    def nothing_matches(self) -> bool:
        return self.team_skills > 0 and not self.groups


_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _month(moment: datetime) -> str:
    # strftime("%b %Y") without its cost, and independent of the locale
    return f"{_MONTHS[moment.month]} {moment.year}"


def _tip(holding: Holding, stale: bool, show_lead: bool, verifier: str | None) -> str:
    """The cell's details as text that is safe in HTML: the only outside string in it,
    the verifier's name, comes escaped. (Levels and interests are CHECK-constrained, so
    they index the tables directly; this runs 15,000 times for a large team.)"""
    score, last_used, interest = holding.score, holding.last_used, holding.interest
    lead, lead_score = holding.lead_level, holding.lead_score
    tip = LABELS[holding.level]
    if score is not None:
        tip += f" · score {score}"
    if last_used:
        tip += f" · last used {_month(last_used)}"
    if holding.verified:
        tip += f" · verified by {verifier}" if verifier else " · verified"
    else:
        tip += " · not verified"
    if interest:
        tip += INTEREST_TIPS[interest]
    if stale:
        tip += f" · rated {_month(holding.rated_at)}, over a year ago"
    if show_lead:
        if lead:
            tip += f" · lead: {LABELS[lead]}"
            if lead_score is not None:
                tip += f" (score {lead_score})"
        else:
            tip += " · no lead assessment"
    return tip


def build_cell(
    holding: Holding,
    view: str,
    now: datetime,
    *,
    show_lead: bool,
    who: str = "",
    link_prefix: str | None = None,
    verifier: str | None = None,
) -> Cell:
    """The cell of a holding in a view: self (the member's level), lead (the lead's, empty
    letters when there is none) or diff (both, highlighted when they differ).

    Its <td> is written here, not in Jinja: per cell, a template costs several times the
    page's whole budget (15,000 cells on a large team). who ("member · skill") and
    link_prefix come escaped (once per member, skill and page, not per cell), and so does
    verifier (once per verifier; escaped here when not given); css, letters and the id are
    the app's own strings. A lead's cell links to the assessment (link_prefix + the holding's
    id); a member's is focusable."""
    level, verified, interest = holding.level, holding.verified, holding.interest
    lead_level = holding.lead_level if show_lead else None
    stale = now - holding.rated_at > STALE_AFTER
    highlighted = False
    if view == "lead" and show_lead:
        shown_rank = RANKS[lead_level] if lead_level else 0
        letters = LETTERS[lead_level] if lead_level else NO_LEAD_MARK
    elif view == "diff" and lead_level:
        shown_rank = RANKS[level]
        letters = f"{LETTERS[level]}→{LETTERS[lead_level]}"
        highlighted = lead_level != level
    else:
        shown_rank = RANKS[level]
        letters = LETTERS[level]
    css = _LEVEL_CLASSES[shown_rank]
    if verified:
        letters += VERIFIED_MARK
        css += " is-verified"
    if interest:
        letters += INTEREST_MARKS[interest]
    if stale:
        letters += STALE_MARK
        css += " is-stale"
    if highlighted:
        css += " is-diff"
    if verifier is None and holding.verified_by_name:
        verifier = str(escape(holding.verified_by_name))
    tip = _tip(holding, stale, show_lead, verifier)
    if link_prefix is None:
        html = (
            f'<td class="{css}"><span class="cell" tabindex="0">{letters}'
            f'<span class="tip">{who}{tip}</span></span></td>'
        )
    else:
        html = (
            f'<td class="{css}"><a class="cell" href="{link_prefix}{holding.user_skill_id}">'
            f'{letters}<span class="tip">{who}{tip}</span></a></td>'
        )
    return Cell(holding.user_skill_id, css, letters, tip, highlighted, html)


_LEVEL_CLASSES = tuple(f"lv-{rank}" for rank in range(5))


def _skill_matches(holding: Holding, filters: MatrixFilters) -> bool:
    if filters.category and holding.category_slug != filters.category:
        return False
    return not filters.q or filters.q in normalise_query(holding.skill_name)


def targets_met(ranks_by_skill: Mapping[str, int], targets: Iterable[tuple[str, str]]) -> int:
    """How many (skill id, minimum level) targets a member's levels meet."""
    return sum(
        1 for skill_id, level in targets if ranks_by_skill.get(skill_id, 0) >= RANKS.get(level, 5)
    )


def _escaped(cache: dict[str, str], text: str | None) -> str | None:
    if text is None:
        return None
    escaped = cache.get(text)
    if escaped is None:
        escaped = cache[text] = str(escape(text))
    return escaped


def build_matrix(
    members: Sequence[Member],
    holdings: Iterable[Holding],
    filters: MatrixFilters,
    now: datetime,
    *,
    targets: Sequence[tuple[str, str]] = (),
    lead_visible: frozenset[str] | None = None,
    link_prefix: str | None = None,
) -> Matrix:
    """The grid of a team. lead_visible: whose lead assessments the viewer may see (None:
    everyone's, for leads and admins; a plain member sees only their own). link_prefix:
    where a cell links, the holding's id appended (None: cells are not links)."""
    member_ids = {member.user_id for member in members}
    member_html = {member.user_id: str(escape(member.name)) for member in members}
    skill_html: dict[str, str] = {}
    verifier_html: dict[str, str] = {}
    prefix = None if link_prefix is None else str(escape(link_prefix))
    columns: dict[str, SkillColumn] = {}
    shown: dict[tuple[str, str], Cell] = {}
    strong: dict[str, int] = dict.fromkeys(member_ids, 0)
    held: dict[str, int] = dict.fromkeys(member_ids, 0)
    ranks: dict[str, dict[str, int]] = {user_id: {} for user_id in member_ids}
    categories: dict[str, str] = {}
    skill_shown: dict[str, bool] = {}  # per skill: category and name filters, once each
    min_rank = RANKS.get(filters.min_level, 0)
    verified_only, view = filters.verified_only, filters.view
    for holding in holdings:
        user_id, skill_id = holding.user_id, holding.skill_id
        if user_id not in member_ids:
            continue
        rank = RANKS.get(holding.level, 1)
        held[user_id] += 1
        if rank >= STRONG_RANK:
            strong[user_id] += 1
        if targets:  # only targets need every level by member
            ranks[user_id][skill_id] = rank
        shown_skill = skill_shown.get(skill_id)
        if shown_skill is None:
            categories[holding.category_slug] = holding.category_name
            shown_skill = skill_shown[skill_id] = _skill_matches(holding, filters)
            skill_html[skill_id] = str(escape(holding.skill_name))
        if not shown_skill or rank < min_rank or (verified_only and not holding.verified):
            continue
        column = columns.get(skill_id)
        if column is None:
            column = columns[skill_id] = SkillColumn(
                holding.skill_id,
                holding.skill_name,
                holding.skill_slug,
                holding.category_slug,
                holding.category_name,
            )
        column.per_level[rank - 1] += 1
        show_lead = lead_visible is None or user_id in lead_visible
        shown[(user_id, skill_id)] = build_cell(
            holding,
            view,
            now,
            show_lead=show_lead,
            who=f"{member_html[user_id]} · {skill_html[skill_id]}: ",
            link_prefix=prefix,
            verifier=_escaped(verifier_html, holding.verified_by_name),
        )

    rows = [
        MemberRow(
            member=member,
            cells=[],
            strong=strong[member.user_id],
            held=held[member.user_id],
            targets_met=targets_met(ranks[member.user_id], targets) if targets else None,
        )
        for member in members
    ]
    if filters.sort == "coverage":
        rows.sort(key=lambda row: (-row.strong, row.member.name.lower()))
        skill_key = lambda column: (-column.holders, column.name.lower())  # noqa: E731
    else:
        rows.sort(key=lambda row: row.member.name.lower())
        skill_key = lambda column: column.name.lower()  # noqa: E731

    grouped: dict[str, list[SkillColumn]] = {}
    for column in columns.values():
        grouped.setdefault(column.category_slug, []).append(column)
    groups = [
        CategoryGroup(slug, categories[slug], sorted(skills, key=skill_key))
        for slug, skills in sorted(grouped.items(), key=lambda item: categories[item[0]].lower())
    ]
    for group in groups:
        for column in group.skills:
            column.cells = [shown.get((row.member.user_id, column.skill_id)) for row in rows]
            for row, cell in zip(rows, column.cells, strict=True):
                row.cells.append(cell)
    return Matrix(
        filters=filters,
        groups=groups,
        members=rows,
        categories=sorted(categories.items(), key=lambda item: item[1].lower()),
        team_skills=len(skill_shown),
        targets=len(targets),
    )


def render_lines(matrix: Matrix) -> list[Markup]:
    """The cells of every line in the page's orientation: a line per member, or a line
    per skill (in category order) when transposed."""
    lines = (
        [skill.cells for skill in matrix.skills]
        if matrix.filters.transpose
        else [row.cells for row in matrix.members]
    )
    # every cell's html is escaped where it is built (build_cell)
    return [
        Markup("".join([cell.html if cell else "<td></td>" for cell in cells]))  # noqa: S704
        for cells in lines
    ]


def _recency(holding: Holding) -> datetime:
    """When the skill was last known in use: last used, else when it was last rated."""
    return holding.last_used or holding.rated_at


def rank_holders(holders: Iterable[SkillHolder]) -> list[SkillHolder]:
    """Who-knows order: higher level, then higher score, then verified, then the most
    recently used; name last so equal people keep a stable order."""
    return sorted(
        holders,
        key=lambda holder: (
            -RANKS.get(holder.holding.level, 0),
            -(holder.holding.score if holder.holding.score is not None else -1),
            not holder.holding.verified,
            -_recency(holder.holding).timestamp(),
            holder.name.lower(),
        ),
    )
