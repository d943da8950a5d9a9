"""/skills: my skills grouped by category, filtered and sorted, added through the typeahead
or proposed, edited in place (HTMX fragments and whole pages without it), the summary, 404
for other people's rows, and a number of statements that does not grow with the skills."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.models import Profile, Skill, User, UserSkill, VerificationRequest
from smatrx.models.base import utcnow
from smatrx.skills.levels import DEFAULT_SCORE
from tests.helpers import HX, catalog_skill, csrf_for, hold, make_user, sign_in


def rows_of(user: User) -> list[UserSkill]:
    return list(db.session.scalars(select(UserSkill).where(UserSkill.user_id == user.id)))


def edit_data(row: UserSkill, **values: str) -> dict[str, str]:
    """The edit form as the row shows it, with some values changed (field names carry the
    row's prefix)."""
    data = {
        "level": row.level,
        "proficiency_score": "" if row.proficiency_score is None else str(row.proficiency_score),
        "years_experience": "" if row.years_experience is None else str(row.years_experience),
        "last_used": row.last_used.date().isoformat() if row.last_used else "",
        "links": "",
        "notes": "",
    }
    data.update(values)
    return {f"s{row.id}-{key}": value for key, value in data.items()}


@pytest.fixture
def token(ada_client: Any) -> str:
    return csrf_for(ada_client, "/skills")


def post(client: Any, path: str, token: str, data: dict | None = None, **kwargs: Any) -> Any:
    return client.post(path, data={"csrf_token": token, **(data or {})}, **kwargs)


# --- access -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/skills", "/skills/suggest?q=py", "/skills/propose"])
def test_anonymous_visitors_are_sent_to_sign_in(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_anonymous_post_is_sent_to_sign_in(client: Any, db_session: Any) -> None:
    token = csrf_for(client, "/login")
    response = client.post("/skills", data={"csrf_token": token, "skill_id": "x"})
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_posts_need_the_csrf_token(ada_client: Any, ada: User) -> None:
    row = hold(ada, "python")
    assert ada_client.post(f"/skills/{row.id}/remove").status_code == 400
    assert len(rows_of(ada)) == 1


ID_ROUTES = [
    ("get", "/skills/{id}"),
    ("get", "/skills/{id}/edit"),
    ("get", "/skills/{id}/score?level=expert"),
    ("post", "/skills/{id}"),
    ("post", "/skills/{id}/remove"),
    ("post", "/skills/{id}/undo"),
]


@pytest.mark.parametrize(("method", "path"), ID_ROUTES)
@pytest.mark.parametrize("headers", [{}, HX], ids=["page", "htmx"])
def test_rows_of_other_people_answer_404(
    ada_client: Any, ada: User, token: str, method: str, path: str, headers: dict
) -> None:
    grace = make_user("grace@example.com")
    theirs = hold(grace, "python", level="expert", proficiency_score=90)
    url = path.format(id=theirs.id)
    if method == "get":
        response = ada_client.get(url, headers=headers)
    else:
        response = post(
            ada_client, url, token, edit_data(theirs, level="beginner"), headers=headers
        )
    assert response.status_code == 404
    db.session.refresh(theirs)
    assert (theirs.level, theirs.proficiency_score) == ("expert", 90)


# --- the page -----------------------------------------------------------------------------


def test_empty_page_invites_to_add(ada_client: Any, ada: User) -> None:
    html = ada_client.get("/skills").get_data(as_text=True)
    assert "No skills yet." in html
    assert 'id="add-skill-q"' in html
    assert "Propose a new skill" in html


def test_page_groups_skills_by_category_with_their_details(ada_client: Any, ada: User) -> None:
    hold(
        ada,
        "python",
        level="advanced",
        proficiency_score=70,
        years_experience=6,
        last_used=datetime(2024, 5, 1),
        source="github",
    )
    hold(ada, "go", level="beginner", proficiency_score=10)
    hold(ada, "docker", level="expert", proficiency_score=90, verified=True, verified_at=utcnow())
    response = ada_client.get("/skills")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.vary and "HX-Request" in response.vary
    groups = re.findall(
        r'class="myskills-group-title"[^>]*>.*?</span>\s*([^<]+?)\s*</h2>', html, re.S
    )
    assert groups == ["DevOps Tools", "Programming Languages"]
    languages = html.split("Programming Languages\n      </h2>", 1)[1]
    assert ">Python<" in languages and ">Go<" in languages and ">Docker<" not in languages
    assert 'max="100" value="70" aria-label="Proficiency"></progress>70</p>' in html
    assert 'used <time datetime="2024-05-01">May 2024</time>' in html
    assert "GitHub" in html
    assert "&#10003; Verified" in html
    # The summary: total, levels, and the chart of categories.
    assert "<strong>3</strong> skills" in html
    assert re.search(r"Expert <strong>1</strong>", html)
    assert re.search(r"Intermediate <strong>0</strong>", html)
    assert "Average proficiency out of 100, and how many skills, per category:" in html
    assert "Programming Languages 40 (2 skills)" in html
    assert "DevOps Tools 90 (1 skill)" in html
    assert "<svg" in html


def test_unpublished_and_retired_skills_are_marked(ada_client: Any, ada: User) -> None:
    hold(ada, "python")
    catalog_skill("python").retired_at = utcnow()
    proposal = Skill(
        name="Quantum Basket Weaving",
        slug="qbw",
        category_id=catalog_skill("go").category_id,
        is_published=False,
        proposed_by_id=ada.id,
    )
    db.session.add(proposal)
    db.session.flush()
    db.session.add(
        UserSkill(user_id=ada.id, skill_id=proposal.id, level="beginner", source="manual")
    )
    db.session.commit()
    html = ada_client.get("/skills").get_data(as_text=True)
    assert ">Retired<" in html
    assert ">Awaiting review<" in html


def test_filters_by_level_source_and_verified(ada_client: Any, ada: User) -> None:
    hold(ada, "python", level="advanced", proficiency_score=70, source="github")
    hold(ada, "go", level="beginner", proficiency_score=10)
    hold(ada, "docker", level="expert", proficiency_score=90, verified=True)

    def names(query: str, headers: dict | None = None) -> set[str]:
        html = ada_client.get("/skills?" + query, headers=headers or {}).get_data(as_text=True)
        listed = html.split('id="skill-list"', 1)[1]
        return {name for name in ("Python", "Go", "Docker") if f">{name}<" in listed}

    assert names("") == {"Python", "Go", "Docker"}
    assert names("level=advanced") == {"Python"}
    assert names("source=manual") == {"Go", "Docker"}
    assert names("verified=yes") == {"Docker"}
    assert names("verified=no") == {"Python", "Go"}
    assert names("level=nonsense&source=evil") == {"Python", "Go", "Docker"}
    assert names("level=expert", HX) == {"Docker"}
    assert "No skills match these filters." in ada_client.get(
        "/skills?level=intermediate"
    ).get_data(as_text=True)


def test_sorts_within_categories(ada_client: Any, ada: User) -> None:
    hold(ada, "python", proficiency_score=30, years_experience=1, last_used=datetime(2020, 1, 1))
    hold(ada, "go", proficiency_score=45, years_experience=9, last_used=datetime(2023, 1, 1))
    hold(ada, "rust", proficiency_score=50, years_experience=4, last_used=None)

    def order(sort: str) -> list[str]:
        html = ada_client.get(f"/skills?sort={sort}").get_data(as_text=True)
        found = [(html.index(f">{name}<"), name) for name in ("Python", "Go", "Rust")]
        return [name for _, name in sorted(found)]

    assert order("name") == ["Go", "Python", "Rust"]
    assert order("proficiency") == ["Rust", "Go", "Python"]
    assert order("years") == ["Go", "Rust", "Python"]
    assert order("last_used") == ["Go", "Python", "Rust"]


def test_htmx_filter_answers_the_list_region_only(ada_client: Any, ada: User) -> None:
    hold(ada, "python")
    response = ada_client.get("/skills?sort=years", headers=HX)
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith('<section id="skill-list"')
    assert "<html" not in html and "add-panel" not in html


def test_pending_verification_is_shown_and_request_link_hidden(ada_client: Any, ada: User) -> None:
    python = hold(ada, "python")
    go = hold(ada, "go")
    db.session.add(
        VerificationRequest(user_skill_id=python.id, user_id=ada.id, level="intermediate")
    )
    db.session.commit()
    html = ada_client.get("/skills").get_data(as_text=True)
    assert "Verification pending" in html
    # The request link comes with the row's edit mode (on demand), like Remove.
    if ada_client.application.view_functions.get("verification.new"):
        go_edit = ada_client.get(f"/skills/{go.id}/edit", headers=HX).get_data(as_text=True)
        assert f"/verifications/new/{go.id}" in go_edit
        python_edit = ada_client.get(f"/skills/{python.id}/edit", headers=HX)
        assert f"/verifications/new/{python.id}" not in python_edit.get_data(as_text=True)


# --- typeahead, add, propose --------------------------------------------------------------


def suggestion_names(client: Any, query: str) -> list[str]:
    html = client.get("/skills/suggest", query_string={"q": query}, headers=HX).get_data(
        as_text=True
    )
    return re.findall(r'<span class="myskills-option-name">([^<]+)</span>', html)


def test_suggestions_match_names_and_aliases_case_insensitively(ada_client: Any, ada: User) -> None:
    assert suggestion_names(ada_client, "PYTHON")[0] == "Python"
    assert "JavaScript" in suggestion_names(ada_client, "ecmascript")
    assert "Python" in suggestion_names(ada_client, "py")
    assert suggestion_names(ada_client, "") == []
    assert suggestion_names(ada_client, "%") == []


def test_suggestions_offer_only_published_live_skills_and_my_proposals(
    ada_client: Any, ada: User
) -> None:
    grace = make_user("grace@example.com")
    category = catalog_skill("go").category_id
    db.session.add_all(
        [
            Skill(
                name="Zeta Mine",
                slug="zeta-mine",
                category_id=category,
                is_published=False,
                proposed_by_id=ada.id,
            ),
            Skill(
                name="Zeta Theirs",
                slug="zeta-theirs",
                category_id=category,
                is_published=False,
                proposed_by_id=grace.id,
            ),
            Skill(
                name="Zeta Retired", slug="zeta-retired", category_id=category, retired_at=utcnow()
            ),
            Skill(name="Zeta Live", slug="zeta-live", category_id=category),
        ]
    )
    db.session.commit()
    assert suggestion_names(ada_client, "zeta") == ["Zeta Live", "Zeta Mine"]


def test_suggestions_mark_skills_i_hold_and_offer_to_propose(ada_client: Any, ada: User) -> None:
    hold(ada, "python")
    html = ada_client.get("/skills/suggest?q=python", headers=HX).get_data(as_text=True)
    assert "In your skills" in html
    assert "Propose" not in html  # Python exists by that exact name
    html = ada_client.get("/skills/suggest?q=Brainfork", headers=HX).get_data(as_text=True)
    assert "Propose it as a new skill" in html


def test_search_without_javascript_shows_suggestions_on_the_page(
    ada_client: Any, ada: User
) -> None:
    html = ada_client.get("/skills?q=kubernetes").get_data(as_text=True)
    assert '<span class="myskills-option-name">Kubernetes</span>' in html


def test_add_with_htmx_creates_a_manual_beginner_row(
    ada_client: Any, ada: User, token: str
) -> None:
    response = post(
        ada_client, "/skills", token, {"skill_id": catalog_skill("rust").id}, headers=HX
    )
    assert response.status_code == 200
    (row,) = rows_of(ada)
    assert (row.level, row.proficiency_score, row.source) == (
        "beginner",
        DEFAULT_SCORE["beginner"],
        "manual",
    )
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith('<div id="my-skills"')
    assert f'id="us-{row.id}" class="myskill is-new"' in html
    assert 'id="add-panel"' in html and 'hx-swap-oob="true"' in html
    assert "Added “Rust” at beginner level." in html
    assert response.headers["HX-Retarget"] == "#my-skills"
    assert "skillsChanged" in response.headers["HX-Trigger"]


def test_add_without_javascript_redirects_to_the_row(
    ada_client: Any, ada: User, token: str
) -> None:
    response = post(ada_client, "/skills", token, {"skill_id": catalog_skill("rust").id})
    (row,) = rows_of(ada)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/skills#us-{row.id}")
    assert "Added “Rust” at beginner level." in ada_client.get("/skills").get_data(as_text=True)


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced", "expert"])
@pytest.mark.parametrize("htmx", [True, False])
def test_add_stores_the_level_chosen(
    ada_client: Any, ada: User, token: str, level: str, htmx: bool
) -> None:
    response = post(
        ada_client,
        "/skills",
        token,
        {"skill_id": catalog_skill("rust").id, "level": level},
        headers=HX if htmx else {},
    )
    assert response.status_code == (200 if htmx else 302)
    (row,) = rows_of(ada)
    assert (row.level, row.proficiency_score) == (level, DEFAULT_SCORE[level])
    if htmx:
        assert f"Added “Rust” at {level} level." in response.get_data(as_text=True)


def test_add_with_an_unknown_level_is_refused(ada_client: Any, ada: User, token: str) -> None:
    response = post(
        ada_client, "/skills", token, {"skill_id": catalog_skill("rust").id, "level": "guru"}
    )
    assert response.status_code == 400
    assert rows_of(ada) == []


def test_each_suggestion_offers_the_four_levels(ada_client: Any, ada: User) -> None:
    html = ada_client.get("/skills/suggest?q=kubernetes").get_data(as_text=True)
    for level in ("Beginner", "Intermediate", "Advanced", "Expert"):
        assert f'aria-label="Add Kubernetes as {level}"' in html
        assert f'name="level" value="{level.lower()}"' in html


def test_adding_a_skill_already_held_opens_the_existing_row(
    ada_client: Any, ada: User, token: str
) -> None:
    existing = hold(ada, "python", level="expert", proficiency_score=88)
    response = post(
        ada_client, "/skills", token, {"skill_id": catalog_skill("python").id}, headers=HX
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    # Said once, in the opened row: no toast repeating it.
    assert html.count("You already have “Python”: edit it here.") == 1
    assert "#toasts" not in html
    assert f'action="/skills/{existing.id}"' in html  # the row's edit form
    assert len(rows_of(ada)) == 1
    page = post(ada_client, "/skills", token, {"skill_id": catalog_skill("python").id})
    assert page.headers["Location"].endswith(f"/skills/{existing.id}/edit#us-{existing.id}")


def test_skills_not_offered_cannot_be_added(ada_client: Any, ada: User, token: str) -> None:
    grace = make_user("grace@example.com")
    hidden = Skill(
        name="Secret",
        slug="secret",
        category_id=catalog_skill("go").category_id,
        is_published=False,
        proposed_by_id=grace.id,
    )
    db.session.add(hidden)
    db.session.commit()
    assert post(ada_client, "/skills", token, {"skill_id": hidden.id}).status_code == 404
    assert post(ada_client, "/skills", token, {"skill_id": "nope"}).status_code == 404
    assert post(ada_client, "/skills", token, {}).status_code == 400
    assert rows_of(ada) == []


def test_propose_creates_an_unpublished_skill_and_adds_it(
    ada_client: Any, ada: User, token: str
) -> None:
    category = catalog_skill("go").category_id
    response = post(
        ada_client,
        "/skills/propose",
        token,
        {"name": "  Brainfork  Lang ", "category_id": category},
        headers=HX,
    )
    assert response.status_code == 200
    proposal = db.session.scalar(select(Skill).where(Skill.name == "Brainfork Lang"))
    assert proposal is not None
    assert (proposal.is_published, proposal.proposed_by_id, proposal.slug) == (
        False,
        ada.id,
        "brainfork-lang",
    )
    (row,) = rows_of(ada)
    assert row.skill_id == proposal.id and row.source == "manual"
    assert "Awaiting review" in response.get_data(as_text=True)
    # Nobody else is offered it until an admin publishes it.
    other = ada_client.application.test_client()
    make_user("grace@example.com")
    sign_in(other, "grace@example.com")
    assert suggestion_names(other, "brainfork") == []
    proposal.is_published = True
    db.session.commit()
    assert suggestion_names(other, "brainfork") == ["Brainfork Lang"]


def test_propose_adds_it_at_the_level_chosen(ada_client: Any, ada: User, token: str) -> None:
    category = catalog_skill("go").category_id
    data = {"name": "Brainfork", "category_id": category, "level": "advanced"}
    response = post(ada_client, "/skills/propose", token, data, headers=HX)
    assert response.status_code == 200
    (row,) = rows_of(ada)
    assert (row.level, row.proficiency_score) == ("advanced", DEFAULT_SCORE["advanced"])
    assert "Added “Brainfork” at advanced level." in response.get_data(as_text=True)
    data = {"name": "Brainfork Two", "category_id": category, "level": "guru"}
    response = post(ada_client, "/skills/propose", token, data, headers=HX)
    assert response.status_code == 422
    assert "Choose a level from the list." in response.get_data(as_text=True)


def test_proposing_an_existing_name_offers_that_skill(
    ada_client: Any, ada: User, token: str
) -> None:
    category = catalog_skill("go").category_id
    response = post(
        ada_client,
        "/skills/propose",
        token,
        {"name": "pYtHoN", "category_id": category},
        headers=HX,
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Python is already in the catalog: add it instead of proposing it." in html
    assert f'name="skill_id" value="{catalog_skill("python").id}"' in html
    assert (
        db.session.scalar(
            select(func.count()).select_from(Skill).where(func.lower(Skill.name) == "python")
        )
        == 1
    )


def test_proposing_a_name_awaiting_review_is_refused_without_offering_it(
    ada_client: Any, ada: User, token: str
) -> None:
    grace = make_user("grace@example.com")
    db.session.add(
        Skill(
            name="Secret Sauce",
            slug="secret-sauce",
            category_id=catalog_skill("go").category_id,
            is_published=False,
            proposed_by_id=grace.id,
        )
    )
    db.session.commit()
    response = post(
        ada_client,
        "/skills/propose",
        token,
        {"name": "secret sauce", "category_id": catalog_skill("go").category_id},
        headers=HX,
    )
    assert response.status_code == 422
    assert "cannot be proposed again" in response.get_data(as_text=True)
    assert rows_of(ada) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "", "category_id": "CATEGORY"}, "Enter the name of the skill."),
        ({"name": "x" * 81, "category_id": "CATEGORY"}, "Use at most 80 characters."),
        ({"name": "Brainfork", "category_id": ""}, "Choose a category."),
        ({"name": "Brainfork", "category_id": "nope"}, "Choose a category from the list."),
    ],
)
def test_propose_form_errors(
    ada_client: Any, ada: User, token: str, data: dict, message: str
) -> None:
    data = {
        key: catalog_skill("go").category_id if value == "CATEGORY" else value
        for key, value in data.items()
    }
    response = post(ada_client, "/skills/propose", token, data, headers=HX)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert rows_of(ada) == []


