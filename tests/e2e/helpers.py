"""Helpers for browser tests."""

from __future__ import annotations

from typing import Any


def screenshot(page: Any, path: Any, *, full_page: bool = True) -> None:
    """A screenshot once htmx has settled: swapped-in content fades in (.htmx-added), and a
    picture taken mid-fade shows a washed-out page."""
    page.wait_for_function("!document.querySelector('.htmx-added, .htmx-settling, .htmx-swapping')")
    # A sticky header would otherwise be drawn where the page happens to be scrolled.
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(250)
    page.screenshot(path=path, full_page=full_page)
