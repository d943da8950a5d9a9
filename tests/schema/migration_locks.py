"""What a migration's SQL does to tables that already hold data: the statements that keep
an ACCESS EXCLUSIVE lock (or, for a plain CREATE INDEX, a SHARE lock that stops every
write) for as long as a table scan, rewrite or index build takes, instead of the moment a
catalog change takes.

Pure: it reads the statements a migration sent (captured while it ran on a scratch
database) and the tables PostgreSQL rewrote (their relfilenode changed), and says which
operations would stall a big table. tests/schema/test_online_migrations.py runs it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

# Tables whose size is bounded by the catalog or by configuration, not by people and what
# they do: locking them for a scan costs milliseconds. Every other table, including any
# table added later, counts as big: forgetting one must not make a migration look safe.
SMALL_TABLES = frozenset(
    {
        "SkillCategory",
        "CareerRole",
        "RoleSkill",
        "CategoryStat",
        "TagStat",
        "StatRefresh",
        "RoleReadinessStat",
        "alembic_version",
    }
)

_NAME = r'(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)'
_QUALIFIED = rf"(?:{_NAME}\s*\.\s*)?({_NAME})"
_CREATE_INDEX = re.compile(
    rf"^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?"
    rf"(?:{_NAME}\s+)?ON\s+(?:ONLY\s+)?{_QUALIFIED}",
    re.IGNORECASE,
)
_ALTER_TABLE = re.compile(
    rf"^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?{_QUALIFIED}\s+(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_TYPE_CHANGE = re.compile(r"\bALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE\b", re.I)
_SET_NOT_NULL = re.compile(r"\bALTER\s+(?:COLUMN\s+)?\S+\s+SET\s+NOT\s+NULL\b", re.I)
_VALIDATED_CONSTRAINT = re.compile(
    rf"\bADD\s+(?:CONSTRAINT\s+({_NAME})\s+)?(CHECK|FOREIGN\s+KEY)\b", re.IGNORECASE
)
_INDEXED_CONSTRAINT = re.compile(
    rf"\bADD\s+(?:CONSTRAINT\s+({_NAME})\s+)?(UNIQUE|PRIMARY\s+KEY)\b(?!.*\bUSING\s+INDEX\b)",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class LockProblem:
    table: str
    kind: str  # rewrite | index | type | not-null | check | foreign-key | unique
    detail: str

    def __str__(self) -> str:
        return f"{self.table}: {self.detail}"


def unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name.lower()


def is_big(table: str, tables_before: Collection[str]) -> bool:
    """A table that held data before the migration and is not a small lookup table.
    Tables the migration creates are empty while it runs: anything on them is instant."""
    return table in tables_before and table not in SMALL_TABLES


def statement_problems(statement: str, tables_before: Collection[str]) -> list[LockProblem]:
    """The long-lock operations one SQL statement performs on big tables."""
    sql = " ".join(statement.split())
    problems: list[LockProblem] = []
    index = _CREATE_INDEX.match(sql)
    if index:
        table = unquote(index.group(2))
        if not index.group(1) and is_big(table, tables_before):
            problems.append(
                LockProblem(
                    table,
                    "index",
                    "CREATE INDEX without CONCURRENTLY blocks every write while the index "
                    "builds; create it CONCURRENTLY inside "
                    "`with op.get_context().autocommit_block():` "
                    "(op.create_index(..., postgresql_concurrently=True))",
                )
            )
        return problems
    alter = _ALTER_TABLE.match(sql)
    if not alter:
        return problems
    table, actions = unquote(alter.group(1)), alter.group(2)
    if not is_big(table, tables_before):
        return problems
    if _TYPE_CHANGE.search(actions):
        problems.append(
            LockProblem(
                table,
                "type",
                "a column's type changes under ACCESS EXCLUSIVE (a rewrite, or a scan, of "
                "every row); add a new column, backfill in batches, switch over",
            )
        )
    if _SET_NOT_NULL.search(actions):
        problems.append(
            LockProblem(
                table,
                "not-null",
                "SET NOT NULL scans every row under ACCESS EXCLUSIVE; add "
                "CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL",
            )
        )
    for match in _VALIDATED_CONSTRAINT.finditer(actions):
        if re.search(r"\bNOT\s+VALID\b", actions[match.end() :], re.IGNORECASE):
            continue
        kind = "check" if match.group(2).upper() == "CHECK" else "foreign-key"
        name = unquote(match.group(1)) if match.group(1) else "(unnamed)"
        problems.append(
            LockProblem(
                table,
                kind,
                f"constraint {name} is validated against every row while the table is "
                "locked; add it NOT VALID, then VALIDATE CONSTRAINT (which lets reads and "
                "writes go on)",
            )
        )
    for match in _INDEXED_CONSTRAINT.finditer(actions):
        name = unquote(match.group(1)) if match.group(1) else "(unnamed)"
        problems.append(
            LockProblem(
                table,
                "unique",
                f"constraint {name} builds its index under ACCESS EXCLUSIVE; build the "
                "index CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX",
            )
        )
    return problems


def migration_problems(
    statements: Iterable[str], tables_before: Collection[str], rewritten: Iterable[str]
) -> list[LockProblem]:
    """Every long-lock operation of one migration: from its statements, and each big table
    PostgreSQL rewrote (a volatile default such as random() or clock_timestamp(), most
    type changes; now() is only STABLE, evaluated once, and rewrites nothing)."""
    problems = [
        LockProblem(
            table,
            "rewrite",
            "the table was rewritten under ACCESS EXCLUSIVE (a column added with a volatile "
            "default, or a type change); add the column without a default or with a "
            "constant one, then backfill in batches",
        )
        for table in sorted(rewritten)
        if is_big(table, tables_before)
    ]
    for statement in statements:
        problems.extend(statement_problems(statement, tables_before))
    return problems