def test_propose_slug_is_unique(ada_client: Any, ada: User, token: str) -> None:
    post(
        ada_client,
        "/skills/propose",
        token,
        {"name": "C Sharp", "category_id": catalog_skill("go").category_id},
    )
    assert catalog_skill("c-sharp").name == "C#"
    assert db.session.scalar(select(Skill.slug).where(Skill.name == "C Sharp")) == "c-sharp-2"


def test_propose_link_opens_the_form_with_the_name(ada_client: Any, ada: User) -> None:
    html = ada_client.get("/skills/propose?name=Brainfork", headers=HX).get_data(as_text=True)
    assert html.lstrip().startswith('<section id="add-panel"')
    assert '<details id="propose" class="myskills-propose" open>' in html
    assert 'value="Brainfork"' in html


# --- edit in place ------------------------------------------------------------------------


def test_edit_swaps_the_row_for_its_form_and_cancel_back(ada_client: Any, ada: User) -> None:
    row = hold(ada, "python", evidence={"links": ["https://example.com/a"], "notes": "Talk"})
    html = ada_client.get(f"/skills/{row.id}/edit", headers=HX).get_data(as_text=True)
    assert html.lstrip().startswith(f'<li id="us-{row.id}" class="myskill is-editing')
    assert f'name="s{row.id}-level"' in html
    assert re.search(r">\s*https://example.com/a</textarea>", html)
    assert re.search(r">\s*Talk</textarea>", html)
    view = ada_client.get(f"/skills/{row.id}", headers=HX).get_data(as_text=True)
    assert view.lstrip().startswith(f'<li id="us-{row.id}" class="myskill"')
    assert ada_client.get(f"/skills/{row.id}").status_code == 302


