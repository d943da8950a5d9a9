"""The landing page in a real browser: it loads, HTMX is there, nothing errors."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import screenshot

pytestmark = pytest.mark.e2e


def test_landing_page_loads_with_htmx_and_no_console_errors(live_server, page, output_dir):
    response = page.goto(live_server + "/")
    assert response.status == 200
    page.wait_for_load_state("networkidle")

    assert page.get_by_role("heading", level=1).is_visible()
    assert page.evaluate("typeof window.htmx") == "object"
    assert page.evaluate("htmx.version").startswith("2.0.")
    assert page.get_by_role("link", name="Skip to content").count() == 1

    screenshot(page, output_dir / "landing-desktop.png")
    page.set_viewport_size({"width": 375, "height": 812})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, output_dir / "landing-phone.png")
    assert page.console_errors == []


def test_error_page_in_the_browser(live_server, page, output_dir):
    response = page.goto(live_server + "/no-such-page")
    assert response.status == 404
    assert page.get_by_role("heading", name="Page not found").is_visible()
    page.get_by_role("link", name="home", exact=False).first.click()
    page.wait_for_url(live_server + "/")
    page.wait_for_load_state("networkidle")
    screenshot(page, output_dir / "after-404.png")
    # Chromium reports the 404 document itself on the console; nothing else may appear.
    assert all("status of 404" in error for error in page.console_errors), page.console_errors


def test_the_hero_offers_an_account_or_sign_in_when_registration_is_closed(client, app):
    html = client.get("/").get_data(as_text=True)
    hero = html[html.index('class="hero-actions"') :]
    hero = hero[: hero.index("</div>")]
    assert 'href="/register">Create account</a>' in hero and 'href="/login">Sign in</a>' in hero
    app.config["REGISTRATION_OPEN"] = False
    try:
        html = client.get("/").get_data(as_text=True)
        assert "Create account" not in html
        hero = html[html.index('class="hero-actions"') :]
        assert 'class="btn btn-primary btn-lg" href="/login">Sign in</a>' in hero
    finally:
        app.config["REGISTRATION_OPEN"] = True
