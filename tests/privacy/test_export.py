"""Download my data: the ZIP holds every personal row (compared with the database), no
secret; one an hour; progress polled; the link is the person's only and goes stale."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import timedelta
from typing import Any

from flask import Flask
from sqlalchemy import select, text

from smatrx.extensions import db
from smatrx.models import AuditEvent, DataExport
from smatrx.models.base import utcnow
from smatrx.privacy import export
from tests.helpers import HX, csrf_for, post_form, run_jobs, signed_in
from tests.privacy.builders import rich_person

# Columns holding a person's id, found from the database's own catalog (not the code
# under test): every foreign key to "User".
USER_COLUMNS = text(
    "SELECT cl.relname, a.attname FROM pg_constraint c"
    " JOIN pg_class cl ON cl.oid = c.conrelid"
    " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
    " WHERE c.contype = 'f' AND c.confrelid = '\"User\"'::regclass"
)


def export_zip(client: Any, app: Flask) -> tuple[zipfile.ZipFile, DataExport]:
    response = post_form(client, "/account/data", "/account/data/export")
    assert response.status_code == 302
    run_jobs(app)
    db.session.expire_all()
    row = db.session.scalar(select(DataExport).order_by(DataExport.created_at.desc()).limit(1))
    assert row.status == "completed", row.error
    page = client.get("/account/data").get_data(as_text=True)
    link = page.split('href="/account/data/download/', 1)[1].split('"', 1)[0]
    response = client.get("/account/data/download/" + link)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(response.data)), row


def table(archive: zipfile.ZipFile, name: str) -> list[dict[str, Any]]:
    return json.loads(archive.read(f"data/{name}.json"))


def test_the_zip_holds_every_personal_row_and_no_secret(
    app: Flask, client: Any, db_session: Any
) -> None:
    cast = rich_person()
    person = cast.person
    audit_before = set(
        db.session.scalars(
            select(AuditEvent.id).where(
                (AuditEvent.actor_id == person.id) | (AuditEvent.subject_id == person.id)
            )
        )
    )
    assert len(audit_before) > 10
    # Every row of every table that references the person by a foreign key, as the
    # database holds them when the person asks (the export then adds its own rows).
    expected: dict[tuple[str, str], set[str]] = {}
    for table_name, column in db.session.execute(USER_COLUMNS).all():
        expected[table_name, column] = set(
            db.session.scalars(
                text(f'SELECT id FROM "{table_name}" WHERE "{column}" = :uid'),
                {"uid": person.id},
            )
        )
    assert len(expected) >= 15
    signed_in(client, person)
    archive, _row = export_zip(client, app)
    for (table_name, column), ids in expected.items():
        exported = {row["id"] for row in table(archive, table_name)}
        assert ids <= exported, (table_name, column)
    # And what reaches the person another way, by the ids the builder made.
    for table_name, ids in cast.ids.items():
        if table_name.endswith("_team"):
            continue
        exported = {row["id"] for row in table(archive, table_name)}
        assert ids <= exported, table_name
    assert audit_before <= {row["id"] for row in table(archive, "AuditEvent")}
    imports = table(archive, "SkillImport")
    links = table(archive, "_ImportSkills")
    assert all(link["B"] in {i["id"] for i in imports} for link in links)

    # Nothing secret; the upload's bytes as a file of its own.
    everything = b"".join(archive.read(name) for name in archive.namelist())
    for secret in (b"secret-access-token", b"hash-of-a-secret", b"invite-hash"):
        assert secret not in everything
    (user_row,) = table(archive, "User")
    assert "passwordHash" not in user_row and user_row["email"] == person.email
    assert "access_token" not in table(archive, "Account")[0]
    (upload,) = table(archive, "SkillImportFile")
    assert "data" not in upload
    assert archive.read(f"files/{upload['importId']}/rhea cv.txt") == b"Python, SQL.\n\n"

    # CSVs and the README.
    skills = list(csv.DictReader(io.StringIO(archive.read("skills.csv").decode())))
    assert {row["skill"] for row in skills} == {"Python", "PostgreSQL"}
    goals = list(csv.DictReader(io.StringIO(archive.read("goals.csv").decode())))
    assert goals[0]["title"] == "'=Lead the data team"  # not a formula in a spreadsheet
    readme = archive.read("README.txt").decode()
    for name in archive.namelist():
        if name.startswith("data/"):
            assert name in readme
            rows = table(archive, name.removeprefix("data/").removesuffix(".json"))
            for column in rows[0] if rows else {}:
                assert f"  {column} (" in readme, (name, column)
    assert "Not described yet" not in readme


def test_progress_is_polled_and_stops_when_done(app: Flask, client: Any, db_session: Any) -> None:
    cast = rich_person("poll@example.com")
    signed_in(client, cast.person)
    post_form(client, "/account/data", "/account/data/export")
    row = export.latest_export(cast.person.id)
    card = client.get(f"/account/data/export/{row.id}/status?was=pending", headers=HX)
    assert 'hx-trigger="every 1s"' in card.get_data(as_text=True)
    run_jobs(app)
    db.session.expire_all()  # a real request starts with a fresh session
    card = client.get(f"/account/data/export/{row.id}/status?was=pending", headers=HX)
    html = card.get_data(as_text=True)
    assert "every 1s" not in html and "Download your data" in html
    assert card.headers.get("HX-Refresh") == "true"
    (recorded,) = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "export", AuditEvent.entity_id == row.id)
    )
    assert recorded.subject_id == cast.person.id and recorded.actor_id == cast.person.id


def test_one_export_an_hour(app: Flask, client: Any, db_session: Any) -> None:
    cast = rich_person("hourly@example.com")
    signed_in(client, cast.person)
    page = client.get("/account/data").get_data(as_text=True)
    assert "one export an hour" in page
    post_form(client, "/account/data", "/account/data/export")
    run_jobs(app)
    response = post_form(client, "/account/data", "/account/data/export", follow_redirects=True)
    assert "one export an hour" in response.get_data(as_text=True)
    assert (
        db.session.scalar(
            select(db.func.count())
            .select_from(DataExport)
            .where(DataExport.user_id == cast.person.id, DataExport.status != "expired")
        )
        == 1
    )


def test_another_persons_export_and_link_are_404(
    app: Flask, client: Any, another_client: Any, db_session: Any
) -> None:
    cast = rich_person("owner@example.com")
    signed_in(client, cast.person)
    _archive, row = export_zip(client, app)
    page = client.get("/account/data").get_data(as_text=True)
    link = (
        "/account/data/download/"
        + page.split('href="/account/data/download/', 1)[1].split('"', 1)[0]
    )
    signed_in(another_client, cast.colleague)
    assert another_client.get(link).status_code == 404
    assert (
        another_client.get(f"/account/data/export/{row.id}/status", headers=HX).status_code == 404
    )
    assert another_client.get("/account/data/download/not-a-token").status_code == 404


def test_a_stale_link_gets_a_clear_page_and_the_file_is_purged(
    app: Flask, client: Any, db_session: Any
) -> None:
    cast = rich_person("stale@example.com")
    signed_in(client, cast.person)
    _archive, row = export_zip(client, app)
    token = export.download_token(row)
    path = export.exports_folder() / row.path
    assert path.is_file()
    assert export.purge_expired_exports(utcnow() + timedelta(hours=25), dry_run=True) == 1
    assert path.is_file()
    assert export.purge_expired_exports(utcnow() + timedelta(hours=25)) == 1
    assert not path.exists()
    response = client.get(f"/account/data/download/{token}")
    assert response.status_code == 410
    assert "This download link has expired" in response.get_data(as_text=True)


def test_a_link_past_24_hours_is_stale_even_before_the_purge(
    app: Flask, client: Any, db_session: Any, monkeypatch: Any
) -> None:
    cast = rich_person("late@example.com")
    signed_in(client, cast.person)
    _archive, row = export_zip(client, app)
    token = export.download_token(row)
    monkeypatch.setattr(export, "LINK_LIFETIME", timedelta(seconds=-1))
    response = client.get(f"/account/data/download/{token}")
    assert response.status_code == 410
    assert csrf_for(client, "/account/data")


def test_an_export_whose_worker_died_is_failed_by_the_periodic_task(
    client: Any, db_session: Any
) -> None:
    cast = rich_person("stuck@example.com")
    row = DataExport(
        user_id=cast.person.id, status="processing", created_at=utcnow() - timedelta(hours=1)
    )
    db.session.add(row)
    db.session.commit()
    export.purge_exports_task()
    db.session.expire_all()
    assert db.session.get(DataExport, row.id).status == "failed"
    signed_in(client, cast.person)
    page = client.get("/account/data").get_data(as_text=True)
    assert "every 1s" not in page and "Something went wrong" in page
