"""HTMX helpers: a region request gets the block, everything else the whole page."""

from __future__ import annotations

import json
import re

import pytest
from flask import Response

from smatrx.htmx import is_partial, render_page_or_block, trigger


@pytest.mark.parametrize(
    ("headers", "partial"),
    [
        ({}, False),
        ({"HX-Request": "true"}, True),
        ({"HX-Request": "true", "HX-Boosted": "true"}, False),
        ({"HX-Request": "true", "HX-History-Restore-Request": "true"}, False),
    ],
)
def test_is_partial(app, headers, partial):
    with app.test_request_context("/", headers=headers):
        assert is_partial() is partial


def test_render_page_or_block(app, db_session):
    with app.test_request_context("/", headers={"HX-Request": "true"}):
        fragment = render_page_or_block("main/index.html", "content")
    with app.test_request_context("/"):
        page = render_page_or_block("main/index.html", "content")
    assert "<html" not in fragment and fragment.strip()
    assert "<html" in page


def test_trigger_merges_events():
    response = Response()
    trigger(response, "skillsChanged")
    trigger(response, "toast", {"message": "Saved"})
    assert json.loads(response.headers["HX-Trigger"]) == {
        "skillsChanged": None,
        "toast": {"message": "Saved"},
    }


REGION = {"HX-Request": "true"}


def test_written_gives_a_region_request_its_fragments_and_a_toast_per_message(app, db_session):
    from smatrx.htmx import written

    with app.test_request_context("/", method="POST", headers=REGION):
        answer = written(
            [("Saved.", "success"), ("Check the years.", "warning")],
            fragments=lambda: "<li id='row'>row</li>",
            back_to="/skills",
        )
    html = answer.get_data(as_text=True)
    assert answer.status_code == 200
    assert html.startswith("<li id='row'>row</li>")
    assert html.count('hx-swap-oob="beforeend:#toasts"') == 2
    assert 'class="flash flash-success toast" role="status"' in html
    assert 'class="flash flash-warning toast toast-sticky" role="alert"' in html


@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true", "HX-Boosted": "true"}])
def test_written_flashes_and_redirects_anything_else_without_rendering(app, headers):
    from flask import get_flashed_messages

    from smatrx.htmx import written

    def never() -> str:
        raise AssertionError("a redirect renders no fragment")

    with app.test_request_context("/", method="POST", headers=headers):
        answer = written("Saved.", fragments=never, back_to="/skills#us-1")
        assert get_flashed_messages(with_categories=True) == [("success", "Saved.")]
    assert answer.status_code == 302
    assert answer.headers["Location"] == "/skills#us-1"


def test_page_or_fragment_renders_only_what_is_sent(app):
    from smatrx.htmx import page_or_fragment

    def never() -> str:
        raise AssertionError("not rendered")

    with app.test_request_context("/", headers=REGION):
        assert page_or_fragment(never, lambda: "form", 422).get_data(as_text=True) == "form"
    with app.test_request_context("/"):
        answer = page_or_fragment(lambda: "page", never, 422)
    assert (answer.status_code, answer.get_data(as_text=True)) == (422, "page")


def test_redirect_to_uses_hx_redirect_for_every_htmx_request(app):
    from smatrx.htmx import redirect_to

    with app.test_request_context("/", headers={"HX-Request": "true", "HX-Boosted": "true"}):
        answer = redirect_to("/login", htmx_status=401)
    assert (answer.status_code, answer.headers["HX-Redirect"]) == (401, "/login")
    with app.test_request_context("/"):
        assert redirect_to("/login").status_code == 302


def test_the_toast_escapes_its_message(app):
    from smatrx.htmx import toast

    with app.test_request_context("/"):
        html = toast("<script>x</script>", "error", title="Oops", oob=False)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "hx-swap-oob" not in html and "<strong>Oops.</strong>" in html


def test_the_date_filter_writes_one_way_per_style():
    from datetime import datetime

    from smatrx.templating import format_date

    moment = datetime(2026, 12, 5, 18, 7)
    assert format_date(moment) == "5 Dec 2026"
    assert format_date(moment, "month") == "Dec 2026"
    assert format_date(moment, "time") == "5 Dec 2026, 18:07"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    ("seconds", "message"),
    [
        (240, "Too many attempts. Try again in 4 minutes."),
        (1, "Too many attempts. Try again in 1 second."),
        (None, "Too many attempts. Wait a little, then try again."),
    ],
)
def test_too_many_attempts_says_when_to_try_again(seconds, message):
    from smatrx.errors import rate_limit_message

    assert rate_limit_message(seconds) == message


def test_a_rate_limited_htmx_request_gets_the_message_for_its_form(app):
    from smatrx.errors import too_many_requests

    with app.test_request_context("/login", method="POST", headers={"HX-Request": "true"}):
        answer = too_many_requests(240)
    html = answer.get_data(as_text=True)
    assert answer.status_code == 429
    assert answer.headers["Retry-After"] == "240"
    # app.js puts it in the form that was sent; a request from no form keeps the toast.
    assert answer.headers["X-Rate-Limited"] == "true"
    assert (answer.headers["HX-Retarget"], answer.headers["HX-Reswap"]) == ("#toasts", "beforeend")
    assert "Too many attempts. Try again in 4 minutes." in html
    assert 'role="alert"' in html and "hx-swap-oob" not in html


def test_a_rate_limited_sign_in_says_how_long_to_wait(client, db_session, redis_conn):
    from tests.helpers import csrf_for

    token = csrf_for(client, "/login")
    data = {"csrf_token": token, "email": "ada@example.com", "password": "nope"}
    for _ in range(10):
        client.post("/login", data=data)
    answer = client.post("/login", data=data, headers={"HX-Request": "true"})
    assert answer.status_code == 429
    assert re.search(r"Too many attempts\. Try again in \d+ (seconds|minutes?)\.", answer.text)
    page = client.post("/login", data=data)
    assert page.status_code == 429
    assert "Too many attempts in a short time." in page.text and "Try again in" in page.text
