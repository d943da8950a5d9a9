"""Goals in a real browser: create a goal in the dialog, drag it to Completed, see the
achievement toast, find the achievement on /achievements; the keyboard Move menu; a look at
the board on a phone."""

from __future__ import annotations

import re

import pytest

from smatrx.extensions import db
from smatrx.models import CareerGoal
from tests.e2e.helpers import screenshot, sign_in, wait_until
from tests.helpers import make_user

pytestmark = pytest.mark.e2e


def column(page, name: str):
    return page.get_by_role("region", name=re.compile(rf"^{name}\b"))


def test_goal_journey_with_drag_and_drop(live_server, page, output_dir, committing_db):
    make_user("gina@example.com", name="Gina Goals")
    sign_in(page, live_server, "gina@example.com")
    page.get_by_role("link", name="Goals", exact=True).click()
    page.get_by_role("heading", name="Career goals").wait_for()
    screenshot(page, output_dir / "empty-board.png")

    # Create in the dialog; a mistake first, shown next to its field.
    page.get_by_role("link", name="New goal").click()
    dialog = page.get_by_role("dialog", name="New goal")
    dialog.wait_for()
    dialog.get_by_label("Type").select_option("project")
    dialog.get_by_label("Progress (%)").fill("140")
    dialog.get_by_role("button", name="Add goal").click()
    dialog.get_by_text("Give the goal a title.").wait_for()
    dialog.get_by_text("Progress must be between 0 and 100.").wait_for()
    screenshot(page, output_dir / "dialog-errors.png", full_page=False)
    dialog.get_by_label("Title").fill("Publish a conference talk")
    dialog.get_by_label("Priority").select_option("high")
    dialog.get_by_label("Progress (%)").fill("40")
    dialog.get_by_role("button", name="Add goal").click()
    page.get_by_role("dialog").wait_for(state="hidden")

    active = column(page, "Active")
    card = active.get_by_role("listitem").filter(has_text="Publish a conference talk")
    card.wait_for()
    assert card.locator("progress").get_attribute("value") == "40"
    screenshot(page, output_dir / "created.png")

    # Drag it to Completed: the card is re-rendered there, the toast announces the badge.
    card.drag_to(column(page, "Completed"))
    done = (
        column(page, "Completed")
        .get_by_role("listitem")
        .filter(has_text="Publish a conference talk")
    )
    done.wait_for()
    done.locator("progress[value='100']").wait_for()
    toast = page.locator("#toasts .toast-achievement")
    toast.wait_for()
    assert "Goal getter" in toast.inner_text()
    screenshot(page, output_dir / "dragged-to-completed.png", full_page=False)
    db.session.expire_all()
    goal = db.session.scalar(db.select(CareerGoal))
    assert (goal.status, goal.progress) == ("completed", 100)

    # Keyboard: the Move menu on the card reopens it.
    done.get_by_text("Move").click()
    done.get_by_role("button", name="Mark active").press("Enter")
    column(page, "Active").get_by_role("listitem").filter(
        has_text="Publish a conference talk"
    ).wait_for()
    assert column(page, "Completed").get_by_role("listitem").count() == 0
    assert page.locator("#goal-count-active").inner_text().startswith("1")

    toast.get_by_role("link", name="See your achievements").click()
    page.get_by_role("heading", name="Achievements", exact=True).wait_for()
    earned = page.get_by_role("region", name="Earned")
    earned.get_by_role("heading", name="Goal getter").wait_for()
    # The person was set up before onboarding could award anything: the page catches up.
    earned.get_by_role("heading", name="Off to a good start New").wait_for()
    assert page.locator(".achievement-points").inner_text() == "30"
    screenshot(page, output_dir / "achievements.png")

    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(live_server + "/goals")
    screenshot(page, output_dir / "board-phone.png")
    assert page.console_errors == []


