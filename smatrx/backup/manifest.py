"""The backup manifest and the comparisons made against it: pure, no I/O but hashing."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, BinaryIO, Literal

FORMAT = "smatrx-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DUMP_NAME = "smatrx.dump"
# A manifest is a few kilobytes; anything far bigger is not one of ours.
MANIFEST_MAX_BYTES = 1_000_000

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_LEADING_NUMBER = re.compile(r"^(\d+)")


class BadManifest(ValueError):
    """The archive's manifest is missing, unreadable or not a SMATRX backup manifest."""


@dataclass(frozen=True)
class Manifest:
    migration_head: str | None
    table_counts: dict[str, int]
    dump_sha256: str
    dump_bytes: int
    app_version: str
    created_at: str
    pg_dump_version: str
    server_version: str
    database: str
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadManifest(f"the manifest is not JSON ({exc})") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise BadManifest("the manifest is not a SMATRX backup manifest")
        if data.get("format_version") != FORMAT_VERSION:
            raise BadManifest(
                f"backup format version {data.get('format_version')!r} is not readable by this "
                f"version of SMATRX (it reads version {FORMAT_VERSION})"
            )
        counts = data.get("table_counts")
        if not isinstance(counts, dict) or not all(
            isinstance(k, str) and isinstance(v, int) for k, v in counts.items()
        ):
            raise BadManifest("the manifest's table_counts are not a map of table to count")
        if not isinstance(data.get("dump_sha256"), str) or not _HEX64.match(data["dump_sha256"]):
            raise BadManifest("the manifest has no SHA-256 of the dump")
        known = set(cls.__dataclass_fields__)
        try:
            return cls(**{key: value for key, value in data.items() if key in known})
        except TypeError as exc:
            raise BadManifest(f"the manifest lacks a field ({exc})") from exc


def sha256_of(stream: BinaryIO, chunk: int = 1 << 20) -> tuple[str, int]:
    """The SHA-256 (hex) and length of everything left in stream."""
    digest = hashlib.sha256()
    size = 0
    while block := stream.read(chunk):
        digest.update(block)
        size += len(block)
    return digest.hexdigest(), size


def qualified_table_name(schema: str, table: str) -> str:
    """Tables of the public schema go by their own name, others as schema.table."""
    return table if schema == "public" else f"{schema}.{table}"


def migration_head_of(versions: Iterable[str]) -> str | None:
    """The alembic_version rows as one value: None when the database was never migrated,
    several heads (a branched history) joined by commas."""
    heads = sorted(set(versions))
    return ",".join(heads) if heads else None


def compare_counts(expected: Mapping[str, int], actual: Mapping[str, int]) -> list[str]:
    """One sentence per difference between the manifest's row counts and a database's;
    empty when every table has exactly the rows it should."""
    problems = []
    for table in sorted(set(expected) | set(actual)):
        if table not in actual:
            problems.append(f"table {table} is missing (expected {expected[table]} rows)")
        elif table not in expected:
            problems.append(f"table {table} is not in the manifest ({actual[table]} rows)")
        elif expected[table] != actual[table]:
            problems.append(f"table {table} has {actual[table]} rows, expected {expected[table]}")
    return problems


HeadRelation = Literal["same", "older", "newer", "unknown", "none"]


def _revision_number(revision: str) -> int | None:
    match = _LEADING_NUMBER.match(revision)
    return int(match.group(1)) if match else None


def head_relation(backup_head: str | None, code_revisions: Sequence[str]) -> HeadRelation:
    """Where a backup's migration head stands against the code's migrations.

    code_revisions lists the code's revisions from the first to the head. A revision the
    code knows is "same" (the head) or "older" (restorable, then `flask db upgrade`). One
    it does not know is "newer" when its number is above the code head's (this project
    numbers its revisions: 0012_teams), "unknown" otherwise (another branch or project);
    "none" when the backup's database was never migrated.
    """
    if backup_head is None:
        return "none"
    if not code_revisions:
        return "unknown"
    relations = []
    for head in backup_head.split(","):
        if head == code_revisions[-1]:
            relations.append("same")
        elif head in code_revisions:
            relations.append("older")
        else:
            number, code_number = _revision_number(head), _revision_number(code_revisions[-1])
            newer = number is not None and code_number is not None and number > code_number
            relations.append("newer" if newer else "unknown")
    for worst in ("newer", "unknown", "older"):
        if worst in relations:
            return worst  # type: ignore[return-value]
    return "same"


def pg_major_from_version_num(version_num: int) -> int:
    """`SHOW server_version_num` (150020, 180001) → the major version (15, 18)."""
    return version_num // 10000


def pg_major_from_version_output(output: str) -> int | None:
    """`pg_dump --version` ("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)") → 15."""
    match = re.search(r"\)\s*(\d+)(?:\.\d+)?", output)
    return int(match.group(1)) if match else None


def describe_counts(counts: Mapping[str, int]) -> list[str]:
    """Row counts as aligned lines for the terminal."""
    width = max((len(name) for name in counts), default=0)
    return [f"  {name:<{width}}  {counts[name]:>10,}" for name in sorted(counts)]


def manifest_summary(manifest: Manifest) -> dict[str, Any]:
    """The few facts a person checks first."""
    return {
        "created_at": manifest.created_at,
        "migration_head": manifest.migration_head,
        "tables": len(manifest.table_counts),
        "rows": sum(manifest.table_counts.values()),
        "dump_bytes": manifest.dump_bytes,
    }
