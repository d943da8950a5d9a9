"""A bounded fuzz of every form and HTMX target a member and an admin can reach: a few
hundred mutated submissions, and not one 5xx (bench/bench_fuzz.py sends 10,000+)."""

from __future__ import annotations

from typing import Any

from flask import Flask

from tests.fuzz import csrf_of, fuzz
from tests.helpers import hold
from tests.test_regions import _plain_get_paths


def _pages(app: Flask, extra: list[str]) -> list[str]:
    return [*_plain_get_paths(app), *extra]


def test_a_members_forms_never_answer_a_5xx(app: Flask, ada_client: Any, ada: Any) -> None:
    row = hold(ada, "python")
    pages = _pages(
        app,
        [
            f"/skills/{row.id}/edit",
            "/profile/about/edit",
            "/profile/direction/edit",
            "/roles/backend-developer",
            "/skills/propose",
            "/goals/new",
        ],
    )
    report = fuzz(ada_client, pages, csrf_of, per_form=8, limit=300)
    assert report.sent >= 150
    assert report.failures == [], report.failures[:5]


def test_an_admins_forms_never_answer_a_5xx(app: Flask, admin_client: Any) -> None:
    report = fuzz(admin_client, _pages(app, []), csrf_of, per_form=6, limit=300)
    assert report.sent >= 100
    assert report.failures == [], report.failures[:5]


def test_a_visitors_forms_never_answer_a_5xx(app: Flask, client: Any) -> None:
    pages = ["/", "/login", "/register", "/reset", "/verify"]
    report = fuzz(client, pages, csrf_of, per_form=25, limit=150)
    assert report.sent >= 50
    assert report.failures == [], report.failures[:5]
