"""A person registers, confirms through the mailed link, signs out and in, changes their
password; an admin makes them a verifier. Real browser, real SMTP, real database."""

from __future__ import annotations

import re

import pytest

from smatrx.extensions import db
from smatrx.models import User
from tests.e2e.helpers import screenshot, submit_sign_in
from tests.helpers import make_user

pytestmark = pytest.mark.e2e

PASSWORD = "a long and private passphrase"
NEW_PASSWORD = "an even longer private passphrase"


def mailed_link(smtp_sink, base: str) -> str:
    body = smtp_sink[-1].get_content()
    match = re.search(r"(http://127\.0\.0\.1:\d+/\S+)", body)
    assert match, body
    assert match.group(1).startswith(base)
    return match.group(1)


def test_register_confirm_sign_out_in_and_change_password(
    live_server, page, smtp_sink, output_dir, committing_db, browser
):
    admin_email = "admin@example.com"
    make_user(admin_email, "admin", password=PASSWORD)

    page.goto(live_server + "/")
    # The landing offers it twice (header and hero): the hero's is the call to action.
    page.locator(".hero").get_by_role("link", name="Create account").click()
    page.get_by_label("Your name").fill("Grace Hopper")
    page.get_by_label("Email address").fill("Grace@Example.com")
    page.get_by_label(re.compile(r"^Password")).fill("short")
    page.get_by_label("Repeat the password").fill("short")
    page.get_by_role("button", name="Create account").click()
    page.get_by_text("Use at least 10 characters.").wait_for()
    screenshot(page, output_dir / "register-errors.png")

    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Check your inbox").wait_for()
    screenshot(page, output_dir / "check-inbox.png")

    page.goto(mailed_link(smtp_sink, live_server))
    page.get_by_role("button", name="Confirm grace@example.com").click()
    # Confirmed and signed in: a newcomer starts with onboarding.
    page.get_by_role("heading", name="About you").wait_for()
    assert page.get_by_text("grace@example.com is confirmed").is_visible()
    screenshot(page, output_dir / "onboarding-start.png")
    page.get_by_role("link", name="Account").click()
    page.get_by_role("heading", name="Your account").wait_for()
    screenshot(page, output_dir / "account.png")

    page.get_by_role("button", name="Sign out", exact=True).first.click()
    page.get_by_text("You are signed out.").wait_for()

    submit_sign_in(page, live_server, "grace@example.com", "wrong password here")
    page.get_by_text("do not match an active account").wait_for()
    screenshot(page, output_dir / "sign-in-error.png")
    submit_sign_in(page, live_server, "grace@example.com", PASSWORD)
    page.get_by_role("heading", name="About you").wait_for()
    page.get_by_role("link", name="Account").click()
    page.get_by_role("heading", name="Your account").wait_for()

    page.get_by_label("Current password").last.fill(PASSWORD)
    page.get_by_label("New password").fill(NEW_PASSWORD)
    page.get_by_label("Repeat the password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Change password").click()
    page.get_by_text("Your password is changed.").wait_for()

    page.set_viewport_size({"width": 375, "height": 812})
    screenshot(page, output_dir / "account-phone.png")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.console_errors == []

    grace = db.session.scalar(db.select(User).where(User.email == "grace@example.com"))
    assert grace.role == "member"
    assert grace.email_verified is not None

    # The admin makes Grace a verifier.
    admin_page = browser.new_page()
    submit_sign_in(admin_page, live_server, admin_email, PASSWORD)
    admin_page.get_by_role("link", name="Admin").click()
    admin_page.get_by_label("Search by name or email").fill("grace")
    admin_page.get_by_role("button", name="Search").click()
    # The search swaps the whole page in: choose the role only once the new list is there.
    admin_page.wait_for_url(re.compile(r"q=grace"))
    admin_page.get_by_text("1 user matches").wait_for()
    # The role saves as soon as it is chosen (no Save button where scripts run).
    admin_page.get_by_label("Role of Grace Hopper", exact=True).select_option("verifier")
    admin_page.get_by_text("Grace Hopper is now a verifier.").first.wait_for()
    screenshot(admin_page, output_dir / "admin-users.png")
    db.session.expire_all()
    grace = db.session.scalar(db.select(User).where(User.email == "grace@example.com"))
    assert grace.role == "verifier"
    admin_page.close()
