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
from typing import TYPE_CHECKING

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

    def query_args(self, **changes: object) -> dict[str, str]:
        """The filters as query arguments (defaults left out), with changes applied: the
        links of the view switch and the transpose toggle keep the rest."""
        values = {
            "category": self.category,
            "q": self.q,
            "min_level": self.min_level,
            "verified": "1" if self.verified_only else "",
            "sort": "" if self.sort == "name" else self.sort,
            "view": "" if self.view == "self" else self.view,
            "transpose": "1" if self.transpose else "",
        }
        for key, value in changes.items():
            values[key] = "1" if value is True else "" if value in (False, None) else str(value)
        return {key: value for key, value in values.items() if value}


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


@dataclass(frozen=True)
class Cell:
    """One member's holding of one skill, ready to write out."""

    user_skill_id: str
    css: str  # classes: level colour, markers, highlight
    text: str  # the letters shown (with markers)
    tip: str  # the details (score, last used, who verified, the lead's level)
    rank: int  # the member's own level, 1 (beginner) to 4 (expert)
    highlighted: bool  # lead and self differ by a level or more (diff view)


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


def _month(moment: datetime | None) -> str:
    return moment.strftime("%b %Y") if moment else ""


def is_stale(holding: Holding, now: datetime) -> bool:
    return now - holding.rated_at > STALE_AFTER


def _tip(holding: Holding, stale: bool, show_lead: bool) -> str:
    parts = [LABELS.get(holding.level, holding.level)]
    if holding.score is not None:
        parts.append(f"score {holding.score}")
    if holding.last_used:
        parts.append(f"last used {_month(holding.last_used)}")
    if holding.verified:
        by = holding.verified_by_name
        parts.append(f"verified by {by}" if by else "verified")
    else:
        parts.append("not verified")
    if holding.interest in INTEREST_WORDS:
        parts.append(INTEREST_WORDS[holding.interest])
    if stale:
        parts.append(f"rated {_month(holding.rated_at)}, over a year ago")
    if show_lead:
        if holding.lead_level:
            lead = f"lead: {LABELS.get(holding.lead_level, holding.lead_level)}"
            if holding.lead_score is not None:
                lead += f" (score {holding.lead_score})"
            parts.append(lead)
        else:
            parts.append("no lead assessment")
    return " · ".join(parts)


def build_cell(holding: Holding, view: str, now: datetime, *, show_lead: bool) -> Cell:
    """The cell of a holding in a view: self (the member's level), lead (the lead's, empty
    letters when there is none) or diff (both, highlighted when they differ)."""
    rank = RANKS.get(holding.level, 1)
    lead_rank = RANKS.get(holding.lead_level or "", 0) if show_lead else 0
    stale = is_stale(holding, now)
    highlighted = False
    if view == "lead" and show_lead:
        shown_rank = lead_rank
        letters = LETTERS.get(holding.lead_level or "", NO_LEAD_MARK)
    elif view == "diff" and show_lead and lead_rank:
        shown_rank = rank
        letters = f"{LETTERS[holding.level]}→{LETTERS[holding.lead_level or '']}"
        highlighted = abs(lead_rank - rank) >= 1
    else:
        shown_rank = rank
        letters = LETTERS.get(holding.level, "?")
    marks = ""
    classes = [f"lv-{shown_rank}"]
    if holding.verified:
        marks += VERIFIED_MARK
        classes.append("is-verified")
    if holding.interest in INTEREST_MARKS:
        marks += INTEREST_MARKS[holding.interest]
    if stale:
        marks += STALE_MARK
        classes.append("is-stale")
    if highlighted:
        classes.append("is-diff")
    return Cell(
        user_skill_id=holding.user_skill_id,
        css=" ".join(classes),
        text=letters + marks,
        tip=_tip(holding, stale, show_lead),
        rank=rank,
        highlighted=highlighted,
    )


def _skill_matches(holding: Holding, filters: MatrixFilters) -> bool:
    if filters.category and holding.category_slug != filters.category:
        return False
    return not filters.q or filters.q in normalise_query(holding.skill_name)


def _cell_matches(holding: Holding, filters: MatrixFilters) -> bool:
    if filters.verified_only and not holding.verified:
        return False
    return not filters.min_level or RANKS.get(holding.level, 0) >= RANKS[filters.min_level]


def targets_met(ranks_by_skill: Mapping[str, int], targets: Iterable[tuple[str, str]]) -> int:
    """How many (skill id, minimum level) targets a member's levels meet."""
    return sum(
        1 for skill_id, level in targets if ranks_by_skill.get(skill_id, 0) >= RANKS.get(level, 5)
    )


def build_matrix(
    members: Sequence[Member],
    holdings: Iterable[Holding],
    filters: MatrixFilters,
    now: datetime,
    *,
    targets: Sequence[tuple[str, str]] = (),
    lead_visible: frozenset[str] | None = None,
) -> Matrix:
    """The grid of a team. lead_visible: whose lead assessments the viewer may see (None:
    everyone's, for leads and admins; a plain member sees only their own)."""
    member_ids = {member.user_id for member in members}
    columns: dict[str, SkillColumn] = {}
    shown: dict[tuple[str, str], Cell] = {}
    strong: dict[str, int] = dict.fromkeys(member_ids, 0)
    held: dict[str, int] = dict.fromkeys(member_ids, 0)
    ranks: dict[str, dict[str, int]] = {user_id: {} for user_id in member_ids}
    categories: dict[str, str] = {}
    team_skills: set[str] = set()
    for holding in holdings:
        if holding.user_id not in member_ids:
            continue
        rank = RANKS.get(holding.level, 1)
        team_skills.add(holding.skill_id)
        categories[holding.category_slug] = holding.category_name
        held[holding.user_id] += 1
        strong[holding.user_id] += rank >= STRONG_RANK
        ranks[holding.user_id][holding.skill_id] = rank
        if not (_skill_matches(holding, filters) and _cell_matches(holding, filters)):
            continue
        column = columns.get(holding.skill_id)
        if column is None:
            column = columns[holding.skill_id] = SkillColumn(
                holding.skill_id,
                holding.skill_name,
                holding.skill_slug,
                holding.category_slug,
                holding.category_name,
            )
        column.per_level[rank - 1] += 1
        show_lead = lead_visible is None or holding.user_id in lead_visible
        shown[(holding.user_id, holding.skill_id)] = build_cell(
            holding, filters.view, now, show_lead=show_lead
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
        team_skills=len(team_skills),
        targets=len(targets),
    )


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