def test_edit_without_javascript_shows_the_page_with_the_row_open(
    ada_client: Any, ada: User
) -> None:
    row = hold(ada, "python")
    hold(ada, "go")
    html = ada_client.get(f"/skills/{row.id}/edit").get_data(as_text=True)
    assert "<html" in html
    assert html.count("is-editing") == 1
    assert f'action="/skills/{row.id}"' in html


def test_save_with_htmx_returns_the_row_and_refreshes_the_summary(
    ada_client: Any, ada: User, token: str
) -> None:
    row = hold(ada, "python")
    response = post(
        ada_client,
        f"/skills/{row.id}",
        token,
        edit_data(
            row,
            proficiency_score="72",
            years_experience="3",
            last_used="2024-02-10",
            links="https://github.com/ada/py\n\nhttps://github.com/ada/py\nhttp://talks.example/x",
            notes="  Gave a talk.  ",
        ),
        headers=HX,
    )
    assert response.status_code == 200
    db.session.refresh(row)
    assert (row.level, row.proficiency_score, row.years_experience) == ("advanced", 72, 3)
    assert row.last_used == datetime(2024, 2, 10)
    assert row.evidence == {
        "links": ["https://github.com/ada/py", "http://talks.example/x"],
        "notes": "Gave a talk.",
    }
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith(f'<li id="us-{row.id}" class="myskill"')
    assert 'id="skills-summary"' in html and 'hx-swap-oob="true"' in html
    assert "Saved “Python”." in html
    assert "skillsChanged" in response.headers["HX-Trigger"]


