"""/goals: create and edit (HTMX dialog and plain pages), validation, the board's columns,
order, filters and overdue marks, moves (HTMX card re-render), delete, skill goals that
follow skill edits, 404 for other people's goals, and a constant number of statements."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.goals.progress import earliest_today
from smatrx.models import Achievement, CareerGoal, CareerRole, User
from tests.helpers import HX, catalog_skill, csrf_for, hold, make_user, sign_in


def future(days: int = 30) -> str:
    return (earliest_today() + timedelta(days=days)).isoformat()


def goal_of(user: User, **values: Any) -> CareerGoal:
    data: dict[str, Any] = {"title": "Ship it", "type": "project", "priority": "medium"}
    data.update(values)
    data.setdefault("status", "active")
    goal = CareerGoal(user_id=user.id, **data)
    db.session.add(goal)
    db.session.commit()
    return goal


def goals_of(user: User) -> list[CareerGoal]:
    db.session.expire_all()
    return list(db.session.scalars(select(CareerGoal).where(CareerGoal.user_id == user.id)))


def form(**values: str) -> dict[str, str]:
    data = {
        "title": "Get the AWS certification",
        "type": "certification",
        "priority": "high",
        "target_date": "",
        "progress": "",
        "skill": "",
        "target_level": "",
        "role": "",
        "description": "",
    }
    data.update(values)
    return {f"goal-{key}": value for key, value in data.items()}


def post(client: Any, path: str, data: dict[str, str], headers: dict | None = None) -> Any:
    token = csrf_for(client, "/goals")
    return client.post(path, data={"csrf_token": token, **data}, headers=headers or {})


# --- create -------------------------------------------------------------------------------


def test_the_board_has_a_column_per_status(ada_client, ada):
    page = ada_client.get("/goals").get_data(as_text=True)
    titles = re.findall(r'<h2 class="goal-column-title" id="goal-col-(\w+)"', page)
    assert titles == ["active", "paused", "completed", "cancelled"]
    assert "No active goals yet." in page
    assert 'id="goal-dialog"' in page


def test_the_dialog_gets_the_form_fragment(ada_client, ada):
    response = ada_client.get("/goals/new", headers=HX)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<html" not in html
    assert 'name="goal-title"' in html and 'id="goal-skill-options"' in html
    assert '<option value="Python">' in html
    # Without JavaScript the same form is a page of its own.
    page = ada_client.get("/goals/new").get_data(as_text=True)
    assert "<html" in page and 'name="goal-title"' in page


def test_create_in_the_dialog_rerenders_the_board(ada_client, ada):
    response = post(ada_client, "/goals", form(target_date=future(), progress="20"), HX)
    assert response.status_code == 200
    assert response.headers["HX-Retarget"] == "#goal-board"
    assert "goalSaved" in json.loads(response.headers["HX-Trigger"])
    (goal,) = goals_of(ada)
    assert (goal.title, goal.type, goal.priority, goal.status, goal.progress) == (
        "Get the AWS certification",
        "certification",
        "high",
        "active",
        20,
    )
    assert goal.target_date == datetime.fromisoformat(future())
    html = response.get_data(as_text=True)
    assert f'id="goal-{goal.id}"' in html
    assert "Goal “Get the AWS certification” added." in html


def test_create_without_javascript_redirects_to_the_board(ada_client, ada):
    response = post(ada_client, "/goals", form(title="  Lead   a team  ", type="project"))
    assert response.status_code == 302
    (goal,) = goals_of(ada)
    assert response.headers["Location"].endswith(f"/goals#goal-{goal.id}")
    assert goal.title == "Lead a team"  # spaces tidied
    assert "Goal “Lead a team” added." in ada_client.get("/goals").get_data(as_text=True)


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"title": ""}, "title", "Give the goal a title."),
        ({"title": "   "}, "title", "Give the goal a title."),
        ({"title": "x" * 201}, "title", "Keep the title to 200 characters."),
        ({"progress": "101"}, "progress", "Progress must be between 0 and 100."),
        ({"progress": "-1"}, "progress", "Progress must be between 0 and 100."),
        ({"progress": "half"}, "progress", "Enter a whole number."),
        ({"target_date": "2020-01-01"}, "target_date", "Choose a target date from today on."),
        ({"target_date": "31/12/2030"}, "target_date", "Enter a date like 2024-05-31."),
        ({"type": "dream"}, "type", "Choose a type from the list."),
        ({"priority": "urgent"}, "priority", "Choose a priority from the list."),
        ({"type": "skill"}, "skill", "Choose the skill this goal is about."),
        ({"type": "skill", "skill": "Python"}, "target_level", "Choose the level you want"),
        (
            {"type": "skill", "skill": "Quantum Basket Weaving", "target_level": "expert"},
            "skill",
            "is not in the catalog",
        ),
        ({"type": "role"}, "role", "Choose the role this goal is about."),
        ({"type": "role", "role": "Astronaut"}, "role", "is not a role we know"),
        ({"description": "x" * 2001}, "description", "Use at most 2000 characters."),
    ],
)
def test_invalid_goals_are_refused_next_to_the_field(ada_client, ada, values, field, message):
    response = post(ada_client, "/goals", form(**values), HX)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    error = re.search(rf'id="goal-{field}-error">(.*?)</div>', html, re.S)
    assert error and message in error.group(1), html[:3000]
    assert goals_of(ada) == []


def test_the_title_may_be_exactly_200_characters_and_progress_0_or_100(ada_client, ada):
    assert post(ada_client, "/goals", form(title="x" * 200, progress="0")).status_code == 302
    assert post(ada_client, "/goals", form(title="y", progress="100")).status_code == 302
    assert sorted(goal.progress for goal in goals_of(ada)) == [0, 100]


def test_a_bad_csrf_token_changes_nothing(ada_client, ada):
    response = ada_client.post("/goals", data=form(), headers=HX)
    assert response.status_code == 400
    assert goals_of(ada) == []


@pytest.mark.parametrize(
    "values", [{"status": "someday"}, {"progress": 101}, {"target_level": "guru"}]
)
def test_the_database_refuses_values_outside_the_seed_lists(ada, values):
    from sqlalchemy.exc import IntegrityError

    goal = CareerGoal(
        user_id=ada.id, title="x", type="project", priority="low", **{"status": "active", **values}
    )
    db.session.add(goal)
    with pytest.raises(IntegrityError):
        db.session.flush()
    db.session.rollback()


# --- skill and role goals --------------------------------------------------------------------


def test_a_skill_goal_starts_at_the_progress_of_the_held_skill(ada_client, ada):
    hold(ada, "python", level="intermediate", proficiency_score=40)
    values = form(type="skill", skill="python", target_level="expert", progress="99")
    assert post(ada_client, "/goals", values).status_code == 302
    (goal,) = goals_of(ada)
    assert goal.skill_id == catalog_skill("python").id and goal.target_level == "expert"
    assert goal.progress == 53  # 40 / 76, not the 99 typed (it follows the skill)
    page = ada_client.get("/goals").get_data(as_text=True)
    assert "Python → Expert" in page and "(now Intermediate)" in page


def test_a_skill_goal_for_a_skill_not_held_starts_at_0_and_accepts_aliases(ada_client, ada):
    assert (
        post(
            ada_client, "/goals", form(type="skill", skill="k8s", target_level="advanced")
        ).status_code
        == 302
    )
    (goal,) = goals_of(ada)
    assert goal.skill_id == catalog_skill("kubernetes").id and goal.progress == 0
    assert "(not on your profile yet)" in ada_client.get("/goals").get_data(as_text=True)


def test_an_alias_spelled_with_capitals_names_its_skill(ada_client, ada):
    # Merges keep the merged skill's name as an alias, capitals and all.
    python = catalog_skill("python")
    python.aliases = [*python.aliases, "CPython Classic"]
    db.session.commit()
    values = form(type="skill", skill="cpython   classic", target_level="expert")
    assert post(ada_client, "/goals", values).status_code == 302
    (goal,) = goals_of(ada)
    assert goal.skill_id == python.id


def test_a_skill_goal_already_reached_is_refused(ada_client, ada):
    hold(ada, "python", level="advanced", proficiency_score=60)
    response = post(
        ada_client, "/goals", form(type="skill", skill="Python", target_level="advanced"), HX
    )
    assert response.status_code == 422
    assert "You already hold Python at advanced level or above" in response.get_data(as_text=True)


def test_a_role_goal_names_a_career_role(ada_client, ada):
    role = db.session.scalars(select(CareerRole).order_by(CareerRole.title)).first()
    assert post(ada_client, "/goals", form(type="role", role=role.title.upper())).status_code == 302
    (goal,) = goals_of(ada)
    assert goal.role_id == role.id and goal.skill_id is None
    assert f"Target role: {role.title}" in ada_client.get("/goals").get_data(as_text=True)


def test_skill_goal_progress_follows_skill_edits_and_completes_itself(ada_client, ada):
    row = hold(ada, "python", level="beginner", proficiency_score=10)
    goal = goal_of(ada, type="skill", skill_id=row.skill_id, target_level="advanced", progress=20)
    edit = {
        f"s{row.id}-{key}": value
        for key, value in {
            "level": "intermediate",
            "proficiency_score": "40",
            "years_experience": "",
            "last_used": "",
            "links": "",
            "notes": "",
        }.items()
    }
    token = csrf_for(ada_client, "/skills")
    assert (
        ada_client.post(
            f"/skills/{row.id}", data={"csrf_token": token, **edit}, headers=HX
        ).status_code
        == 200
    )
    db.session.expire_all()
    assert (goal.progress, goal.status) == (78, "active")  # 40 / 51

    edit[f"s{row.id}-proficiency_score"] = "55"
    response = ada_client.post(f"/skills/{row.id}", data={"csrf_token": token, **edit}, headers=HX)
    db.session.expire_all()
    assert (goal.progress, goal.status) == (100, "completed")
    # Completing the goal earned "Goal getter", announced to this HTMX request.
    earned = json.loads(response.headers["HX-Trigger"])["achievementEarned"]["achievements"]
    assert "Goal getter" in [item["title"] for item in earned]
    assert db.session.scalar(
        select(Achievement.rule_key).where(
            Achievement.user_id == ada.id, Achievement.rule_key == "first-goal-completed"
        )
    )

    # A completed goal stays completed when the skill drops again.
    edit[f"s{row.id}-proficiency_score"] = "20"
    ada_client.post(f"/skills/{row.id}", data={"csrf_token": token, **edit}, headers=HX)
    db.session.expire_all()
    assert (goal.progress, goal.status) == (100, "completed")


def test_removing_the_skill_sets_progress_to_0_and_undo_restores_it(ada_client, ada):
    row = hold(ada, "python", level="intermediate", proficiency_score=40)
    goal = goal_of(ada, type="skill", skill_id=row.skill_id, target_level="expert", progress=53)
    token = csrf_for(ada_client, "/skills")
    ada_client.post(f"/skills/{row.id}/remove", data={"csrf_token": token}, headers=HX)
    db.session.expire_all()
    assert goal.progress == 0
    ada_client.post(f"/skills/{row.id}/undo", data={"csrf_token": token}, headers=HX)
    db.session.expire_all()
    assert goal.progress == 53


def test_paused_goals_complete_too_cancelled_ones_only_follow(ada_client, ada):
    row = hold(ada, "python", level="intermediate", proficiency_score=40)
    paused = goal_of(
        ada, type="skill", skill_id=row.skill_id, target_level="advanced", status="paused"
    )
    cancelled = goal_of(
        ada, type="skill", skill_id=row.skill_id, target_level="advanced", status="cancelled"
    )
    from smatrx.goals.services import sync_skill_goals

    row.proficiency_score, row.level = 70, "advanced"
    db.session.flush()
    assert sync_skill_goals(ada.id) == 1
    assert (paused.status, paused.progress) == ("completed", 100)
    assert (cancelled.status, cancelled.progress) == ("cancelled", 100)


# --- edit ---------------------------------------------------------------------------------


def test_edit_in_the_dialog(ada_client, ada):
    goal = goal_of(ada, title="Old", priority="low")
    fragment = ada_client.get(f"/goals/{goal.id}/edit", headers=HX).get_data(as_text=True)
    assert 'value="Old"' in fragment and "Edit goal" in fragment
    response = post(
        ada_client,
        f"/goals/{goal.id}",
        form(title="New", type="project", priority="high", progress="60"),
        HX,
    )
    assert response.status_code == 200 and response.headers["HX-Retarget"] == "#goal-board"
    db.session.expire_all()
    assert (goal.title, goal.priority, goal.progress) == ("New", "high", 60)


def test_an_overdue_goal_stays_editable_but_a_new_date_must_be_ahead(ada_client, ada):
    past = datetime.combine(earliest_today() - timedelta(days=10), datetime.min.time())
    goal = goal_of(ada, title="Late", target_date=past)
    kept = form(
        title="Late but renamed",
        type="project",
        priority="medium",
        target_date=past.date().isoformat(),
    )
    assert post(ada_client, f"/goals/{goal.id}", kept).status_code == 302
    db.session.expire_all()
    assert goal.title == "Late but renamed" and goal.target_date == past

    moved = dict(kept, **{"goal-target_date": (past.date() - timedelta(days=1)).isoformat()})
    response = post(ada_client, f"/goals/{goal.id}", moved)
    assert response.status_code == 422
    assert "Choose a target date from today on." in response.get_data(as_text=True)
    assert (
        post(
            ada_client, f"/goals/{goal.id}", dict(kept, **{"goal-target_date": future()})
        ).status_code
        == 302
    )


def test_changing_the_type_forgets_the_skill(ada_client, ada):
    hold(ada, "python", level="beginner", proficiency_score=10)
    goal = goal_of(
        ada, type="skill", skill_id=catalog_skill("python").id, target_level="expert", progress=13
    )
    assert (
        post(ada_client, f"/goals/{goal.id}", form(type="project", progress="5")).status_code == 302
    )
    db.session.expire_all()
    assert (goal.type, goal.skill_id, goal.target_level, goal.progress) == (
        "project",
        None,
        None,
        5,
    )


# --- the board ------------------------------------------------------------------------------


def test_cards_are_sorted_by_priority_then_target_date(ada_client, ada):
    soon = datetime.combine(earliest_today() + timedelta(days=3), datetime.min.time())
    later = soon + timedelta(days=30)
    goal_of(ada, title="Low soon", priority="low", target_date=soon)
    goal_of(ada, title="High later", priority="high", target_date=later)
    goal_of(ada, title="High undated", priority="high")
    goal_of(ada, title="High soon", priority="high", target_date=soon)
    goal_of(ada, title="Medium later", priority="medium", target_date=later)
    page = ada_client.get("/goals").get_data(as_text=True)
    titles = re.findall(r'class="goal-title"[^>]*>([^<]+)<', page)
    assert titles == ["High soon", "High later", "High undated", "Medium later", "Low soon"]


def test_cards_show_the_notes_escaped(ada_client, ada):
    goal_of(ada, title="<b>Bold</b> plan", description="Talk to <script>alert(1)</script> Sam")
    page = ada_client.get("/goals").get_data(as_text=True)
    assert "&lt;b&gt;Bold&lt;/b&gt; plan" in page
    assert "Talk to &lt;script&gt;alert(1)&lt;/script&gt; Sam" in page
    assert "<script>alert(1)" not in page


def test_overdue_active_goals_are_marked(ada_client, ada):
    past = datetime.combine(earliest_today() - timedelta(days=2), datetime.min.time())
    late = goal_of(ada, title="Late", target_date=past)
    paused = goal_of(ada, title="Paused late", target_date=past, status="paused")
    page = ada_client.get("/goals").get_data(as_text=True)
    card = re.search(rf'<li id="goal-{late.id}".*?</li>', page, re.S).group(0)
    assert "is-overdue" in card and ">Overdue<" in card
    other = re.search(rf'<li id="goal-{paused.id}".*?</li>', page, re.S).group(0)
    assert "Overdue" not in other


def test_filters_by_type_and_priority(ada_client, ada):
    goal_of(ada, title="Cert high", type="certification", priority="high")
    goal_of(ada, title="Cert low", type="certification", priority="low")
    goal_of(ada, title="Project high", type="project", priority="high")
    page = ada_client.get("/goals?type=certification").get_data(as_text=True)
    assert "Cert high" in page and "Cert low" in page and "Project high" not in page
    region = ada_client.get("/goals?type=certification&priority=high", headers=HX).get_data(
        as_text=True
    )
    assert region.startswith('<div id="goal-board"') or region.lstrip().startswith(
        '<div id="goal-board"'
    )
    assert "Cert high" in region and "Cert low" not in region and "Project high" not in region
    # Unknown values read as "all".
    page = ada_client.get("/goals?type=dream&priority=urgent").get_data(as_text=True)
    assert "Project high" in page and "Cert low" in page


def test_a_move_rerenders_the_card_with_counts(ada_client, ada):
    goal = goal_of(ada, title="Paper", progress=30)
    goal_of(ada, title="Other")
    response = post(ada_client, f"/goals/{goal.id}/status", {"status": "paused"}, HX)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert html.lstrip().startswith(f'<li id="goal-{goal.id}"')
    assert 'data-status="paused"' in html
    assert re.search(r'id="goal-count-active"[^>]*hx-swap-oob="true">1<', html)
    assert re.search(r'id="goal-count-paused"[^>]*hx-swap-oob="true">1<', html)
    assert "Goal “Paper” moved to Paused." in html
    db.session.expire_all()
    assert (goal.status, goal.progress) == ("paused", 30)


def test_completing_sets_progress_to_100_and_reopening_keeps_it(ada_client, ada):
    goal = goal_of(ada, title="Paper", progress=30)
    response = post(ada_client, f"/goals/{goal.id}/status", {"status": "completed"}, HX)
    db.session.expire_all()
    assert (goal.status, goal.progress) == ("completed", 100)
    trigger = json.loads(response.headers["HX-Trigger"])
    assert trigger["achievementEarned"]["achievements"][0]["title"] == "Goal getter"
    post(ada_client, f"/goals/{goal.id}/status", {"status": "active"}, HX)
    db.session.expire_all()
    assert (goal.status, goal.progress) == ("active", 100)
    # Completing again does not award again.
    response = post(ada_client, f"/goals/{goal.id}/status", {"status": "completed"}, HX)
    assert "achievementEarned" not in response.headers.get("HX-Trigger", "")
    assert (
        db.session.scalar(
            select(db.func.count()).select_from(Achievement).where(Achievement.user_id == ada.id)
        )
        == 1
    )


def test_a_move_without_javascript_redirects_with_a_message(ada_client, ada):
    goal = goal_of(ada, title="Paper")
    response = post(ada_client, f"/goals/{goal.id}/status", {"status": "cancelled"})
    assert response.status_code == 302
    page = ada_client.get("/goals").get_data(as_text=True)
    assert "Goal “Paper” moved to Cancelled." in page


def test_an_unknown_status_is_refused(ada_client, ada):
    goal = goal_of(ada)
    assert (
        post(ada_client, f"/goals/{goal.id}/status", {"status": "someday"}, HX).status_code == 400
    )
    db.session.expire_all()
    assert goal.status == "active"


def test_the_status_menu_offers_the_other_columns(ada_client, ada):
    goal = goal_of(ada, status="paused")
    page = ada_client.get("/goals").get_data(as_text=True)
    card = re.search(rf'<li id="goal-{goal.id}".*?</li>', page, re.S).group(0)
    assert re.findall(r'name="status" value="(\w+)"', card) == ["active", "completed", "cancelled"]


def test_delete(ada_client, ada):
    goal = goal_of(ada, title="Gone")
    response = post(ada_client, f"/goals/{goal.id}/delete", {}, HX)
    assert response.status_code == 200
    assert 'id="goal-count-active"' in response.get_data(as_text=True)
    assert goals_of(ada) == []


def test_the_board_filters_survive_a_move(ada_client, ada):
    goal = goal_of(ada, type="project", priority="high")
    goal_of(ada, type="certification", priority="high")
    headers = {**HX, "HX-Current-URL": "http://localhost/goals?type=project"}
    html = post(ada_client, f"/goals/{goal.id}/status", {"status": "paused"}, headers).get_data(
        as_text=True
    )
    assert re.search(r'id="goal-count-active"[^>]*>0<', html)  # the certification is filtered out


# --- ownership and speed ----------------------------------------------------------------------


OWNED_ROUTES = (
    ("get", "/goals/{id}/edit"),
    ("post", "/goals/{id}"),
    ("post", "/goals/{id}/status"),
    ("post", "/goals/{id}/delete"),
)


def test_the_ownership_list_covers_every_goal_route(app):
    routes = {
        (method.lower(), rule.rule.replace("<goal_id>", "{id}"))
        for rule in app.url_map.iter_rules()
        if "<goal_id>" in rule.rule
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert routes == set(OWNED_ROUTES)


def test_nobody_sees_or_changes_another_persons_goals(ada_client, another_client, ada):
    goal = goal_of(ada, title="Secret plan")
    make_user("grace@example.com")
    sign_in(another_client, "grace@example.com")
    assert "Secret plan" not in another_client.get("/goals").get_data(as_text=True)
    token = csrf_for(another_client, "/goals")
    for method, path, data in (
        ("get", f"/goals/{goal.id}/edit", None),
        ("post", f"/goals/{goal.id}", form(title="Mine now")),
        ("post", f"/goals/{goal.id}/status", {"status": "completed"}),
        ("post", f"/goals/{goal.id}/delete", {}),
    ):
        for headers in ({}, HX):
            if method == "get":
                response = another_client.get(path, headers=headers)
            else:
                response = another_client.post(
                    path, data={"csrf_token": token, **data}, headers=headers
                )
            assert response.status_code == 404, (path, headers)
    db.session.expire_all()
    assert (goal.title, goal.status) == ("Secret plan", "active")


def test_signed_out_people_are_sent_to_sign_in(client, db_session):
    assert client.get("/goals").status_code == 302
    assert client.get("/goals", headers=HX).status_code == 401


def test_the_board_does_not_grow_in_statements_with_goals(ada_client, ada, statement_counter):
    def count() -> int:
        statement_counter.statements.clear()
        assert ada_client.get("/goals").status_code == 200
        return len(statement_counter.statements)

    python = catalog_skill("python").id
    role = db.session.scalars(select(CareerRole)).first()
    goal_of(ada, type="skill", skill_id=python, target_level="expert")
    goal_of(ada, type="role", role_id=role.id)
    few = count()
    for number in range(30):
        goal_of(
            ada,
            title=f"Goal {number}",
            type=("skill", "role", "project")[number % 3],
            skill_id=python if number % 3 == 0 else None,
            target_level="expert" if number % 3 == 0 else None,
            role_id=role.id if number % 3 == 1 else None,
            status=("active", "paused", "completed", "cancelled")[number % 4],
        )
    assert count() == few
    assert few <= 3
