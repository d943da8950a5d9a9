"""Helpers for browser tests."""

from __future__ import annotations

from typing import Any


def settled(page: Any) -> None:
    """Wait until htmx has settled its last swap. New content is only wired up (its
    hx-trigger listeners bound) in the settle step, about 20 ms after it appears: typing into
    a just-swapped input before that is lost, as no person could, but a test can."""
    page.wait_for_function("!document.querySelector('.htmx-added, .htmx-settling, .htmx-swapping')")


def screenshot(page: Any, path: Any, *, full_page: bool = True) -> None:
    """A screenshot once htmx has settled: swapped-in content fades in (.htmx-added), and a
    picture taken mid-fade shows a washed-out page."""
    settled(page)
    # A sticky header would otherwise be drawn where the page happens to be scrolled.
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(250)
    page.screenshot(path=path, full_page=full_page)
