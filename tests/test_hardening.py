"""No 500 for hostile input or a missing database: NUL characters are refused at the
boundary for every route, the error page survives a failed transaction, and a database
that is away gives the site's 503 page."""

from __future__ import annotations

import io
import socket

import pytest
from sqlalchemy import text

from smatrx import create_app
from smatrx.extensions import db
from smatrx.input_guard import MESSAGE
from tests.conftest import make_test_env
from tests.helpers import HX, csrf_for, hold, profile_of


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "path",
    [
        "/skills/catalog?q=py%00thon",
        "/skills/catalog?tag=cloud%00",
        "/skills/catalog/py%00thon",
        "/skills/%00/edit",
        "/roles/backend%00",
        "/insights?x%00=1",
    ],
)
def test_a_nul_anywhere_in_a_get_is_refused_with_a_message(ada_client, path):
    response = ada_client.get(path)
    assert response.status_code == 400
    assert "NUL character" in response.get_data(as_text=True)


def test_a_nul_in_a_form_field_is_refused_and_nothing_is_saved(ada_client, ada):
    token = csrf_for(ada_client, "/profile")
    response = ada_client.post(
        "/profile/about",
        data={"title": "Staff\x00Engineer"},
        headers={**HX, "X-CSRFToken": token},
    )
    assert response.status_code == 400
    assert response.headers["HX-Retarget"] == "#toasts"  # an HTMX form gets a toast
    assert profile_of(ada).title is None


def test_a_nul_in_an_upload_name_is_refused(ada_client):
    token = csrf_for(ada_client, "/imports")
    response = ada_client.post(
        "/imports/resume",
        data={"csrf_token": token, "file": (io.BytesIO(b"Python developer"), "cv\x00.txt")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert MESSAGE.split(",")[0] in response.get_data(as_text=True)


def test_the_error_page_renders_after_a_failed_statement(test_env, tmp_path, ada, db_session):
    app = create_app(env=test_env)

    @app.get("/_fails_in_the_database")
    def fails() -> str:
        db.session.execute(text("SELECT 1 / 0"))
        return "unreachable"

    client = app.test_client()
    response = client.get("/_fails_in_the_database")

    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert "Something went wrong" in html and 'class="site-header"' in html  # the site's page


def test_a_database_that_is_away_gives_the_503_page(test_env, tmp_path):
    env = make_test_env(
        f"postgresql://nobody:secret@127.0.0.1:{_closed_port()}/nope",
        test_env["REDIS_URL"],
        tmp_path,
    )
    app = create_app(env=env, overrides={"RATELIMIT_STORAGE_URI": test_env["REDIS_URL"]})
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = "some-session-token"  # a signed-in visit: the user is loaded

    response = client.get("/home")

    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    html = response.get_data(as_text=True)
    assert "Briefly unavailable" in html and "secret" not in html


def test_skills_still_work_after_a_refused_request(ada_client, ada):
    hold(ada, "python")
    assert ada_client.get("/skills/catalog?q=%00").status_code == 400
    assert ada_client.get("/skills").status_code == 200


def test_a_file_over_the_limit_is_answered_on_its_form(app, ada_client):
    limit = app.config["MAX_CONTENT_LENGTH"]
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024
    try:
        token = csrf_for(ada_client, "/imports")
        page = ada_client.get("/imports").get_data(as_text=True)
        response = ada_client.post(
            "/imports/resume",
            data={
                "csrf_token": token,
                "resume-file": (io.BytesIO(b"x" * (2 * 1024 * 1024)), "cv.txt"),
            },
            content_type="multipart/form-data",
        )
    finally:
        app.config["MAX_CONTENT_LENGTH"] = limit
    assert "Up to 1 MB." in page and 'data-max-bytes="1048576"' in page
    assert response.status_code == 413
    html = response.get_data(as_text=True)
    assert "larger than 1 MB, the most this server accepts" in html
    assert 'class="field-error"' in html and "Import my résumé" in html  # the form, in place
