"""/admin/system: the readings, and the failed-job actions, with a real queue and worker."""

from __future__ import annotations

import re
from typing import Any

from flask import Flask

from smatrx.jobs.queue import get_queue
from tests.helpers import csrf_for, run_jobs


def failing_job() -> None:
    raise RuntimeError("the disk is full")


def test_only_admins_see_the_system_page(client: Any, ada_client: Any) -> None:
    assert ada_client.get("/admin/system").status_code == 403


def test_the_page_shows_version_schema_queue_and_tables(admin_client: Any) -> None:
    page = admin_client.get("/admin/system").get_data(as_text=True)
    assert "Version" in page and "up to date" in page
    assert re.search(r"<code>\d{4}_\w+</code>", page)  # the schema's head, named
    assert "Background jobs" in page and "Workers" in page
    assert "UserSkill" in page and "Dead rows" in page
    assert "pg_stat_statements" in page or "Slowest statements" in page


def test_a_failed_job_can_be_retried_or_deleted(app: Flask, admin_client: Any) -> None:
    with app.app_context():
        queue = get_queue()
        first = queue.enqueue(failing_job)
        second = queue.enqueue(failing_job)
    run_jobs(app)
    page = admin_client.get("/admin/system").get_data(as_text=True)
    assert "RuntimeError: the disk is full" in page and first.id in page
    token = csrf_for(admin_client, "/admin/system")
    answer = admin_client.post(f"/admin/system/jobs/{first.id}/retry", data={"csrf_token": token})
    assert answer.status_code == 302
    with app.app_context():
        assert first.id in get_queue().job_ids
    answer = admin_client.post(f"/admin/system/jobs/{second.id}/delete", data={"csrf_token": token})
    assert answer.status_code == 302
    again = admin_client.post(f"/admin/system/jobs/{second.id}/delete", data={"csrf_token": token})
    assert again.status_code == 404
    no_token = admin_client.post(f"/admin/system/jobs/{first.id}/delete")
    assert no_token.status_code == 400
    with app.app_context():
        get_queue().empty()