def test_save_without_javascript_redirects(ada_client: Any, ada: User, token: str) -> None:
    row = hold(ada, "python")
    response = post(ada_client, f"/skills/{row.id}", token, edit_data(row, years_experience="2"))
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/skills#us-{row.id}")


def test_choosing_a_level_sets_its_default_score(ada_client: Any, ada: User, token: str) -> None:
    row = hold(ada, "python", level="intermediate", proficiency_score=40)
    post(ada_client, f"/skills/{row.id}", token, edit_data(row, level="expert"), headers=HX)
    db.session.refresh(row)
    assert (row.level, row.proficiency_score) == ("expert", DEFAULT_SCORE["expert"])


def test_a_score_outside_the_band_moves_the_level(ada_client: Any, ada: User, token: str) -> None:
    row = hold(ada, "python", level="intermediate", proficiency_score=40)
    post(ada_client, f"/skills/{row.id}", token, edit_data(row, proficiency_score="20"), headers=HX)
    db.session.refresh(row)
    assert (row.level, row.proficiency_score) == ("beginner", 20)


def test_a_cleared_score_takes_the_level_default(ada_client: Any, ada: User, token: str) -> None:
    row = hold(ada, "python", level="advanced", proficiency_score=70)
    post(ada_client, f"/skills/{row.id}", token, edit_data(row, proficiency_score=""), headers=HX)
    db.session.refresh(row)
    assert (row.level, row.proficiency_score) == ("advanced", DEFAULT_SCORE["advanced"])


