"""The header in a real browser: on a phone the links fold behind a Menu button that the
keyboard opens and Escape closes; on a wide screen they are all in sight; during onboarding
only what works there is offered."""

from __future__ import annotations

import re

import pytest

from tests.e2e.helpers import screenshot, settled, sign_in, submit_sign_in
from tests.helpers import make_user

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def header_height(page) -> float:
    return page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")


def menu_button(page):
    # A <summary>: browsers announce it as a button with its expanded state, though
    # Playwright's role engine gives it no role.
    return page.locator(".nav-menu > summary", has_text="Menu")


def focused_is_menu_button(page) -> bool:
    return page.evaluate("document.activeElement.matches('.nav-menu > summary')")


def test_the_phone_menu_opens_with_the_keyboard_and_closes_with_escape(
    live_server, page, output_dir, committing_db
):
    make_user("ada@example.com", "admin", name="Ada Admin")
    page.set_viewport_size(PHONE)
    sign_in(page, live_server, "ada@example.com")

    # Closed: brand, Menu and bell on one row; the links are out of sight.
    assert menu_button(page).is_visible()
    assert page.get_by_role("link", name="Notifications, 0 unread").is_visible()
    assert not page.get_by_role("link", name="Skills", exact=True).is_visible()
    assert header_height(page) < 80
    assert no_sideways_scroll(page)
    screenshot(page, output_dir / "home-phone-closed.png", full_page=False)

    # Open it with the keyboard, as a person without a mouse does.
    menu_button(page).focus()
    page.keyboard.press("Enter")
    links = page.get_by_role("navigation", name="Main")
    skills = links.get_by_role("link", name="Skills", exact=True)
    skills.wait_for()
    for name in ("Verify", "Admin", "Home", "Insights", "Teams", "Goals", "Import", "Profile"):
        assert links.get_by_role("link", name=name, exact=True).is_visible()
    assert links.get_by_role("button", name="Sign out").is_visible()
    assert no_sideways_scroll(page)
    screenshot(page, output_dir / "home-phone-open.png", full_page=False)

    skills.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/skills$"))
    settled(page)
    current = page.locator('.nav-menu a[href$="/skills"]')
    assert current.get_attribute("aria-current") == "page"
    # The new page's menu is closed again.
    assert not page.get_by_role("link", name="Skills", exact=True).is_visible()
    assert header_height(page) < 80

    # Back: the page kept in history shows its menu closed too.
    page.go_back()
    page.wait_for_url(re.compile(r"/home$"))
    settled(page)
    assert page.locator(".nav-menu[open]").count() == 0
    page.go_forward()
    page.wait_for_url(re.compile(r"/skills$"))
    settled(page)

    # Open again; Escape closes it and puts the focus back on the button.
    menu_button(page).focus()
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Goals", exact=True).wait_for()
    page.keyboard.press("Tab")  # into the menu
    page.keyboard.press("Escape")
    page.get_by_role("link", name="Goals", exact=True).wait_for(state="hidden")
    assert focused_is_menu_button(page)
    assert page.locator(".nav-menu[open]").count() == 0

    # So does tabbing past its last entry (Sign out) to the bell.
    menu_button(page).focus()
    page.keyboard.press("Enter")
    page.locator(".nav-menu .nav-form button").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "bell"
    page.get_by_role("link", name="Goals", exact=True).wait_for(state="hidden")

    # A click elsewhere closes it as well.
    menu_button(page).click()
    page.get_by_role("link", name="Goals", exact=True).wait_for()
    page.mouse.click(195, 780)  # on the page, below the open panel
    page.get_by_role("link", name="Goals", exact=True).wait_for(state="hidden")
    assert page.console_errors == []


def test_on_a_wide_screen_every_link_is_in_sight_on_one_row(
    live_server, page, output_dir, committing_db
):
    make_user("ada@example.com", "admin", name="Ada Admin")
    sign_in(page, live_server, "ada@example.com")
    assert not menu_button(page).is_visible()
    nav = page.get_by_role("navigation", name="Main")
    for name in ("Verify", "Admin", "Home", "Skills", "Insights", "Goals", "Account"):
        assert nav.get_by_role("link", name=name, exact=True).is_visible()
    assert nav.get_by_role("button", name="Sign out").is_visible()
    assert header_height(page) < 80  # an admin's twelve entries fit one row at 1280 px
    # Sign out is dressed like the links beside it, not like a button.
    same = page.evaluate(
        """(() => {
          const a = getComputedStyle(document.querySelector('.nav-menu a[href$="/account"]'));
          const b = getComputedStyle(document.querySelector('.nav-menu .nav-form button'));
          return a.color === b.color && a.fontSize === b.fontSize && a.fontWeight === b.fontWeight
            && b.borderTopWidth === '0px';
        })()"""
    )
    assert same
    screenshot(page, output_dir / "home-wide.png", full_page=False)


def test_signed_out_the_header_and_hero_offer_an_account(live_server, page, output_dir):
    page.set_viewport_size(PHONE)
    page.goto(live_server + "/")
    assert header_height(page) < 80
    assert no_sideways_scroll(page)
    header_cta = page.locator(".site-header").get_by_role("link", name="Create account")
    # The header's Create account is the primary button (accent background, not a plain link).
    background = header_cta.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    hero = page.locator(".hero")
    assert hero.get_by_role("link", name="Create account").is_visible()
    assert hero.get_by_role("link", name="Sign in").is_visible()
    screenshot(page, output_dir / "landing-phone.png", full_page=False)
    hero.get_by_role("link", name="Create account").click()
    page.wait_for_url(re.compile(r"/register$"))
    assert page.console_errors == []


def test_during_onboarding_only_what_works_is_offered(live_server, page, output_dir, committing_db):
    make_user("nia@example.com", onboarded=False, name="Nia New")
    page.set_viewport_size(PHONE)
    submit_sign_in(page, live_server, "nia@example.com")
    page.get_by_role("heading", name="About you").wait_for()

    nav = page.get_by_role("navigation", name="Main")
    assert nav.get_by_text("The rest opens once you finish getting started.").is_visible()
    assert nav.get_by_role("link", name="Account").is_visible()
    assert nav.get_by_role("button", name="Sign out").is_visible()
    for gone in ("Home", "Skills", "Goals", "Profile"):
        assert nav.get_by_role("link", name=gone, exact=True).count() == 0
    assert menu_button(page).count() == 0
    assert page.locator("#bell").count() == 0
    assert no_sideways_scroll(page)
    screenshot(page, output_dir / "onboarding-phone.png", full_page=False)

    # The step list stays one row: on a phone, numbers and the current step's name.
    rows = page.evaluate(
        "new Set([...document.querySelectorAll('.wizard-step')]"
        ".map(li => Math.round(li.getBoundingClientRect().top))).size"
    )
    assert rows == 1
    page.set_viewport_size({"width": 1280, "height": 800})
    rows = page.evaluate(
        "new Set([...document.querySelectorAll('.wizard-step')]"
        ".map(li => Math.round(li.getBoundingClientRect().top))).size"
    )
    assert rows == 1
    assert page.get_by_role("link", name="Direction").is_visible()

    nav.get_by_role("link", name="Account").click()
    page.get_by_role("heading", name="Your account").wait_for()
    assert page.console_errors == []
