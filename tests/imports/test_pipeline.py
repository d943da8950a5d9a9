"""The import pipeline for real: upload → committed row → RQ job on Redis → proposals →
accept into UserSkill; failures, cancel, Redis down, and the reaper."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from rq import Callback, Queue

from smatrx.extensions import db
from smatrx.imports import services
from smatrx.imports.reaper import LOST, reconcile_imports
from smatrx.jobs.queue import get_redis
from smatrx.models import Notification, Skill, SkillImport, SkillImportFile, UserSkill
from smatrx.models.base import utcnow
from tests.helpers import csrf_for, latest_import, make_user, run_jobs, sign_in

RESUME = b"""Ada Lovelace
Senior engineer

Experience
Platform engineer, Acme (Mar 2017 - Jun 2020)
- Built data pipelines in Python on PostgreSQL.
- Ran services on Kubernetes.

Backend developer, Initech (2020 - present)
- Python and PostgreSQL every day; some Go for tooling.

Skills: Python, PostgreSQL, Kubernetes, Terraform
"""


def upload(client, source: str, data: bytes, filename: str):
    token = csrf_for(client, "/imports")
    return client.post(
        f"/imports/{source}",
        data={"csrf_token": token, f"{source}-file": (io.BytesIO(data), filename)},
        content_type="multipart/form-data",
    )


def test_a_resume_import_runs_and_proposes_skills(app, ada_client, ada, redis_conn):
    response = upload(ada_client, "resume", RESUME, "cv.txt")
    assert response.status_code == 302
    row = latest_import(ada)
    assert response.headers["Location"] == f"/imports/{row.id}"
    assert row.status == "pending"
    assert Queue("default", connection=get_redis(app)).fetch_job(row.id) is not None

    run_jobs(app)

    row = latest_import(ada)
    assert row.status == "completed", row.error
    assert row.progress == 100
    names = {p["name"]: p for p in row.results["proposals"]}
    assert {"Python", "PostgreSQL", "Kubernetes"} <= set(names)
    assert names["Python"]["years"] >= 8  # Mar 2017 to today, the two jobs joined
    assert names["Kubernetes"]["years"] == 3  # only the Acme job mentions it
    assert names["Terraform"]["years"] is None  # only listed, never dated
    assert names["Python"]["evidence"]
    assert db.session.scalar(db.select(db.func.count()).select_from(SkillImportFile)) == 0
    assert len(row.skills) == len(row.results["proposals"])
    # The first completed import also earns an achievement, announced the same way.
    kinds = sorted(db.session.scalars(db.select(Notification.kind)))
    assert kinds == ["achievement.earned", "import.completed"]

    page = ada_client.get(f"/imports/{row.id}").get_data(as_text=True)
    assert "Skills found" in page and "Python" in page


def test_accepting_merges_by_the_rules(app, ada_client, ada, redis_conn):
    python = db.session.scalar(db.select(Skill).where(Skill.slug == "python"))
    db.session.add(
        UserSkill(
            user_id=ada.id,
            skill_id=python.id,
            level="beginner",
            proficiency_score=10,
            source="manual",
        )
    )
    db.session.commit()
    upload(ada_client, "resume", RESUME, "cv.txt")
    run_jobs(app)
    row = latest_import(ada)
    chosen = [
        p["skill_id"] for p in row.results["proposals"] if p["name"] in ("Python", "Kubernetes")
    ]
    response = ada_client.post(
        f"/imports/{row.id}/accept",
        data={"csrf_token": csrf_for(ada_client, f"/imports/{row.id}"), "skill_id": chosen},
    )
    assert response.headers["Location"] == "/skills"
    held = {
        us.skill.name: us
        for us in db.session.scalars(db.select(UserSkill).where(UserSkill.user_id == ada.id))
    }
    assert held["Kubernetes"].source == "resume"
    assert held["Kubernetes"].years_experience
    # Added by hand: the values stay, the evidence is appended.
    assert held["Python"].level == "beginner" and held["Python"].source == "manual"
    assert held["Python"].evidence["imports"][0]["import"] == row.id


def test_another_partys_technology_is_listed_apart_unticked_and_can_be_added(
    app, ada_client, ada, redis_conn
):
    resume = RESUME + b"\nThe client's Java team owns the billing services; I read their APIs.\n"
    upload(ada_client, "resume", resume, "cv.txt")
    run_jobs(app)
    row = latest_import(ada)
    java = next(p for p in row.results["proposals"] if p["name"] == "Java")
    assert java["someone_elses"] and java["years"] is None
    assert "client's «Java» team" in java["evidence"][0]
    # Not counted as found, not linked as a matched skill.
    assert "Java" not in {skill.name for skill in row.skills}
    assert row.message.startswith(f"Found {len(row.results['proposals']) - 1} skills")

    page = ada_client.get(f"/imports/{row.id}").get_data(as_text=True)
    apart = page.split("Named as someone else")[1]
    assert f'id="accept-{java["skill_id"]}">' in apart  # present, not ticked
    assert f'id="accept-{java["skill_id"]}" checked' not in page
    assert "client&#39;s «Java» team" in apart

    ada_client.post(
        f"/imports/{row.id}/accept",
        data={
            "csrf_token": csrf_for(ada_client, f"/imports/{row.id}"),
            "skill_id": [java["skill_id"]],
        },
    )
    held = db.session.scalars(db.select(UserSkill).where(UserSkill.user_id == ada.id)).all()
    assert [(us.skill.name, us.level, us.years_experience) for us in held] == [
        ("Java", "beginner", None)
    ]


def test_the_status_card_polls_while_running_and_stops_after(app, ada_client, ada, redis_conn):
    upload(ada_client, "resume", RESUME, "cv.txt")
    row = latest_import(ada)
    running = ada_client.get(
        f"/imports/{row.id}/status?was=pending", headers={"HX-Request": "true"}
    )
    assert 'hx-trigger="every 1s"' in running.get_data(as_text=True)
    run_jobs(app)
    db.session.expire_all()  # the job wrote through its own session
    done = ada_client.get(
        f"/imports/{row.id}/status?was=processing", headers={"HX-Request": "true"}
    )
    assert "hx-trigger" not in done.get_data(as_text=True)
    assert done.headers["HX-Refresh"] == "true"


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "cv.pdf", "not a PDF, Word"),
        (b"", "cv.txt", "The file is empty."),
    ],
)
def test_hostile_or_wrong_uploads_are_refused_at_once(ada_client, ada, data, filename, message):
    response = upload(ada_client, "resume", data, filename)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert latest_import(ada) is None


def test_a_corrupt_pdf_fails_the_import_with_a_clear_message(app, ada_client, ada, redis_conn):
    upload(ada_client, "resume", b"%PDF-1.7\n this is not really a pdf", "cv.pdf")
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "failed"
    assert "could not be read" in row.error
    assert db.session.scalar(db.select(db.func.count()).select_from(SkillImportFile)) == 0


def test_a_linkedin_zip_bomb_fails_cleanly(app, ada_client, ada, redis_conn):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Skills.csv", b"Name\n" + b"A" * (30 * 1024 * 1024))
    upload(ada_client, "linkedin", buffer.getvalue(), "export.zip")
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "failed"
    assert row.error and "Traceback" not in row.error


def test_one_running_import_per_source(ada_client, ada, redis_conn):
    upload(ada_client, "resume", RESUME, "cv.txt")
    second = upload(ada_client, "resume", RESUME, "cv.txt")
    assert second.status_code == 409
    assert "already running" in second.get_data(as_text=True)


def test_cancel_stops_the_import_and_keeps_nothing(app, ada_client, ada, redis_conn):
    upload(ada_client, "resume", RESUME, "cv.txt")
    row = latest_import(ada)
    ada_client.post(
        f"/imports/{row.id}/cancel", data={"csrf_token": csrf_for(ada_client, "/imports")}
    )
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "failed" and row.error == "Cancelled"
    assert row.results is None
    assert db.session.scalar(db.select(db.func.count()).select_from(SkillImportFile)) == 0


def test_redis_down_at_start_is_explained_and_leaves_nothing(app, ada_client, ada, monkeypatch):
    from redis.exceptions import ConnectionError as RedisConnectionError

    def refuse(*args, **kwargs):
        raise RedisConnectionError("down")

    monkeypatch.setattr(Queue, "enqueue", refuse)  # the queue server, not our code, fails
    response = upload(ada_client, "resume", RESUME, "cv.txt")
    assert response.headers["Location"] == "/imports"
    row = latest_import(ada)
    assert row.status == "failed"
    assert "briefly unavailable" in row.error
    assert db.session.scalar(db.select(db.func.count()).select_from(SkillImportFile)) == 0


def test_the_reaper_requeues_a_lost_job_then_gives_up(app, ada_client, ada, redis_conn):
    upload(ada_client, "resume", RESUME, "cv.txt")
    row = latest_import(ada)
    # A worker took it and died: processing, no job left in Redis, silent for long.
    redis_conn.flushdb()
    row.status, row.attempts = "processing", 1
    row.heartbeat_at = utcnow() - timedelta(minutes=10)
    db.session.commit()

    assert reconcile_imports()["requeued"] == 1
    run_jobs(app)
    assert latest_import(ada).status == "completed"

    upload(ada_client, "linkedin", b"Name\nPython\n", "Skills.csv")
    lost = db.session.scalar(
        db.select(SkillImport).where(
            SkillImport.user_id == ada.id, SkillImport.source == "linkedin"
        )
    )
    redis_conn.flushdb()
    lost.status, lost.attempts = "processing", 3
    lost.heartbeat_at = utcnow() - timedelta(minutes=10)
    db.session.commit()
    assert reconcile_imports()["failed"] == 1
    db.session.refresh(lost)
    assert lost.status == "failed" and lost.error == LOST


def test_the_reaper_fails_an_upload_import_whose_file_is_gone(app, ada_client, ada, redis_conn):
    upload(ada_client, "resume", RESUME, "cv.txt")
    row = latest_import(ada)
    redis_conn.flushdb()
    db.session.execute(db.delete(SkillImportFile).where(SkillImportFile.import_id == row.id))
    row.status, row.attempts = "processing", 1  # attempts left, but nothing left to read
    row.heartbeat_at = utcnow() - timedelta(minutes=10)
    db.session.commit()

    assert reconcile_imports() == {"requeued": 0, "failed": 1, "waiting": 0}
    row = latest_import(ada)
    assert row.status == "failed" and row.error == LOST
    assert Queue("default", connection=get_redis(app)).fetch_job(row.id) is None


def test_a_job_queued_by_an_older_version_is_recovered_by_the_reaper(
    app, ada_client, ada, redis_conn
):
    """Jobs enqueued before the job moved into smatrx.imports name a path that is gone: the
    job fails, the row (the truth) waits, and the reaper enqueues it again on the new path."""
    upload(ada_client, "resume", RESUME, "cv.txt")
    row = latest_import(ada)
    queue = Queue("default", connection=get_redis(app))
    queue.fetch_job(row.id).delete()
    queue.enqueue(
        "smatrx.jobs.imports.run_import",
        row.id,
        job_id=row.id,
        on_failure=Callback("smatrx.jobs.imports.import_job_failed"),
    )
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "pending"
    row.started_at = utcnow() - timedelta(minutes=10)
    db.session.commit()
    assert reconcile_imports()["requeued"] == 1
    run_jobs(app)
    assert latest_import(ada).status == "completed", latest_import(ada).error


def test_imports_are_their_owners_only(ada_client, another_client, ada, redis_conn):
    upload(ada_client, "resume", RESUME, "cv.txt")
    row = latest_import(ada)
    make_user("eve@example.com")
    sign_in(another_client, "eve@example.com")
    assert another_client.get(f"/imports/{row.id}").status_code == 404
    assert (
        another_client.get(f"/imports/{row.id}/status", headers={"HX-Request": "true"}).status_code
        == 404
    )
    token = csrf_for(another_client, "/imports")
    for action in ("cancel", "accept", "profile", "apply/x"):
        assert (
            another_client.post(
                f"/imports/{row.id}/{action}", data={"csrf_token": token}
            ).status_code
            == 404
        )


def test_a_linkedin_csv_import(app, ada_client, ada, redis_conn):
    upload(
        ada_client,
        "linkedin",
        b"Name\nPython\nKubernetes\nUnderwater Basket Weaving\n",
        "Skills.csv",
    )
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "completed", row.error
    assert {p["name"] for p in row.results["proposals"]} >= {"Python", "Kubernetes"}


def test_services_refuse_a_second_running_import(ada):
    services.create_import(ada, "resume", "a.txt", "text/plain", b"Python")
    with pytest.raises(services.ImportRefused):
        services.create_import(ada, "resume", "b.txt", "text/plain", b"Python")


@pytest.mark.parametrize(
    ("fixture", "filename", "message"),
    [
        ("encrypted_pdf", "cv.pdf", "password-protected"),
        ("empty_pdf", "cv.pdf", "No text could be found"),
        ("corrupt_docx", "cv.docx", "could not be read"),
    ],
)
def test_hostile_resumes_fail_with_a_clear_message(
    app, ada_client, ada, redis_conn, fixture, filename, message
):
    from tests.imports import resume_fixtures

    response = upload(ada_client, "resume", getattr(resume_fixtures, fixture)(), filename)
    if fixture == "corrupt_docx":  # its bytes already say so: refused before any job
        assert response.status_code == 422
        assert message in response.get_data(as_text=True)
        assert latest_import(ada) is None
        return
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "failed"
    assert message in row.error
    assert db.session.scalar(db.select(db.func.count()).select_from(SkillImportFile)) == 0


def test_a_linkedin_zip_with_traversal_names_reads_only_safe_entries(
    app, ada_client, ada, redis_conn
):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../Skills.csv", "Name\nCOBOL\n")
        archive.writestr("Export/Skills.csv", "Name\nPython\n")
    upload(ada_client, "linkedin", buffer.getvalue(), "export.zip")
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "completed", row.error
    assert [p["name"] for p in row.results["proposals"]] == ["Python"]


def test_an_oversized_upload_gets_the_413_page(ada_client, app):
    token = csrf_for(ada_client, "/imports")
    limit = app.config["MAX_CONTENT_LENGTH"]
    response = ada_client.post(
        "/imports/resume",
        data={"csrf_token": token, "resume-file": (io.BytesIO(b"x" * (limit + 1)), "big.txt")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 413
    assert "larger than 10 MB" in response.get_data(as_text=True)
