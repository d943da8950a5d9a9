"""The whole round trip on real PostgreSQL: people, skills, goals and imports in, a
backup, the database dropped and made again empty, the restore, every row back. And the
refusals: a corrupted dump, a backup newer than the code, a database that is not empty."""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest
from flask import Flask
from sqlalchemy import select

from smatrx import create_app
from smatrx.backup.manifest import DUMP_NAME, MANIFEST_NAME
from smatrx.extensions import db
from smatrx.models import CareerGoal, SkillImport, User, UserSkill
from tests.conftest import _with_database, _with_redis_db, make_test_env
from tests.helpers import hold, make_user

# A few rows compared column by column after the restore (besides every table's count).
SAMPLE_QUERIES = {
    "people": 'SELECT id, email, name, role, "passwordHash" FROM "User" ORDER BY email',
    "skills": 'SELECT "userId", "skillId", level, "proficiencyScore", source, verified '
    'FROM "UserSkill" ORDER BY "userId", "skillId"',
    "goals": 'SELECT "userId", title, type, status, priority FROM "CareerGoal" ORDER BY title',
    "imports": 'SELECT "userId", source, status, progress, results FROM "SkillImport" '
    'ORDER BY "userId"',
}


def _admin(url: str) -> psycopg.Connection:
    return psycopg.connect(_with_database(url, "postgres"), autocommit=True)


def _recreate_empty(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with _admin(url) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')


def _samples(url: str) -> dict[str, list[tuple[Any, ...]]]:
    with psycopg.connect(url) as connection:
        return {key: connection.execute(query).fetchall() for key, query in SAMPLE_QUERIES.items()}


def _tables(url: str) -> int:
    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture(scope="module")
def source(
    server_urls: dict[str, str],
    throwaway_database: Any,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, Any]]:
    """A database of its own, migrated, with the catalog and people who have skills,
    goals and imports; its app; and a backup of it made by the command."""
    from flask_migrate import upgrade

    from smatrx.seed.loader import load_catalog

    url = throwaway_database("smatrx_backup")
    folder = tmp_path_factory.mktemp("backup")
    app = create_app(
        env=make_test_env(
            url,
            _with_redis_db(server_urls["redis"], int(os.environ.get("TEST_REDIS_DB", "15"))),
            folder / "instance",
        )
    )
    with app.app_context():
        upgrade()
        load_catalog()
        ada = make_user("ada@example.com", name="Ada Lovelace")
        grace = make_user("grace@example.com", "admin", name="Grace Hopper")
        make_user("nia@example.com", name="Nia New", onboarded=False)
        hold(ada, "python", level="expert", proficiency_score=90, verified=True)
        hold(ada, "sql")
        hold(grace, "rust", level="beginner", proficiency_score=10, source="github")
        db.session.add_all(
            [
                CareerGoal(
                    user_id=ada.id,
                    title="Lead a team",
                    type="project",
                    status="active",
                    priority="high",
                ),
                CareerGoal(
                    user_id=grace.id,
                    title="Learn Rust",
                    type="skill",
                    status="completed",
                    priority="medium",
                ),
                SkillImport(
                    user_id=ada.id,
                    source="resume",
                    status="completed",
                    progress=100,
                    results={"found": ["python", "sql"], "note": 'é ✓ "quoted"'},
                ),
            ]
        )
        db.session.commit()
        db.session.remove()
        db.engine.dispose()
    backup = folder / "smatrx.tar"
    result = app.test_cli_runner().invoke(args=["smatrx", "backup", str(backup)])
    assert result.exit_code == 0, result.output
    yield {"app": app, "url": url, "backup": backup, "folder": folder}
    with app.app_context():
        db.engine.dispose()  # the database is dropped with the session's throwaways


def _restore(app: Flask, path: Path) -> Any:
    return app.test_cli_runner().invoke(args=["smatrx", "restore", str(path)])


