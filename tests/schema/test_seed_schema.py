"""The migrated schema is the seed's (../shared/seed/database-schema.md): tables, columns,
types, nullability, defaults, unique constraints, foreign keys, named indexes and the
validation rules as CHECK constraints."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from smatrx.extensions import db

T, INT, TS, J, A, B, F = "text", "integer", "timestamp(3)", "jsonb", "text[]", "boolean", "double"
# column: (type, nullable)
SEED_TABLES: dict[str, dict[str, tuple[str, bool]]] = {
    "User": {
        "id": (T, False),
        "name": (T, True),
        "email": (T, True),
        "emailVerified": (TS, True),
        "image": (T, True),
        "createdAt": (TS, False),
        "updatedAt": (TS, False),
    },
    "Account": {
        "id": (T, False),
        "userId": (T, False),
        "type": (T, False),
        "provider": (T, False),
        "providerAccountId": (T, False),
        "refresh_token": (T, True),
        "access_token": (T, True),
        "expires_at": (INT, True),
        "token_type": (T, True),
        "scope": (T, True),
        "id_token": (T, True),
        "session_state": (T, True),
        "refresh_token_expires_in": (INT, True),
    },
    "Session": {
        "id": (T, False),
        "sessionToken": (T, False),
        "userId": (T, False),
        "expires": (TS, False),
    },
    "Profile": {
        "id": (T, False),
        "userId": (T, False),
        "bio": (T, True),
        "title": (T, True),
        "company": (T, True),
        "location": (T, True),
        "linkedinUrl": (T, True),
        "githubUrl": (T, True),
        "websiteUrl": (T, True),
        "yearsExperience": (INT, True),
        "careerStage": (T, True),
        "industries": (A, False),
        "languages": (A, False),
        "availability": (T, True),
        "remotePreference": (T, True),
        "salaryExpectation": (J, True),
        "targetRole": (T, True),
        "careerTimeline": (T, True),
        "willingToRelocate": (B, False),
        "preferredLocations": (A, False),
        "onboardingCompleted": (B, False),
        "onboardingCompletedAt": (TS, True),
        "createdAt": (TS, False),
        "updatedAt": (TS, False),
    },
    "Skill": {
        "id": (T, False),
        "name": (T, False),
        "slug": (T, False),
        "description": (T, True),
        "categoryId": (T, False),
        "tags": (A, False),
        "marketDemand": (T, True),
        "averageSalary": (J, True),
        "growthTrend": (F, True),
        "createdAt": (TS, False),
        "updatedAt": (TS, False),
    },
    "SkillCategory": {
        "id": (T, False),
        "name": (T, False),
        "slug": (T, False),
        "description": (T, True),
        "color": (T, True),
        "icon": (T, True),
        "createdAt": (TS, False),
        "updatedAt": (TS, False),
    },
    "UserSkill": {
        "id": (T, False),
        "userId": (T, False),
        "skillId": (T, False),
        "level": (T, False),
        "proficiencyScore": (INT, True),
        "yearsExperience": (INT, True),
        "lastUsed": (TS, True),
        "verified": (B, False),
        "verifiedAt": (TS, True),
        "verifiedBy": (T, True),
        "source": (T, False),
        "evidence": (J, True),
        "createdAt": (TS, False),
        "updatedAt": (TS, False),
    },
    "SkillImport": {
        "id": (T, False),
        "userId": (T, False),
        "source": (T, False),
        "status": (T, False),
        "progress": (INT, True),
        "message": (T, True),
        "results": (J, True),
        "error": (T, True),
        "startedAt": (TS, False),
        "completedAt": (TS, True),
    },
    "CareerGoal": {
        "id": (T, False),
        "userId": (T, False),
        "title": (T, False),
        "description": (T, True),
        "type": (T, False),
        "targetDate": (TS, True),
        "status": (T, False),
        "priority": (T, False),
        "progress": (INT, False),
        "createdAt": (TS, False),
        "updatedAt": (TS, False),
    },
    "Achievement": {
        "id": (T, False),
        "userId": (T, False),
        "type": (T, False),
        "title": (T, False),
        "description": (T, True),
        "points": (INT, False),
        "badge": (T, True),
        "earnedAt": (TS, False),
    },
    "SkillAnalysis": {
        "id": (T, False),
        "userId": (T, False),
        "analysisType": (T, False),
        "data": (J, False),
        "confidence": (F, True),
        "createdAt": (TS, False),
    },
    "_ImportSkills": {"A": (T, False), "B": (T, False)},
}

SEED_INDEXES = {
    "idx_user_email": ("User", "btree"),
    "idx_user_created_at": ("User", "btree"),
    "idx_skill_name": ("Skill", "btree"),
    "idx_skill_category": ("Skill", "btree"),
    "idx_skill_tags": ("Skill", "gin"),
    "idx_user_skill_user": ("UserSkill", "btree"),
    "idx_user_skill_skill": ("UserSkill", "btree"),
    "idx_user_skill_level": ("UserSkill", "btree"),
    "idx_user_skill_verified": ("UserSkill", "btree"),
    "idx_import_user": ("SkillImport", "btree"),
    "idx_import_status": ("SkillImport", "btree"),
    "idx_import_source": ("SkillImport", "btree"),
    "idx_goal_user": ("CareerGoal", "btree"),
    "idx_goal_status": ("CareerGoal", "btree"),
    "idx_goal_priority": ("CareerGoal", "btree"),
    "Session_userId_idx": ("Session", "btree"),
    "_ImportSkills_B_index": ("_ImportSkills", "btree"),
}

SEED_UNIQUE = {
    "User_email_key": ("User", ["email"]),
    "Account_provider_providerAccountId_key": ("Account", ["provider", "providerAccountId"]),
    "Session_sessionToken_key": ("Session", ["sessionToken"]),
    "Profile_userId_key": ("Profile", ["userId"]),
    "Skill_name_key": ("Skill", ["name"]),
    "Skill_slug_key": ("Skill", ["slug"]),
    "SkillCategory_name_key": ("SkillCategory", ["name"]),
    "SkillCategory_slug_key": ("SkillCategory", ["slug"]),
    "UserSkill_userId_skillId_key": ("UserSkill", ["userId", "skillId"]),
    "_ImportSkills_AB_unique": ("_ImportSkills", ["A", "B"]),
}

# (table, column) → (referenced table, on delete)
SEED_FOREIGN_KEYS = {
    ("Account", "userId"): ("User", "CASCADE"),
    ("Session", "userId"): ("User", "CASCADE"),
    ("Profile", "userId"): ("User", "CASCADE"),
    ("UserSkill", "userId"): ("User", "CASCADE"),
    ("UserSkill", "skillId"): ("Skill", "CASCADE"),
    ("Skill", "categoryId"): ("SkillCategory", "RESTRICT"),
    ("SkillImport", "userId"): ("User", "CASCADE"),
    ("CareerGoal", "userId"): ("User", "CASCADE"),
    ("Achievement", "userId"): ("User", "CASCADE"),
    ("SkillAnalysis", "userId"): ("User", "CASCADE"),
    ("_ImportSkills", "A"): ("Skill", "CASCADE"),
    ("_ImportSkills", "B"): ("SkillImport", "CASCADE"),
}


def _rows(sql: str, **params: Any) -> list[Any]:
    return list(db.session.execute(text(sql), params))


def _column_types(table: str) -> dict[str, tuple[str, bool]]:
    rows = _rows(
        """
        SELECT column_name, data_type, udt_name, datetime_precision, is_nullable
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name = :t
        """,
        t=table,
    )
    kinds = {
        "text": T,
        "integer": INT,
        "jsonb": J,
        "boolean": B,
        "double precision": F,
        "timestamp without time zone": TS,
    }
    found = {}
    for name, data_type, udt_name, precision, nullable in rows:
        kind = A if udt_name == "_text" else kinds.get(data_type, data_type)
        if kind == TS:
            assert precision == 3, f"{table}.{name} must be timestamp(3)"
        found[name] = (kind, nullable == "YES")
    return found


@pytest.mark.parametrize("table", sorted(SEED_TABLES))
def test_every_seed_column_has_the_seed_type_and_nullability(db_session, table):
    found = _column_types(table)
    for column, expected in SEED_TABLES[table].items():
        assert found.get(column) == expected, f'"{table}"."{column}"'


def test_additions_are_nullable_or_defaulted(db_session):
    """Columns beyond the seed's must not break SQL written for the original."""
    rows = _rows(
        """
        SELECT table_name, column_name, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public'
        """
    )
    for table, column, nullable, default in rows:
        if table in SEED_TABLES and column not in SEED_TABLES[table]:
            assert nullable == "YES" or default is not None, f'"{table}"."{column}"'


