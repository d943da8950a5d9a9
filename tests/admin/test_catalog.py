"""Catalog administration: who may use it, skills (create, edit, retire, publish, delete a
proposal), merging, categories."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from sqlalchemy import func, insert, select

from smatrx.extensions import db
from smatrx.models import (
    Notification,
    Skill,
    SkillCategory,
    SkillImport,
    UserSkill,
    VerificationRequest,
    import_skills,
)
from smatrx.models.base import utcnow
from smatrx.skills.services import propose_skill
from tests.helpers import csrf_for, make_user

ROW = re.compile(r'<tr id="skill-([^"]+)"')


def _skill(slug):
    return db.session.scalar(select(Skill).where(Skill.slug == slug))


def _category(slug="programming-languages"):
    return db.session.scalar(select(SkillCategory).where(SkillCategory.slug == slug))


def _post(client, path, **data):
    token = csrf_for(client, "/admin/catalog")
    return client.post(path, data={"csrf_token": token, **data})


def _hold(user, skill, **values):
    values.setdefault("level", "intermediate")
    values.setdefault("source", "manual")
    row = UserSkill(user_id=user.id, skill_id=skill.id, **values)
    db.session.add(row)
    db.session.commit()
    return row


def _proposed(name="Zig Lang", proposer=None):
    skill = Skill(
        name=name,
        slug=name.lower().replace(" ", "-"),
        category_id=_category().id,
        is_published=False,
        proposed_by_id=proposer.id if proposer else None,
    )
    db.session.add(skill)
    db.session.commit()
    return skill


def _skill_form(**overrides):
    data = {
        "name": "Gleam",
        "category": _category().id,
        "description": "A typed language for the Erlang VM.",
        "tags": "backend, functional",
        "aliases": "gleam-lang",
        "market_demand": "low",
        "salary_min": "90000",
        "salary_max": "140000",
        "salary_currency": "usd",
        "growth_trend": "12.5",
    }
    data.update(overrides)
    return data


# Access -------------------------------------------------------------------------------


def _routes(skill_id, category_id):
    return [
        ("get", "/admin/catalog"),
        ("get", "/admin/catalog/skills/new"),
        ("post", "/admin/catalog/skills/new"),
        ("get", f"/admin/catalog/skills/{skill_id}/edit"),
        ("post", f"/admin/catalog/skills/{skill_id}/edit"),
        ("post", f"/admin/catalog/skills/{skill_id}/retire"),
        ("post", f"/admin/catalog/skills/{skill_id}/unretire"),
        ("post", f"/admin/catalog/skills/{skill_id}/publish"),
        ("post", f"/admin/catalog/skills/{skill_id}/delete"),
        ("get", f"/admin/catalog/skills/{skill_id}/merge"),
        ("post", f"/admin/catalog/skills/{skill_id}/merge"),
        ("get", "/admin/catalog/categories"),
        ("post", "/admin/catalog/categories"),
        ("get", f"/admin/catalog/categories/{category_id}/edit"),
        ("post", f"/admin/catalog/categories/{category_id}/edit"),
    ]


def test_members_and_verifiers_get_403_and_anonymous_people_sign_in(app, client, member_client):
    skill, category = _skill("python"), _category()
    verifier = make_user("vera@example.com", "verifier")
    from tests.helpers import sign_in

    verifier_client = app.test_client()
    sign_in(verifier_client, verifier.email)
    token = csrf_for(member_client, "/account")
    verifier_token = csrf_for(verifier_client, "/account")
    for method, path in _routes(skill.id, category.id):
        data = {"csrf_token": token, "name": "Hacked", "target": "Rust"}
        assert getattr(member_client, method)(path, data=data).status_code == 403, path
        data["csrf_token"] = verifier_token
        assert getattr(verifier_client, method)(path, data=data).status_code == 403, path
        if method == "get":
            response = client.get(path)
            assert response.status_code == 302 and "/login" in response.headers["Location"]
    db.session.expire_all()
    assert _skill("python").name == "Python" and _skill("python").retired_at is None


def test_unknown_ids_are_not_found(admin_client):
    for method, path in _routes("nope", "nope"):
        if "/skills/new" in path or path.endswith(("/catalog", "/categories")):
            continue
        token = csrf_for(admin_client, "/admin/catalog")
        assert getattr(admin_client, method)(path, data={"csrf_token": token}).status_code == 404


def test_the_nav_has_a_catalog_tab(admin_client):
    html = admin_client.get("/admin/catalog").get_data(as_text=True)
    assert '<a href="/admin/catalog" aria-current="page">Catalog</a>' in html


# The list -----------------------------------------------------------------------------


def test_the_list_searches_names_and_aliases_and_filters(admin_client, admin):
    _proposed("Zig Lang", admin)
    html = admin_client.get("/admin/catalog?q=python3").get_data(as_text=True)
    assert ROW.findall(html) == [_skill("python").id]
    proposed = admin_client.get("/admin/catalog?filter=proposed").get_data(as_text=True)
    assert ROW.findall(proposed) == [_skill("zig-lang").id]
    assert "Publish" in proposed and "Delete" in proposed
    everything = admin_client.get("/admin/catalog").get_data(as_text=True)
    assert ROW.findall(everything)[0] == _skill("zig-lang").id  # proposals come first
    assert len(ROW.findall(everything)) == 25 and "Page 1 of" in everything


def test_the_list_costs_the_same_statements_whatever_the_page(admin_client, statement_counter):
    statement_counter.reset()
    admin_client.get("/admin/catalog?q=zzz-nothing")
    few = statement_counter.count
    statement_counter.reset()
    admin_client.get("/admin/catalog")
    assert statement_counter.count == few


# Creating and editing ------------------------------------------------------------------


def test_an_admin_creates_a_skill(admin_client):
    response = _post(admin_client, "/admin/catalog/skills/new", **_skill_form())
    assert response.status_code == 302
    skill = _skill("gleam")
    assert skill.name == "Gleam" and skill.is_published and skill.retired_at is None
    assert skill.tags == ["backend", "functional"] and skill.aliases == ["gleam-lang"]
    assert skill.average_salary == {"min": 90000, "max": 140000, "currency": "USD", "region": "US"}
    assert skill.growth_trend == 12.5 and skill.market_demand == "low"


def test_names_are_unique_whatever_their_case(admin_client):
    response = _post(admin_client, "/admin/catalog/skills/new", **_skill_form(name="pYTHON"))
    assert response.status_code == 422
    assert "A skill called “pYTHON” already exists." in response.get_data(as_text=True)
    rust = _skill("rust")
    response = _post(
        admin_client, f"/admin/catalog/skills/{rust.id}/edit", **_skill_form(name="PYTHON")
    )
    assert response.status_code == 422
    assert "Another skill is already called “PYTHON”." in response.get_data(as_text=True)


def test_the_form_explains_what_is_wrong(admin_client):
    response = _post(
        admin_client,
        "/admin/catalog/skills/new",
        **_skill_form(name="", category="", salary_min="100", salary_max="50", growth_trend="x"),
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Enter the skill&#39;s name." in html or "Enter the skill's name." in html
    assert "Choose the skill" in html
    assert "The upper end must not be below the lower end." in html


def test_editing_keeps_the_slug(admin_client):
    rust = _skill("rust")
    response = _post(
        admin_client,
        f"/admin/catalog/skills/{rust.id}/edit",
        **_skill_form(
            name="Rust Language", aliases="rs, Rust Language, RS", salary_min="", salary_max=""
        ),
    )
    assert response.status_code == 302
    db.session.expire_all()
    rust = _skill("rust")
    assert rust.name == "Rust Language" and rust.slug == "rust"
    assert rust.aliases == ["rs"]  # its own name and repeats are not aliases
    assert rust.average_salary is None
    html = admin_client.get(f"/admin/catalog/skills/{rust.id}/edit").get_data(as_text=True)
    assert "/skills/catalog/rust" in html and 'name="slug"' not in html


def test_tags_and_aliases_are_cleaned_and_bounded(admin_client):
    response = _post(
        admin_client,
        "/admin/catalog/skills/new",
        **_skill_form(
            tags=" backend ,Backend,\n  data   science,", aliases="gleam-lang\nGLEAM-LANG"
        ),
    )
    assert response.status_code == 302
    gleam = _skill("gleam")
    assert gleam.tags == ["backend", "data science"] and gleam.aliases == ["gleam-lang"]
    html = admin_client.get(f"/admin/catalog/skills/{gleam.id}/edit").get_data(as_text=True)
    assert "backend, data science" in html and "<textarea" in html

    many = ", ".join(f"tag{i}" for i in range(21))
    response = _post(
        admin_client, "/admin/catalog/skills/new", **_skill_form(name="Lua", tags=many)
    )
    assert response.status_code == 422 and "Add at most 20 tags." in response.get_data(as_text=True)
    response = _post(
        admin_client, "/admin/catalog/skills/new", **_skill_form(name="Lua", aliases="x" * 51)
    )
    assert response.status_code == 422 and "Keep each entry to 50 characters" in response.get_data(
        as_text=True
    )


def test_a_new_skill_gets_a_free_slug(admin_client):
    _post(admin_client, "/admin/catalog/skills/new", **_skill_form(name="C plus plus"))
    assert _skill("c-plus-plus") is not None or _skill("c-plus-plus-2") is not None


def test_admin_and_proposed_skills_get_slugs_by_the_same_rule(admin_client, member):
    _post(admin_client, "/admin/catalog/skills/new", **_skill_form(name="R&D Tooling"))
    assert _skill("r-d-tooling").name == "R&D Tooling"
    proposed, created = propose_skill(member, "R&D Notebooks", _category().id)
    assert created and proposed.slug == "r-d-notebooks"


# Retiring, publishing, deleting ----------------------------------------------------------


def test_retiring_keeps_every_holding(admin_client, admin, member):
    python = _skill("python")
    _hold(member, python)
    response = _post(admin_client, f"/admin/catalog/skills/{python.id}/retire")
    assert response.status_code == 302
    db.session.expire_all()
    assert _skill("python").retired_at is not None
    assert (
        db.session.scalar(
            select(func.count()).select_from(UserSkill).where(UserSkill.skill_id == python.id)
        )
        == 1
    )
    html = admin_client.get("/admin/catalog?filter=retired").get_data(as_text=True)
    assert ROW.findall(html) == [python.id] and "Unretire" in html

    response = admin_client.post(
        f"/admin/catalog/skills/{python.id}/unretire",
        data={"csrf_token": csrf_for(admin_client, "/admin/catalog")},
        headers={"HX-Request": "true"},
    )
    html = response.get_data(as_text=True)
    assert f'<tr id="skill-{python.id}"' in html and "is offered again" in html
    db.session.expire_all()
    assert _skill("python").retired_at is None


def test_publishing_a_proposal_tells_its_proposer(admin_client, member):
    zig = _proposed("Zig Lang", member)
    assert _post(admin_client, f"/admin/catalog/skills/{zig.id}/publish").status_code == 302
    db.session.expire_all()
    assert _skill("zig-lang").is_published
    note = db.session.scalar(select(Notification).where(Notification.user_id == member.id))
    assert "Zig Lang" in note.message


def test_a_proposal_is_deleted_only_while_nobody_holds_it(admin_client, member):
    zig = _proposed("Zig Lang", member)
    _hold(member, zig)
    response = admin_client.post(
        f"/admin/catalog/skills/{zig.id}/delete",
        data={"csrf_token": csrf_for(admin_client, "/admin/catalog")},
        headers={"HX-Request": "true"},
    )
    assert "Merge it into an existing skill instead." in response.get_data(as_text=True)
    assert _skill("zig-lang") is not None
    db.session.execute(UserSkill.__table__.delete().where(UserSkill.__table__.c.skillId == zig.id))
    db.session.commit()
    assert _post(admin_client, f"/admin/catalog/skills/{zig.id}/delete").status_code == 302
    db.session.expire_all()
    assert _skill("zig-lang") is None
    python = _skill("python")
    _post(admin_client, f"/admin/catalog/skills/{python.id}/delete")
    assert _skill("python") is not None  # a published skill is retired, never deleted


# Merging ----------------------------------------------------------------------------


def test_merging_moves_every_holding_keeping_the_stronger_values(admin_client, admin, member):
    source, target = _skill("javascript"), _skill("typescript")
    both = make_user("both@example.com", name="Both")
    verifier = make_user("vera@example.com", "verifier")
    early, late = datetime(2020, 1, 1), datetime(2024, 6, 1)
    kept = _hold(
        both,
        target,
        level="intermediate",
        proficiency_score=90,
        years_experience=2,
        last_used=early,
        evidence=["repo-a"],
        source="github",
    )
    folded = _hold(
        both,
        source,
        level="expert",
        proficiency_score=60,
        years_experience=8,
        last_used=late,
        verified=True,
        verified_at=late,
        verified_by=verifier.id,
        evidence=["repo-a", "repo-b"],
    )
    only_source = _hold(member, source, level="beginner")
    history = VerificationRequest(
        user_skill_id=folded.id, user_id=both.id, level="expert", status="approved"
    )
    db.session.add(history)
    both_import = SkillImport(user_id=both.id, source="github", status="completed")
    source_import = SkillImport(user_id=member.id, source="github", status="completed")
    db.session.add_all([both_import, source_import])
    db.session.flush()
    db.session.execute(
        insert(import_skills),
        [
            {"A": source.id, "B": both_import.id},
            {"A": target.id, "B": both_import.id},
            {"A": source.id, "B": source_import.id},
        ],
    )
    db.session.commit()
    source_id, target_id, target_name = source.id, target.id, target.name
    source_aliases = list(source.aliases)

    page = admin_client.get(f"/admin/catalog/skills/{source_id}/merge").get_data(as_text=True)
    assert "<strong>2</strong> holdings" in page and "<strong>2</strong> import links" in page

    response = _post(admin_client, f"/admin/catalog/skills/{source_id}/merge", target="typescript")
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Skill, source_id) is None
    rows = {
        row.user_id: row
        for row in db.session.scalars(select(UserSkill).where(UserSkill.skill_id == target_id))
    }
    assert set(rows) == {both.id, member.id}
    merged = rows[both.id]
    assert merged.id == kept.id
    assert merged.level == "expert" and merged.proficiency_score == 90
    assert merged.years_experience == 8 and merged.last_used == late
    assert merged.verified and merged.verified_by == verifier.id and merged.verified_at == late
    assert merged.evidence == ["repo-a", "repo-b"] and merged.source == "github"
    assert rows[member.id].id == only_source.id and rows[member.id].level == "beginner"
    assert db.session.get(VerificationRequest, history.id).user_skill_id == kept.id
    links = db.session.execute(select(import_skills.c["A"], import_skills.c["B"])).all()
    assert sorted(b for a, b in links if a == target_id) == sorted(
        [both_import.id, source_import.id]
    )
    assert not [a for a, _ in links if a == source_id]
    aliases = db.session.get(Skill, target_id).aliases
    assert "JavaScript" in aliases and all(alias in aliases for alias in source_aliases)
    assert len({a.casefold() for a in aliases}) == len(aliases)
    assert target_name not in aliases


def test_merging_clears_a_verification_below_the_merged_level(admin_client, admin):
    # The one verification rule (skills/holdings.absorb): the person held TypeScript verified
    # at intermediate and JavaScript unverified at expert; the merged row is expert, above
    # what was verified, so it is no longer verified.
    source, target = _skill("javascript"), _skill("typescript")
    both = make_user("both@example.com", name="Both")
    verifier = make_user("vera@example.com", "verifier")
    kept = _hold(
        both,
        target,
        level="intermediate",
        proficiency_score=40,
        verified=True,
        verified_at=datetime(2024, 6, 1),
        verified_by=verifier.id,
    )
    _hold(both, source, level="expert", proficiency_score=85)
    source_id = source.id

    response = _post(admin_client, f"/admin/catalog/skills/{source_id}/merge", target="typescript")
    assert response.status_code == 302
    db.session.expire_all()
    merged = db.session.get(UserSkill, kept.id)
    assert merged.skill_id == target.id and merged.level == "expert"
    assert (merged.verified, merged.verified_at, merged.verified_by) == (False, None, None)


def test_merge_needs_an_existing_other_skill(admin_client):
    python = _skill("python")
    response = _post(admin_client, f"/admin/catalog/skills/{python.id}/merge", target="Nope Lang")
    assert response.status_code == 422
    assert "No skill is called “Nope Lang”" in response.get_data(as_text=True)
    response = _post(admin_client, f"/admin/catalog/skills/{python.id}/merge", target="PYTHON")
    assert "cannot be merged into itself" in response.get_data(as_text=True)
    assert _skill("python") is not None


def test_merging_a_proposal_tells_its_proposer(admin_client, member):
    zig = _proposed("Zig Lang", member)
    _hold(member, zig, level="advanced")
    response = _post(admin_client, f"/admin/catalog/skills/{zig.id}/merge", target="Rust")
    assert response.status_code == 302
    assert "Zig Lang" in _skill("rust").aliases
    assert (
        db.session.scalar(
            select(func.count())
            .select_from(UserSkill)
            .where(UserSkill.user_id == member.id, UserSkill.skill_id == _skill("rust").id)
        )
        == 1
    )
    assert db.session.scalar(select(Notification.message).where(Notification.user_id == member.id))


# Categories ---------------------------------------------------------------------------


def test_an_admin_creates_and_edits_categories(admin_client):
    response = _post(
        admin_client, "/admin/catalog/categories", name="Quantum", color="#12ab9F", icon="atom"
    )
    assert response.status_code == 302
    quantum = _category("quantum")
    assert quantum.color == "#12AB9F" and quantum.icon == "atom"

    response = _post(admin_client, "/admin/catalog/categories", name="QUANTUM")
    assert response.status_code == 422
    assert "A category called “QUANTUM” already exists." in response.get_data(as_text=True)
    response = _post(
        admin_client, "/admin/catalog/categories", name="Other", color="red", icon="No!"
    )
    html = response.get_data(as_text=True)
    assert "Use a colour like #1D4ED8" in html and "lower-case letters" in html

    path = f"/admin/catalog/categories/{quantum.id}/edit"
    assert "Quantum" in admin_client.get(path).get_data(as_text=True)
    response = _post(admin_client, path, name="Quantum computing", color="", icon="")
    assert response.status_code == 302
    db.session.expire_all()
    quantum = _category("quantum")
    assert quantum.name == "Quantum computing" and quantum.color is None
    response = _post(admin_client, path, name="programming LANGUAGES")
    assert "Another category is already called" in response.get_data(as_text=True)


@pytest.mark.parametrize("when", [utcnow()])
def test_retired_skills_show_on_the_list_marked(admin_client, when):
    python = _skill("python")
    python.retired_at = when
    db.session.commit()
    html = admin_client.get("/admin/catalog?q=python").get_data(as_text=True)
    row = html[html.index(f'id="skill-{python.id}"') :].split("</tr>")[0]
    assert ">Retired<" in row and "Unretire" in row


def test_merging_moves_role_requirements_keeping_the_stronger(admin_client):
    from smatrx.models import CareerRole, RoleSkill

    source, target = _skill("javascript"), _skill("typescript")
    roles = {
        role.slug: role
        for role in db.session.scalars(
            select(CareerRole).where(CareerRole.slug.in_(("frontend-developer", "qa-engineer")))
        )
    }
    for role in roles.values():
        db.session.execute(
            RoleSkill.__table__.delete().where(
                RoleSkill.role_id == role.id, RoleSkill.skill_id.in_((source.id, target.id))
            )
        )
    # Frontend requires both (JavaScript the stronger), QA only JavaScript.
    db.session.add_all(
        [
            RoleSkill(
                role_id=roles["frontend-developer"].id,
                skill_id=source.id,
                importance="core",
                min_level="advanced",
                weight=5,
            ),
            RoleSkill(
                role_id=roles["frontend-developer"].id,
                skill_id=target.id,
                importance="important",
                min_level="intermediate",
                weight=3,
            ),
            RoleSkill(
                role_id=roles["qa-engineer"].id,
                skill_id=source.id,
                importance="bonus",
                min_level="beginner",
                weight=1,
            ),
        ]
    )
    db.session.commit()
    source_id = source.id

    response = _post(admin_client, f"/admin/catalog/skills/{source_id}/merge", target="typescript")

    assert response.status_code == 302
    db.session.expire_all()
    rows = {
        (row.role_id, row.skill_id): (row.importance, row.min_level, row.weight)
        for row in db.session.scalars(
            select(RoleSkill).where(
                RoleSkill.skill_id.in_((source_id, target.id)),
                RoleSkill.role_id.in_([role.id for role in roles.values()]),
            )
        )
    }
    assert rows == {
        (roles["frontend-developer"].id, target.id): ("core", "advanced", 5),
        (roles["qa-engineer"].id, target.id): ("bonus", "beginner", 1),
    }
    edited = db.session.scalars(
        select(CareerRole.requirements_edited_at).where(
            CareerRole.id.in_([role.id for role in roles.values()])
        )
    ).all()
    assert all(edited)  # the seed now leaves these lists as the merge made them
