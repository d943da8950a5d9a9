"""Each step of the import job is its own commit (the services only flush): another
connection sees the progress as it happens, and a cancel the web commits while the job
runs is seen at the job's next step. Real commits (committing_db): the web request runs on
its own connection, as it does in production."""

from __future__ import annotations

import dataclasses
import io
import threading
from typing import Any

from sqlalchemy import select

from smatrx.extensions import db
from smatrx.imports.job import run_import
from smatrx.imports.registry import SOURCES, SourceInput
from smatrx.models import SkillImport
from tests.helpers import csrf_for, make_user, sign_in
from tests.imports.test_pipeline import RESUME

TIMEOUT = 15  # seconds the cancel may take before the test gives up (never hangs)


def test_a_cancel_from_the_web_is_seen_at_the_jobs_next_step(
    app: Any, committing_db: Any, redis_conn: Any, monkeypatch: Any
) -> None:
    user = make_user("steps@example.com")
    db.session.commit()
    web = app.test_client()
    sign_in(web, user.email)
    token = csrf_for(web, "/imports")
    web.post(
        "/imports/resume",
        data={"csrf_token": token, "resume-file": (io.BytesIO(RESUME), "cv.txt")},
        content_type="multipart/form-data",
    )
    import_id = db.session.scalar(select(SkillImport.id).where(SkillImport.user_id == user.id))
    seen: dict[str, Any] = {}
    resume = SOURCES["resume"]

    def read_while_the_person_cancels(given: SourceInput) -> Any:
        with db.engine.connect() as other:
            seen["progress"] = other.execute(
                select(SkillImport.progress, SkillImport.status).where(SkillImport.id == import_id)
            ).one()
        thread = threading.Thread(
            target=lambda: seen.setdefault(
                "cancel", web.post(f"/imports/{import_id}/cancel", data={"csrf_token": token})
            ),
            daemon=True,
        )
        thread.start()
        thread.join(TIMEOUT)
        seen["cancel_waited"] = thread.is_alive()  # it would wait on a step left uncommitted
        return resume.read(given)

    monkeypatch.setitem(
        SOURCES, "resume", dataclasses.replace(resume, read=read_while_the_person_cancels)
    )
    assert run_import(import_id) == "cancelled"
    assert seen["progress"] == (15, "processing")  # the step before was committed
    assert not seen["cancel_waited"] and seen["cancel"].status_code == 302
    db.session.expire_all()
    row = db.session.get(SkillImport, import_id)
    assert row.status == "failed" and row.error == "Cancelled" and row.results is None
