"""Migrations and models agree, and the migrations go down and up again with data in place."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from smatrx import create_app
from smatrx.extensions import db
from smatrx.models.base import include_in_autogenerate
from tests.conftest import make_test_env


def test_models_match_the_migrations(app):
    """What `flask db check` checks: autogenerate finds no difference."""
    with app.app_context(), db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": include_in_autogenerate},
        )
        assert compare_metadata(context, db.metadata) == []


def test_downgrade_to_base_and_upgrade_again_with_data(throwaway_database, test_env, tmp_path):
    env = make_test_env(throwaway_database("smatrx_migrate"), test_env["REDIS_URL"], tmp_path)
    app = create_app(env=env)
    with app.app_context():
        upgrade()
        db.session.execute(
            text(
                """
                INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'a@example.com', now());
                INSERT INTO "SkillCategory" (id, name, slug, "updatedAt")
                VALUES ('c1', 'Databases', 'databases', now());
                INSERT INTO "Skill" (id, name, slug, "categoryId", "updatedAt", aliases)
                VALUES ('s1', 'PostgreSQL', 'postgresql', 'c1', now(), '{postgres}');
                INSERT INTO "UserSkill" (id, "userId", "skillId", level, source, "updatedAt")
                VALUES ('us1', 'u1', 's1', 'expert', 'manual', now());
                """
            )
        )
        db.session.commit()

        downgrade(revision="0001_seed_schema")
        # The seed's own data survives the removal of the additions.
        assert db.session.execute(text('SELECT level FROM "UserSkill"')).scalar() == "expert"
        db.session.commit()
        upgrade()
        row = db.session.execute(text('SELECT aliases, role FROM "Skill", "User"')).one()
        assert row == ([], "member")
        db.session.commit()

        downgrade(revision="base")
        tables = db.session.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        ).scalar()
        assert tables == 1  # only alembic_version is left
        db.session.commit()
        upgrade()
        assert db.session.execute(text('SELECT count(*) FROM "User"')).scalar() == 0
        db.session.remove()
        db.engine.dispose()
