"""Backup, restore and verification against a PostgreSQL server (no Flask here)."""

from __future__ import annotations

import secrets
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import psycopg
from psycopg import sql

from smatrx.backup.archive import BackupReader, write_archive
from smatrx.backup.manifest import (
    DUMP_NAME,
    Manifest,
    compare_counts,
    head_relation,
    migration_head_of,
    pg_major_from_version_num,
    pg_major_from_version_output,
    qualified_table_name,
    sha256_of,
)
from smatrx.backup.pgtools import BackupError, Target, find_program, run_program

Say = Callable[[str], None]

# Relations outside the system schemas, of the kinds given (%s: a list of relkind).
_USER_RELATIONS = """
    SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = ANY(%s::"char"[])
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp\\_%%'
    ORDER BY 1, 2
"""


def _quiet(_: str) -> None:
    pass


def connect(target: Target, *, autocommit: bool = True) -> psycopg.Connection:
    try:
        return psycopg.connect(**target.connect_kwargs(), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BackupError(f"cannot connect to database {target.database!r}: {first}") from exc


def server_major(connection: psycopg.Connection) -> int:
    row = connection.execute("SHOW server_version_num").fetchone()
    assert row is not None
    return pg_major_from_version_num(int(row[0]))


def table_counts(connection: psycopg.Connection) -> dict[str, int]:
    """Exact row counts of every table outside the system schemas."""
    tables = connection.execute(_USER_RELATIONS, (["r", "p"],)).fetchall()
    counts = {}
    for schema, table in tables:
        row = connection.execute(
            sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, table))
        ).fetchone()
        assert row is not None
        counts[qualified_table_name(schema, table)] = int(row[0])
    return counts


def migration_head(connection: psycopg.Connection) -> str | None:
    exists = connection.execute("SELECT to_regclass('public.alembic_version')").fetchone()
    if exists is None or exists[0] is None:
        return None
    rows = connection.execute("SELECT version_num FROM public.alembic_version").fetchall()
    return migration_head_of(row[0] for row in rows)


def user_relations(connection: psycopg.Connection) -> int:
    """Tables, views, sequences and the like outside the system schemas: 0 means empty."""
    kinds = ["r", "p", "v", "m", "S", "f"]
    return len(connection.execute(_USER_RELATIONS, (kinds,)).fetchall())


def program_version(program: Path) -> str:
    result = subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, check=False
    )
    return result.stdout.strip()


def make_backup(
    target: Target,
    out: BinaryIO,
    *,
    app_version: str,
    pg_bin_dir: str | None = None,
    say: Say = _quiet,
) -> Manifest:
    """Dump the database and write the backup archive to out.

    The counts and the head are read in the very snapshot pg_dump dumps (exported from a
    repeatable-read transaction kept open until pg_dump is done), so they describe the
    dump exactly even while the app keeps writing.
    """
    with connect(target, autocommit=False) as connection:
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        connection.read_only = True
        major = server_major(connection)
        pg_dump = find_program("pg_dump", major, pg_bin_dir)
        row = connection.execute("SELECT pg_export_snapshot(), current_setting('server_version')")
        snapshot, server_version = row.fetchone() or ("", "")
        counts = table_counts(connection)
        head = migration_head(connection)
        say(f"Dumping {target.database!r} (PostgreSQL {server_version}) with {pg_dump} ...")
        with tempfile.TemporaryDirectory(prefix="smatrx-backup-") as folder:
            dump_path = Path(folder) / DUMP_NAME
            run_program(
                [
                    str(pg_dump),
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    "--no-password",
                    f"--file={dump_path}",
                    f"--dbname={target.conninfo()}",
                ],
                target,
            )
            connection.rollback()
            with dump_path.open("rb") as dump:
                digest, size = sha256_of(dump)
            manifest = Manifest(
                migration_head=head,
                table_counts=counts,
                dump_sha256=digest,
                dump_bytes=size,
                app_version=app_version,
                created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                pg_dump_version=program_version(pg_dump),
                server_version=server_version,
                database=target.database,
            )
            write_archive(out, manifest, dump_path)
    return manifest


@dataclass(frozen=True)
class Restored:
    manifest: Manifest
    counts: dict[str, int]
    head: str | None


def _restore_list(pg_restore: Path, dump_path: Path, target: Target, folder: Path) -> Path:
    """The dump's table of contents without COMMENT ON EXTENSION: only an extension's
    owner (a superuser) may run it, so it would stop a restore by a database's owner on
    a managed server. The comment is PostgreSQL's own text; nothing is lost."""
    listing = run_program(
        [str(pg_restore), "--list", str(dump_path)], target, stdout=subprocess.PIPE
    ).stdout.decode()
    kept = [line for line in listing.splitlines() if " COMMENT - EXTENSION " not in line]
    path = folder / "restore.list"
    path.write_text("\n".join(kept) + "\n")
    return path


