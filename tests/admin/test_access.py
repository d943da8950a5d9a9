"""Every admin route: members get 403, anonymous visitors the sign-in page, and a write
without its CSRF token a 400, before anything changes."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import unquote

import pytest

from smatrx.auth import tokens
from smatrx.auth.services import INVITE
from smatrx.extensions import db
from smatrx.models import User
from tests.helpers import csrf_for, csrf_from

# (method, path template): {user}, {invite}, {skill}, {category}, {role}, {requirement}
# and {job}
# are filled with real ids.
ADMIN_ROUTES = [
    ("GET", "/admin/users"),
    ("GET", "/admin/invites"),
    ("POST", "/admin/invites"),
    ("POST", "/admin/invites/{invite}/revoke"),
    ("POST", "/admin/users/{user}/role"),
    ("POST", "/admin/users/{user}/deactivate"),
    ("POST", "/admin/users/{user}/reactivate"),
    ("POST", "/admin/users/{user}/sessions/end"),
    ("GET", "/admin/catalog"),
    ("GET", "/admin/catalog/skills/new"),
    ("POST", "/admin/catalog/skills/new"),
    ("GET", "/admin/catalog/skills/{skill}/edit"),
    ("POST", "/admin/catalog/skills/{skill}/edit"),
    ("POST", "/admin/catalog/skills/{skill}/retire"),
    ("POST", "/admin/catalog/skills/{skill}/unretire"),
    ("POST", "/admin/catalog/skills/{skill}/publish"),
    ("POST", "/admin/catalog/skills/{skill}/delete"),
    ("GET", "/admin/catalog/skills/{skill}/merge"),
    ("POST", "/admin/catalog/skills/{skill}/merge"),
    ("GET", "/admin/catalog/categories"),
    ("POST", "/admin/catalog/categories"),
    ("GET", "/admin/catalog/categories/{category}/edit"),
    ("POST", "/admin/catalog/categories/{category}/edit"),
    ("GET", "/admin/roles"),
    ("GET", "/admin/roles/new"),
    ("POST", "/admin/roles/new"),
    ("GET", "/admin/roles/{role}"),
    ("POST", "/admin/roles/{role}"),
    ("GET", "/admin/roles/{role}/delete"),
    ("POST", "/admin/roles/{role}/delete"),
    ("GET", "/admin/roles/{role}/requirements/suggest"),
    ("POST", "/admin/roles/{role}/requirements"),
    ("POST", "/admin/roles/{role}/requirements/{requirement}"),
    ("POST", "/admin/roles/{role}/requirements/{requirement}/remove"),
    ("GET", "/admin/audit"),
    ("GET", "/admin/system"),
    ("POST", "/admin/system/jobs/{job}/retry"),
    ("POST", "/admin/system/jobs/{job}/delete"),
]
POST_ROUTES = [route for route in ADMIN_ROUTES if route[0] == "POST"]
FORM_DATA = {"role": "admin", "email": "new.person@example.com"}


@pytest.fixture
def invite(app, db_session, admin):
    link = tokens.issue_link(
        INVITE, "pending@example.com", timedelta(days=7), created_by_id=admin.id
    )
    db.session.commit()
    return link.row


def _path(template, member, invite):
    from sqlalchemy import select

    from smatrx.models import CareerRole, RoleSkill, Skill

    skill = db.session.scalar(select(Skill).where(Skill.slug == "python"))
    role = db.session.scalar(select(CareerRole).where(CareerRole.slug == "data-engineer"))
    requirement = db.session.scalar(
        select(RoleSkill).where(RoleSkill.role_id == role.id).order_by(RoleSkill.id).limit(1)
    )
    return template.format(
        user=member.id,
        invite=invite.id,
        skill=skill.id,
        category=skill.category_id,
        role=role.id,
        requirement=requirement.id,
        job="no-such-job",
    )


def test_the_list_covers_every_admin_route(app):
    """A new admin route must be added to ADMIN_ROUTES, so its access is tested."""
    registered = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("admin."):
            path = (
                rule.rule.replace("<user_id>", "{user}")
                .replace("<invite_id>", "{invite}")
                .replace("<skill_id>", "{skill}")
                .replace("<category_id>", "{category}")
                .replace("<role_id>", "{role}")
                .replace("<requirement_id>", "{requirement}")
                .replace("<job_id>", "{job}")
            )
            registered.update((method, path) for method in rule.methods - {"HEAD", "OPTIONS"})
    assert registered == set(ADMIN_ROUTES)


@pytest.mark.parametrize(("method", "template"), ADMIN_ROUTES)
def test_members_are_forbidden(member_client, member, admin, invite, method, template):
    path = _path(template, member, invite)
    if method == "GET":
        response = member_client.get(path)
    else:
        token = csrf_for(member_client)
        response = member_client.post(path, data={"csrf_token": token, **FORM_DATA})
    assert response.status_code == 403
    db.session.expire_all()
    assert db.session.get(User, member.id).role == "member"
    assert db.session.get(User, member.id).is_active
    assert invite.used_at is None


@pytest.mark.parametrize(("method", "template"), ADMIN_ROUTES)
def test_anonymous_visitors_are_sent_to_sign_in(client, member, invite, method, template):
    path = _path(template, member, invite)
    if method == "GET":
        response = client.get(path)
    else:
        token = csrf_from(client.get("/login").get_data(as_text=True))
        response = client.post(path, data={"csrf_token": token, **FORM_DATA})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")
    if method == "GET":
        assert unquote(response.headers["Location"]) == f"/login?next={path}"


def test_an_htmx_request_from_an_expired_session_is_redirected_not_swapped(client, member):
    response = client.get("/admin/users", headers={"HX-Request": "true"})
    assert response.status_code == 401
    assert response.headers["HX-Redirect"].startswith("/login")


@pytest.mark.parametrize(("method", "template"), POST_ROUTES)
def test_a_write_without_its_csrf_token_is_refused(admin_client, member, invite, method, template):
    response = admin_client.post(_path(template, member, invite), data=FORM_DATA)
    assert response.status_code == 400
    assert "Reload the page and try again" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, member.id).role == "member"
    assert db.session.get(User, member.id).is_active
    assert invite.used_at is None


@pytest.mark.parametrize(
    "path",
    [
        "/admin/users/no-such-user/role",
        "/admin/users/no-such-user/deactivate",
        "/admin/users/no-such-user/reactivate",
        "/admin/users/no-such-user/sessions/end",
        "/admin/invites/no-such-invite/revoke",
    ],
)
def test_unknown_ids_are_not_found(admin_client, path):
    token = csrf_for(admin_client)
    response = admin_client.post(path, data={"csrf_token": token, "role": "member"})
    assert response.status_code == 404