def test_score_field_follows_the_level_select(ada_client: Any, ada: User) -> None:
    row = hold(ada, "python", level="intermediate", proficiency_score=40)
    prefix = f"s{row.id}-"
    html = ada_client.get(
        f"/skills/{row.id}/score",
        query_string={f"{prefix}level": "expert", f"{prefix}proficiency_score": "40"},
        headers=HX,
    ).get_data(as_text=True)
    assert f'id="score-{row.id}"' in html and f'value="{DEFAULT_SCORE["expert"]}"' in html
    html = ada_client.get(
        f"/skills/{row.id}/score",
        query_string={f"{prefix}level": "expert", f"{prefix}proficiency_score": "90"},
        headers=HX,
    ).get_data(as_text=True)
    assert 'value="90"' in html


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"proficiency_score": "101"}, "Proficiency must be between 0 and 100"),
        ({"proficiency_score": "-1"}, "Proficiency must be between 0 and 100"),
        ({"proficiency_score": "lots"}, "Enter a whole number."),
        ({"years_experience": "51"}, "Years of experience must be between 0 and 50"),
        ({"years_experience": "-1"}, "Years of experience must be between 0 and 50"),
        ({"last_used": "TOMORROW"}, "Last used cannot be in the future"),
        ({"last_used": "last year"}, "Enter a date like 2024-05-31."),
        (
            {"links": "javascript:alert(1)"},
            "is not a web address. Enter each link in full, starting with https:// or http://",
        ),
        (
            {"links": "ftp://example.com/x"},
            "is not a web address. Enter each link in full, starting with https:// or http://",
        ),
        (
            {"links": "\n".join(f"https://example.com/{n}" for n in range(11))},
            "Add at most 10 links.",
        ),
        ({"notes": "x" * 1001}, "Use at most 1000 characters."),
        ({"level": "guru"}, "Choose a level from the list."),
    ],
)
def test_invalid_edits_answer_422_with_the_form_and_typed_values(
    ada_client: Any, ada: User, token: str, values: dict, message: str
) -> None:
    row = hold(ada, "python", level="intermediate", proficiency_score=40, years_experience=2)
    tomorrow = (datetime.now(UTC).date() + timedelta(days=1)).isoformat()
    values = {key: tomorrow if value == "TOMORROW" else value for key, value in values.items()}
    for headers in (HX, {}):
        response = post(
            ada_client, f"/skills/{row.id}", token, edit_data(row, **values), headers=headers
        )
        assert response.status_code == 422
        html = response.get_data(as_text=True)
        assert message in html
        assert 'aria-invalid="true"' in html
        key, typed = next(iter(values.items()))
        if key != "level" and len(typed) < 60:
            assert typed in html  # the typed value comes back for correction
    db.session.refresh(row)
    assert (row.level, row.proficiency_score, row.years_experience) == ("intermediate", 40, 2)


