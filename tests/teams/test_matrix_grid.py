"""The matrix's grid and who-knows' ranking, pure: built from Member and Holding rows
directly (no database, no Flask)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from smatrx.teams.holdings import Holding, Member, SkillHolder
from smatrx.teams.matrix import (
    NO_LEAD_MARK,
    STALE_MARK,
    MatrixFilters,
    build_matrix,
    parse_filters,
    rank_holders,
    render_lines,
    targets_met,
)

NOW = datetime(2026, 6, 1, 12, 0)
CATEGORY = {"python": ("languages", "Languages"), "go": ("languages", "Languages")}
CATEGORY |= {"docker": ("devops", "DevOps tools"), "kubernetes": ("devops", "DevOps tools")}


def member(user_id: str, name: str, role: str = "member") -> Member:
    return Member(user_id, name, None, role, NOW)


def holding(user_id: str, skill: str, level: str = "intermediate", **values: Any) -> Holding:
    slug, category = CATEGORY[skill]
    data: dict[str, Any] = {
        "user_skill_id": f"{user_id}-{skill}",
        "user_id": user_id,
        "skill_id": f"skill-{skill}",
        "skill_name": skill.capitalize(),
        "skill_slug": skill,
        "category_slug": slug,
        "category_name": category,
        "level": level,
        "score": 50,
        "verified": False,
        "verified_by": None,
        "last_used": None,
        "rated_at": NOW - timedelta(days=10),
        "interest": None,
        "lead_level": None,
        "lead_score": None,
        "lead_note": None,
        "lead_at": None,
    }
    data.update(values)
    return Holding(**data)


ADA, BO, CY = member("a", "Ada"), member("b", "Bo", "lead"), member("c", "Cy")
TEAM = [ADA, BO, CY]


def rows() -> list[Holding]:
    return [
        holding("a", "python", "expert", verified=True, verified_by_name="Vera", score=90),
        holding("a", "docker", "beginner", interest="less"),
        holding("b", "python", "intermediate", interest="more", lead_level="advanced"),
        holding("b", "kubernetes", "advanced", rated_at=NOW - timedelta(days=400)),
        holding("b", "go", "beginner"),
    ]


def grid(filters: MatrixFilters | None = None, **kwargs: Any) -> Any:
    return build_matrix(TEAM, rows(), filters or MatrixFilters(), NOW, **kwargs)


def test_skills_are_grouped_by_category_and_cells_align_with_members() -> None:
    matrix = grid()
    assert [(g.name, [s.name for s in g.skills]) for g in matrix.groups] == [
        ("DevOps tools", ["Docker", "Kubernetes"]),
        ("Languages", ["Go", "Python"]),
    ]
    assert [row.member.name for row in matrix.members] == ["Ada", "Bo", "Cy"]
    texts = [[cell.text if cell else None for cell in row.cells] for row in matrix.members]
    assert texts == [
        ["B↓", None, None, "E✓"],
        [None, f"A{STALE_MARK}", "B", "I↑"],
        [None, None, None, None],  # a member with no skills keeps a row
    ]
    assert matrix.team_skills == 4 and not matrix.empty_team and not matrix.nothing_matches


def test_a_cell_never_relies_on_colour_and_tells_its_details() -> None:
    matrix = grid()
    python = matrix.members[0].cells[3]
    assert python.css == "lv-4 is-verified"
    assert python.tip == "Expert · score 90 · verified by Vera · no lead assessment"
    stale = matrix.members[1].cells[1]
    assert "is-stale" in stale.css
    assert "rated Apr 2025, over a year ago" in stale.tip
    assert "wants to use it more" in matrix.members[1].cells[3].tip
    assert "would rather not use it" in matrix.members[0].cells[0].tip


def test_distribution_and_strong_skills_per_member() -> None:
    matrix = grid()
    python = matrix.skills[3]
    assert python.per_level == [0, 1, 0, 1] and python.holders == 2
    assert python.distribution == "0 beginner, 1 intermediate, 0 advanced, 1 expert"
    assert [(row.strong, row.held) for row in matrix.members] == [(1, 2), (2, 3), (0, 0)]


def test_filters_narrow_skills_and_cells_but_keep_every_member() -> None:
    by_category = grid(MatrixFilters(category="devops"))
    assert [s.name for s in by_category.skills] == ["Docker", "Kubernetes"]
    by_name = grid(parse_filters({"q": "  PYTH "}))
    assert [s.name for s in by_name.skills] == ["Python"]
    advanced = grid(MatrixFilters(min_level="advanced"))
    assert [s.name for s in advanced.skills] == ["Kubernetes", "Python"]
    assert advanced.members[1].cells == [advanced.members[1].cells[0], None]  # Bo's I hidden
    verified = grid(MatrixFilters(verified_only=True))
    assert [s.name for s in verified.skills] == ["Python"]
    assert len(verified.members) == 3
    # the per-member counts are of everything held, not of what the filters show
    assert [row.strong for row in verified.members] == [1, 2, 0]
    nothing = grid(MatrixFilters(q="cobol"))
    assert nothing.nothing_matches and nothing.groups == []


def test_sorting_by_coverage_puts_the_strongest_first() -> None:
    matrix = grid(MatrixFilters(sort="coverage"))
    assert [row.member.name for row in matrix.members] == ["Bo", "Ada", "Cy"]
    languages = matrix.groups[1]
    assert [s.name for s in languages.skills] == ["Python", "Go"]  # two holders, then one
    assert matrix.members[0].cells[2].text == "I↑"  # Bo's python follows the skill order


def test_lead_and_difference_views() -> None:
    lead = grid(MatrixFilters(view="lead"))
    bo = lead.members[1]
    assert bo.cells[3].text == "A↑" and bo.cells[3].css.startswith("lv-3")
    assert bo.cells[2].text == NO_LEAD_MARK and bo.cells[2].css.startswith("lv-0")  # no assessment
    diff = grid(MatrixFilters(view="diff"))
    python = diff.members[1].cells[3]
    assert python.text == "I→A↑" and python.highlighted and "is-diff" in python.css
    assert "lead: Advanced" in python.tip
    assert not diff.members[0].cells[3].highlighted  # never assessed: nothing to compare


def test_a_member_sees_lead_ratings_of_their_own_skills_only() -> None:
    matrix = grid(MatrixFilters(view="diff"), lead_visible=frozenset({"a"}))
    bo_python = matrix.members[1].cells[3]
    assert bo_python.text == "I↑" and "lead" not in bo_python.tip
    assert "no lead assessment" in matrix.members[0].cells[3].tip


def test_targets_met_per_member() -> None:
    targets = [("skill-python", "intermediate"), ("skill-kubernetes", "expert")]
    matrix = grid(targets=targets)
    assert matrix.targets == 2
    assert [row.targets_met for row in matrix.members] == [1, 1, 0]
    assert grid().members[0].targets_met is None
    assert targets_met({"skill-python": 4}, [("skill-python", "nonsense")]) == 0


def test_filters_from_a_hand_edited_address_fall_back_to_defaults() -> None:
    filters = parse_filters(
        {"min_level": "guru", "sort": "random", "view": "lead", "verified": "yes", "q": "x" * 200}
    )
    assert (filters.min_level, filters.sort, filters.view) == ("", "name", "lead")
    assert filters.verified_only and len(filters.q) == 80
    assert parse_filters({"view": "diff"}, lead_views=False).view == "self"
    assert parse_filters({"transpose": "1", "sort": "coverage"}).transpose


def test_an_empty_team() -> None:
    matrix = build_matrix([ADA], [], MatrixFilters(), NOW)
    assert matrix.empty_team and not matrix.nothing_matches and matrix.skills == []


def holder(name: str, level: str, **values: Any) -> SkillHolder:
    return SkillHolder(holding(name, "python", level, **values), name, None, (("t", "T"),))


def test_who_knows_ranks_by_level_score_verification_then_recency() -> None:
    people = [
        holder("old", "advanced", score=70, last_used=datetime(2020, 1, 1)),
        holder("new", "advanced", score=70, last_used=datetime(2026, 1, 1)),
        holder("proven", "advanced", score=70, verified=True, last_used=datetime(2019, 1, 1)),
        holder("better", "advanced", score=85),
        holder("unscored", "advanced", score=None),
        holder("expert", "expert", score=10),
        holder("novice", "beginner", score=100),
    ]
    ranked = [person.name for person in rank_holders(people)]
    assert ranked == ["expert", "better", "proven", "new", "old", "unscored", "novice"]


def test_cells_are_written_escaped_and_link_for_leads_only() -> None:
    evil = member("e", "<i>Eve</i>")
    rows = [holding("e", "python", "advanced", verified=True, verified_by_name="<b>V</b>")]
    plain = build_matrix([evil], rows, MatrixFilters(), NOW)
    html = render_lines(plain)[0]
    assert "<i>" not in html and "<b>" not in html
    assert "&lt;i&gt;Eve&lt;/i&gt; · Python: Advanced" in html
    assert "verified by &lt;b&gt;V&lt;/b&gt;" in html
    assert '<span class="cell" tabindex="0">A✓<span class="tip">' in html
    linked = build_matrix([evil], rows, MatrixFilters(), NOW, link_prefix="/teams/t/assess/")
    assert 'href="/teams/t/assess/e-python"' in render_lines(linked)[0]


def test_lines_follow_the_orientation() -> None:
    across = render_lines(grid())
    assert len(across) == 3 and across[2] == "<td></td>" * 4  # Cy holds nothing
    down = render_lines(grid(MatrixFilters(transpose=True)))
    assert len(down) == 4 and down[0].count("<td") == 3  # Docker: a cell per member
