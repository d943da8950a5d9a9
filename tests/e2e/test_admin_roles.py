"""A role's requirements in a real browser: a changed select saves its row (focus stays,
the last of two quick changes wins), the typeahead adds a skill, Remove asks first; and the
same page without JavaScript: a Save button per row, a plain search and add."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import CareerRole, RoleSkill
from tests.admin.roles_helpers import make_role
from tests.e2e.helpers import screenshot, settled, sign_in, wait_until
from tests.helpers import PASSWORD, make_user

pytestmark = pytest.mark.e2e


def _weights(role_id: str) -> dict[str, int]:
    db.session.expire_all()
    return {
        row.id: row.weight
        for row in db.session.scalars(select(RoleSkill).where(RoleSkill.role_id == role_id))
    }


def test_requirements_edit_in_place_and_without_javascript(
    live_server, page, browser, output_dir, committing_db
):
    admin = make_user("root@example.com", "admin", name="Root Admin")
    role = make_role("Browser Test Role", 5)
    role_id = role.id
    try:
        sign_in(page, live_server, admin.email)
        page.goto(f"{live_server}/admin/roles/{role_id}")
        screenshot(page, output_dir / "role.png")

        first = page.locator("tbody tr").first
        row_id = first.get_attribute("id").removeprefix("requirement-")
        importance = first.locator("select[name=importance]")
        importance.focus()
        importance.select_option("bonus")
        page.locator(".toast").filter(has_text="Saved").first.wait_for()
        settled(page)
        assert page.evaluate("document.activeElement.id") == f"importance-{row_id}"
        assert "Edited here" in page.locator("#requirements-status").inner_text()

        weight = page.locator(f"#weight-{row_id}")
        weight.select_option("2")
        weight.select_option("4")  # while the first save may be under way
        wait_until(
            page,
            f"document.querySelector('#weight-{row_id}').value === '4'"
            " && !document.querySelector('.htmx-request')",
        )
        settled(page)
        assert _weights(role_id)[row_id] == 4

        page.get_by_label("Find a skill in the catalog").fill("graphq")
        page.get_by_role("list", name="Skills matching graphq").get_by_role(
            "button", name=re.compile("^Add GraphQL")
        ).click()
        page.locator(".toast").filter(has_text="GraphQL is required now").wait_for()
        settled(page)
        assert page.locator("tbody tr.is-new").filter(has_text="GraphQL").count() == 1
        assert page.evaluate("document.activeElement.id") == "requirement-q"
        screenshot(page, output_dir / "added.png")

        page.once("dialog", lambda dialog: dialog.accept())
        page.locator(f"#requirement-{row_id}").get_by_role(
            "button", name=re.compile("^Remove")
        ).click()
        page.locator(f"#requirement-{row_id}").wait_for(state="detached")
        assert "5 of 25" in page.locator("#requirements-status").inner_text()
        assert not page.console_errors, page.console_errors

        context = browser.new_context(java_script_enabled=False)
        plain = context.new_page()
        plain.goto(f"{live_server}/login")
        plain.get_by_label("Email address").fill(admin.email)
        plain.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
        plain.get_by_role("button", name="Sign in").click()
        plain.goto(f"{live_server}/admin/roles/{role_id}")
        row = plain.locator("tbody tr").first
        name = row.locator(".catalog-skill-name").inner_text()
        row.locator("select[name=min_level]").select_option("expert")
        row.get_by_role("button", name=f"Save {name}").click()
        plain.get_by_text(f"Saved {name}.").wait_for()
        plain.get_by_label("Find a skill in the catalog").fill("ansib")
        plain.get_by_role("button", name="Search", exact=True).click()
        plain.get_by_role("list", name="Skills matching ansib").get_by_role("button").first.click()
        plain.get_by_text("Ansible is required now").wait_for()
        plain.screenshot(path=output_dir / "without-javascript.png", full_page=True)
        context.close()
    finally:
        db.session.rollback()
        gone = db.session.get(CareerRole, role_id)
        if gone is not None:
            db.session.delete(gone)
            db.session.commit()


def test_a_users_role_saves_on_change_and_the_badge_follows(
    live_server, page, browser, committing_db
):
    admin = make_user("root@example.com", "admin", name="Root Admin")
    member = make_user("mo@example.com", name="Mo Member")
    sign_in(page, live_server, admin.email)
    page.goto(f"{live_server}/admin/users")
    row = page.locator(f"#user-{member.id}")
    assert row.get_by_role("button", name=re.compile("^Save")).count() == 0  # JS: no Save
    select = row.get_by_label("Role of Mo Member", exact=True)
    select.focus()
    select.select_option("verifier")
    row.locator(".badge-info", has_text="Verifier").wait_for()
    settled(page)
    page.locator(".toast").filter(has_text="Mo Member is now a verifier.").wait_for()
    assert page.evaluate("document.activeElement.id") == f"role-{member.id}"
    db.session.expire_all()
    assert db.session.get(type(member), member.id).role == "verifier"

    # The only admin stepping down: asked first (declined: the select shows Admin again),
    # then refused, with the reason in the row.
    mine = page.locator(f"#user-{admin.id}")
    own = mine.get_by_label("Role of Root Admin", exact=True)
    page.once("dialog", lambda dialog: dialog.dismiss())
    own.select_option("verifier")
    wait_until(page, f"document.querySelector('#role-{admin.id}').value === 'admin'")
    page.once("dialog", lambda dialog: dialog.accept())
    mine.get_by_label("Role of Root Admin", exact=True).select_option("member")
    mine.locator(".row-error").filter(has_text="You are the only active admin").wait_for()
    assert mine.locator(".badge-accent", has_text="Admin").count() == 1
    assert mine.get_by_label("Role of Root Admin", exact=True).input_value() == "admin"
    assert not page.console_errors, page.console_errors

    # Without JavaScript the Save button does the same.
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(f"{live_server}/login")
    plain.get_by_label("Email address").fill(admin.email)
    plain.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    plain.get_by_role("button", name="Sign in").click()
    plain.goto(f"{live_server}/admin/users")
    plain_row = plain.locator(f"#user-{member.id}")
    plain_row.get_by_label("Role of Mo Member", exact=True).select_option("admin")
    plain_row.get_by_role("button", name="Save the role of Mo Member").click()
    plain.locator(f"#user-{member.id} .badge-accent", has_text="Admin").wait_for()
    context.close()