def _rewrite(backup: Path, out: Path, *, manifest: dict[str, Any] | None = None) -> Path:
    """A copy of the backup, with the manifest's fields replaced."""
    with tarfile.open(backup) as tar:
        raw = json.loads(tar.extractfile(MANIFEST_NAME).read())  # type: ignore[union-attr]
        dump = tar.extractfile(DUMP_NAME).read()  # type: ignore[union-attr]
    raw.update(manifest or {})
    with tarfile.open(out, "w") as tar:
        for name, data in ((MANIFEST_NAME, json.dumps(raw).encode()), (DUMP_NAME, dump)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out


def test_the_backup_is_one_file_only_its_owner_reads(source: dict[str, Any]) -> None:
    backup: Path = source["backup"]
    assert backup.stat().st_mode & 0o777 == 0o600
    with tarfile.open(backup) as tar:
        assert tar.getnames() == [MANIFEST_NAME, DUMP_NAME]
        manifest = json.loads(tar.extractfile(MANIFEST_NAME).read())  # type: ignore[union-attr]
    assert manifest["migration_head"] == _code_head(source["app"])
    assert manifest["table_counts"]["User"] == 3
    assert manifest["table_counts"]["UserSkill"] == 3
    assert manifest["table_counts"]["CareerGoal"] == 2
    assert manifest["table_counts"]["SkillImport"] == 1
    assert manifest["table_counts"]["Skill"] > 100  # the catalog
    assert manifest["pg_dump_version"].startswith("pg_dump (PostgreSQL)")
    assert not list(source["folder"].glob("*.partial"))


def _code_head(app: Flask) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(app.extensions["migrate"].directory).get_current_head()


def test_round_trip_brings_every_row_back_and_refusals_leave_the_database_alone(
    source: dict[str, Any],
) -> None:
    app, url, backup = source["app"], source["url"], source["backup"]
    folder: Path = source["folder"]
    before = _samples(url)
    with tarfile.open(backup) as tar:
        manifest = json.loads(tar.extractfile(MANIFEST_NAME).read())  # type: ignore[union-attr]

    # Over live data: refused in one line, nothing touched.
    result = _restore(app, backup)
    assert result.exit_code == 1
    assert "is not empty" in result.output
    assert len(result.output.strip().splitlines()) == 1

    _recreate_empty(url)
    assert _tables(url) == 0

    # A corrupted dump: bytes flipped in the middle of the file (inside the dump).
    corrupted = folder / "corrupted.tar"
    data = bytearray(backup.read_bytes())
    for offset in range(len(data) // 2, len(data) // 2 + 16):
        data[offset] ^= 0xFF
    corrupted.write_bytes(bytes(data))
    result = _restore(app, corrupted)
    assert result.exit_code == 1
    assert "corrupted" in result.output and "Nothing was restored" in result.output
    assert _tables(url) == 0

    # A backup from a newer version of the code.
    newer = _rewrite(backup, folder / "newer.tar", manifest={"migration_head": "0999_future"})
    result = _restore(app, newer)
    assert result.exit_code == 1
    assert "0999_future is newer than this code's" in result.output
    assert _tables(url) == 0

    # A truncated file, and something that is not a backup at all.
    (folder / "truncated.tar").write_bytes(backup.read_bytes()[: len(data) // 3])
    result = _restore(app, folder / "truncated.tar")
    assert result.exit_code == 1 and "damaged" in result.output
    (folder / "notes.txt").write_text("not a backup\n")
    result = _restore(app, folder / "notes.txt")
    assert result.exit_code == 1 and "not a SMATRX backup" in result.output
    assert _tables(url) == 0

    # The real restore: every table's count, and the sample rows, as before.
    result = _restore(app, backup)
    assert result.exit_code == 0, result.output
    assert "every table has its rows back" in result.output
    assert _samples(url) == before
    with psycopg.connect(url) as connection:
        from smatrx.backup.operations import table_counts

        assert table_counts(connection) == manifest["table_counts"]

    # The app reads the restored data.
    with app.app_context():
        ada = db.session.scalar(select(User).where(User.email == "ada@example.com"))
        assert ada is not None
        assert (
            len(db.session.scalars(select(UserSkill).where(UserSkill.user_id == ada.id)).all()) == 2
        )
        db.session.remove()
        db.engine.dispose()


def test_backup_to_stdout_verifies_and_a_wrong_manifest_fails_verification(
    source: dict[str, Any],
) -> None:
    app, folder = source["app"], source["folder"]
    runner = app.test_cli_runner()
    result = runner.invoke(args=["smatrx", "backup", "-"])
    assert result.exit_code == 0, result.stderr
    streamed = folder / "streamed.tar"
    streamed.write_bytes(result.stdout_bytes)
    with tarfile.open(streamed) as tar:
        assert tar.getnames() == [MANIFEST_NAME, DUMP_NAME]

    result = runner.invoke(args=["smatrx", "verify-backup", str(streamed)])
    assert result.exit_code == 0, result.output
    assert "Backup verified" in result.output

    with tarfile.open(streamed) as tar:
        wrong = json.loads(tar.extractfile(MANIFEST_NAME).read())  # type: ignore[union-attr]
    counts = wrong["table_counts"] | {"User": wrong["table_counts"]["User"] + 1}
    tampered = _rewrite(streamed, folder / "tampered.tar", manifest={"table_counts": counts})
    result = runner.invoke(args=["smatrx", "verify-backup", str(tampered)])
    assert result.exit_code == 1
    assert "table User has 3 rows, expected 4" in result.output

    with _admin(source["url"]) as connection:
        left = connection.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'smatrx\\_verify\\_%'"
        ).fetchall()
    assert left == []


def test_the_password_never_reaches_a_command_line(
    source: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client programs get the password in PGPASSWORD only (the test server trusts
    local connections, so any password signs in)."""
    from smatrx.backup import operations

    password = "pw-that-must-not-leak"
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def recording_run(command: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append((list(command), dict(kwargs.get("env") or {})))
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", recording_run)
    target = operations.Target(operations.Target.from_url(source["url"]).params, password)
    operations.make_backup(target, io.BytesIO(), app_version="test")
    dumps = [(command, env) for command, env in seen if Path(command[0]).name == "pg_dump"]
    assert any("--format=custom" in command for command, _ in dumps)
    for command, env in dumps:
        assert not any(password in part for part in command)
        if "--format=custom" in command:
            assert env["PGPASSWORD"] == password
