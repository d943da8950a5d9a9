"""The users list (search, pages, no N+1) and its row actions (role, deactivate,
reactivate, end sessions), with the last-admin rules."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from smatrx.admin.users import services
from smatrx.admin.users.services import AdminActionRefused
from smatrx.extensions import db
from smatrx.models import Session, User
from smatrx.models.base import escape_like, utcnow
from smatrx.templating import format_date
from tests.helpers import PASSWORD, csrf_for, make_user, sign_in

ROW = re.compile(r'<tr id="user-([^"]+)"')


def _rows(html):
    return ROW.findall(html)


def _post(client, path, **data):
    token = csrf_for(client, "/admin/users")
    return client.post(path, data={"csrf_token": token, **data})


def _reload(user):
    db.session.expire_all()
    return db.session.get(User, user.id)


def _sessions_of(user):
    return db.session.scalar(
        select(func.count()).select_from(Session).where(Session.user_id == user.id)
    )


# The list ---------------------------------------------------------------------------


def test_the_list_shows_each_person_with_their_state(app, admin_client, admin, member):
    make_user("vera@example.com", "verifier", name="Vera Verifier", verified=False)
    make_user("gone@example.com", deactivated=True)
    member_browser = app.test_client()
    sign_in(member_browser, member.email)

    response = admin_client.get("/admin/users")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<h1>Users</h1>" in html
    assert "4</strong> users in total" in html
    assert 'href="/admin/invites#invite"' in html and "Invite someone" in html
    row = html[html.index(f'id="user-{member.id}"') :].split("</tr>")[0]
    assert "Mo Member" in row and "mo@example.com" in row
    assert 'title="Email address verified"' in row and ">Member<" in row and ">Active<" in row
    assert '<span class="sessions-count">1</span>' in row
    assert format_date(utcnow()) in row
    vera = html[html.index("vera@example.com") :].split("</tr>")[0]
    assert "Unverified" in vera and ">Verifier<" in vera
    gone = html[html.index("gone@example.com") :].split("</tr>")[0]
    assert "Deactivated" in gone and "Reactivate" in gone
    # Every per-row control is labelled.
    assert (
        f'<label for="role-{member.id}" class="visually-hidden">Role of Mo Member</label>' in html
    )


def test_expired_sessions_are_not_counted(admin_client, admin, member):
    now = utcnow()
    db.session.add(
        Session(session_token="x" * 64, user_id=member.id, expires=now - timedelta(minutes=1))
    )
    db.session.commit()
    html = admin_client.get("/admin/users").get_data(as_text=True)
    row = html[html.index(f'id="user-{member.id}"') :].split("</tr>")[0]
    assert '<span class="sessions-count">0</span>' in row


def test_search_matches_name_or_email_in_any_case(admin_client, admin):
    smith = make_user("jo@example.com", name="Jo SMITH")
    by_email = make_user("smithers@example.com")
    other = make_user("kim@example.com", name="Kim Lee")

    found = _rows(admin_client.get("/admin/users?q=smith").get_data(as_text=True))
    assert set(found) == {smith.id, by_email.id}
    assert other.id not in found
    found = _rows(admin_client.get("/admin/users?q=KIM%40EXAMPLE").get_data(as_text=True))
    assert found == [other.id]


def test_search_treats_percent_and_underscore_as_text(admin_client, admin):
    percent = make_user("pat@example.com", name="100% sure")
    underscore = make_user("under_score@example.com")
    make_user("plain@example.com", name="Plain Person")

    assert _rows(admin_client.get("/admin/users?q=%25").get_data(as_text=True)) == [percent.id]
    assert _rows(admin_client.get("/admin/users?q=_").get_data(as_text=True)) == [underscore.id]
    assert escape_like(r"a%b_c\d") == r"a\%b\_c\\d"


def test_a_search_that_finds_nobody_says_so(admin_client, admin):
    html = admin_client.get("/admin/users?q=nobody-here").get_data(as_text=True)
    assert "No user matches “nobody-here”" in html
    assert "0</strong> users match" in html


def test_pages_of_25_keep_the_search(admin_client, admin):
    people = [make_user(f"person{i:02d}@example.com") for i in range(30)]

    first = admin_client.get("/admin/users?q=person").get_data(as_text=True)
    assert len(_rows(first)) == 25
    assert "30</strong> users match" in first
    assert "Page 1 of 2" in first
    assert 'href="/admin/users?q=person&amp;page=2"' in first

    second = admin_client.get("/admin/users?q=person&page=2").get_data(as_text=True)
    assert len(_rows(second)) == 5
    assert "Page 2 of 2" in second
    assert 'href="/admin/users?q=person"' in second  # back to page 1, search kept
    assert set(_rows(first)) | set(_rows(second)) == {p.id for p in people}
    # Each row's forms come back to this page of this search.
    assert 'name="next" value="/admin/users?q=person&amp;page=2"' in second


@pytest.mark.parametrize("page", ["99", "0", "-3", "two"])
def test_a_page_out_of_range_shows_the_nearest_page(admin_client, admin, page):
    response = admin_client.get(f"/admin/users?page={page}")
    assert response.status_code == 200
    assert _rows(response.get_data(as_text=True)) == [admin.id]


def test_the_page_runs_the_same_statements_for_3_users_as_for_30(
    app, admin_client, admin, statement_counter
):
    """No N+1: the rows and their session counts come from one query (plus the total)."""

    def statements_for_the_list():
        statement_counter.reset()
        assert admin_client.get("/admin/users").status_code == 200
        return statement_counter.count

    for i in range(2):
        user = make_user(f"few{i}@example.com")
        sign_in(app.test_client(), user.email)
    few = statements_for_the_list()
    for i in range(27):
        user = make_user(f"many{i}@example.com")
        if i % 3 == 0:
            sign_in(app.test_client(), user.email)
    many = statements_for_the_list()
    print(f"statements: 3 users -> {few}, 30 users -> {many}")
    assert few == many
    assert many <= 3  # the signed-in session, the total, the rows


# Roles ------------------------------------------------------------------------------


def test_an_admin_grants_and_revokes_roles(admin_client, admin, member):
    response = _post(admin_client, f"/admin/users/{member.id}/role", role="verifier")
    assert response.status_code == 302
    assert _reload(member).role == "verifier"
    page = admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Mo Member is now a verifier." in page

    _post(admin_client, f"/admin/users/{member.id}/role", role="admin")
    assert _reload(member).role == "admin"
    _post(admin_client, f"/admin/users/{member.id}/role", role="member")
    assert _reload(member).role == "member"


def test_a_write_returns_to_the_same_search_and_page(admin_client, admin, member):
    response = _post(
        admin_client,
        f"/admin/users/{member.id}/role",
        role="verifier",
        next="/admin/users?q=mo&page=2",
    )
    assert response.headers["Location"] == "/admin/users?q=mo&page=2"


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/x", ""])
def test_a_foreign_next_address_is_ignored(admin_client, admin, member, next_url):
    response = _post(admin_client, f"/admin/users/{member.id}/role", role="verifier", next=next_url)
    assert response.headers["Location"] == "/admin/users"


@pytest.mark.parametrize("role", ["owner", "", "ADMIN"])
def test_an_unknown_role_is_refused_without_a_change(admin_client, admin, member, role):
    response = _post(admin_client, f"/admin/users/{member.id}/role", role=role)
    assert response.status_code == 400
    assert "Choose" in response.get_data(as_text=True)
    assert _reload(member).role == "member"


def test_the_only_admin_cannot_demote_themselves(admin_client, admin, member):
    response = _post(admin_client, f"/admin/users/{admin.id}/role", role="member")
    assert response.status_code == 302
    assert _reload(admin).role == "admin"
    page = admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "You are the only active admin" in page
    assert "flash-error" in page


def test_a_deactivated_admin_does_not_count_as_another_admin(admin_client, admin):
    make_user("old.admin@example.com", "admin", deactivated=True)
    _post(admin_client, f"/admin/users/{admin.id}/role", role="verifier")
    assert _reload(admin).role == "admin"


def test_an_admin_can_step_down_when_another_admin_remains(admin_client, admin):
    make_user("second.admin@example.com", "admin")
    response = _post(admin_client, f"/admin/users/{admin.id}/role", role="member")
    assert response.status_code == 302
    assert response.headers["Location"] == "/account"
    assert _reload(admin).role == "member"
    assert "You are now a member." in admin_client.get("/account").get_data(as_text=True)
    assert admin_client.get("/admin/users").status_code == 403


def test_the_last_admin_rule_holds_for_any_actor(db_session, admin, member):
    """What a second admin racing the first would meet: with the admin rows locked, the
    count is of what is committed, and the only active admin stays."""
    with pytest.raises(AdminActionRefused, match="only active admin"):
        services.change_role(member, admin, "member")
    with pytest.raises(AdminActionRefused, match="only active admin"):
        services.deactivate(member, admin)
    assert _reload(admin).role == "admin"
    assert _reload(admin).is_active


# Deactivate, reactivate, end sessions -----------------------------------------------


def test_deactivation_signs_the_person_out_and_keeps_them_out(
    admin_client, admin, member, member_client
):
    assert member_client.get("/account").status_code == 200
    response = _post(admin_client, f"/admin/users/{member.id}/deactivate")
    assert response.status_code == 302
    assert _reload(member).deactivated_at is not None
    assert _sessions_of(member) == 0
    page = admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Mo Member is deactivated and signed out everywhere." in page

    after = member_client.get("/account")
    assert after.status_code == 302
    assert after.headers["Location"].startswith("/login")
    refused = sign_in(member_client, member.email)
    assert refused.status_code == 422
    assert "do not match an active account" in refused.get_data(as_text=True)


def test_an_admin_cannot_deactivate_themselves(admin_client, admin):
    response = _post(admin_client, f"/admin/users/{admin.id}/deactivate")
    assert response.status_code == 302
    assert _reload(admin).is_active
    page = admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "You cannot deactivate your own account." in page


def test_reactivation_lets_the_person_sign_in_again(app, admin_client, admin):
    person = make_user("back@example.com", name="Bea Back", deactivated=True)
    response = _post(admin_client, f"/admin/users/{person.id}/reactivate")
    assert response.status_code == 302
    assert _reload(person).deactivated_at is None
    assert "Bea Back can sign in again." in admin_client.get("/admin/users").get_data(as_text=True)
    assert sign_in(app.test_client(), person.email, PASSWORD).status_code == 302


def test_repeating_a_write_changes_nothing_and_says_so(admin_client, admin, member):
    _post(admin_client, f"/admin/users/{member.id}/reactivate")
    assert "Mo Member was already active." in admin_client.get("/admin/users").get_data(
        as_text=True
    )
    _post(admin_client, f"/admin/users/{member.id}/role", role="member")
    assert "Mo Member is already a member." in admin_client.get("/admin/users").get_data(
        as_text=True
    )


def test_ending_sessions_signs_the_person_out_everywhere(
    app, admin_client, admin, member, member_client
):
    second_browser = app.test_client()
    sign_in(second_browser, member.email)
    assert _sessions_of(member) == 2

    response = _post(admin_client, f"/admin/users/{member.id}/sessions/end")
    assert response.status_code == 302
    assert _sessions_of(member) == 0
    assert _reload(member).is_active
    assert member_client.get("/account").status_code == 302
    assert second_browser.get("/account").status_code == 302
    page = admin_client.get("/admin/users").get_data(as_text=True)
    assert "Signed Mo Member out of 2 sessions." in page


def test_ending_your_own_sessions_keeps_this_one(app, admin_client, admin):
    other_browser = app.test_client()
    sign_in(other_browser, admin.email)
    _post(admin_client, f"/admin/users/{admin.id}/sessions/end")
    assert _sessions_of(admin) == 1
    assert admin_client.get("/admin/users").status_code == 200
    assert other_browser.get("/account").status_code == 302


# HTMX -------------------------------------------------------------------------------

HTMX = {"HX-Request": "true", "HX-Current-URL": "http://localhost/admin/users"}


def test_an_htmx_write_returns_the_row_and_a_toast(admin_client, admin, member):
    token = csrf_for(admin_client, "/admin/users")
    response = admin_client.post(
        f"/admin/users/{member.id}/role",
        data={"csrf_token": token, "role": "verifier", "next": "/admin/users?q=mo"},
        headers=HTMX,
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith(f'<tr id="user-{member.id}"')
    assert ">Verifier<" in html
    assert 'name="next" value="/admin/users?q=mo"' in html
    assert 'hx-swap-oob="beforeend:#toasts"' in html
    assert "Mo Member is now a verifier." in html
    assert "<html" not in html


def test_an_htmx_refusal_returns_the_unchanged_row_and_an_error(admin_client, admin):
    token = csrf_for(admin_client, "/admin/users")
    response = admin_client.post(
        f"/admin/users/{admin.id}/role",
        data={"csrf_token": token, "role": "member"},
        headers=HTMX,
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert ">Admin<" in html
    # Said once, in the row under its controls: not again as a toast (issue 21).
    assert html.count("You are the only active admin") == 1
    assert "toast" not in html


def test_the_role_is_one_control_saved_on_change_with_save_for_pages_without_js(
    admin_client, admin, member
):
    html = admin_client.get("/admin/users").get_data(as_text=True)
    row = html[html.index(f'id="user-{member.id}"') :].split("</tr>")[0]
    role_form = row[row.index('class="role-form"') :].split("</form>")[0]
    assert 'hx-trigger="change"' in role_form
    assert re.search(
        r'<button type="submit"[^>]*class="[^"]*role-save"[^>]*>Save</button>', role_form
    )
    assert "hx-confirm" not in role_form  # only one's own row asks first
    mine = html[html.index(f'id="user-{admin.id}"') :].split("</tr>")[0]
    assert 'hx-confirm="Change your own role?' in mine


def test_an_htmx_refusal_says_why_in_the_row(admin_client, admin):
    token = csrf_for(admin_client, "/admin/users")
    response = admin_client.post(
        f"/admin/users/{admin.id}/role",
        data={"csrf_token": token, "role": "verifier"},
        headers=HTMX,
    )
    row = response.get_data(as_text=True).split("</tr>")[0]
    assert f'aria-describedby="user-{admin.id}-error"' in row
    error = f'<p class="field-error row-error" id="user-{admin.id}-error">'
    assert error + "You are the only active admin" in row
    assert '<option value="admin" selected>' in row  # the select shows what is stored


def test_a_saved_role_comes_back_without_an_error_in_the_row(admin_client, admin, member):
    token = csrf_for(admin_client, "/admin/users")
    response = admin_client.post(
        f"/admin/users/{member.id}/role",
        data={"csrf_token": token, "role": "verifier"},
        headers=HTMX,
    )
    row = response.get_data(as_text=True).split("</tr>")[0]
    assert "row-error" not in row
    assert '<span class="badge badge-info">Verifier</span>' in row
    assert '<option value="verifier" selected>' in row


def test_an_htmx_step_down_sends_the_browser_to_the_account_page(admin_client, admin):
    make_user("second.admin@example.com", "admin")
    token = csrf_for(admin_client, "/admin/users")
    response = admin_client.post(
        f"/admin/users/{admin.id}/role",
        data={"csrf_token": token, "role": "verifier"},
        headers=HTMX,
    )
    assert response.headers["HX-Redirect"] == "/account"
    assert _reload(admin).role == "verifier"


@pytest.mark.parametrize("path", ["/admin/users", "/admin/invites"])
def test_element_ids_are_unique_so_every_label_points_at_one_control(
    admin_client, admin, member, path
):
    make_user("second@example.com", deactivated=True)
    html = admin_client.get(path).get_data(as_text=True)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    for target in re.findall(r'<label for="([^"]+)"', html):
        assert target in ids
