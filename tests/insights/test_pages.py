"""Insights end to end on the real database and Redis: the recompute job writes the three
analyses (only when they change), /insights, /home and /roles show them, what-if and
"Make this a goal" work, bad input gets 404/422, and statements stay constant."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from smatrx.consent.records import set_optional
from smatrx.extensions import db
from smatrx.insights import jobs, store
from smatrx.models import CareerGoal, CareerRole, RoleSkill, SkillAnalysis, User
from smatrx.profile.services import get_or_create_profile
from tests.helpers import (
    HX,
    catalog_skill,
    csrf_for,
    hold,
    hold_many,
    make_user,
    run_jobs,
    signed_in,
)

BACKEND = "Backend Developer"


def target(user: User, title: str | None) -> None:
    profile = get_or_create_profile(user)
    profile.target_role = title
    db.session.commit()


def analyses(user: User) -> dict[str, int]:
    rows = db.session.execute(
        select(SkillAnalysis.analysis_type, func.count())
        .where(SkillAnalysis.user_id == user.id)
        .group_by(SkillAnalysis.analysis_type)
    )
    return dict(rows.all())


@pytest.fixture
def backend_ada(ada: User, redis_conn: Any) -> User:
    hold(ada, "python", level="advanced", proficiency_score=70)
    hold(ada, "postgresql", level="intermediate")
    hold(ada, "docker", level="beginner", proficiency_score=20)
    target(ada, BACKEND)
    return ada


def test_the_shipped_roles_have_requirements(db_session):
    counts = db_session.execute(
        select(CareerRole.slug, func.count(RoleSkill.id))
        .outerjoin(RoleSkill, RoleSkill.role_id == CareerRole.id)
        .group_by(CareerRole.slug)
    ).all()
    assert len(counts) == 30
    assert all(8 <= count <= 25 for _, count in counts)


def test_the_job_writes_each_analysis_once_until_something_changes(backend_ada, app):
    assert store.run(db.session, backend_ada.id, date.today()) == [
        "profile",
        "gap",
        "recommendation",
    ]
    db.session.commit()
    assert store.run(db.session, backend_ada.id, date.today()) == []

    hold(backend_ada, "django", level="advanced")
    assert "gap" in store.run(db.session, backend_ada.id, date.today())
    assert analyses(backend_ada)["gap"] == 2


def test_a_change_asks_for_one_recompute_and_the_worker_does_it(backend_ada, app, redis_conn):
    redis_conn.delete(jobs.PENDING_KEY.format(backend_ada.id))
    assert jobs.enqueue_recompute(backend_ada.id)
    assert not jobs.enqueue_recompute(backend_ada.id)  # a burst: one job
    assert jobs.is_pending(backend_ada.id)

    run_jobs(app)

    assert not jobs.is_pending(backend_ada.id)
    assert set(analyses(backend_ada)) == {"profile", "gap", "recommendation"}


def test_insights_show_readiness_gaps_and_recommendations(backend_ada, ada_client):
    jobs.recompute(backend_ada.id)  # what the worker runs: clears the waiting mark too

    html = ada_client.get("/insights").get_data(as_text=True)

    latest = store.latest(db.session, backend_ada.id)["gap"].data
    assert f'Readiness for <a href="/roles/backend-developer">{BACKEND}</a>' in html
    assert f"{latest['readiness']}<tspan" in html
    assert "How sure:" in html and "What to learn next" in html
    assert "Make this a goal" in html
    assert "Recomputing" not in html


def test_without_a_target_role_insights_say_what_to_do(ada_client, ada, redis_conn):
    html = ada_client.get("/insights").get_data(as_text=True)
    assert "Choose a target role" in html
    assert jobs.is_pending(ada.id)  # the first visit asks for the profile analysis


def test_home_shows_the_readiness_card(backend_ada, ada_client):
    store.run(db.session, backend_ada.id, date.today())
    db.session.commit()
    html = ada_client.get("/home").get_data(as_text=True)
    assert f"ready for {BACKEND}" in html
    assert "Next to learn:" in html


def test_another_persons_analyses_are_never_shown(backend_ada, db_session, another_client):
    store.run(db.session, backend_ada.id, date.today())
    db.session.commit()
    bob = make_user("bob@example.com")
    with signed_in(another_client, bob):
        html = another_client.get("/insights").get_data(as_text=True)
    assert "Readiness for" not in html
    assert "Python" not in html.split('id="insights"', 1)[1]


def test_roles_list_and_a_role_page(backend_ada, ada_client):
    listing = ada_client.get("/roles").get_data(as_text=True)
    assert BACKEND in listing and "Your target" in listing
    page = ada_client.get("/roles/backend-developer")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Python" in html and "What if" in html


def test_unknown_roles_are_404(ada_client):
    assert ada_client.get("/roles/nope").status_code == 404
    assert ada_client.get("/roles/nope/what-if").status_code == 404
    assert ada_client.get("/roles/compare?a=nope").status_code == 404


def test_what_if_gives_the_readiness_a_change_would_give_and_saves_nothing(backend_ada, ada_client):
    docker = catalog_skill("docker").id
    before = analyses(backend_ada)
    response = ada_client.get(f"/roles/backend-developer/what-if?level-{docker}=expert", headers=HX)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "points</strong> with 1 change" in html and "Nothing is saved" in html
    assert analyses(backend_ada) == before


@pytest.mark.parametrize("value", ["guru", "  ", "expert\x00"])
def test_what_if_refuses_a_level_outside_the_four(backend_ada, ada_client, value):
    docker = catalog_skill("docker").id
    response = ada_client.get(f"/roles/backend-developer/what-if?level-{docker}={value}")
    if "\x00" in value:
        assert response.status_code == 400  # refused at the boundary, for every route
    elif value.strip():
        assert response.status_code == 422
        assert "Choose a level for Docker" in response.get_data(as_text=True)
    else:
        assert response.status_code == 200  # blank: "as now"


def test_what_if_refuses_a_skill_the_role_does_not_require(backend_ada, ada_client):
    response = ada_client.get("/roles/backend-developer/what-if?level-tampered=expert")
    assert response.status_code == 422
    assert "not a requirement of this role" in response.get_data(as_text=True)


def test_compare_two_roles(backend_ada, ada_client):
    html = ada_client.get("/roles/compare?a=backend-developer&b=devops-engineer").get_data(
        as_text=True
    )
    assert BACKEND in html and "DevOps Engineer" in html and "In both" in html


def test_make_this_a_goal_once(backend_ada, ada_client):
    token = csrf_for(ada_client, "/insights")
    kubernetes = catalog_skill("kubernetes").id
    form = {"csrf_token": token, "skill_id": kubernetes, "target_level": "intermediate"}

    first = ada_client.post("/insights/goals", data=form, headers=HX)
    again = ada_client.post("/insights/goals", data=form, headers=HX)

    assert first.status_code == 200 and "On your goals board" in first.get_data(as_text=True)
    assert "already on your board" in again.get_data(as_text=True)
    goals = db.session.scalars(select(CareerGoal).where(CareerGoal.user_id == backend_ada.id))
    assert [(goal.type, goal.target_level) for goal in goals] == [("skill", "intermediate")]


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"target_level": "guru"}, 422),
        ({"target_level": " "}, 422),
        ({"skill_id": ""}, 422),
        ({"skill_id": "no-such-skill"}, 404),
    ],
)
def test_make_a_goal_refuses_bad_input(backend_ada, ada_client, fields, status):
    form = {
        "csrf_token": csrf_for(ada_client, "/insights"),
        "skill_id": catalog_skill("kubernetes").id,
        "target_level": "advanced",
        **fields,
    }
    assert ada_client.post("/insights/goals", data=form, headers=HX).status_code == status


def test_a_changed_target_role_asks_for_a_recompute(ada, redis_conn, db_session):
    redis_conn.delete(jobs.PENDING_KEY.format(ada.id))
    target(ada, "DevOps Engineer")
    assert jobs.is_pending(ada.id)


@pytest.mark.parametrize("path", ["/insights", "/roles/backend-developer", "/home"])
def test_statements_do_not_grow_with_the_skills_held(
    path, ada: User, ada_client: Any, statement_counter: Any, redis_conn: Any
):
    target(ada, BACKEND)
    for slug in ("python", "docker", "postgresql", "redis", "git"):
        hold(ada, slug)
    store.run(db.session, ada.id, date.today())
    db.session.commit()
    ada_client.get(path)
    statement_counter.statements.clear()
    ada_client.get(path)
    few = len(statement_counter.statements)

    hold_many(ada, 200)
    store.run(db.session, ada.id, date.today())
    db.session.commit()
    statement_counter.statements.clear()
    ada_client.get(path)
    assert len(statement_counter.statements) == few <= 8, statement_counter.statements


@pytest.mark.parametrize("behaviour", ["success", "error", "garbage"])
def test_an_optional_narrative_joins_a_new_analysis_and_its_failure_changes_nothing(
    backend_ada, ada_client, app, chat_api, behaviour
):
    from smatrx.insights.narrative import settings_from

    chat_api.switch(behaviour)
    settings = settings_from(
        {"LLM_BASE_URL": chat_api.base_url, "LLM_MODEL": "local-model", "LLM_TIMEOUT_SECONDS": 2}
    )

    # Opt-in (issue 19): without the person's consent nothing is sent.
    assert store.run(db.session, backend_ada.id, date.today(), narrative=settings)
    db.session.commit()
    assert chat_api.bodies == []
    assert "narrative" not in store.latest(db.session, backend_ada.id)["gap"].data
    db.session.execute(delete(SkillAnalysis).where(SkillAnalysis.user_id == backend_ada.id))
    set_optional(db.session, backend_ada, "narrative", True, "test")
    db.session.commit()

    written = store.run(db.session, backend_ada.id, date.today(), narrative=settings)
    db.session.commit()

    assert written == ["profile", "gap", "recommendation"]
    gap = store.latest(db.session, backend_ada.id)["gap"].data
    assert gap["readiness"] is not None
    html = ada_client.get("/insights").get_data(as_text=True)
    if behaviour == "success":
        assert gap["narrative"]["text"] == chat_api.narrative
        assert "Written by a language model" in html
        sent = str(chat_api.bodies)
        assert backend_ada.email not in sent and "ada" not in sent.lower()
    else:
        assert "narrative" not in gap
        assert "Written by a language model" not in html
    # A narrative never makes an unchanged analysis new.
    assert store.run(db.session, backend_ada.id, date.today(), narrative=settings) == []


def test_the_level_rubric_is_shown_where_levels_are_picked(ada, ada_client):
    from smatrx.skills.levels import LEVEL_RUBRIC

    row = hold(ada, "python")
    edit = ada_client.get(f"/skills/{row.id}/edit", headers=HX).get_data(as_text=True)
    goal_form = ada_client.get("/goals/new").get_data(as_text=True)
    for html in (edit, goal_form):
        assert "What the levels mean" in html
        assert LEVEL_RUBRIC["advanced"].replace("'", "&#39;") in html
