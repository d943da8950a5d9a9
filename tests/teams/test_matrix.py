"""/teams/<slug>: the matrix page — who may see it, what it shows, the GET form and its
HTMX swap, the empty states, and statements that do not grow with the team."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from flask import url_for

from smatrx.extensions import db
from smatrx.models import SkillAssessment, TeamTarget, User
from smatrx.models.base import utcnow
from tests.helpers import HX, catalog_skill, hold, make_user, signed_in
from tests.teams.builders import make_team


def page(client: Any, path: str, headers: dict | None = None) -> str:
    response = client.get(path, headers=headers or {})
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


@pytest.fixture
def platform(ada: User, member: User) -> Any:
    """Ada leads Platform; Mo is a member. Ada: Python expert (verified by Vera), Docker
    beginner; Mo: Python intermediate (wants more), Kubernetes advanced rated long ago."""
    team = make_team(ada, "Platform", member)
    vera = make_user("vera@example.com", "verifier", name="Vera Verifier")
    hold(ada, "python", level="expert", proficiency_score=90, verified=True, verified_by=vera.id)
    hold(ada, "docker", level="beginner", interest="less")
    hold(member, "python", level="intermediate", interest="more")
    old = utcnow() - timedelta(days=500)
    hold(member, "kubernetes", level="advanced", edited_at=old, last_used=old)
    return team


def test_every_viewer_the_access_rule_allows(
    app: Any, platform: Any, ada: User, member: User
) -> None:
    outsider = make_user("out@example.com", name="Out Sider")
    admin = make_user("admin@example.com", "admin", name="Ada Admin")
    path = f"/teams/{platform.slug}?q=py&view=diff&transpose=1"
    for person, status in ((outsider, 404), (member, 200), (ada, 200), (admin, 200)):
        client = signed_in(app.test_client(), person)
        assert client.get(path).status_code == status, person.email
        assert client.get(path, headers=HX).status_code == status, person.email
    assert app.test_client().get(path).status_code == 302  # signed out: to sign-in


def test_the_matrix_shows_levels_by_letter_markers_and_details(
    ada_client: Any, platform: Any
) -> None:
    html = page(ada_client, f"/teams/{platform.slug}")
    assert "DevOps" in html and "Programming" in html  # category headers
    assert (
        '>E✓<span class="tip">Ada Lovelace · Python: Expert · score 90 · verified by Vera Verifier'
        in html
    )
    assert 'I↑<span class="tip">Mo Member · Python: Intermediate' in html
    assert "wants to use it more" in html and "would rather not use it" in html
    assert re.search(r'class="lv-3 is-stale"><a class="cell"[^>]*>A◔<', html)
    assert "over a year ago" in html
    assert 'aria-label="0 beginner, 1 intermediate, 0 advanced, 1 expert"' in html


def test_leads_open_each_cell_to_assess_it_members_only_focus_it(
    app: Any, ada_client: Any, platform: Any, member: User
) -> None:
    row = next(us for us in member.skills if us.skill.slug == "python")
    with app.test_request_context():
        link = url_for("teams.assess", slug=platform.slug, user_skill_id=row.id)
    assert f'href="{link}"' in page(ada_client, f"/teams/{platform.slug}")
    mo = signed_in(app.test_client(), member)
    html = page(mo, f"/teams/{platform.slug}")
    assert "/assess/" not in html
    assert '<span class="cell" tabindex="0">' in html
    assert 'name="view"' not in html


def test_lead_ratings_and_the_difference_view(
    app: Any, ada: User, ada_client: Any, platform: Any, member: User
) -> None:
    mine = next(us for us in member.skills if us.skill.slug == "python")
    db.session.add(
        SkillAssessment(
            user_skill_id=mine.id, assessor_id=ada.id, team_id=platform.id, level="expert"
        )
    )
    db.session.commit()
    html = page(ada_client, f"/teams/{platform.slug}?view=diff")
    assert re.search(r'class="lv-2 is-diff"><a class="cell"[^>]*>I→E↑<', html)
    assert "lead: Expert" in html
    lead = page(ada_client, f"/teams/{platform.slug}?view=lead")
    assert ">E↑<span" in lead
    # a plain member cannot switch views: the address is read as the self view
    mo = signed_in(app.test_client(), member)
    own = page(mo, f"/teams/{platform.slug}?view=diff")
    assert "is-diff" not in own and "lead: Expert" in own  # their own lead rating only


def test_filters_are_a_get_form_htmx_swaps_the_region_only(ada_client: Any, platform: Any) -> None:
    full = page(ada_client, f"/teams/{platform.slug}?category=devops-tools&min_level=advanced")
    assert 'hx-push-url="true"' in full and 'method="get"' in full
    assert '<option value="devops-tools" selected>' in full
    assert "Kubernetes" in full.split('id="matrix-region"')[1]
    assert "Python</span></th>" not in full
    region = page(ada_client, f"/teams/{platform.slug}?q=PYTH&verified=1", HX)
    assert region.lstrip().startswith('<section id="matrix-region"')
    assert "<form" not in region and "<html" not in region
    assert "1 of 3 skills match the filters" in region
    assert "Mo Member · Python" not in region  # Mo's python is not verified


def test_transposed_and_sorted(ada_client: Any, platform: Any) -> None:
    html = page(ada_client, f"/teams/{platform.slug}?transpose=1&sort=coverage")
    assert "is-transposed" in html and 'scope="rowgroup"' in html
    body = html.split('id="matrix-region"')[1]
    assert body.index("<span>Mo Member</span>") < body.index("<span>Ada Lovelace</span>")
    assert '<option value="coverage" selected>' in html


def test_targets_met_per_member(ada_client: Any, platform: Any) -> None:
    db.session.add(
        TeamTarget(team_id=platform.id, skill_id=catalog_skill("python").id, min_level="advanced")
    )
    db.session.commit()
    html = page(ada_client, f"/teams/{platform.slug}")
    assert "Targets met" in html and "/ 1" in html


def test_empty_states(app: Any, ada: User, ada_client: Any, member: User) -> None:
    alone = make_team(ada, "Solo")
    html = page(ada_client, f"/teams/{alone.slug}")
    assert "No skills to show yet" in html and "You are the only member so far" in html
    hold(ada, "python")
    html = page(ada_client, f"/teams/{alone.slug}")
    assert "You are the only member so far" in html and "1 member ·" in html
    pair = make_team(ada, "Pair", member)  # Mo holds nothing: a row of empty cells
    html = page(ada_client, f"/teams/{pair.slug}")
    assert re.search(
        r'<th scope="row">Mo Member</th>\s*<td></td>\s*<td class="matrix-total">0<', html
    )
    html = page(ada_client, f"/teams/{pair.slug}?q=cobol")
    assert "No skill matches these filters" in html and "<table" not in html


def test_hidden_skills_and_other_teams_never_show(
    ada_client: Any, platform: Any, member: User
) -> None:
    stranger = make_user("stranger@example.com", name="Sam Stranger")
    hold(stranger, "rust", level="expert")
    hidden = hold(member, "go", level="expert")
    hidden.hidden_from_teams = True
    db.session.commit()
    html = page(ada_client, f"/teams/{platform.slug}")
    assert "Sam Stranger" not in html and ">Go<" not in html and "Rust" not in html


def test_names_are_escaped(app: Any, ada: User, ada_client: Any) -> None:
    evil = make_user("evil@example.com", name="<script>alert(1)</script>")
    team = make_team(ada, "Escapes", evil)
    hold(evil, "python")
    html = page(ada_client, f"/teams/{team.slug}")
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    html = page(ada_client, f"/teams/{team.slug}?q=<b>x")
    assert 'value="&lt;b&gt;x"' in html


def _team_of(size: int, lead: User) -> Any:
    people = [make_user(f"p{size}-{n}@example.com", name=f"Person {n:02}") for n in range(size - 1)]
    team = make_team(lead, f"Team {size}", *people)
    for number, person in enumerate(people):
        for slug in ("python", "docker", "kubernetes", "go")[: 1 + number % 4]:
            row = hold(person, slug, level="advanced", verified=number % 2 == 0)
            db.session.add(
                SkillAssessment(user_skill_id=row.id, assessor_id=lead.id, level="expert")
            )
    db.session.add(
        TeamTarget(team_id=team.id, skill_id=catalog_skill("go").id, min_level="beginner")
    )
    db.session.commit()
    return team


def test_statements_do_not_grow_with_the_team(
    ada: User, ada_client: Any, statement_counter: Any
) -> None:
    small, large = _team_of(5, ada), _team_of(50, ada)
    counts = []
    for team in (small, large):
        for path, headers in (
            (f"/teams/{team.slug}", {}),
            (f"/teams/{team.slug}?view=diff&q=o", HX),
        ):
            statement_counter.reset()
            page(ada_client, path, headers)
            counts.append(statement_counter.count)
    assert counts[:2] == counts[2:], statement_counter.statements
    assert max(counts) <= 8, statement_counter.statements