def test_years_above_the_profile_warn_but_save(ada_client: Any, ada: User, token: str) -> None:
    profile = db.session.scalar(select(Profile).where(Profile.user_id == ada.id))
    profile.years_experience = 5
    db.session.commit()
    row = hold(ada, "python")
    response = post(
        ada_client, f"/skills/{row.id}", token, edit_data(row, years_experience="12"), headers=HX
    )
    assert response.status_code == 200
    assert (
        "more than the 5 years of experience on your profile. Saved anyway."
        in response.get_data(as_text=True)
    )
    db.session.refresh(row)
    assert row.years_experience == 12
    quiet = post(
        ada_client, f"/skills/{row.id}", token, edit_data(row, years_experience="4"), headers=HX
    )
    assert "Saved anyway" not in quiet.get_data(as_text=True)


def test_editing_an_imported_skill_keeps_its_source_and_evidence(
    ada_client: Any, ada: User, token: str
) -> None:
    imported = {"repos": ["ada/engine"], "bytes": 12345, "links": ["https://old.example"]}
    row = hold(ada, "python", source="github", evidence=imported)
    post(
        ada_client,
        f"/skills/{row.id}",
        token,
        edit_data(row, links="https://new.example/a", notes="Mine"),
        headers=HX,
    )
    db.session.refresh(row)
    assert row.source == "github"
    assert row.evidence == {
        "repos": ["ada/engine"],
        "bytes": 12345,
        "links": ["https://new.example/a"],
        "notes": "Mine",
    }
    post(ada_client, f"/skills/{row.id}", token, edit_data(row, links="", notes=""), headers=HX)
    db.session.refresh(row)
    assert row.evidence == {"repos": ["ada/engine"], "bytes": 12345}


