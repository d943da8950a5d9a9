"""Career roles administration: who may use it, the list, creating, editing and deleting a
role. The requirement lists are in test_role_requirements.py."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.models import CareerGoal, CareerRole, Profile, RoleSkill
from smatrx.models.base import utcnow
from tests.admin.roles_helpers import make_role, post, requirements, role_by_slug
from tests.helpers import HX, csrf_for, csrf_from, make_user, sign_in

ROW = re.compile(r'<tr id="role-([^"]+)"')


def _routes(role_id: str, requirement_id: str) -> list[tuple[str, str]]:
    base = f"/admin/roles/{role_id}"
    return [
        ("get", "/admin/roles"),
        ("get", "/admin/roles/new"),
        ("post", "/admin/roles/new"),
        ("get", base),
        ("post", base),
        ("get", f"{base}/delete"),
        ("post", f"{base}/delete"),
        ("get", f"{base}/requirements/suggest?q=python"),
        ("post", f"{base}/requirements"),
        ("post", f"{base}/requirements/{requirement_id}"),
        ("post", f"{base}/requirements/{requirement_id}/remove"),
    ]


def _first_requirement(role: CareerRole) -> RoleSkill:
    return db.session.scalar(
        select(RoleSkill).where(RoleSkill.role_id == role.id).order_by(RoleSkill.id).limit(1)
    )


# Access -------------------------------------------------------------------------------


def test_members_and_verifiers_get_403_and_anonymous_people_sign_in(app, client, member_client):
    role = role_by_slug()
    requirement = _first_requirement(role)
    before = requirements(role.id)
    verifier = make_user("vera@example.com", "verifier")
    verifier_client = app.test_client()
    sign_in(verifier_client, verifier.email)
    tokens = {
        member_client: csrf_for(member_client, "/account"),
        verifier_client: csrf_for(verifier_client, "/account"),
    }
    data = {"title": "Hacked", "importance": "bonus", "min_level": "expert", "weight": "1"}
    data |= {"skill_id": requirement.skill_id, "confirm_goals": "y"}
    for method, path in _routes(role.id, requirement.id):
        for signed_in, token in tokens.items():
            for headers in (None, HX):
                answer = getattr(signed_in, method)(
                    path, data={"csrf_token": token, **data}, headers=headers
                )
                assert answer.status_code == 403, (method, path)
        anonymous = {"csrf_token": csrf_from(client.get("/login").get_data(as_text=True))}
        answer = getattr(client, method)(path, data=anonymous | data)
        assert answer.status_code == 302 and "/login" in answer.headers["Location"], path
    db.session.expire_all()
    role = role_by_slug()
    assert role.title == "Data Engineer" and role.requirements_edited_at is None
    assert requirements(role.id) == before


def test_admins_reach_every_page(admin_client):
    role = role_by_slug()
    requirement = _first_requirement(role)
    for method, path in _routes(role.id, requirement.id):
        if method == "get":
            headers = HX if "/suggest" in path else None
            assert admin_client.get(path, headers=headers).status_code == 200, path
    # Every write answers an admin (what each does is tested below): never 403 or 404.
    writes = [
        ("/admin/roles/new", {"title": "Quantum Engineer"}),
        (f"/admin/roles/{role.id}", {"title": "Data Engineer", "description": "Pipes."}),
        (
            f"/admin/roles/{role.id}/requirements/{requirement.id}",
            {"importance": "bonus", "min_level": "expert", "weight": "1"},
        ),
        (f"/admin/roles/{role.id}/requirements/{requirement.id}/remove", {}),
        (f"/admin/roles/{role.id}/delete", {}),
    ]
    for path, data in writes:
        assert post(admin_client, path, data).status_code == 302, path


def test_unknown_and_foreign_ids_are_not_found(admin_client):
    role = role_by_slug()
    other = role_by_slug("data-scientist")
    foreign = _first_requirement(other)
    for method, path in _routes("nope", "nope"):
        if "/roles/nope" not in path:
            continue
        token = csrf_for(admin_client, "/admin/roles")
        answer = getattr(admin_client, method)(path, data={"csrf_token": token})
        assert answer.status_code == 404, path
    # Another role's requirement under this role's address: not found, not changed.
    for path in (
        f"/admin/roles/{role.id}/requirements/{foreign.id}",
        f"/admin/roles/{role.id}/requirements/{foreign.id}/remove",
    ):
        data = {"importance": "bonus", "min_level": "expert", "weight": "1"}
        assert post(admin_client, path, data).status_code == 404
        assert post(admin_client, path, data, htmx=True).status_code == 404
    db.session.expire_all()
    assert db.session.get(RoleSkill, foreign.id).importance == foreign.importance
    assert role_by_slug().requirements_edited_at is None


def test_the_nav_has_a_roles_tab(admin_client):
    for path in ("/admin/roles", f"/admin/roles/{role_by_slug().id}", "/admin/roles/new"):
        html = admin_client.get(path).get_data(as_text=True)
        assert '<a href="/admin/roles" aria-current="page">Roles</a>' in html, path
    users = admin_client.get("/admin/users").get_data(as_text=True)
    assert '<a href="/admin/roles">Roles</a>' in users


# The list -----------------------------------------------------------------------------


def _target(user, title):
    profile = db.session.scalar(select(Profile).where(Profile.user_id == user.id))
    profile.target_role = title
    db.session.commit()


def test_the_list_counts_requirements_people_and_marks_edited_roles(admin_client):
    engineer = role_by_slug()
    _target(make_user("a@example.com"), "data engineer")
    _target(make_user("b@example.com"), "  DATA ENGINEER ")
    _target(make_user("c@example.com"), "Data Engineers")  # another title
    engineer.requirements_edited_at = utcnow()
    retired = db.session.scalars(
        select(RoleSkill).where(RoleSkill.role_id == engineer.id).order_by(RoleSkill.id)
    ).first()
    retired.skill.retired_at = utcnow()
    db.session.commit()
    total = len(requirements(engineer.id))

    html = admin_client.get("/admin/roles?q=engineer").get_data(as_text=True)
    row = html[html.index(f'id="role-{engineer.id}"') :].split("</tr>")[0]
    assert f'data-label="Requirements" class="num">{total}' in row
    assert "(1 retired)" in row
    assert 'data-label="People" class="num">2<' in row
    assert ">Edited here<" in row
    scientist = role_by_slug("data-scientist")
    html = admin_client.get("/admin/roles?q=scientist").get_data(as_text=True)
    row = html[html.index(f'id="role-{scientist.id}"') :].split("</tr>")[0]
    assert "Edited here" not in row and 'data-label="People" class="num">0<' in row


def test_the_list_searches_titles_and_pages(admin_client):
    html = admin_client.get("/admin/roles?q=DATA").get_data(as_text=True)
    titles = {
        role.id: role.title
        for role in db.session.scalars(select(CareerRole).order_by(func.lower(CareerRole.title)))
        if "data" in role.title.lower()
    }
    assert ROW.findall(html) == list(titles)  # by title
    assert {"Data Engineer", "Data Scientist", "Database Administrator"} <= set(titles.values())
    assert f"<strong>{len(titles)}</strong> roles matching “DATA”" in html
    everything = admin_client.get("/admin/roles").get_data(as_text=True)
    shipped = db.session.scalar(select(func.count()).select_from(CareerRole))
    assert len(ROW.findall(everything)) == min(25, shipped)
    if shipped > 25:
        second = admin_client.get("/admin/roles?page=2").get_data(as_text=True)
        assert len(ROW.findall(second)) == shipped - 25 and "Page 2 of 2" in second
    nothing = admin_client.get("/admin/roles?q=%25_zzz").get_data(as_text=True)
    assert ROW.findall(nothing) == [] and "No role matches" in nothing
    assert "/admin/roles/new?title=" in nothing


def test_the_list_survives_odd_searches(admin_client):
    for query in ("%ff%fe", "x" * 500, "%", "\\", "   "):
        assert admin_client.get(f"/admin/roles?q={query}").status_code == 200, query
    for query in ("%00", "a%00b"):  # refused at the boundary, for every route
        assert admin_client.get(f"/admin/roles?q={query}").status_code == 400, query
    assert admin_client.get("/admin/roles?page=-3").status_code == 200
    assert admin_client.get("/admin/roles?page=999").status_code == 200


def test_the_list_costs_the_same_statements_whatever_it_shows(admin_client, statement_counter):
    admin_client.get("/admin/roles")  # warm the session
    statement_counter.reset()
    admin_client.get("/admin/roles?q=data%20sci")  # one row
    few = statement_counter.count
    statement_counter.reset()
    admin_client.get("/admin/roles")
    assert statement_counter.count == few


def test_an_htmx_list_request_gets_the_list_region(admin_client):
    html = admin_client.get("/admin/roles?q=data", headers=HX).get_data(as_text=True)
    assert html.lstrip().startswith('<div id="admin-roles">') and "<html" not in html


# Creating and editing -------------------------------------------------------------------


def test_an_admin_creates_a_role_with_a_slug_from_its_title(admin_client):
    answer = post(
        admin_client,
        "/admin/roles/new",
        {"title": "  Prompt   Engineer ", "description": " Writes prompts. \n"},
    )
    assert answer.status_code == 302
    role = role_by_slug("prompt-engineer")
    assert role.title == "Prompt Engineer" and role.description == "Writes prompts."
    assert role.requirements_edited_at is None and requirements(role.id) == {}
    assert answer.headers["Location"] == f"/admin/roles/{role.id}#add-requirement"
    page = admin_client.get(answer.headers["Location"]).get_data(as_text=True)
    assert "Prompt Engineer is created" in page and "No requirements yet" in page

    # A free slug: the title differs from Data Engineer's, its slug would not.
    assert post(admin_client, "/admin/roles/new", {"title": "Data-Engineer"}).status_code == 302
    assert role_by_slug("data-engineer-2").title == "Data-Engineer"


def test_the_new_role_page_takes_a_title_from_the_search(admin_client):
    html = admin_client.get("/admin/roles/new?title=Quantum%20Engineer").get_data(as_text=True)
    assert 'value="Quantum Engineer"' in html


def test_titles_are_unique_whatever_their_case(admin_client):
    answer = post(admin_client, "/admin/roles/new", {"title": "DATA engineer"})
    assert answer.status_code == 422
    assert "A role called “DATA engineer” already exists." in answer.get_data(as_text=True)
    scientist = role_by_slug("data-scientist")
    answer = post(admin_client, f"/admin/roles/{scientist.id}", {"title": "data ENGINEER"})
    assert answer.status_code == 422
    assert "Another role is already called “data ENGINEER”." in answer.get_data(as_text=True)
    # A role may change the case of its own title.
    answer = post(admin_client, f"/admin/roles/{scientist.id}", {"title": "Data scientist"})
    assert answer.status_code == 302
    db.session.expire_all()
    assert role_by_slug("data-scientist").title == "Data scientist"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": ""}, "Enter the role"),
        ({"title": "   \t "}, "Enter the role"),
        ({}, "Enter the role"),
        ({"title": "X"}, "Use 2 to 80 characters for the title."),
        ({"title": "  X  "}, "Use 2 to 80 characters for the title."),
        ({"title": "X" * 81}, "Use 2 to 80 characters for the title."),
        ({"title": ["Role One", "Role Two"]}, "Send one title, not several."),
        ({"title": "Fine Title", "description": "d" * 501}, "Keep the description to 500"),
        ({"title": "Fine Title", "description": ["a", "b"]}, "Send one description"),
    ],
)
def test_bad_details_are_explained_next_to_the_field(admin_client, data, message):
    role = role_by_slug()
    for path in ("/admin/roles/new", f"/admin/roles/{role.id}"):
        answer = post(admin_client, path, data)
        html = answer.get_data(as_text=True).replace("&#39;", "'")
        assert answer.status_code == 422, (path, data)
        assert message in html and 'class="field-error"' in html, (path, data)
    db.session.expire_all()
    assert role_by_slug().title == "Data Engineer"
    assert (
        db.session.scalar(
            select(func.count()).select_from(CareerRole).where(CareerRole.slug == "fine-title")
        )
        == 0
    )


def test_editing_keeps_the_slug_and_the_requirements(admin_client):
    role = role_by_slug()
    before = requirements(role.id)
    answer = post(
        admin_client,
        f"/admin/roles/{role.id}",
        {"title": "Data Platform Engineer", "description": ""},
    )
    assert answer.status_code == 302 and answer.headers["Location"] == f"/admin/roles/{role.id}"
    db.session.expire_all()
    role = role_by_slug()
    assert role.title == "Data Platform Engineer" and role.description is None
    assert requirements(role.id) == before
    # Details are not the requirement list: the seed still keeps the list in step.
    assert role.requirements_edited_at is None
    html = admin_client.get(f"/admin/roles/{role.id}").get_data(as_text=True)
    assert "<code>data-engineer</code>" in html and 'name="slug"' not in html


def test_the_title_field_warns_when_profiles_name_the_role(admin_client):
    role = role_by_slug()
    _target(make_user("a@example.com"), "Data Engineer")
    html = admin_client.get(f"/admin/roles/{role.id}").get_data(as_text=True)
    assert "<strong>1</strong> profile targets this role" in html
    assert "the 1 profile naming “Data Engineer” keep that text when you rename it" in html


# Deleting -----------------------------------------------------------------------------


def _goal(user, role):
    goal = CareerGoal(
        user_id=user.id,
        title="Become a data engineer",
        type="role",
        status="active",
        priority="high",
        role_id=role.id,
    )
    db.session.add(goal)
    db.session.commit()
    return goal


def test_a_role_nobody_names_is_deleted_after_its_confirm_page(admin_client):
    role = make_role("Quantum Engineer", 3)
    page = admin_client.get(f"/admin/roles/{role.id}/delete").get_data(as_text=True)
    assert "Delete Quantum Engineer?" in page and "<strong>3</strong> requirements are" in page
    assert 'name="confirm_goals"' not in page  # nothing to confirm
    answer = post(admin_client, f"/admin/roles/{role.id}/delete")
    assert answer.status_code == 302 and answer.headers["Location"] == "/admin/roles"
    db.session.expire_all()
    assert db.session.get(CareerRole, role.id) is None
    assert requirements(role.id) == {}
    assert "The role Quantum Engineer is deleted." in admin_client.get("/admin/roles").get_data(
        as_text=True
    )


def test_deleting_a_role_goals_name_needs_their_confirmation(admin_client, member):
    role = make_role("Quantum Engineer", 2)
    goal = _goal(member, role)
    page = admin_client.get(f"/admin/roles/{role.id}/delete").get_data(as_text=True)
    assert "<strong>1</strong> goal names it" in page and 'name="confirm_goals"' in page

    answer = post(admin_client, f"/admin/roles/{role.id}/delete")
    assert answer.status_code == 422
    assert "1 goal names Quantum Engineer" in answer.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(CareerRole, role.id) is not None

    answer = post(admin_client, f"/admin/roles/{role.id}/delete", {"confirm_goals": "y"})
    assert answer.status_code == 302
    db.session.expire_all()
    assert db.session.get(CareerRole, role.id) is None
    kept = db.session.get(CareerGoal, goal.id)
    assert kept.role_id is None and kept.title == "Become a data engineer"


@pytest.mark.parametrize(
    "data", [{"title": "Data\x00Engineer"}, {"title": "Fine Title", "description": "a\x00b"}]
)
def test_a_nul_in_a_detail_is_refused_at_the_boundary(admin_client, data):
    from smatrx.input_guard import MESSAGE

    role = role_by_slug()
    for path in ("/admin/roles/new", f"/admin/roles/{role.id}"):
        answer = post(admin_client, path, data)
        assert answer.status_code == 400, path
        assert MESSAGE.split(",")[0] in answer.get_data(as_text=True)
    db.session.expire_all()
    assert role_by_slug().title == "Data Engineer"
