"""Invite by link in a real browser: the lead creates a link on the members page and copies
it; the invitee follows it signed out, signs in (the link is kept), sees exactly what the
team will see of them, joins, and the members page lists both. Screenshots of the members
and join pages at laptop (1280 px) and phone (390 px) widths."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import text

from smatrx.extensions import db
from tests.e2e.helpers import screenshot, sign_in
from tests.helpers import PASSWORD, hold, make_user
from tests.teams.builders import make_team

pytestmark = pytest.mark.e2e


def test_invite_by_link_and_join(
    live_server: str,
    page: Any,
    browser: Any,
    output_dir: Any,
    committing_db: Any,
) -> None:
    lead = make_user("lena@example.com", name="Lena Lead")
    bea = make_user("bea@example.com", name="Bea Builder")
    mo = make_user("moe@example.com", name="Moe Member")
    hold(bea, "python", level="advanced", proficiency_score=72, interest="more")
    hold(bea, "docker", level="beginner", hidden_from_teams=True)
    team = make_team(lead, "Platform", mo)
    team.description = "We run the platform everyone builds on."
    db.session.commit()
    team_id = team.id
    try:
        sign_in(page, live_server, "lena@example.com")
        page.goto(f"{live_server}/teams/{team.slug}/members")
        page.get_by_role("heading", name=re.compile(r"^Members")).wait_for()
        page.get_by_role("button", name="Create a link").click()
        link_box = page.get_by_role("textbox", name="Invitation link")
        link_box.wait_for()
        link = link_box.input_value()
        assert re.search(r"/teams/join/[A-Za-z0-9_-]{43}$", link)
        screenshot(page, output_dir / "members-1280.png")
        page.set_viewport_size({"width": 390, "height": 844})
        screenshot(page, output_dir / "members-390.png")
        assert page.console_errors == []

        invitee = browser.new_context(viewport={"width": 1280, "height": 800})
        other = invitee.new_page()
        errors: list[str] = []
        other.on("pageerror", lambda exc: errors.append(str(exc)))
        other.on(
            "console",
            lambda msg: (
                errors.append(msg.text)
                if msg.type == "error" and "status of 422" not in msg.text
                else None
            ),
        )
        other.goto(link)
        other.wait_for_url(re.compile(r"/login\?next="))
        other.get_by_label("Email address").fill("bea@example.com")
        other.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
        other.get_by_role("button", name="Sign in").click()
        other.wait_for_url(link)  # the sign-in kept the link
        other.get_by_role("heading", name="Join Platform").wait_for()
        seen = other.get_by_role("region", name="Skills the team sees")
        assert "Python" in seen.inner_text() and "Docker" not in seen.inner_text()
        assert "1 skill you hid is not shown" in other.content()
        screenshot(other, output_dir / "join-1280.png")
        other.set_viewport_size({"width": 390, "height": 844})
        screenshot(other, output_dir / "join-390.png")
        other.get_by_role("button", name="Join Platform").click()
        other.wait_for_url(re.compile(rf"/teams/{team.slug}$"))
        other.goto(f"{live_server}/teams/{team.slug}/members")
        members = other.get_by_role("list").filter(has_text="Lena Lead")
        assert "Bea Builder" in members.inner_text()
        # Where the hiding and the interest are set: the skill row's edit form.
        other.set_viewport_size({"width": 1280, "height": 800})
        other.goto(f"{live_server}/skills")
        other.get_by_role("link", name="Edit Python").click()
        other.get_by_role("group", name="Your teams").wait_for()
        other.get_by_label("Interest").select_option("less")
        screenshot(other, output_dir / "skills-edit-1280.png")
        other.get_by_role("button", name="Save Python").click()
        other.get_by_text("Rather not").wait_for()
        assert errors == []
        invitee.close()
    finally:
        db.session.rollback()
        db.session.execute(text('DELETE FROM "Team" WHERE id = :id'), {"id": team_id})
        db.session.commit()