def test_raising_the_level_of_a_verified_skill_clears_the_verification(
    ada_client: Any, ada: User, token: str
) -> None:
    row = hold(
        ada,
        "python",
        level="intermediate",
        proficiency_score=40,
        verified=True,
        verified_at=utcnow(),
        verified_by="lead-id",
    )
    response = post(
        ada_client, f"/skills/{row.id}", token, edit_data(row, level="advanced"), headers=HX
    )
    assert "no longer verified" in response.get_data(as_text=True)
    db.session.refresh(row)
    assert (row.level, row.verified, row.verified_at, row.verified_by) == (
        "advanced",
        False,
        None,
        None,
    )


@pytest.mark.parametrize(
    "values", [{"level": "beginner"}, {"proficiency_score": "45"}, {"years_experience": "9"}]
)
def test_other_edits_of_a_verified_skill_keep_the_verification(
    ada_client: Any, ada: User, token: str, values: dict
) -> None:
    row = hold(
        ada,
        "python",
        level="intermediate",
        proficiency_score=40,
        verified=True,
        verified_at=utcnow(),
        verified_by="lead-id",
    )
    post(ada_client, f"/skills/{row.id}", token, edit_data(row, **values), headers=HX)
    db.session.refresh(row)
    assert row.verified and row.verified_by == "lead-id"


