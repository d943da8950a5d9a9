"""Goals in a real browser: create a goal in the dialog, drag it to Completed, see the
achievement toast, find the achievement on /achievements; the keyboard Move menu; a look at
the board on a phone."""

from __future__ import annotations

import re

import pytest

from smatrx.extensions import db
from smatrx.models import CareerGoal
from tests.e2e.helpers import screenshot
from tests.e2e.test_skills import sign_in
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
    assert page.locator(".achievement-points").inner_text() == "20"
    screenshot(page, output_dir / "achievements.png")

    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(live_server + "/goals")
    screenshot(page, output_dir / "board-phone.png")
    assert page.console_errors == []
