"""A newcomer goes through onboarding like a person: typing, picking a suggested role,
skipping a step, reloading half-way; then edits a section on /profile."""

from __future__ import annotations

import re

import pytest

from smatrx.extensions import db
from smatrx.models import Profile
from tests.e2e.helpers import screenshot, submit_sign_in, wait_until
from tests.helpers import make_user

pytestmark = pytest.mark.e2e


def test_complete_the_wizard_then_edit_the_profile(live_server, page, output_dir, committing_db):
    person = make_user("nia@example.com", onboarded=False, name="Nia New")

    submit_sign_in(page, live_server, person.email)
    page.get_by_role("heading", name="About you").wait_for()
    assert page.url.endswith("/onboarding/about")

    page.get_by_label("Current job title").fill("Platform engineer")
    page.get_by_label("Company").fill("Acme")
    page.get_by_label("Years of professional experience").fill("51")
    page.get_by_label("Career stage").select_option("senior")
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_text("Years of experience must be between 0 and 50").wait_for()
    screenshot(page, output_dir / "about-error.png")
    assert page.get_by_label("Current job title").input_value() == "Platform engineer"
    page.get_by_label("Years of professional experience").fill("7")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="Where you're heading").wait_for()
    page.wait_for_url(re.compile(r"/onboarding/direction$"))
    page.get_by_label("Target role").fill("back")
    page.get_by_role("button", name="Backend Developer").click()
    wait_until(page, "document.querySelector('#target_role').value === 'Backend Developer'")
    page.get_by_label("When").select_option("6months")
    page.get_by_label("I would relocate for the right role").check()
    page.get_by_label("Preferred locations").fill("Berlin, Lisbon")
    screenshot(page, output_dir / "direction.png")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="Languages and industries").wait_for()
    page.reload()  # leave half-way: the step is still there, from the URL
    page.get_by_role("heading", name="Languages and industries").wait_for()
    page.get_by_role("textbox", name="Languages you speak").fill("English")
    page.get_by_role("button", name="Add German").click()
    wait_until(page, "document.querySelector('#languages').value === 'English, German'")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="Salary expectation").wait_for()
    page.get_by_role("button", name="Skip this step").click()

    page.get_by_role("heading", name="Links").wait_for()
    page.go_back()
    page.get_by_role("heading", name="Salary expectation").wait_for()
    page.go_forward()
    page.get_by_role("heading", name="Links").wait_for()
    page.get_by_label("GitHub profile").fill("javascript:alert(1)")
    page.get_by_role("button", name="Finish").click()
    page.get_by_text("Enter a full web address").wait_for()
    page.get_by_label("GitHub profile").fill("https://github.com/nia")
    screenshot(page, output_dir / "links.png")
    page.get_by_role("button", name="Finish").click()

    page.wait_for_url(re.compile(r"/profile$"))
    page.get_by_text("Welcome aboard!").wait_for()
    screenshot(page, output_dir / "profile.png")

    profile = db.session.scalar(db.select(Profile).where(Profile.user_id == person.id))
    assert profile.onboarding_completed
    assert profile.onboarding_steps == {
        "about": "done",
        "direction": "done",
        "languages": "done",
        "salary": "skipped",
        "links": "done",
    }
    assert profile.target_role == "Backend Developer"
    assert profile.languages == ["English", "German"]
    assert profile.years_experience == 7
    assert page.console_errors == []

    # Edit one section in place on /profile.
    page.get_by_role("link", name="Edit Where you're heading").click()
    page.get_by_label("Target role").fill("Platform Engineer")
    page.get_by_role("button", name="Save Where you're heading").click()
    page.get_by_text("Saved.").first.wait_for()
    screenshot(page, output_dir / "profile-after-edit.png")
    db.session.expire_all()
    profile = db.session.scalar(db.select(Profile).where(Profile.user_id == person.id))
    assert profile.target_role == "Platform Engineer"
    assert profile.preferred_locations == ["Berlin", "Lisbon"]  # the rest of the section kept
    assert page.console_errors == []


def test_the_last_step_leads_straight_on_to_importing_skills(
    live_server, page, output_dir, committing_db
):
    person = make_user("noa@example.com", onboarded=False, name="Noa New")
    submit_sign_in(page, live_server, person.email)
    page.get_by_label("Current job title").fill("Engineer")
    page.get_by_role("button", name="Save and continue").click()
    for heading in ("Where you're heading", "Languages and industries", "Salary expectation"):
        page.get_by_role("heading", name=heading).wait_for()
        page.get_by_role("button", name="Skip this step").click()
    page.get_by_role("heading", name="Links").wait_for()
    page.get_by_label("GitHub profile").fill("github.com/noa")  # https:// is added for her
    page.get_by_role("button", name="Save and import skills").click()

    page.wait_for_url(re.compile(r"/imports$"))
    page.get_by_text("Now for your skills.").wait_for()
    screenshot(page, output_dir / "imports-after-wizard.png")
    profile = db.session.scalar(db.select(Profile).where(Profile.user_id == person.id))
    assert profile.onboarding_completed
    assert profile.github_url == "https://github.com/noa"
    assert page.console_errors == []
