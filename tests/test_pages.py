"""The landing page and the error pages, in the site's layout."""

from __future__ import annotations

import pytest
from flask import abort
from werkzeug.exceptions import TooManyRequests

from smatrx import create_app
from tests.conftest import make_test_env


def test_landing_page_says_what_smatrx_does(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<title>" in html and "SMATRX" in html
    assert "skills matrix" in html.lower()
    assert "static/js/htmx.min.js" in html
    assert 'hx-headers=\'{"X-CSRFToken"' in html
    # The token of the page shown: a boosted navigation keeps <body>'s attributes.
    assert 'id="main"' in html and 'data-csrf="' in html
    assert "HX-Request" in response.headers["Vary"]


def test_htmx_is_vendored_not_fetched_from_a_cdn(client):
    html = client.get("/").get_data(as_text=True)
    assert "unpkg.com" not in html and "cdn" not in html.lower()
    script = client.get("/static/js/htmx.min.js")
    assert script.status_code == 200
    assert b"htmx" in script.data


def test_unknown_page_gives_the_404_page(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert "Page not found" in html
    assert 'href="/"' in html


def _too_many():
    raise TooManyRequests(retry_after=30)


@pytest.fixture(scope="module")
def failing_app(test_env, tmp_path_factory):
    """An app with routes that fail on purpose (routes must exist before the first request)."""
    env = make_test_env(
        test_env["DATABASE_URL"], test_env["REDIS_URL"], tmp_path_factory.mktemp("errors")
    )
    application = create_app(env=env)
    application.add_url_rule("/__test/boom", "boom", lambda: 1 / 0)
    application.add_url_rule("/__test/abort/<int:code>", "abort_with", lambda code: abort(code))
    application.add_url_rule("/__test/too-many", "too_many", _too_many)
    application.add_url_rule("/__test/upload", "upload", lambda: "ok", methods=["POST"])
    return application


@pytest.fixture
def client(failing_app):
    return failing_app.test_client()


def test_unexpected_error_gives_the_500_page_and_logs_it(client, caplog):
    response = client.get("/__test/boom")
    assert response.status_code == 500
    assert "Something went wrong" in response.get_data(as_text=True)
    assert any("unhandled error" in record.message for record in caplog.records)


@pytest.mark.parametrize(
    ("code", "title"),
    [(400, "Bad request"), (403, "Forbidden"), (404, "Page not found"), (413, "File too large")],
)
def test_error_pages_share_the_layout(client, code, title):
    response = client.get(f"/__test/abort/{code}")
    assert response.status_code == code
    html = response.get_data(as_text=True)
    assert title in html
    assert 'class="site-footer"' in html or "<footer" in html


def test_too_many_requests_page_says_when_to_retry(client):
    response = client.get("/__test/too-many")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "30"
    assert "Try again in 30 seconds" in response.get_data(as_text=True)


def test_htmx_region_request_gets_an_error_toast_not_a_page(client):
    response = client.get("/__test/boom", headers={"HX-Request": "true"})
    assert response.status_code == 500
    assert response.headers["HX-Retarget"] == "#toasts"
    assert response.headers["HX-Reswap"] == "beforeend"
    html = response.get_data(as_text=True)
    assert "<html" not in html and "Something went wrong" in html


def test_boosted_navigation_to_a_missing_page_loads_it_for_real(client):
    response = client.get("/missing?x=1", headers={"HX-Request": "true", "HX-Boosted": "true"})
    assert response.status_code == 404
    assert response.headers["HX-Redirect"] == "/missing?x=1"


def test_a_post_without_csrf_token_is_refused_with_a_clear_page(client):
    response = client.post("/__test/upload", data={"x": "1"})
    assert response.status_code == 400
    assert "Reload the page" in response.get_data(as_text=True)


def test_an_oversized_upload_gets_the_413_page(client, failing_app):
    limit = failing_app.config["MAX_CONTENT_LENGTH"]
    response = client.post(
        "/__test/upload",
        data=b"x" * (limit + 1),
        headers={"Content-Type": "application/octet-stream"},
    )
    assert response.status_code == 413
    html = response.get_data(as_text=True)
    assert "File too large" in html
    assert "larger than 10 MB" in html