# --- statements ---------------------------------------------------------------------------


def _hold_many(user: User, count: int) -> None:
    skills = db.session.scalars(select(Skill).order_by(Skill.slug).limit(count)).all()
    assert len(skills) == count
    for index, item in enumerate(skills):
        db.session.add(
            UserSkill(
                user_id=user.id,
                skill_id=item.id,
                level="advanced",
                proficiency_score=60,
                years_experience=index % 10,
                source="github" if index % 2 else "manual",
                verified=index % 3 == 0,
                last_used=datetime(2024, 1, 1) if index % 4 else None,
            )
        )
    db.session.commit()


def _statements(client: Any, statement_counter: Any, path: str, headers: dict | None = None) -> int:
    statement_counter.reset()
    response = client.get(path, headers=headers or {})
    assert response.status_code == 200
    return statement_counter.count


@pytest.mark.parametrize(
    ("path", "headers"),
    [("/skills", {}), ("/skills?sort=proficiency&source=github", HX)],
)
def test_statement_count_does_not_grow_with_the_number_of_skills(
    client: Any, db_session: Any, statement_counter: Any, path: str, headers: dict
) -> None:
    few, many = make_user("few@example.com"), make_user("many@example.com")
    _hold_many(few, 5)
    _hold_many(many, 200)
    for user in (few, many):
        db.session.add(
            VerificationRequest(
                user_skill_id=rows_of(user)[1].id, user_id=user.id, level="advanced"
            )
        )
    db.session.commit()
    sign_in(client, "few@example.com")
    with_few = _statements(client, statement_counter, path, headers)
    client.post("/logout", data={"csrf_token": csrf_for(client, "/skills")})
    sign_in(client, "many@example.com")
    with_many = _statements(client, statement_counter, path, headers)
    assert with_few == with_many
    assert with_many <= 6, statement_counter.statements


def test_unknown_years_and_last_use_invite_filling_them_in(ada_client: Any, ada: User) -> None:
    neither = hold(ada, "python")
    years_only = hold(ada, "rust", years_experience=3)
    used_only = hold(ada, "go", last_used=utcnow())
    html = ada_client.get("/skills").get_data(as_text=True)
    edit = f'href="/skills/{neither.id}/edit" hx-get="/skills/{neither.id}/edit"'
    assert f'<a class="myskill-invite" {edit}' in html
    assert 'aria-label="Add years and last use of Python">Add years and last use</a>' in html
    assert "3 yrs · <a" in html
    assert 'aria-label="When did you last use Rust?">When did you last use it?</a>' in html
    assert 'aria-label="Add years for Go">Add years</a> · used <time' in html
    assert f'href="/skills/{years_only.id}/edit"' in html and used_only.id in html
    listing = html.split('id="skill-list"')[1]
    assert "\u2013" not in re.sub(r"\d+\u2013\d+", "", listing)  # no dashes for unknowns


def test_the_category_chart_draws_the_average_its_label_names(ada_client: Any, ada: User) -> None:
    # Two categories, one skill each: equal counts, averages 15 and 90.
    hold(ada, "python", level="expert", proficiency_score=90)
    hold(ada, "docker", level="beginner", proficiency_score=15)
    html = ada_client.get("/skills").get_data(as_text=True)
    chart = html.split('class="myskills-chart"')[1].split("</figure>")[0]
    assert "Bar: average proficiency, 0\u2013100" in chart
    labels = [int(n) for n in re.findall(r">avg (\d+)</text>", chart)]
    tracks = [float(w) for w in re.findall(r'class="mc-track"[^>]* width="([\d.]+)"', chart)]
    bars = [float(w) for w in re.findall(r'class="mc-bar"[^>]* width="([\d.]+)"', chart)]
    assert sorted(labels) == [15, 90]
    for label, track, bar in zip(labels, tracks, bars, strict=True):
        assert bar / track == pytest.approx(label / 100, abs=0.005)
