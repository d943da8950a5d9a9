"""CSRF on every state change (HTMX included) and rate limits on Redis."""

from __future__ import annotations

from tests.helpers import csrf_for, make_user, sign_in


def test_a_form_without_its_csrf_token_is_refused(client, db_session):
    make_user("ada@example.com")
    response = client.post(
        "/login", data={"email": "ada@example.com", "password": "correct horse battery staple"}
    )
    assert response.status_code == 400
    assert "Reload the page" in response.get_data(as_text=True)


def test_an_htmx_request_needs_the_header_token(client, db_session):
    make_user("ada@example.com")
    sign_in(client, "ada@example.com")
    bare = client.post("/account/name", data={"name-name": "X"}, headers={"HX-Request": "true"})
    assert bare.status_code == 400
    assert bare.headers["HX-Retarget"] == "#toasts"
    token = csrf_for(client, "/account")
    ok = client.post(
        "/account/name",
        data={"name-name": "X"},
        headers={"HX-Request": "true", "X-CSRFToken": token},
    )
    assert ok.status_code == 302


def test_sign_in_is_rate_limited_with_a_page_that_says_when(client, db_session, redis_conn):
    make_user("ada@example.com")
    token = csrf_for(client, "/login")
    statuses = []
    for _ in range(11):
        response = client.post(
            "/login", data={"csrf_token": token, "email": "ada@example.com", "password": "nope"}
        )
        statuses.append(response.status_code)
    assert statuses[:10] == [422] * 10
    assert statuses[10] == 429
    html = response.get_data(as_text=True)
    assert "Too many requests" in html
    assert "Try again in" in html
    assert int(response.headers["Retry-After"]) > 0
    assert redis_conn.keys("LIMITS*")


def test_registration_and_mail_forms_are_rate_limited(client, db_session):
    token = csrf_for(client, "/reset")
    codes = [
        client.post("/reset", data={"csrf_token": token, "email": "x@example.com"}).status_code
        for _ in range(4)
    ]
    assert codes == [200, 200, 200, 429]
