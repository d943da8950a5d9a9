"""Issue 21 on /goals: a completed card says when it was completed and how that compares
with its target; the toasts name the goal; each column's quick "add a card" (HTMX and
plain form, validated, CSRF-protected); the one |date filter reads ISO text too."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from smatrx.extensions import db
from smatrx.goals.progress import timeliness
from smatrx.goals.services import move_message
from smatrx.models import CareerGoal
from smatrx.templating import format_date
from tests.goals.test_board import form, goal_of, goals_of, post
from tests.helpers import HX, csrf_for, make_user

# --- pure ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completed", "target", "expected"),
    [
        (date(2026, 12, 3), date(2026, 12, 17), "2 weeks early"),
        (date(2026, 12, 3), date(2026, 12, 4), "1 day early"),
        (date(2026, 12, 3), date(2026, 12, 16), "13 days early"),
        (date(2026, 12, 3), date(2026, 12, 3), "on the day"),
        (date(2026, 12, 10), date(2026, 12, 7), "3 days late"),
        (date(2026, 12, 3), date(2027, 3, 3), "3 months early"),
        (date(2027, 2, 1), date(2026, 12, 1), "2 months late"),
        (date(2026, 12, 3), None, None),
    ],
)
def test_timeliness(completed, target, expected):
    assert timeliness(completed, target) == expected


@pytest.mark.parametrize(
    ("status", "moved", "expected"),
    [
        ("completed", True, "Goal “Become a Docker expert” completed."),
        ("paused", True, "Goal “Become a Docker expert” moved to Paused."),
        ("active", False, "Goal “Become a Docker expert” is already active."),
    ],
)
def test_move_messages_name_the_goal(status, moved, expected):
    assert move_message("Become a Docker expert", status, moved) == expected


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        ("2025-01-31", "month", "Jan 2025"),
        ("2025-01-31", "day", "31 Jan 2025"),
        ("2026-12-05T18:07:00", "time", "5 Dec 2026, 18:07"),
        ("", "day", ""),
        ("last spring", "month", "last spring"),  # not a date: shown as it is
        (date(2026, 12, 5), "day", "5 Dec 2026"),
    ],
)
def test_the_date_filter_reads_iso_text(value, style, expected):
    assert format_date(value, style) == expected


# --- the completed card -------------------------------------------------------------------


def test_a_goal_completed_early_says_so_and_loses_the_alarm(ada_client, ada):
    today = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    goal_of(
        ada,
        title="Become a Docker expert",
        priority="high",
        status="completed",
        progress=100,
        target_date=today + timedelta(days=17),
    )
    page = ada_client.get("/goals").get_data(as_text=True)
    card = page[page.index("Become a Docker expert") :]
    card = card[: card.index("</li>")]
    assert "Target was" not in page
    done = format_date(datetime.now())
    assert re.search(
        rf"Completed <time[^>]*>{done}</time>, <span class=\"nowrap\">2 weeks early</span>", card
    )
    assert "Due " not in card


def test_the_completion_date_survives_later_edits(ada_client, ada):
    """The day is when the goal was completed ("completedAt", kept by a trigger), not
    its last edit."""
    goal = goal_of(ada, title="Paper", target_date=datetime(2030, 1, 31))
    post(ada_client, f"/goals/{goal.id}/status", {"status": "completed"}, HX)
    completed = datetime.now() - timedelta(days=10)
    db.session.execute(
        update(CareerGoal).where(CareerGoal.id == goal.id).values(completed_at=completed)
    )
    db.session.commit()
    edit = form(title="Paper, final", type="project", priority="medium", description="Notes")
    assert post(ada_client, f"/goals/{goal.id}", edit, HX).status_code == 200
    page = ada_client.get("/goals").get_data(as_text=True)
    assert re.search(rf"Completed <time[^>]*>{format_date(completed)}</time>", page)


def test_every_way_of_completing_a_goal_records_when(ada_client, ada):
    def completed_at(goal_id):
        db.session.expire_all()
        return db.session.get(CareerGoal, goal_id).completed_at

    moved = goal_of(ada, title="Moved")
    assert completed_at(moved.id) is None
    post(ada_client, f"/goals/{moved.id}/status", {"status": "completed"}, HX)
    first = completed_at(moved.id)
    assert first is not None and abs(first - datetime.utcnow()) < timedelta(minutes=1)
    post(ada_client, f"/goals/{moved.id}/status", {"status": "active"}, HX)
    assert completed_at(moved.id) is None  # reopened: no longer completed
    created = goal_of(ada, title="Born done", status="completed")
    assert completed_at(created.id) is not None
    # A raw status change (as the skill-goal sync or an admin's SQL makes) is recorded too.
    raw = goal_of(ada, title="Raw")
    db.session.execute(update(CareerGoal).where(CareerGoal.id == raw.id).values(status="completed"))
    db.session.commit()
    assert completed_at(raw.id) is not None


def test_open_goals_still_show_their_due_date(ada_client, ada):
    goal_of(ada, title="Open", target_date=datetime(2030, 5, 6))
    page = ada_client.get("/goals").get_data(as_text=True)
    assert re.search(r"Due\s+<time datetime=\"2030-05-06\">6 May 2030</time>", page)


def test_toasts_name_the_goal(ada_client, ada):
    goal = goal_of(ada, title="Become a Docker expert")
    done = post(ada_client, f"/goals/{goal.id}/status", {"status": "completed"}, HX)
    assert "Goal “Become a Docker expert” completed." in done.get_data(as_text=True)
    gone = post(ada_client, f"/goals/{goal.id}/delete", {}, HX)
    assert "Goal “Become a Docker expert” deleted." in gone.get_data(as_text=True)


# --- quick add ----------------------------------------------------------------------------


def test_every_column_has_a_quick_add_form(ada_client, ada):
    page = ada_client.get("/goals").get_data(as_text=True)
    for status in ("active", "paused", "completed", "cancelled"):
        assert f'id="goal-quick-{status}"' in page
        assert f'<input type="hidden" name="status" value="{status}">' in page
    assert page.count('name="csrf_token"') >= 4


def test_quick_add_with_htmx_inserts_the_card_into_its_column(ada_client, ada):
    goal_of(ada, title="Already here")
    response = post(
        ada_client, "/goals/quick", {"title": "  Learn   Rust ", "status": "paused"}, HX
    )
    assert response.status_code == 200
    (new,) = [goal for goal in goals_of(ada) if goal.title != "Already here"]
    assert (new.title, new.status, new.type, new.priority) == (
        "Learn Rust",
        "paused",
        "project",
        "medium",
    )
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith('<form id="goal-quick-paused"')
    assert 'value=""' in html.split("</form>")[0]  # emptied for the next card
    assert re.search(
        rf'<ul hx-swap-oob="afterbegin:#goal-list-paused">\s*<li id="goal-{new.id}"', html
    )
    assert re.search(r'id="goal-count-paused"[^>]*hx-swap-oob="true">1<', html)
    assert "Goal “Learn Rust” added to Paused." in html


def test_quick_add_into_completed_completes(ada_client, ada):
    response = post(ada_client, "/goals/quick", {"title": "Ship v1", "status": "completed"}, HX)
    (goal,) = goals_of(ada)
    assert (goal.status, goal.progress) == ("completed", 100)
    assert "Goal “Ship v1” completed." in response.get_data(as_text=True)


def test_quick_add_without_javascript_redirects_to_the_card(ada_client, ada):
    response = post(ada_client, "/goals/quick", {"title": "Read SICP", "status": "active"})
    assert response.status_code == 302
    (goal,) = goals_of(ada)
    assert response.headers["Location"].endswith(f"/goals#goal-{goal.id}")
    assert "Goal “Read SICP” added to Active." in ada_client.get("/goals").get_data(as_text=True)


@pytest.mark.parametrize(
    ("title", "message"),
    [("   ", "Give the goal a title."), ("x" * 201, "Keep the title to 200 characters.")],
)
@pytest.mark.parametrize("headers", [HX, {}], ids=["htmx", "plain"])
def test_quick_add_refuses_a_bad_title_next_to_the_field(ada_client, ada, title, message, headers):
    response = post(ada_client, "/goals/quick", {"title": title, "status": "paused"}, headers)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert re.search(
        rf'id="goal-quick-paused-title"[^>]*aria-invalid="true"[^>]*>\s*'
        rf"(?:<button[\s\S]*?</button>\s*</div>\s*)?"
        rf'<div class="field-error" id="goal-quick-paused-title-error"><span>{message}</span>',
        html,
    )
    if not headers:
        assert "<h1>Career goals</h1>" in html  # the whole board, this column's error in it
    assert goals_of(ada) == []


def test_quick_add_escapes_the_title(ada_client, ada):
    response = post(ada_client, "/goals/quick", {"title": "<b>bold</b>", "status": "active"}, HX)
    html = response.get_data(as_text=True)
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html


@pytest.mark.parametrize("status", ["", "done", "archived"])
def test_quick_add_refuses_an_unknown_column(ada_client, ada, status):
    response = post(ada_client, "/goals/quick", {"title": "X", "status": status}, HX)
    assert response.status_code == 400
    assert goals_of(ada) == []


def test_quick_add_needs_the_csrf_token(ada_client, ada):
    response = ada_client.post("/goals/quick", data={"title": "X", "status": "active"})
    assert response.status_code == 400
    assert goals_of(ada) == []


def test_quick_add_on_a_filtered_board_does_not_show_a_card_the_filter_hides(ada_client, ada):
    headers = {**HX, "HX-Current-URL": "http://localhost/goals?type=skill"}
    response = post(ada_client, "/goals/quick", {"title": "Hidden", "status": "active"}, headers)
    html = response.get_data(as_text=True)
    assert 'hx-swap-oob="afterbegin' not in html
    assert re.search(r'id="goal-count-active"[^>]*hx-swap-oob="true">0<', html)


def test_quick_add_signed_out_goes_to_sign_in(client, db_session):
    make_user("ada@example.com")
    token = csrf_for(client, "/login")
    response = client.post(
        "/goals/quick", data={"csrf_token": token, "title": "X", "status": "active"}
    )
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_the_import_page_writes_last_used_the_site_way(ada_client, ada):
    from tests.imports.test_apply_estimate import completed_import

    row = completed_import(ada, "advanced", 65)  # its Python was last used 2025-01-31
    html = ada_client.get(f"/imports/{row.id}").get_data(as_text=True)
    assert '<time datetime="2025-01-31">Jan 2025</time>' in html
    assert ">2025-01-31<" not in html
