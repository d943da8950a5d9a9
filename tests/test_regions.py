"""Every GET page without parameters answers as a page, as a boosted navigation and as an
HTMX region request (HX-Request without HX-Boosted), never with a 5xx, for an admin (who
sees the most pages) — each page's regions render alone."""

from __future__ import annotations

from typing import Any

from flask import Flask

from tests.helpers import HX

SKIPPED = {"static", "main.healthz", "auth.logout"}
BOOSTED = {**HX, "HX-Boosted": "true"}


def _plain_get_paths(app: Flask) -> list[str]:
    return sorted(
        {
            rule.rule
            for rule in app.url_map.iter_rules()
            if "GET" in (rule.methods or ()) and not rule.arguments and rule.endpoint not in SKIPPED
        }
    )


def test_every_page_renders_as_a_page_and_as_a_region(app: Flask, admin_client: Any) -> None:
    paths = _plain_get_paths(app)
    assert len(paths) > 20
    failures = []
    for path in paths:
        for name, headers in (("page", {}), ("boosted", BOOSTED), ("region", HX)):
            status = admin_client.get(path, headers=headers).status_code
            if status >= 500:
                failures.append(f"{path} as {name}: {status}")
    assert failures == []


def test_every_page_renders_as_a_region_for_a_visitor(app: Flask, client: Any) -> None:
    failures = []
    for path in _plain_get_paths(app):
        for name, headers in (("page", {}), ("region", HX)):
            status = client.get(path, headers=headers).status_code
            if status >= 500:
                failures.append(f"{path} as {name}: {status}")
    assert failures == []


def test_every_page_with_parameters_renders_as_a_page_and_as_a_region(
    app: Flask, admin_client: Any, admin: Any
) -> None:
    from sqlalchemy import select

    from smatrx.extensions import db
    from smatrx.models import CareerGoal, CareerRole, SkillCategory
    from tests.helpers import catalog_skill, hold

    row = hold(admin, "python")
    goal = CareerGoal(
        user_id=admin.id, title="Python to expert", type="skill", status="active", priority="high"
    )
    db.session.add(goal)
    db.session.commit()
    role = db.session.scalar(select(CareerRole).where(CareerRole.slug == "backend-developer"))
    category = db.session.scalar(select(SkillCategory).limit(1))
    values = {
        "category_id": category.id,
        "skill_id": catalog_skill("python").id,
        "role_id": role.id,
        "provider": "github",
        "goal_id": goal.id,
        "import_id": "no-such-import",
        "key": "about",
        "section": "about",
        "name": "languages",
        "token": "not-a-token",
        "user_skill_id": row.id,
        "request_id": "no-such-request",
        "kind": "terms",
        "export_id": "no-such-export",
        "user_id": admin.id,
    }
    failures = []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or not rule.arguments or rule.endpoint == "static":
            continue
        slug = "backend-developer" if rule.rule.startswith("/roles") else "python"
        path = rule.build({**values, "slug": slug}, append_unknown=False)[1]
        for name, headers in (("page", {}), ("boosted", BOOSTED), ("region", HX)):
            status = admin_client.get(path, headers=headers).status_code
            if status >= 500:
                failures.append(f"{path} as {name}: {status}")
    assert failures == []


def test_every_page_carries_the_security_headers(app: Flask, admin_client: Any, client: Any):
    from smatrx.security_headers import CSP

    assert "script-src 'self'" in CSP and "unsafe-eval" not in CSP
    assert "'unsafe-inline'" not in CSP.split("script-src")[1].split(";")[0]
    for path in _plain_get_paths(app):
        for who, visitor in (("admin", admin_client), ("visitor", client)):
            response = visitor.get(path)
            headers = response.headers
            assert headers["Content-Security-Policy"] == CSP, (path, who)
            assert headers["X-Content-Type-Options"] == "nosniff"
            assert headers["Referrer-Policy"] == "same-origin"
            assert "camera=()" in headers["Permissions-Policy"]
            if who == "admin" and response.mimetype == "text/html" and response.status_code == 200:
                assert headers["Cache-Control"] == "no-store", path
    assert "Strict-Transport-Security" not in admin_client.get("/").headers  # not behind TLS
