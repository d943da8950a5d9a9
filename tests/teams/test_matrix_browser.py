"""The matrix and who-knows in a real browser: a cell's details on keyboard focus, the
filter form swapped by HTMX with the address pushed, transpose, the headers kept while
the table scrolls (also on a phone), and who-knows forgiving a typo. Screenshots go to
test-results/ (and to $SHOTS_DIR when set)."""

from __future__ import annotations

import os
import re
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete

from smatrx.extensions import db
from smatrx.models import SkillAssessment, Team
from smatrx.models.base import utcnow
from tests.e2e.conftest import CHROMIUM, LAUNCH_ARGS, _chromium_missing_reason
from tests.e2e.helpers import screenshot, settled, sign_in, wait_until
from tests.helpers import hold, make_user
from tests.teams.builders import make_team

pytestmark = pytest.mark.e2e

SKILLS = (
    "python", "go", "rust", "typescript", "javascript", "java", "postgresql", "redis",
    "docker", "kubernetes", "terraform", "react", "figma", "aws",
)  # fmt: skip
LEVELS = ("beginner", "intermediate", "advanced", "expert")


def _shots(output_dir: Path) -> list[Path]:
    folders = [output_dir]
    if os.environ.get("SHOTS_DIR"):
        folders.append(Path(os.environ["SHOTS_DIR"]))
        folders[-1].mkdir(parents=True, exist_ok=True)
    return folders


def _shoot(tab: Any, folders: list[Path], name: str, *, full_page: bool = True) -> None:
    for folder in folders:
        screenshot(tab, folder / name, full_page=full_page)


@pytest.fixture
def team(committing_db: Any) -> Any:
    lead = make_user("lena@example.com", name="Lena Lead")
    people = [
        make_user(f"{name.split()[0].lower()}@example.com", name=name)
        for name in ("Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Linus T")
    ]
    team = make_team(lead, "Platform", *people)
    old = utcnow() - timedelta(days=420)
    for number, person in enumerate([lead, *people]):
        for index, slug in enumerate(SKILLS):
            if (number + index) % 3 == 0 and index % 4 != 1:
                continue
            row = hold(
                person,
                slug,
                level=LEVELS[(number * 3 + index) % 4],
                proficiency_score=20 + (number * 13 + index * 7) % 80,
                verified=(number + index) % 4 == 0,
                verified_by=lead.id if (number + index) % 4 == 0 else None,
                interest=("more", None, "less", None, None)[(number + index) % 5],
                last_used=utcnow() - timedelta(days=30 * ((number + index) % 20)),
                edited_at=old if (number * index) % 7 == 3 else None,
            )
            if (number + index) % 5 == 0:
                level = LEVELS[(number * 3 + index + 1) % 4]
                db.session.add(
                    SkillAssessment(
                        user_skill_id=row.id, assessor_id=lead.id, team_id=team.id, level=level
                    )
                )
    db.session.commit()
    yield team
    db.session.execute(delete(Team).where(Team.id == team.id))
    db.session.commit()


def test_matrix_and_who_knows_in_a_browser(live_server: str, output_dir: Path, team: Any) -> None:
    """Playwright runs in a thread of its own: the browser tests' session browser
    (tests/e2e) may still hold this thread's event loop, and a second sync Playwright
    cannot start inside it."""
    reason = _chromium_missing_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    failures: list[BaseException] = []
    slug = team.slug  # read here: the thread has no app context

    def run() -> None:
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
                try:
                    _journey(browser, live_server, _shots(output_dir), slug)
                finally:
                    browser.close()
        except BaseException as failure:  # handed to the test's thread
            failures.append(failure)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failures:
        raise failures[0]


def _journey(browser: Any, live_server: str, folders: list[Path], slug: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, live_server, "lena@example.com")
    page.goto(f"{live_server}/teams/{slug}")
    table = page.locator("table.matrix")
    table.wait_for()
    _shoot(page, folders, "matrix.png")

    # a cell's details show on keyboard focus (no script involved)
    first = page.locator("td a.cell").nth(3)
    first.focus()
    tip = first.locator(".tip")
    wait_until(
        page, "getComputedStyle(document.activeElement.querySelector('.tip')).clipPath === 'none'"
    )
    assert "Ada Lovelace ·" in tip.inner_text()
    for folder in folders:  # where the focus is, not the page's top
        page.screenshot(path=folder / "matrix-focus.png")

    # the difference view highlights where lead and self differ
    page.get_by_label("Difference").check()
    settled(page)
    page.wait_for_url(re.compile(r"view=diff"))
    assert page.locator("td.is-diff").count() > 0
    _shoot(page, folders, "matrix-diff.png")

    # filters: HTMX swaps the region and pushes the address
    page.get_by_label("Self ratings").check()
    page.get_by_label("Minimum level").select_option("advanced")
    page.wait_for_url(re.compile(r"min_level=advanced"))
    page.get_by_label("Skill", exact=True).fill("script")
    page.wait_for_url(re.compile(r"q=script"))
    settled(page)
    headers = [text.strip() for text in page.locator(".matrix-skills th").all_inner_texts()]
    assert headers == ["JavaScript", "TypeScript"]
    _shoot(page, folders, "matrix-filtered.png")

    # transpose
    page.get_by_label("Skill", exact=True).fill("")
    page.get_by_label("Minimum level").select_option("")
    page.get_by_label("Skills as rows").check()
    page.wait_for_url(re.compile(r"transpose=1"))
    settled(page)
    assert page.locator("table.matrix.is-transposed").count() == 1
    _shoot(page, folders, "matrix-transposed.png")

    # the headers stay while the table scrolls both ways
    page.goto(f"{live_server}/teams/{slug}")
    scroller = page.locator(".matrix-scroll")
    scroller.evaluate("el => { el.scrollTop = 400; el.scrollLeft = 300; }")
    corner = page.locator(".matrix-corner").bounding_box()
    box = scroller.bounding_box()
    assert abs(corner["y"] - box["y"]) < 3 and abs(corner["x"] - box["x"]) < 3

    # who knows, a typo forgiven
    page.goto(f"{live_server}/teams/who-knows")
    page.get_by_label("Skill", exact=True).fill("kubernets")
    page.get_by_role("heading", name=re.compile("Who knows Kubernetes")).wait_for()
    page.wait_for_url(re.compile(r"skill=kubernets"))
    _shoot(page, folders, "who-knows.png")

    # a phone: the table scrolls inside its box, the page does not
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        small = phone.new_page()
        sign_in(small, live_server, "lena@example.com")
        small.goto(f"{live_server}/teams/{slug}")
        small.locator("table.matrix").wait_for()
        width = small.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, width
        _shoot(small, folders, "matrix-phone.png")
        small.goto(f"{live_server}/teams/{slug}?transpose=1")
        _shoot(small, folders, "matrix-phone-transposed.png")
        small.goto(f"{live_server}/teams/who-knows?skill=python")
        _shoot(small, folders, "who-knows-phone.png")
    finally:
        phone.close()
    context.close()
    assert errors == [], errors
