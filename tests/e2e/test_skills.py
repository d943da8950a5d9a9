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


def add_skill(page, typed: str, name: str, level: str = "Beginner") -> None:
    search = page.get_by_label("Find a skill in the catalog")
    search.fill(typed)
    page.get_by_role("list", name=f"Skills matching {typed}").get_by_role(
        "button", name=f"Add {name} as {level}", exact=True
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

    # Remove and Request verification come with the row's edit mode (on demand).
    page.get_by_role("link", name="Edit PostgreSQL").click()
    page.get_by_role("button", name="Remove PostgreSQL").click()
    page.get_by_role("button", name="Undo removing PostgreSQL").click()
    page.get_by_role("link", name="Edit PostgreSQL").wait_for()
    screenshot(page, output_dir / "after-undo.png")

    page.get_by_role("link", name="Edit Python").click()
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


def test_forty_skills_page_is_light_and_edits_rows_on_demand(
    live_server, page, output_dir, committing_db
):
    """A 40-skill page: rows without forms, one row opened for editing by keyboard, focus
    kept where a person expects it; pictures at desktop and phone widths."""
    from sqlalchemy import select

    from smatrx.models import Skill

    person = make_user("forty@example.com", name="Forty Skills")
    skills = db.session.scalars(select(Skill).order_by(Skill.slug).limit(40)).all()
    for number, skill in enumerate(skills):
        db.session.add(
            UserSkill(
                user_id=person.id,
                skill_id=skill.id,
                level=("beginner", "intermediate", "advanced", "expert")[number % 4],
                proficiency_score=15 + number * 2,
                years_experience=number % 9,
                source=("manual", "github", "resume")[number % 3],
            )
        )
    db.session.commit()
    sign_in(page, live_server, person.email)
    page.goto(live_server + "/skills")
    assert page.locator("#skill-list form").count() == 1  # the filters; no row has a form
    first = skills[0].name
    edit = page.get_by_role("link", name=f"Edit {first}")
    edit.focus()
    page.keyboard.press("Enter")
    level = page.get_by_role("form", name=f"Edit {first}").get_by_label("Level")
    level.wait_for()
    settled(page)
    assert level.evaluate("element => element === document.activeElement")
    page.get_by_role("link", name=f"Cancel editing {first}").click()
    edit.wait_for()
    settled(page)
    assert edit.evaluate("element => element === document.activeElement")
    screenshot(page, output_dir / "forty-desktop.png")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, output_dir / "forty-phone.png")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_adding_with_a_level_and_the_chart_that_shows_it(
    live_server, page, output_dir, committing_db
):
    """One click adds a skill at the level pressed, by mouse or keyboard; the category
    chart draws each bar as long as the average its label names."""
    person = make_user("levels@example.com", name="Lev Els")
    sign_in(page, live_server, person.email)
    page.goto(live_server + "/skills")
    add_skill(page, "pyth", "Python", "Expert")
    # By keyboard: Tab from the search box into the suggestions, to the level wanted.
    search = page.get_by_label("Find a skill in the catalog")
    search.fill("docker")
    expert = page.get_by_role("button", name="Add Docker as Intermediate", exact=True)
    expert.wait_for()
    settled(page)
    expert.focus()
    page.keyboard.press("Enter")
    page.locator("[id^='us-']").filter(has_text="Docker").first.wait_for()
    settled(page)

    rows = {
        row.skill.name: row
        for row in db.session.scalars(db.select(UserSkill).where(UserSkill.user_id == person.id))
    }
    assert (rows["Python"].level, rows["Docker"].level) == ("expert", "intermediate")

    bars = page.evaluate(
        """() => [...document.querySelectorAll(".myskills-chart .mc-row")].map(row => ({
            label: row.querySelector(".mc-value").textContent,
            bar: Number(row.querySelector(".mc-bar").getAttribute("width")),
            track: Number(row.querySelector(".mc-track").getAttribute("width")),
        }))"""
    )
    assert len(bars) == 2
    for item in bars:
        average = int(re.fullmatch(r"avg (\d+)", item["label"]).group(1))
        assert item["bar"] / item["track"] == pytest.approx(average / 100, abs=0.005)
    assert {item["label"] for item in bars} == {"avg 85", "avg 40"}
    assert page.get_by_text("Bar: average proficiency, 0\u2013100.").is_visible()
    screenshot(page, output_dir / "levels-and-chart.png")
    assert page.console_errors == []