def restore_into(
    target: Target,
    source: BinaryIO,
    *,
    code_revisions: Sequence[str] | None,
    pg_bin_dir: str | None = None,
    say: Say = _quiet,
    analyze: bool = True,
) -> Restored:
    """Restore a backup into target, which must hold no tables, views or sequences.

    With code_revisions (the code's migrations, first to head), a backup whose head is
    newer than the code, or unknown to it, is refused before anything is written. A dump
    whose SHA-256 differs from the manifest's is refused as corrupted.
    """
    with BackupReader(source) as reader:
        manifest = reader.manifest
        if code_revisions is not None:
            relation = head_relation(manifest.migration_head, code_revisions)
            code_head = code_revisions[-1] if code_revisions else None
            if relation == "newer":
                raise BackupError(
                    f"the backup's migration head {manifest.migration_head} is newer than this "
                    f"code's ({code_head}): install the SMATRX version that made it "
                    f"({manifest.app_version}) or a later one, then restore."
                )
            if relation == "unknown":
                raise BackupError(
                    f"the backup's migration head {manifest.migration_head} is unknown to this "
                    f"code (head {code_head}): it was made by another version or branch."
                )
        with connect(target) as connection:
            major = server_major(connection)
            if user_relations(connection):
                raise BackupError(
                    f"database {target.database!r} is not empty: restore only into an empty "
                    "database (createdb -T template0 NAME), never over live data."
                )
        dump_major = pg_major_from_version_output(manifest.pg_dump_version) or major
        pg_restore = find_program("pg_restore", max(major, dump_major), pg_bin_dir)
        with tempfile.TemporaryDirectory(prefix="smatrx-restore-") as name:
            folder = Path(name)
            dump_path = folder / DUMP_NAME
            digest = reader.extract_dump(dump_path)
            if digest != manifest.dump_sha256:
                raise BackupError(
                    f"the dump is corrupted: its SHA-256 is {digest}, the manifest says "
                    f"{manifest.dump_sha256}. Nothing was restored."
                )
            say(f"Restoring into {target.database!r} with {pg_restore} ...")
            run_program(
                [
                    str(pg_restore),
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    "--single-transaction",
                    "--no-password",
                    f"--use-list={_restore_list(pg_restore, dump_path, target, folder)}",
                    f"--dbname={target.conninfo()}",
                    str(dump_path),
                ],
                target,
            )
    with connect(target) as connection:
        if analyze:
            # A restore brings no planner statistics; the app's plans need them at once.
            connection.execute("ANALYZE")
        return Restored(manifest, table_counts(connection), migration_head(connection))


def restore_backup(
    target: Target,
    source: BinaryIO,
    *,
    code_revisions: Sequence[str],
    pg_bin_dir: str | None = None,
    say: Say = _quiet,
) -> Restored:
    """restore_into, then the restored rows and head must be the manifest's."""
    restored = restore_into(
        target, source, code_revisions=code_revisions, pg_bin_dir=pg_bin_dir, say=say
    )
    problems = _differences(restored)
    if problems:
        raise BackupError("the restored database differs from the backup: " + "; ".join(problems))
    return restored


def _differences(restored: Restored) -> list[str]:
    problems = compare_counts(restored.manifest.table_counts, restored.counts)
    if restored.head != restored.manifest.migration_head:
        problems.append(
            f"migration head is {restored.head}, the manifest says "
            f"{restored.manifest.migration_head}"
        )
    return problems


def verify_backup(
    target: Target,
    source: BinaryIO,
    *,
    pg_bin_dir: str | None = None,
    say: Say = _quiet,
) -> tuple[Restored, list[str]]:
    """Restore into a scratch database on target's server, compare it with the manifest,
    drop it. Returns what was restored and the differences (none: the backup is good)."""
    scratch = f"smatrx_verify_{secrets.token_hex(6)}"
    with connect(target) as connection:
        try:
            connection.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(scratch))
            )
        except psycopg.Error as exc:
            raise BackupError(
                f"cannot create the scratch database (the user needs CREATEDB): "
                f"{str(exc).strip().splitlines()[0]}"
            ) from exc
    say(f"Scratch database {scratch!r} created.")
    try:
        restored = restore_into(
            target.with_database(scratch),
            source,
            code_revisions=None,
            pg_bin_dir=pg_bin_dir,
            say=say,
            analyze=False,  # the scratch database is counted and dropped, never queried
        )
        return restored, _differences(restored)
    finally:
        with connect(target) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(scratch))
            )
        say(f"Scratch database {scratch!r} dropped.")
