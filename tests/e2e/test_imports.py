"""Import a résumé in a real browser with a real worker: progress reaches 100 %, two
proposed skills are accepted and show up on /skills."""

from __future__ import annotations

import re

import pytest

from tests.e2e.helpers import screenshot, sign_in
from tests.helpers import make_user
from tests.imports.test_pipeline import RESUME

pytestmark = pytest.mark.e2e


def test_import_a_resume_and_accept_two_skills(
    live_server, page, output_dir, committing_db, worker_process
):
    person = make_user("ada@example.com", name="Ada Lovelace")
    sign_in(page, live_server, person.email)

    page.get_by_role("link", name="Import").click()
    page.get_by_role("heading", name="Import skills").wait_for()
    screenshot(page, output_dir / "imports-page.png")
    page.get_by_role("button", name=re.compile(r"^Your résumé")).set_input_files(
        files=[{"name": "cv.txt", "mimeType": "text/plain", "buffer": RESUME}]
    )
    page.get_by_role("button", name="Import my résumé").click()
    page.wait_for_url(re.compile(r"/imports/\w+$"))

    # The status card polls until the job is done, then the page shows the proposals.
    page.get_by_role("heading", name=re.compile(r"Skills found")).wait_for(timeout=30_000)
    assert page.locator("progress").first.get_attribute("value") == "100"
    screenshot(page, output_dir / "proposals.png")

    for box in page.locator("input[name=skill_id]").all():
        box.uncheck()
    page.get_by_label("Python", exact=True).check()
    page.get_by_label("Kubernetes", exact=True).check()
    page.get_by_role("button", name="Add the ticked skills").click()

    page.wait_for_url(re.compile(r"/skills$"))
    page.get_by_role("link", name="Python", exact=True).wait_for()
    assert page.get_by_role("link", name="Kubernetes", exact=True).is_visible()
    assert page.get_by_role("link", name="PostgreSQL", exact=True).count() == 0
    screenshot(page, output_dir / "skills-after-import.png")
    assert page.console_errors == []


def test_someone_elses_technology_is_shown_apart_and_can_be_ticked(
    live_server, page, output_dir, committing_db, worker_process
):
    person = make_user("grace@example.com", name="Grace Hopper")
    sign_in(page, live_server, person.email)
    resume = RESUME + b"\nThe client's Java team owns the billing services; I read their APIs.\n"
    page.goto(f"{live_server}/imports")
    page.get_by_role("button", name=re.compile(r"^Your résumé")).set_input_files(
        files=[{"name": "cv.txt", "mimeType": "text/plain", "buffer": resume}]
    )
    page.get_by_role("button", name="Import my résumé").click()
    page.get_by_role("heading", name=re.compile(r"Skills found")).wait_for(timeout=30_000)

    apart = page.get_by_role("group", name=re.compile(r"Named as someone else"))
    java = apart.get_by_label(re.compile(r"^Java"))
    assert not java.is_checked()
    assert "client's «Java» team" in apart.inner_text()
    screenshot(page, output_dir / "proposals-someone-elses.png")
    page.set_viewport_size({"width": 390, "height": 844})
    apart.scroll_into_view_if_needed()
    screenshot(page, output_dir / "proposals-someone-elses-phone.png")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    java.check()
    page.get_by_role("button", name="Add the ticked skills").click()
    page.wait_for_url(re.compile(r"/skills$"))
    page.get_by_role("link", name="Java", exact=True).wait_for()
    assert page.console_errors == []
