"""`flask smatrx backup | restore | verify-backup`: thin commands over operations.py."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import click
from flask import current_app
from flask.cli import with_appcontext

from smatrx.backup.manifest import describe_counts
from smatrx.backup.pgtools import BackupError, Target

T = TypeVar("T")


def _target() -> Target:
    return Target.from_url(current_app.config["SQLALCHEMY_DATABASE_URI"])


def _pg_bin_dir() -> str | None:
    return current_app.config.get("PG_BIN_DIR") or None


def _app_version() -> str:
    try:
        return metadata.version("smatrx")
    except metadata.PackageNotFoundError:
        return "unknown"


def _code_revisions() -> list[str]:
    """The code's migrations from the first to the head."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(current_app.extensions["migrate"].directory)
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


def _say(message: str) -> None:
    # Progress goes to stderr: stdout may be the backup itself (backup -).
    click.echo(message, err=True)


def _one_line_errors(action: Callable[[], T]) -> T:
    import psycopg

    try:
        return action()
    except BackupError as exc:
        raise click.ClickException(str(exc)) from None
    except psycopg.Error as exc:
        # Say what the server said (a missing privilege, a full disk), not a traceback.
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise click.ClickException(f"the database refused: {first}") from None


@contextmanager
def _open_source(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror}") from None
    with handle:
        yield handle


@click.command("backup")
@with_appcontext
@click.argument("path", required=False)
def backup_command(path: str | None) -> None:
    """Back up the database to PATH (default: smatrx-backup-<time>.tar here), or to
    stdout with '-': pg_dump's custom format plus a manifest (migration head, row counts,
    SHA-256), in one tar file readable only by its owner."""
    started = time.perf_counter()
    target = _target()
    options: dict[str, Any] = {
        "app_version": _app_version(),
        "pg_bin_dir": _pg_bin_dir(),
        "say": _say,
    }
    if path == "-":
        manifest = _one_line_errors(lambda: _backup(target, sys.stdout.buffer, options))
    else:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        final = Path(path or f"smatrx-backup-{stamp}.tar")
        partial = final.with_name(final.name + ".partial")
        # Written under another name, then renamed: a crash never leaves a file that looks
        # like a finished backup. 0600: a backup holds password hashes and tokens.
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError as exc:
            raise click.ClickException(f"cannot write {partial}: {exc.strerror}") from None
        try:
            with os.fdopen(fd, "wb") as out:
                manifest = _one_line_errors(lambda: _backup(target, out, options))
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, final)
        finally:
            partial.unlink(missing_ok=True)
        _say(
            f"Backup written to {final} ({final.stat().st_size:,} bytes) in "
            f"{time.perf_counter() - started:.1f} s."
        )
    rows = sum(manifest.table_counts.values())
    _say(
        f"{len(manifest.table_counts)} tables, {rows:,} rows, migration head "
        f"{manifest.migration_head}, dump SHA-256 {manifest.dump_sha256}."
    )


def _backup(target: Target, out: BinaryIO, options: dict[str, Any]) -> Any:
    from smatrx.backup.operations import make_backup

    manifest = make_backup(target, out, **options)
    out.flush()
    return manifest


@click.command("restore")
@with_appcontext
@click.argument("path")
def restore_command(path: str) -> None:
    """Restore a backup (PATH, or '-' for stdin) into the configured database, which must
    be empty. Refuses a corrupted dump and a backup newer than this code."""
    from smatrx.backup.operations import restore_backup

    started = time.perf_counter()
    target = _target()
    with _open_source(path) as source:
        restored = _one_line_errors(
            lambda: restore_backup(
                target,
                source,
                code_revisions=_code_revisions(),
                pg_bin_dir=_pg_bin_dir(),
                say=_say,
            )
        )
    click.echo(
        f"Restored {target.database!r} in {time.perf_counter() - started:.1f} s: every table "
        "has its rows back."
    )
    for line in describe_counts(restored.counts):
        click.echo(line)
    revisions = _code_revisions()
    if restored.head != revisions[-1]:
        click.echo(
            f"The backup is at migration {restored.head}; this code is at {revisions[-1]}: "
            "run `flask db upgrade` before starting the app."
        )


@click.command("verify-backup")
@with_appcontext
@click.argument("path")
def verify_backup_command(path: str) -> None:
    """Restore PATH into a scratch database on the same server, compare its row counts and
    migration head with the manifest, drop it. Exit status 0 when they match, 1 if not."""
    from smatrx.backup.operations import verify_backup

    started = time.perf_counter()
    target = _target()
    with _open_source(path) as source:
        restored, problems = _one_line_errors(
            lambda: verify_backup(target, source, pg_bin_dir=_pg_bin_dir(), say=_say)
        )
    if problems:
        for problem in problems:
            click.echo(f"MISMATCH: {problem}", err=True)
        raise click.ClickException(
            f"the backup does not restore as made ({len(problems)} problems)"
        )
    rows = sum(restored.counts.values())
    click.echo(
        f"Backup verified: {len(restored.counts)} tables, {rows:,} rows and migration head "
        f"{restored.head} as the manifest says (made {restored.manifest.created_at}); "
        f"{time.perf_counter() - started:.1f} s."
    )


COMMANDS = (backup_command, restore_command, verify_backup_command)
