"""Helpers for browser tests."""

from __future__ import annotations

import re
import time
from typing import Any

from tests.helpers import PASSWORD


def wait_until(page: Any, expression: str, timeout: float = 30.0) -> None:
    """Wait until a JavaScript expression is true in the page. Playwright's own
    wait_for_function evaluates strings inside the page, which the site's
    Content-Security-Policy forbids (no eval); page.evaluate goes through DevTools."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(25)


def settled(page: Any) -> None:
    """Wait until htmx has settled its last swap. New content is only wired up (its
    hx-trigger listeners bound) in the settle step, about 20 ms after it appears: typing into
    a just-swapped input before that is lost, as no person could, but a test can."""
    wait_until(page, "!document.querySelector('.htmx-added, .htmx-settling, .htmx-swapping')")


def screenshot(page: Any, path: Any, *, full_page: bool = True) -> None:
    """A screenshot once htmx has settled: swapped-in content fades in (.htmx-added), and a
    picture taken mid-fade shows a washed-out page."""
    settled(page)
    # A sticky header would otherwise be drawn where the page happens to be scrolled.
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(250)
    page.screenshot(path=path, full_page=full_page)


def submit_sign_in(page: Any, base: str, email: str, password: str = PASSWORD) -> None:
    """Fill in and send the sign-in form, as a person does."""
    page.goto(base + "/login")
    page.get_by_label("Email address").fill(email)
    page.get_by_label(re.compile(r"^Password")).fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_in(page: Any, base: str, email: str, password: str = PASSWORD) -> None:
    """Sign in and wait for the home page (an onboarded person's landing)."""
    submit_sign_in(page, base, email, password)
    page.wait_for_url(re.compile(r"/home$"))
