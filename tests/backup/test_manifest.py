"""The pure parts of backups: the manifest, the comparisons, the choice of pg_dump."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from smatrx.backup.manifest import (
    BadManifest,
    Manifest,
    compare_counts,
    describe_counts,
    head_relation,
    migration_head_of,
    pg_major_from_version_num,
    pg_major_from_version_output,
    qualified_table_name,
    sha256_of,
)
from smatrx.backup.pgtools import Target, choose_program

CODE = ["0001_seed_schema", "0002_smatrx_additions", "0011_insights", "0012_teams"]


def _manifest(**fields: object) -> Manifest:
    values: dict[str, object] = {
        "migration_head": "0012_teams",
        "table_counts": {"User": 3, "alembic_version": 1},
        "dump_sha256": "a" * 64,
        "dump_bytes": 10,
        "app_version": "0.1.0",
        "created_at": "2026-12-05T23:00:00+00:00",
        "pg_dump_version": "pg_dump (PostgreSQL) 15.20",
        "server_version": "15.20",
        "database": "smatrx",
    }
    values.update(fields)
    return Manifest(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("head", "relation"),
    [
        ("0012_teams", "same"),
        ("0002_smatrx_additions", "older"),
        ("0013_retention", "newer"),
        ("0100_far_future", "newer"),
        ("0005_from_a_fork", "unknown"),
        ("abc123", "unknown"),
        (None, "none"),
        ("0011_insights,0012_teams", "older"),
        ("0012_teams,0013_x", "newer"),
    ],
)
def test_head_relation(head: str | None, relation: str) -> None:
    assert head_relation(head, CODE) == relation


def test_head_relation_without_code_migrations_is_unknown() -> None:
    assert head_relation("0001_seed_schema", []) == "unknown"


def test_migration_head_of_alembic_rows() -> None:
    assert migration_head_of([]) is None
    assert migration_head_of(["0012_teams"]) == "0012_teams"
    assert migration_head_of(["b", "a", "b"]) == "a,b"


def test_compare_counts_names_every_difference() -> None:
    expected = {"User": 3, "Skill": 10, "Gone": 1}
    actual = {"User": 3, "Skill": 9, "Extra": 0}
    assert compare_counts(expected, actual) == [
        "table Extra is not in the manifest (0 rows)",
        "table Gone is missing (expected 1 rows)",
        "table Skill has 9 rows, expected 10",
    ]
    assert compare_counts(expected, dict(expected)) == []


def test_manifest_round_trips_through_json() -> None:
    manifest = _manifest()
    assert Manifest.from_json(manifest.to_json()) == manifest


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not a SMATRX backup manifest"),
        (b'{"format": "other"}', "not a SMATRX backup manifest"),
        (b'{"format": "smatrx-backup", "format_version": 9}', "format version 9"),
        (
            b'{"format": "smatrx-backup", "format_version": 1, "table_counts": {"User": "3"}}',
            "table_counts",
        ),
        (
            b'{"format": "smatrx-backup", "format_version": 1, "table_counts": {}, '
            b'"dump_sha256": "xyz"}',
            "SHA-256",
        ),
        (
            b'{"format": "smatrx-backup", "format_version": 1, "table_counts": {}, '
            b'"dump_sha256": "' + b"0" * 64 + b'"}',
            "lacks a field",
        ),
    ],
)
def test_bad_manifests_are_refused_with_a_reason(raw: bytes, message: str) -> None:
    with pytest.raises(BadManifest, match=message):
        Manifest.from_json(raw)


def test_sha256_of_a_stream() -> None:
    digest, size = sha256_of(io.BytesIO(b"abc"), chunk=2)
    assert size == 3
    assert digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_versions() -> None:
    assert pg_major_from_version_num(150020) == 15
    assert pg_major_from_version_num(180001) == 18
    assert pg_major_from_version_output("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)") == 15
    assert pg_major_from_version_output("pg_dump (PostgreSQL) 18.6") == 18
    assert pg_major_from_version_output("pg_dump (PostgreSQL) 19beta1") == 19
    assert pg_major_from_version_output("something else") is None


def test_choose_program_prefers_the_same_major_then_the_nearest_newer_never_older() -> None:
    found = [(Path("/a/pg_dump"), 14), (Path("/b/pg_dump"), 18), (Path("/c/pg_dump"), 16)]
    assert choose_program(found, 16) == (Path("/c/pg_dump"), 16)
    assert choose_program(found, 15) == (Path("/c/pg_dump"), 16)
    assert choose_program(found, 19) is None
    assert choose_program([], 15) is None


def test_target_keeps_the_password_out_of_the_connection_string() -> None:
    target = Target.from_url(
        "postgresql+psycopg://smatrx:s%40cret@db.example:5433/prod?sslmode=require"
    )
    assert target.password == "s@cret"
    assert "s@cret" not in target.conninfo() and "password" not in target.conninfo()
    assert "sslmode=require" in target.conninfo()
    assert target.database == "prod"
    assert target.env({})["PGPASSWORD"] == "s@cret"
    assert "PGPASSWORD" not in Target.from_url("postgresql://u@h/d").env({"PGPASSWORD": "old"})
    assert target.with_database("scratch").database == "scratch"
    assert target.connect_kwargs()["password"] == "s@cret"


def test_table_names_and_count_lines() -> None:
    assert qualified_table_name("public", "User") == "User"
    assert qualified_table_name("audit", "Event") == "audit.Event"
    assert describe_counts({"UserSkill": 400000, "User": 3}) == [
        "  User                3",
        "  UserSkill     400,000",
    ]
