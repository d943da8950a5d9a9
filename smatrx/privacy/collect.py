"""What the database holds about one person, table by table: the rows an export writes and
an erase walks. Found from the schema, not a hand-kept list: every table with a column
that references "User" is read by those columns, so a table added later is exported
without anyone remembering to; the few relations that reach a person another way
(through their skills, imports, teams or address, and the audit log, which has no foreign
keys) are declared below."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table, text
from sqlalchemy.orm import Session

from smatrx.extensions import db

# Never exported: secrets (hashes of tokens and passwords, OAuth tokens) and the upload's
# bytes (written as files of their own, not inside the JSON).
OMITTED: dict[str, tuple[str, ...]] = {
    "User": ("passwordHash",),
    "Account": ("refresh_token", "access_token", "id_token", "session_state"),
    "Session": ("sessionToken",),
    "AccountToken": ("tokenHash",),
    "TeamInvite": ("tokenHash",),
    "SkillImportFile": ("data",),
}

# Rows about the person that no column referencing "User" finds. Each is a condition on
# the table (alias t) with :uid and :email bound.
INDIRECT: dict[str, str] = {
    "SkillAssessment": ('t."userSkillId" IN (SELECT id FROM "UserSkill" WHERE "userId" = :uid)'),
    "SkillImportFile": 't."importId" IN (SELECT id FROM "SkillImport" WHERE "userId" = :uid)',
    "_ImportSkills": 't."B" IN (SELECT id FROM "SkillImport" WHERE "userId" = :uid)',
    "Team": 't.id IN (SELECT "teamId" FROM "TeamMember" WHERE "userId" = :uid)',
    "TeamInvite": "t.email = :email",
    "AccountToken": "t.email = :email",
    "AuditEvent": 't."actorId" = :uid OR t."subjectId" = :uid',
}

# Aggregates and bookkeeping that describe nobody in particular.
NOT_PERSONAL = frozenset(
    {
        "SkillStat",
        "SkillPairStat",
        "TagStat",
        "CategoryStat",
        "RoleReadinessStat",
        "StatRefresh",
        "alembic_version",
    }
)


def user_columns(table: Table) -> list[Column]:
    """The table's columns that hold a person's id (a foreign key to "User".id)."""
    return [
        column
        for column in table.columns
        for key in column.foreign_keys
        if key.column.table.name == "User"
    ]


@dataclass(frozen=True)
class TableQuery:
    table: str
    where: str
    order: str


def personal_tables() -> list[TableQuery]:
    """Every table that holds rows about a person, with the condition that finds them."""
    found: list[TableQuery] = []
    for table in db.metadata.sorted_tables:
        if table.name in NOT_PERSONAL:
            continue
        conditions = [f't."{column.name}" = :uid' for column in user_columns(table)]
        if table.name == "User":
            conditions.append("t.id = :uid")
        if table.name in INDIRECT:
            conditions.append(f"({INDIRECT[table.name]})")
        if not conditions:
            continue
        order = (
            "t.id" if "id" in table.columns else ", ".join(f't."{c.name}"' for c in table.columns)
        )
        found.append(TableQuery(table.name, " OR ".join(conditions), order))
    return sorted(found, key=lambda query: query.table)


def rows_about(
    session: Session, user_id: str, email: str | None
) -> Iterator[tuple[str, list[Any]]]:
    """(table, rows as JSON-ready dicts) for every personal table, secrets left out.
    PostgreSQL builds the JSON (to_jsonb): one statement per table, whatever its size."""
    params = {"uid": user_id, "email": email or ""}
    for query in personal_tables():
        omitted = list(OMITTED.get(query.table, ()))
        # Table names and conditions come from the schema and this module, never from input.
        sql = (
            f'SELECT to_jsonb(t) - CAST(:omitted AS text[]) FROM "{query.table}" t '  # noqa: S608
            f"WHERE {query.where} ORDER BY {query.order}"
        )
        statement = text(sql)
        rows = session.execute(statement, {**params, "omitted": omitted}).scalars().all()
        yield query.table, list(rows)
