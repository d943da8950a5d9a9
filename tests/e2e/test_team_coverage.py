"""Coverage in a real browser: a lead picks a target from the typeahead, sees the single
point of failure, applies a career role, asks for a review of a stale rating, assesses a
member, and downloads the CSV and XLSX (opened and checked, a neutralised name included)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import openpyxl
import pytest
from sqlalchemy import delete

from smatrx.extensions import db
from smatrx.models import Team
from smatrx.models.base import utcnow
from tests.e2e.helpers import screenshot, settled, sign_in
from tests.helpers import hold, make_user
from tests.teams.builders import make_team

pytestmark = pytest.mark.e2e
EVIL = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture
def team_slug(committing_db: Any) -> Iterator[str]:
    lead = make_user("lena@example.com", "verifier", name="Lena Lead")
    member = make_user("mo@example.com", name=EVIL)
    team = make_team(lead, "Coverage browser team", member)
    hold(lead, "kubernetes", level="expert", proficiency_score=85)
    hold(
        member,
        "python",
        level="advanced",
        proficiency_score=60,
        edited_at=utcnow() - timedelta(days=400),
    )
    slug = team.slug
    yield slug
    # Teams outlive their creators (createdById is SET NULL): remove this one by hand.
    db.session.rollback()
    db.session.execute(delete(Team).where(Team.slug == slug))
    db.session.commit()


def _download(tab: Any, name: str) -> bytes:
    if tab.locator(".cov-downloads[open]").count() == 0:
        tab.get_by_text("Download or print").click()
    with tab.expect_download() as info:
        tab.get_by_role("link", name=name).click()
    with open(info.value.path(), "rb") as handle:
        return handle.read()


def test_coverage_journey(live_server: str, page: Any, output_dir: Any, team_slug: str) -> None:
    sign_in(page, live_server, "lena@example.com")
    page.goto(f"{live_server}/teams/{team_slug}/coverage")
    page.get_by_role("heading", name="Readiness").wait_for()

    # Pick Kubernetes from the typeahead: one member meets it, a single point of failure.
    page.locator(".cov-add-form").get_by_label("Skill").fill("kubern")
    page.locator("#target-suggestions").get_by_role(
        "button", name=re.compile("^Kubernetes")
    ).click()
    row = page.locator("tr", has_text="Kubernetes")
    row.get_by_text("One person").wait_for()
    settled(page)
    assert "only Lena Lead is at intermediate or above" in page.locator(".cov-spof").inner_text()

    # A career role's requirements; a count of 0 is answered next to its field first.
    add = page.locator(".cov-add-form")
    add.get_by_label("People needed").fill("0")
    add.get_by_role("button", name="Add target").click()
    page.get_by_text("Ask for between 1 and 50 people.").wait_for()
    backend = page.locator("#role-role_id option", has_text="Backend Developer")
    page.get_by_label("Career role", exact=False).and_(page.locator("select")).select_option(
        backend.get_attribute("value")
    )
    page.get_by_role("button", name="Apply requirements").click()
    page.get_by_text(re.compile(r"Applied the role's requirements: \d+ added")).first.wait_for()
    settled(page)
    screenshot(page, output_dir / "coverage-lead.png")

    # The stale rating: ask the member to review it.
    page.locator(".cov-stale").get_by_role("button", name=re.compile("^Ask to review")).click()
    page.get_by_text(re.compile("Asked .* to review 1 stale ratings")).wait_for()

    # Assess the member's Python: a note starting with "@", kept and shown.
    page.locator(".cov-stale").get_by_role("link", name="Python").click()
    page.get_by_label("Level you see").select_option("expert")
    page.get_by_label("Note for them (optional)").fill("@team: led the upgrade")
    page.get_by_role("button", name="Save assessment").click()
    page.locator(".assess-history").get_by_text("@team: led the upgrade").wait_for()
    assert "differs from theirs" in page.locator(".assess-history").inner_text()
    screenshot(page, output_dir / "assess.png")

    # Downloads, opened: the member's formula-like name is neutralised in both.
    page.goto(f"{live_server}/teams/{team_slug}/coverage")
    body = _download(page, "Matrix (CSV)")
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    names = {r[0] for r in rows[1:]}
    assert names == {"Lena Lead", "'" + EVIL}
    book = openpyxl.load_workbook(io.BytesIO(_download(page, "Coverage report (XLSX)")))
    targets = {r[0].value: r for r in book["Targets"].iter_rows(min_row=2)}
    assert targets["Kubernetes"][5].value == "Met"
    assert targets["Kubernetes"][6].value == "Yes"
    assert page.console_errors == []
