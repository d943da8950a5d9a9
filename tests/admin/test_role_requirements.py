"""A role's requirement list on /admin/roles/<id>: adding through the catalog typeahead,
editing a row, removing one, with htmx and without; the 25 limit, duplicates, bad values;
every change marks the role edited (and the seed then leaves it alone) and asks the
insights to recompute; the page's statements do not grow with the list."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.models import RoleSkill, Skill
from smatrx.models.base import utcnow
from smatrx.seed.loader import load_catalog
from smatrx.skills.services import propose_skill
from tests.admin.roles_helpers import make_role, offered_skills, post, requirements, role_by_slug
from tests.helpers import HX


def _skill(slug):
    return db.session.scalar(select(Skill).where(Skill.slug == slug))


def _row(role, slug):
    return db.session.scalar(
        select(RoleSkill)
        .join(Skill, Skill.id == RoleSkill.skill_id)
        .where(RoleSkill.role_id == role.id, Skill.slug == slug)
    )


def _unrequired(role, count=1):
    """Offered skills the role does not require yet."""
    required = {
        row.skill_id
        for row in db.session.scalars(select(RoleSkill).where(RoleSkill.role_id == role.id))
    }
    return offered_skills(count, skip=required)


def _save_path(role, row):
    return f"/admin/roles/{role.id}/requirements/{row.id}"


VALUES = {"importance": "bonus", "min_level": "expert", "weight": "1"}


@pytest.fixture
def recomputes(redis_conn):
    """The role ids whose insights recompute was enqueued, read back from the real queue
    (smatrx.insights.jobs.request_role_recompute enqueues once the change commits)."""
    from smatrx.jobs.queue import get_queue

    get_queue().empty()  # what earlier tests enqueued is not this test's

    def asked() -> list[str]:
        return [
            job.args[0]
            for job in get_queue().jobs
            if job.func_name == "smatrx.insights.jobs.recompute_role"
        ]

    return asked


# The page -----------------------------------------------------------------------------


def test_the_role_page_lists_requirements_core_first_and_marks_retired_skills(admin_client):
    role = role_by_slug()
    rows = db.session.scalars(select(RoleSkill).where(RoleSkill.role_id == role.id)).all()
    retired = rows[0].skill
    retired.retired_at = utcnow()
    db.session.commit()
    html = admin_client.get(f"/admin/roles/{role.id}").get_data(as_text=True)
    for row in rows:
        assert f'<tr id="requirement-{row.id}"' in html
    shown = [html.index(f'id="requirement-{row.id}"') for row in rows]
    ranks = {row.id: ["core", "important", "bonus"].index(row.importance) for row in rows}
    ordered = [row.id for _, row in sorted(zip(shown, rows, strict=True), key=lambda p: p[0])]
    assert [ranks[i] for i in ordered] == sorted(ranks[i] for i in ordered)
    retired_row = html[html.index(f'id="requirement-{rows[0].id}"') :].split("</tr>")[0]
    assert ">Retired<" in retired_row and "is-retired" in retired_row
    assert f"<strong>{len(rows)}</strong> of 25 requirements" in html
    assert "Shipped list" in html and "Edited here" not in html
    # Every row is a form of its own without JavaScript: the selects join it by name.
    first = rows[0]
    assert f'form="requirement-form-{first.id}"' in html
    assert f'<form id="requirement-form-{first.id}" method="post"' in html
    assert "<noscript><button" in html


def test_the_page_costs_the_same_statements_for_5_or_25_requirements(
    admin_client, statement_counter
):
    few, many = make_role("Five Skills", 5), make_role("Twenty Five Skills", 25)
    for role in (few, many):  # warm the session (and its identity map) alike
        admin_client.get(f"/admin/roles/{role.id}")
    statement_counter.reset()
    admin_client.get(f"/admin/roles/{few.id}")
    five = statement_counter.count
    statement_counter.reset()
    html = admin_client.get(f"/admin/roles/{many.id}").get_data(as_text=True)
    assert statement_counter.count == five
    assert html.count('<tr id="requirement-') == 25


# Adding -------------------------------------------------------------------------------


def test_the_typeahead_offers_catalog_skills_and_marks_the_required_ones(admin_client, member):
    role = role_by_slug()
    required = _row(role, "python")
    assert required is not None
    python = _skill("python")
    retired = _skill("pytest") or _unrequired(role)[0]
    retired.name = "Python Testing Retired"
    retired.retired_at = utcnow()
    propose_skill(member, "Python Proposed Thing", python.category_id)
    db.session.commit()

    answer = admin_client.get(f"/admin/roles/{role.id}/requirements/suggest?q=pyth", headers=HX)
    html = answer.get_data(as_text=True)
    assert answer.status_code == 200 and "<html" not in html
    assert "Python Proposed Thing" not in html and "Python Testing Retired" not in html
    item = html[max(0, html.index(">Python<") - 900) : html.index(">Python<") + 300]
    assert "Already required" in item and f'value="{python.id}"' not in html
    assert 'name="skill_id"' in html  # the other matches can be added

    nothing = admin_client.get(
        f"/admin/roles/{role.id}/requirements/suggest?q=zzqqxx", headers=HX
    ).get_data(as_text=True)
    assert "No offered skill matches “zzqqxx”" in nothing
    for query in ("%ff", "x" * 300, "", "   "):
        path = f"/admin/roles/{role.id}/requirements/suggest?q={query}"
        assert admin_client.get(path, headers=HX).status_code == 200, query
    for query in ("%00", "py%00th"):  # refused at the boundary, for every route
        path = f"/admin/roles/{role.id}/requirements/suggest?q={query}"
        assert admin_client.get(path, headers=HX).status_code == 400, query


def test_without_javascript_the_search_is_the_role_page(admin_client):
    role = role_by_slug()
    answer = admin_client.get(f"/admin/roles/{role.id}/requirements/suggest?q=ansib")
    assert answer.status_code == 302
    assert answer.headers["Location"] == f"/admin/roles/{role.id}?q=ansib#add-requirement"
    html = admin_client.get(f"/admin/roles/{role.id}?q=ansib").get_data(as_text=True)
    ansible = _skill("ansible")
    assert f'name="skill_id" value="{ansible.id}"' in html
    assert f'action="/admin/roles/{role.id}/requirements"' in html
    assert 'value="ansib"' in html  # the search box keeps the query
    for query in ("%ff%fe", "x" * 300):
        assert admin_client.get(f"/admin/roles/{role.id}?q={query}").status_code == 200, query
    for query in ("%00", "an%00sib"):
        assert admin_client.get(f"/admin/roles/{role.id}?q={query}").status_code == 400, query


def test_adding_without_javascript_uses_the_defaults_and_marks_the_role(admin_client, recomputes):
    role = role_by_slug()
    ansible = _skill("ansible")
    answer = post(admin_client, f"/admin/roles/{role.id}/requirements", {"skill_id": ansible.id})
    assert answer.status_code == 302
    added = _row(role, "ansible")
    assert answer.headers["Location"] == f"/admin/roles/{role.id}#requirement-{added.id}"
    assert (added.importance, added.min_level, added.weight) == ("important", "intermediate", 3)
    db.session.expire_all()
    assert role_by_slug().requirements_edited_at is not None
    assert recomputes() == [role.id]
    html = admin_client.get(answer.headers["Location"]).get_data(as_text=True)
    assert "Ansible is required now" in html and "Edited here" in html
    assert "the shipped list no longer overwrites it" in html


def test_adding_with_htmx_swaps_the_section_and_keeps_the_search(admin_client):
    role = role_by_slug()
    ansible = _skill("ansible")
    answer = post(
        admin_client,
        f"/admin/roles/{role.id}/requirements",
        {"skill_id": ansible.id, "q": "ansib"},
        htmx=True,
    )
    html = answer.get_data(as_text=True)
    added = _row(role, "ansible")
    assert answer.status_code == 200
    assert html.lstrip().startswith('<section id="requirements"')
    assert f'<tr id="requirement-{added.id}" class=" is-new"' in html
    assert "Ansible is required now" in html and 'class="flash flash-success toast' in html
    assert 'value="ansib"' in html and "Already required" in html  # the search, refreshed


def test_a_skill_is_required_once(admin_client, recomputes):
    role = role_by_slug()
    python = _skill("python")
    before = requirements(role.id)
    answer = post(admin_client, f"/admin/roles/{role.id}/requirements", {"skill_id": python.id})
    html = answer.get_data(as_text=True)
    assert answer.status_code == 422
    assert "Data Engineer already requires Python." in html
    assert 'id="requirement-q-error"' in html  # next to the search
    answer = post(
        admin_client, f"/admin/roles/{role.id}/requirements", {"skill_id": python.id}, htmx=True
    )
    assert answer.status_code == 422
    assert answer.headers["HX-Retarget"] == "#toasts"
    assert "already requires Python" in answer.get_data(as_text=True)
    db.session.expire_all()
    assert requirements(role.id) == before
    assert role_by_slug().requirements_edited_at is None and recomputes() == []


def test_the_26th_requirement_is_refused(admin_client):
    role = make_role("Wide Role", 25)
    extra = _unrequired(role)[0]
    page = admin_client.get(f"/admin/roles/{role.id}").get_data(as_text=True)
    assert "the most a role can have" in page and 'id="requirement-q"' not in page
    for htmx in (False, True):
        answer = post(
            admin_client, f"/admin/roles/{role.id}/requirements", {"skill_id": extra.id}, htmx=htmx
        )
        assert answer.status_code == 422
        assert "Wide Role already has 25 requirements" in answer.get_data(as_text=True)
    assert len(requirements(role.id)) == 25
    suggest = admin_client.get(
        f"/admin/roles/{role.id}/requirements/suggest?q={extra.name[:4]}", headers=HX
    ).get_data(as_text=True)
    assert "the most requirements a role can have" in suggest and 'name="skill_id"' not in suggest


@pytest.mark.parametrize(
    ("skill_id", "status"),
    [("nope", 404), ("", 400), ("   ", 404), ("a\x00b", 400), (None, 400)],
)
def test_adding_a_bad_skill_id_is_refused(admin_client, skill_id, status):
    role = role_by_slug()
    data = {} if skill_id is None else {"skill_id": skill_id}
    for htmx in (False, True):
        answer = post(admin_client, f"/admin/roles/{role.id}/requirements", data, htmx=htmx)
        assert answer.status_code == status, (skill_id, htmx)
    assert role_by_slug().requirements_edited_at is None


def test_retired_proposed_and_repeated_skills_cannot_be_added(admin_client, member):
    role = role_by_slug()
    first, second = _unrequired(role, 2)
    first.retired_at = utcnow()
    proposed, _ = propose_skill(member, "Some Proposed Skill", first.category_id)
    db.session.commit()
    for skill_id in (first.id, proposed.id):
        answer = post(admin_client, f"/admin/roles/{role.id}/requirements", {"skill_id": skill_id})
        assert answer.status_code == 404
    answer = post(
        admin_client, f"/admin/roles/{role.id}/requirements", {"skill_id": [second.id, first.id]}
    )
    assert answer.status_code == 400
    assert "Send one skill, not several." in answer.get_data(as_text=True)
    assert _row(role, second.slug) is None


# Editing a row ------------------------------------------------------------------------


def test_a_row_saves_with_htmx_and_answers_a_toast_and_the_count(admin_client, recomputes):
    role = role_by_slug()
    row = _row(role, "python")
    answer = post(admin_client, _save_path(role, row), VALUES, htmx=True)
    html = answer.get_data(as_text=True)
    assert answer.status_code == 200
    # The row stays as the admin left it (hx-swap="none"): only out-of-band parts come.
    assert "<tr" not in html and "HX-Reswap" not in answer.headers
    assert "Saved Python." in html and 'class="flash flash-success toast' in html
    # The count and the edited-here note, out of band.
    assert '<div id="requirements-status" class="role-status" hx-swap-oob="true">' in html
    assert "Edited here" in html
    db.session.expire_all()
    row = db.session.get(RoleSkill, row.id)
    assert (row.importance, row.min_level, row.weight) == ("bonus", "expert", 1)
    assert role_by_slug().requirements_edited_at is not None
    assert recomputes() == [role.id]


def test_a_row_saves_without_javascript_and_goes_back_to_it(admin_client):
    role = role_by_slug()
    row = _row(role, "sql")
    answer = post(admin_client, _save_path(role, row), VALUES)
    assert answer.status_code == 302
    assert answer.headers["Location"] == f"/admin/roles/{role.id}#requirement-{row.id}"
    db.session.expire_all()
    assert db.session.get(RoleSkill, row.id).min_level == "expert"
    assert "Saved SQL." in admin_client.get(answer.headers["Location"]).get_data(as_text=True)


def test_saving_the_same_values_changes_nothing(admin_client, recomputes):
    role = role_by_slug()
    row = _row(role, "python")
    same = {"importance": row.importance, "min_level": row.min_level, "weight": str(row.weight)}
    answer = post(admin_client, _save_path(role, row), same, htmx=True)
    assert answer.status_code == 200 and "Python already had these values." in answer.get_data(
        as_text=True
    )
    db.session.expire_all()
    assert role_by_slug().requirements_edited_at is None and recomputes() == []


BAD = {
    "importance": ["", " ", "  core ", "critical", "CORE", None, ["core", "bonus"]],
    "min_level": ["", "\t", "master", "Expert", "3", None, ["expert", "expert"]],
    "weight": [
        "",
        " ",
        "0",
        "6",
        "-1",
        "3.0",
        "x",
        "99999999999999999999",
        None,
        ["1", "2"],
    ],
}
MESSAGES = {
    "importance": ("Choose core, important or bonus.", "Choose how much the skill matters."),
    "min_level": (
        "Choose beginner, intermediate, advanced or expert.",
        "Choose the minimum level.",
    ),
    "weight": ("Choose a weight from 1 to 5.", "Choose a weight."),
}


@pytest.mark.parametrize(
    ("field", "value"), [(field, value) for field, values in BAD.items() for value in values]
)
def test_a_bad_value_is_explained_next_to_its_select_and_nothing_is_saved(
    admin_client, field, value
):
    role = role_by_slug()
    row = _row(role, "python")
    before = (row.importance, row.min_level, row.weight)
    data = dict(VALUES)
    if value is None:
        del data[field]
    else:
        data[field] = value
    expected = ("Send one",) if isinstance(value, list) else MESSAGES[field]

    answer = post(admin_client, _save_path(role, row), data, htmx=True)
    html = answer.get_data(as_text=True)
    assert answer.status_code == 422 and answer.headers["HX-Reswap"] == "outerHTML"
    assert html.lstrip().startswith(f'<tr id="requirement-{row.id}"')
    assert f'id="{field}-{row.id}-error"' in html and "Nothing was saved" in html
    assert any(message in html for message in expected)

    answer = post(admin_client, _save_path(role, row), data)
    html = answer.get_data(as_text=True)
    assert answer.status_code == 422 and "<html" in html
    assert f'id="{field}-{row.id}-error"' in html and 'aria-invalid="true"' in html

    db.session.expire_all()
    row = db.session.get(RoleSkill, row.id)
    assert (row.importance, row.min_level, row.weight) == before
    assert role_by_slug().requirements_edited_at is None


# Removing -----------------------------------------------------------------------------


def test_removing_with_htmx_deletes_the_row_and_updates_the_count(admin_client, recomputes):
    role = role_by_slug()
    row = _row(role, "python")
    total = len(requirements(role.id))
    answer = post(admin_client, f"{_save_path(role, row)}/remove", htmx=True)
    html = answer.get_data(as_text=True)
    assert answer.status_code == 200 and answer.headers["HX-Reswap"] == "delete"
    assert "Python is no longer required." in html
    assert f"<strong>{total - 1}</strong> of 25 requirements" in html and "hx-swap-oob" in html
    assert db.session.get(RoleSkill, row.id) is None
    db.session.expire_all()
    assert role_by_slug().requirements_edited_at is not None and recomputes() == [role.id]


def test_removing_without_javascript_redirects_back(admin_client):
    role = role_by_slug()
    row = _row(role, "sql")
    answer = post(admin_client, f"{_save_path(role, row)}/remove")
    assert answer.status_code == 302
    assert answer.headers["Location"] == f"/admin/roles/{role.id}#requirements"
    assert _row(role, "sql") is None
    assert "SQL is no longer required." in admin_client.get(f"/admin/roles/{role.id}").get_data(
        as_text=True
    )


def test_removing_the_last_or_from_a_full_list_swaps_the_whole_section(admin_client):
    lonely = make_role("Lonely Role", 1)
    (row,) = db.session.scalars(select(RoleSkill).where(RoleSkill.role_id == lonely.id)).all()
    answer = post(admin_client, f"{_save_path(lonely, row)}/remove", htmx=True)
    html = answer.get_data(as_text=True)
    assert answer.headers["HX-Retarget"] == "#requirements"
    assert "No requirements yet" in html
    full = make_role("Full Role", 25)
    row = db.session.scalars(select(RoleSkill).where(RoleSkill.role_id == full.id)).first()
    answer = post(admin_client, f"{_save_path(full, row)}/remove", htmx=True)
    html = answer.get_data(as_text=True)
    assert answer.headers["HX-Retarget"] == "#requirements"
    assert 'id="requirement-q"' in html  # the add panel is back


# The seed leaves an edited list alone -------------------------------------------------


def test_the_seed_keeps_the_admins_list_and_resyncs_the_others(admin_client):
    engineer, scientist = role_by_slug(), role_by_slug("data-scientist")
    shipped_scientist = requirements(scientist.id)
    # The admin's edits: one value changed, one removed, one added.
    post(admin_client, _save_path(engineer, _row(engineer, "python")), VALUES)
    post(admin_client, f"{_save_path(engineer, _row(engineer, 'sql'))}/remove")
    post(
        admin_client,
        f"/admin/roles/{engineer.id}/requirements",
        {"skill_id": _skill("ansible").id},
    )
    edited = requirements(engineer.id)
    assert edited["python"] == ("bonus", "expert", 1) and "sql" not in edited
    assert edited["ansible"] == ("important", "intermediate", 3)
    # Someone changed the unedited role's list by hand.
    db.session.delete(_row(scientist, "python"))
    db.session.commit()

    summary = load_catalog()
    db.session.expire_all()
    assert requirements(engineer.id) == edited
    assert requirements(scientist.id) == shipped_scientist
    assert summary.roles_kept_as_edited >= 1


def test_a_requirement_count_is_never_past_the_limit(admin_client):
    # The limit holds in the database's view too (the role row is locked while counting).
    role = make_role("Almost Full", 24)
    first, second = _unrequired(role, 2)
    assert post(admin_client, f"/admin/roles/{role.id}/requirements", {"skill_id": first.id})
    post(admin_client, f"/admin/roles/{role.id}/requirements", {"skill_id": second.id})
    count = db.session.scalar(
        select(func.count()).select_from(RoleSkill).where(RoleSkill.role_id == role.id)
    )
    assert count == 25


@pytest.mark.parametrize("field", ["importance", "min_level", "weight"])
def test_a_nul_in_a_requirement_field_is_refused_at_the_boundary(admin_client, field):
    from smatrx.input_guard import MESSAGE

    role = role_by_slug()
    row = _row(role, "python")
    before = (row.importance, row.min_level, row.weight)
    answer = post(admin_client, _save_path(role, row), {**VALUES, field: "co\x00re"})
    assert answer.status_code == 400
    assert MESSAGE.split(",")[0] in answer.get_data(as_text=True)
    db.session.expire_all()
    row = db.session.get(RoleSkill, row.id)
    assert (row.importance, row.min_level, row.weight) == before