def test_text_arrays_default_to_empty_and_booleans_to_false(db_session):
    defaults = dict(
        _rows(
            """
            SELECT table_name || '.' || column_name, column_default
            FROM information_schema.columns
            WHERE table_schema = 'public' AND column_default IS NOT NULL
            """
        )
    )
    for column in ("Profile.industries", "Profile.languages", "Profile.preferredLocations"):
        assert defaults[column].startswith("'{}'")
    assert defaults["Skill.tags"].startswith("'{}'")
    assert defaults["Profile.willingToRelocate"] == "false"
    assert defaults["UserSkill.verified"] == "false"
    assert defaults["CareerGoal.progress"] == "0"
    assert defaults["User.createdAt"] == "CURRENT_TIMESTAMP"


def test_seed_named_indexes_exist_with_their_methods(db_session):
    rows = _rows(
        """
        SELECT i.relname, t.relname, am.amname
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_am am ON am.oid = i.relam
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
        """
    )
    found = {name: (table, method) for name, table, method in rows}
    for name, expected in SEED_INDEXES.items():
        assert found.get(name) == expected, name
    # Prisma's own @@index on SkillImport would duplicate the seed's: only the seed's exist.
    assert "SkillImport_userId_idx" not in found
    assert "SkillImport_status_idx" not in found


