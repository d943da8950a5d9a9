"""Skills in a real browser: add three through the typeahead, edit one in place, remove and
undo another, ask for verification; a verifier approves in a second browser context and
the owner sees the badge."""

from __future__ import annotations

import re

import pytest

from smatrx.extensions import db
from smatrx.models import UserSkill
from tests.e2e.helpers import screenshot, settled, sign_in
from tests.helpers import make_user

pytestmark = pytest.mark.e2e


def add_skill(page, typed: str, name: str) -> None:
    search = page.get_by_label("Find a skill in the catalog")
    search.fill(typed)
    page.get_by_role("list", name=f"Skills matching {typed}").get_by_role(
        "button", name=re.compile(rf"^{re.escape(name)}\b")
    ).first.click()
    page.locator(".myskill-row, [id^='us-']").filter(has_text=name).first.wait_for()
    settled(page)  # the add panel was swapped too: its new search box is wired up on settle


def test_skills_journey_with_verification(live_server, page, browser, output_dir, committing_db):
    owner = make_user("owner@example.com", name="Olga Owner")
    make_user("vera@example.com", "verifier", name="Vera Verifier")

    sign_in(page, live_server, owner.email)
    page.get_by_role("link", name="Skills", exact=True).click()
    page.get_by_role("heading", name="Add a skill").wait_for()

    add_skill(page, "pyth", "Python")
    add_skill(page, "postgre", "PostgreSQL")
    add_skill(page, "kubernets", "Kubernetes")  # a typo, still found
    screenshot(page, output_dir / "three-added.png")

    page.get_by_role("link", name="Edit Python").click()
    page.get_by_role("form", name="Edit Python").get_by_label("Level").select_option("expert")
    page.get_by_role("button", name="Save Python").click()
    page.get_by_role("link", name="Edit Python").wait_for()

    page.get_by_role("button", name="Remove PostgreSQL").click()
    page.get_by_role("button", name="Undo removing PostgreSQL").click()
    page.get_by_role("link", name="Edit PostgreSQL").wait_for()
    screenshot(page, output_dir / "after-undo.png")

    page.get_by_role("link", name="Request verification of Python").click()
    page.get_by_label("Note for the verifier").fill("I maintain our data pipeline in Python.")
    page.get_by_label("Evidence links").fill("https://github.com/olga/pipeline")
    page.get_by_role("button", name="Send to the verifiers").click()
    page.get_by_text("Pending", exact=False).first.wait_for()

    verifier_context = browser.new_context(viewport={"width": 1280, "height": 800})
    verifier = verifier_context.new_page()
    sign_in(verifier, live_server, "vera@example.com")
    verifier.get_by_role("link", name="Verify").click()
    verifier.get_by_role("link", name=re.compile(r"Review")).first.click()
    verifier.get_by_text("I maintain our data pipeline in Python.").wait_for()
    screenshot(verifier, output_dir / "review.png")
    verifier.get_by_role("button", name=re.compile(r"^Approve")).click()
    verifier.get_by_text("Approved", exact=False).first.wait_for()
    verifier_context.close()

    page.goto(live_server + "/skills")
    page.locator(".badge", has_text="Verified").first.wait_for()
    assert page.locator("#bell .bell-badge").count() == 1  # the outcome was announced
    screenshot(page, output_dir / "verified.png")
    page.set_viewport_size({"width": 375, "height": 812})
    screenshot(page, output_dir / "skills-phone.png")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    rows = {
        row.skill.name: row
        for row in db.session.scalars(db.select(UserSkill).where(UserSkill.user_id == owner.id))
    }
    assert set(rows) == {"Python", "PostgreSQL", "Kubernetes"}
    assert rows["Python"].level == "expert" and rows["Python"].verified
    assert page.console_errors == []