def test_board_by_keyboard_with_every_kind_of_card(
    live_server, page, browser, output_dir, committing_db
):
    from datetime import datetime, timedelta

    from smatrx.models import CareerRole, Skill, UserSkill

    person = make_user("kim@example.com", name="Kim Keys")
    python = db.session.scalar(db.select(Skill).where(Skill.slug == "python"))
    role = db.session.scalar(db.select(CareerRole).order_by(CareerRole.title))
    db.session.add(
        UserSkill(
            user_id=person.id,
            skill_id=python.id,
            level="intermediate",
            proficiency_score=40,
            source="manual",
        )
    )
    today = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    for values in (
        {
            "title": "Python to expert",
            "type": "skill",
            "skill_id": python.id,
            "target_level": "expert",
            "priority": "high",
            "progress": 53,
            "target_date": today + timedelta(days=60),
        },
        {
            "title": f"Become {role.title}",
            "type": "role",
            "role_id": role.id,
            "priority": "medium",
            "progress": 10,
        },
        {
            "title": "Renew the AWS certificate",
            "type": "certification",
            "priority": "high",
            "progress": 80,
            "target_date": today - timedelta(days=5),
        },
        {
            "title": "Side project on hold",
            "type": "project",
            "priority": "low",
            "progress": 35,
            "status": "paused",
        },
    ):
        db.session.add(CareerGoal(user_id=person.id, **{"status": "active", **values}))
    db.session.commit()

    sign_in(page, live_server, person.email)
    page.goto(live_server + "/goals")
    overdue = page.get_by_role("listitem").filter(has_text="Renew the AWS certificate")
    assert "Overdue" in overdue.inner_text()
    titles = column(page, "Active").locator(".goal-title").all_inner_texts()
    assert titles == ["Renew the AWS certificate", "Python to expert", f"Become {role.title}"]
    screenshot(page, output_dir / "board.png")

    # Keyboard only: focus the Move menu of the paused card, open it, pick Mark active.
    paused = column(page, "Paused").get_by_role("listitem").first
    summary = paused.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Mark active"
    page.keyboard.press("Enter")
    moved = column(page, "Active").get_by_role("listitem").filter(has_text="Side project on hold")
    moved.wait_for()
    assert (
        column(page, "Active").locator(".goal-title").all_inner_texts()[-1]
        == "Side project on hold"
    )
    wait_until(page, "document.activeElement.classList.contains('goal-card')")

    # Edit in the dialog, filter by type.
    page.get_by_role("link", name="Edit Python to expert").click()
    dialog = page.get_by_role("dialog", name="Edit goal")
    assert dialog.get_by_label("Skill").input_value() == "Python"
    screenshot(page, output_dir / "edit-dialog.png", full_page=False)
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    # (the closed dialog may still hold its own "Type" select: the filter is the one meant)
    page.get_by_role("search", name="Filter goals").get_by_label("Type").select_option("skill")
    page.wait_for_url(re.compile(r"type=skill"))
    assert column(page, "Active").locator(".goal-title").all_inner_texts() == ["Python to expert"]

    dark = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    phone = dark.new_page()
    sign_in(phone, live_server, person.email)
    phone.goto(live_server + "/goals")
    screenshot(phone, output_dir / "board-phone-dark.png")
    phone.get_by_role("link", name="New goal").click()
    phone.get_by_role("dialog", name="New goal").wait_for()
    screenshot(phone, output_dir / "dialog-phone-dark.png", full_page=False)
    phone.keyboard.press("Escape")
    phone.goto(live_server + "/achievements")
    phone.get_by_role("heading", name="Still to earn").wait_for()
    screenshot(phone, output_dir / "achievements-phone-dark.png")
    phone.goto(live_server + "/home")
    phone.get_by_role("heading", name="Your goals").wait_for()
    screenshot(phone, output_dir / "home-phone-dark.png")
    dark.close()
    assert page.console_errors == []


def test_move_menu_closes_like_a_menu_and_quick_add(live_server, page, committing_db):
    person = make_user("quinn@example.com", name="Quinn Quick")
    db.session.add(
        CareerGoal(
            user_id=person.id, title="Paper", type="project", priority="high", status="active"
        )
    )
    db.session.commit()
    sign_in(page, live_server, person.email)
    page.goto(live_server + "/goals")
    card = column(page, "Active").get_by_role("listitem").filter(has_text="Paper")
    menu = card.locator("details.goal-move")
    summary = card.locator("summary")

    # Escape closes the open menu and puts focus back on its button.
    summary.click()
    assert menu.get_attribute("open") is not None
    card.get_by_role("button", name="Pause").focus()
    page.keyboard.press("Escape")
    assert menu.get_attribute("open") is None
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"

    # A click outside closes it too.
    summary.click()
    assert menu.get_attribute("open") is not None
    page.get_by_role("heading", name="Career goals").click()
    assert menu.get_attribute("open") is None

    # Quick add: a mistake first (next to the field), then a card in the Paused column.
    paused = column(page, "Paused")
    field = paused.get_by_label("Add a card to Paused")
    field.fill("   ")
    paused.get_by_role("button", name="Add to Paused").click()
    paused.get_by_text("Give the goal a title.").wait_for()
    field = paused.get_by_label("Add a card to Paused")
    field.fill("Learn Rust")
    field.press("Enter")
    paused.get_by_role("listitem").filter(has_text="Learn Rust").wait_for()
    assert paused.get_by_text("Give the goal a title.").count() == 0
    assert paused.get_by_label("Add a card to Paused").input_value() == ""
    wait_until(page, "document.activeElement.id === 'goal-quick-paused-title'")
    assert page.locator("#goal-count-paused").inner_text().startswith("1")
    page.locator("#toasts").get_by_text("Goal “Learn Rust” added to Paused.").wait_for()
    db.session.expire_all()
    added = db.session.scalar(db.select(CareerGoal).where(CareerGoal.title == "Learn Rust"))
    assert added.status == "paused"

    # The card actions stay on one line on a wide board and on a phone.
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        tops = card.locator(".goal-actions > *").evaluate_all(
            "els => els.map(e => Math.round(e.getBoundingClientRect().top))"
        )
        assert len(set(tops)) == 1, (width, tops)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.console_errors == []