def test_seed_unique_indexes(db_session):
    rows = _rows(
        """
        SELECT i.relname, t.relname,
               array_agg(a.attname ORDER BY array_position(x.indkey::int2[], a.attnum))
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(x.indkey)
        WHERE x.indisunique AND NOT x.indisprimary
        GROUP BY i.relname, t.relname
        """
    )
    found = {name: (table, list(columns)) for name, table, columns in rows}
    for name, expected in SEED_UNIQUE.items():
        assert found.get(name) == expected, name


def test_seed_foreign_keys_and_their_delete_rules(db_session):
    rows = _rows(
        """
        SELECT tc.table_name, kcu.column_name, ccu.table_name, rc.delete_rule, rc.update_rule
        FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
        JOIN information_schema.constraint_column_usage ccu
             ON ccu.constraint_name = tc.constraint_name
        JOIN information_schema.referential_constraints rc
             ON rc.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY'
        """
    )
    found = {(table, column): (ref, delete, update) for table, column, ref, delete, update in rows}
    for key, (ref, delete) in SEED_FOREIGN_KEYS.items():
        assert found.get(key) == (ref, delete, "CASCADE"), key


def test_every_table_has_a_text_primary_key_named_like_prisma(db_session):
    rows = _rows(
        """
        SELECT tc.table_name, tc.constraint_name FROM information_schema.table_constraints tc
        WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public'
        """
    )
    found = dict(rows)
    for table in SEED_TABLES:
        if table != "_ImportSkills":
            assert found[table] == f"{table}_pkey"


def test_the_seeds_example_queries_run(db_session):
    db.session.execute(
        text(
            """
            SELECT us.id, us.level, us."proficiencyScore", s.name as skillName,
                   sc.name as categoryName
            FROM "UserSkill" us
            JOIN "Skill" s ON us."skillId" = s.id
            JOIN "SkillCategory" sc ON s."categoryId" = sc.id
            WHERE us."userId" = :user
            ORDER BY us."proficiencyScore" DESC
            """
        ),
        {"user": "nobody"},
    ).all()
    rows = db.session.execute(
        text(
            """
            SELECT sc.name as category, COUNT(us.id) as skillCount,
                   AVG(us."proficiencyScore") as avgProficiency
            FROM "SkillCategory" sc
            LEFT JOIN "Skill" s ON sc.id = s."categoryId"
            LEFT JOIN "UserSkill" us ON s.id = us."skillId" AND us."userId" = :user
            GROUP BY sc.id, sc.name
            ORDER BY skillCount DESC
            """
        ),
        {"user": "nobody"},
    ).all()
    assert len(rows) >= 7


def test_original_insert_sql_runs_unchanged(db_session):
    """SQL written for the original product (seed columns only) still works."""
    db.session.execute(
        text(
            """
            INSERT INTO "User" (id, name, email, "updatedAt")
            VALUES ('ck_original_user', 'Ada', 'ada@example.com', now());
            INSERT INTO "Profile" (id, "userId", "updatedAt")
            VALUES ('ck_original_profile', 'ck_original_user', now());
            """
        )
    )
    row = db.session.execute(
        text(
            'SELECT p."willingToRelocate", p.industries, u.role FROM "Profile" p '
            'JOIN "User" u ON u.id = p."userId"'
        )
    ).one()
    assert row == (False, [], "member")
