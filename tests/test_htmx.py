"""HTMX helpers: a region request gets the block, everything else the whole page."""

from __future__ import annotations

import json

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
