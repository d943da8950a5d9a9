"""Toasts in a real browser: they stack where they hide nothing (not over the add-a-skill
suggestions), newest on top, several visible at once; hovering or focusing one holds it
past its time; a toast with a link stays until closed with its close button."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import screenshot, settled, sign_in
from tests.helpers import make_user

pytestmark = pytest.mark.e2e

BOXES = """() => {
  const box = element => { const r = element.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const list = document.querySelector("#skill-suggestions ul");
  return {
    suggestions: list ? box(list) : null,
    toasts: [...document.querySelectorAll("#toasts .toast")].map(box),
    width: document.documentElement.scrollWidth,
  };
}"""


def overlaps(a: dict, b: dict) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and (b["top"] < a["bottom"])
    )


def test_toasts_stack_beside_the_suggestions_and_stay_while_held(
    live_server, page, output_dir, committing_db
):
    person = make_user("toasts@example.com", name="Toby Toasts")
    sign_in(page, live_server, person.email)
    page.goto(live_server + "/skills")
    search = page.get_by_label("Find a skill in the catalog")
    search.fill("pyth")
    page.get_by_role("button", name="Add Python as Advanced", exact=True).click()
    # The route's toast and the first-skill achievement (the one with a link).
    added = page.locator("#toasts .toast", has_text="Added “Python” at advanced level.")
    earned = page.locator("#toasts .toast", has_text="Achievement unlocked: First skill")
    added.wait_for()
    earned.wait_for()
    settled(page)

    # Searching again while both are up: the suggestions are not hidden behind them.
    search = page.get_by_label("Find a skill in the catalog")
    search.fill("a")
    page.locator("#skill-suggestions ul").wait_for()
    settled(page)
    boxes = page.evaluate(BOXES)
    assert len(boxes["toasts"]) == 2
    for toast in boxes["toasts"]:
        assert not overlaps(toast, boxes["suggestions"]), (toast, boxes["suggestions"])
    assert not overlaps(boxes["toasts"][0], boxes["toasts"][1])
    screenshot(page, output_dir / "two-toasts.png", full_page=False)

    # Held: the plain one under the pointer, the one with a link by keyboard focus; both
    # are still there after a plain toast's time (6 s and its fade).
    earned.get_by_role("link", name="See your achievements").focus()
    added.hover()
    page.wait_for_timeout(7000)
    assert added.is_visible() and earned.is_visible()
    assert float(added.evaluate("element => getComputedStyle(element).opacity")) == 1

    # Let go: the plain toast fades and leaves; the one with a link waits to be closed.
    page.mouse.move(5, 5)
    page.get_by_label("Find a skill in the catalog").focus()
    added.wait_for(state="detached", timeout=9000)  # the rest of its 6 s, then the fade
    assert earned.is_visible()
    assert earned.get_by_role("button", name="Dismiss this message").is_visible()
    earned.get_by_role("link", name="See your achievements").focus()
    page.keyboard.press("Escape")
    earned.wait_for(state="detached", timeout=2000)

    # Another with a link, closed with its close button.
    page.get_by_label("Find a skill in the catalog").fill("docker")
    page.get_by_role("button", name="Add Docker as Expert", exact=True).click()
    earned = page.locator("#toasts .toast", has_text="Achievement unlocked: Expert")
    earned.wait_for()
    earned.get_by_role("button", name="Dismiss this message").click()
    earned.wait_for(state="detached", timeout=2000)
    assert page.locator("#toasts .toast", has_text="Achievement").count() == 0

    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.console_errors == []


def test_no_more_than_three_toasts_newest_on_top(live_server, page, committing_db):
    person = make_user("many@example.com", name="Manny Toasts")
    sign_in(page, live_server, person.email)
    page.goto(live_server + "/skills")
    for typed, name in (("pyth", "Python"), ("docker", "Docker"), ("rust", "Rust")):
        page.get_by_label("Find a skill in the catalog").fill(typed)
        page.get_by_role("button", name=f"Add {name} as Beginner", exact=True).click()
        page.locator("#toasts .toast", has_text=f"Added “{name}”").wait_for()
        settled(page)
    texts = page.evaluate(
        """() => [...document.querySelectorAll("#toasts .toast")]
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
            .map(element => element.textContent)"""
    )
    assert len(texts) == 3
    assert "Added “Rust”" in texts[0]  # newest on top
    assert page.console_errors == []


def test_too_many_attempts_is_said_in_the_form_with_the_wait(live_server, page, output_dir):
    """The fourth reset mail in a minute is refused (429): the form says so above its
    button, with how long to wait; no toast, and a fifth try replaces the message."""
    for _ in range(3):  # each answered with "check your inbox"
        page.goto(live_server + "/reset")
        page.get_by_label("Email address").fill("nobody@example.com")
        with page.expect_response(lambda answer: answer.request.method == "POST"):
            page.get_by_role("button", name="Send the link").click()
        settled(page)
    page.goto(live_server + "/reset")
    for _ in range(2):
        page.get_by_label("Email address").fill("nobody@example.com")
        page.get_by_role("button", name="Send the link").click()
        message = page.locator("form .form-rate-limit")
        message.wait_for()
        settled(page)
    assert message.count() == 1
    assert message.get_attribute("role") == "alert"
    text = message.text_content()
    assert text.startswith("Too many attempts. Try again in ") and text.endswith(".")
    above = message.evaluate(
        "element => element.nextElementSibling.classList.contains('form-actions')"
    )
    assert above
    assert page.locator("#toasts .toast").count() == 0
    screenshot(page, output_dir / "too-many.png", full_page=False)
    assert [e for e in page.console_errors if "429" not in e] == []
