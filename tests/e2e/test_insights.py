"""Insights in a real browser with a real worker: choose a target role, add skills and see
readiness move once the recompute has run, open a recommendation's why, make it a goal,
and try a what-if on the role's page."""

from __future__ import annotations

import re

import pytest

from tests.e2e.helpers import screenshot, settled, sign_in, wait_until
from tests.e2e.test_skills import add_skill
from tests.helpers import make_user

pytestmark = pytest.mark.e2e


def readiness(page) -> int:
    label = page.locator(".insights-readiness svg.gauge").get_attribute("aria-label") or ""
    return int(re.search(r"(\d+) %", label).group(1))


def test_insights_journey(live_server, page, output_dir, committing_db, worker_process):
    person = make_user("ada@example.com", name="Ada Lovelace")
    sign_in(page, live_server, person.email)

    # Choose a role: the page says insights are being recomputed, then shows readiness.
    page.get_by_role("link", name="Insights", exact=True).click()
    page.get_by_role("heading", name="Choose a target role").wait_for()
    page.get_by_role("link", name="Choose a role").click()
    page.get_by_role("link", name="Backend Developer").click()
    page.get_by_role("button", name="Make it my target role").click()
    page.wait_for_url(re.compile(r"/insights$"))
    page.get_by_role("heading", name=re.compile(r"Readiness for")).wait_for(timeout=30_000)
    before = readiness(page)
    assert before == 0
    screenshot(page, output_dir / "insights-empty-profile.png")

    # Add skills the role requires; the recompute raises readiness.
    page.get_by_role("link", name="Skills", exact=True).click()
    page.get_by_role("heading", name="Add a skill").wait_for()
    settled(page)  # the boosted page's search box is wired up on settle
    add_skill(page, "pyth", "Python")
    add_skill(page, "postgre", "PostgreSQL")
    page.get_by_role("link", name="Insights", exact=True).click()
    wait_until(
        page,
        "() => { const g = document.querySelector('.insights-readiness svg.gauge');"
        " return g && !/: 0 %/.test(g.getAttribute('aria-label')); }",
        timeout=30,
    )
    assert readiness(page) > before
    screenshot(page, output_dir / "insights.png")

    # A recommendation's why, then make it a goal (HTMX, one click).
    first = page.locator(".insights-rec").first
    name = first.locator(".insights-rec-name").inner_text()
    first.get_by_text("Why").click()
    assert re.search(r"\d", first.locator(".insights-why p").inner_text())
    first.get_by_role("button", name=re.compile(r"^Make this a goal")).click()
    first.get_by_role("link", name="On your goals board").wait_for()
    settled(page)
    page.get_by_role("link", name="Goals", exact=True).click()
    page.get_by_text(re.compile(rf"^{re.escape(name)} to ")).first.wait_for()

    # What-if on the role's page: a level changed in the table, nothing saved.
    page.goto(live_server + "/roles/backend-developer")
    page.get_by_label("What if your Docker were").select_option("expert")
    page.get_by_text(re.compile(r"points with 1 change")).wait_for()
    screenshot(page, output_dir / "what-if.png")
    assert page.console_errors == []
