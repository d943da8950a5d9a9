"""The skills catalog in a real browser, by keyboard: open a tag group, pick a tag, change
the order; every choice lands in the address; nothing scrolls sideways on a phone."""

from __future__ import annotations

import re

import pytest

from tests.e2e.helpers import screenshot, settled, sign_in
from tests.helpers import make_user

pytestmark = pytest.mark.e2e


def test_tags_and_order_by_keyboard(live_server, page, output_dir, committing_db):
    make_user("cat@example.com", name="Cat Alogue")
    sign_in(page, live_server, "cat@example.com")
    page.goto(live_server + "/skills/catalog")

    tags = page.locator("details.filter-tags")
    tags.locator("summary").first.focus()
    page.keyboard.press("Enter")  # the tag list unfolds: a group per category
    assert tags.evaluate("element => element.open")
    group = page.locator("details.tag-group").filter(has_text="DevOps Tools")
    summary = group.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert group.evaluate("element => element.open")
    chip = group.get_by_role("link", name=re.compile(r"^containers \d+$"))
    chip.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"tag=containers"))
    settled(page)
    # the chosen tag's group opens on the new page, the tag marked as chosen
    opened = page.locator("details.tag-group[open]")
    assert opened.count() == 1
    assert opened.get_by_role("link", name=re.compile(r"^Remove tag containers")).count() == 1

    sort = page.get_by_role("navigation", name="Sort skills").get_by_role(
        "link", name="Name (A\N{EN DASH}Z)"
    )
    sort.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"tag=containers.*sort=name|sort=name.*tag=containers"))
    names = page.locator(".skill-card h3 a").all_inner_texts()
    assert names == sorted(names) and names
    screenshot(page, output_dir / "catalog-1280.png")

    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, output_dir / "catalog-390.png")
    assert page.console_errors == []
