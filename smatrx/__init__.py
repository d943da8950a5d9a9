"""SMATRX: a self-hostable skills matrix and career-development web app."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from smatrx.config import build_config, dotenv_path, resource_dir


def create_app(
    overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> Flask:
    """Build the app: config → extensions → blueprints → errors → cli → logging.

    env defaults to the process environment plus a local .env (which never overrides
    variables already set); overrides are applied last, for tests.
    """
    if env is None:
        from dotenv import load_dotenv

        load_dotenv(dotenv_path(), override=False)
        env = os.environ
    config = build_config(env)
    if overrides:
        config.update(overrides)

    app = Flask(
        __name__,
        instance_path=config["INSTANCE_PATH"],
        template_folder=str(resource_dir("templates")),
        static_folder=str(resource_dir("static")),
    )
    app.config.update(config)
    _configure_logging(app)
    _init_extensions(app)
    _register_blueprints(app)

    from smatrx import (
        cli,
        errors,
        htmx,
        input_guard,
        observability,
        security_headers,
        templating,
    )

    templating.init_app(app)
    errors.init_app(app)
    input_guard.init_app(app)
    security_headers.init_app(app)
    htmx.init_app(app)
    cli.init_app(app)
    observability.init_app(app)
    _apply_proxy_fix(app)
    return app


def _init_extensions(app: Flask) -> None:
    from smatrx import (
        audit,  # noqa: F401  (its session listeners tell the audit trigger who acts)
        crypto,
        engine_tuning,
        models,  # noqa: F401  (every table registered before migrate sees them)
        transaction,  # noqa: F401  (its session listeners run what waits for a commit)
    )
    from smatrx.extensions import csrf, db, limiter, migrate
    from smatrx.jobs import queue

    # Engine: every session speaks UTC, so CURRENT_TIMESTAMP defaults on timestamp(3)
    # columns hold UTC as the application's own values do.
    engine_options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS", {}))
    connect_args = dict(engine_options.get("connect_args", {}))
    connect_args.setdefault("options", "-c timezone=UTC")
    engine_options["connect_args"] = connect_args
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options

    db.init_app(app)
    with app.app_context():
        engine_tuning.tune(db.engine)
    migrate.init_app(app, db, directory=str(resource_dir("migrations")))
    crypto.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    queue.init_app(app)


def _register_blueprints(app: Flask) -> None:
    from smatrx import achievements, auth, goals, insights, onboarding
    from smatrx.account import bp as account_bp
    from smatrx.achievements import bp as achievements_bp
    from smatrx.admin import bp as admin_bp
    from smatrx.goals import bp as goals_bp
    from smatrx.home import bp as home_bp
    from smatrx.imports import bp as imports_bp
    from smatrx.insights import bp as insights_bp
    from smatrx.insights import roles_bp
    from smatrx.main import bp as main_bp
    from smatrx.notifications import bp as notifications_bp
    from smatrx.privacy import bp as privacy_bp
    from smatrx.profile import bp as profile_bp
    from smatrx.skills import bp as skills_bp
    from smatrx.teams import bp as teams_bp
    from smatrx.verification import bp as verification_bp

    app.register_blueprint(main_bp)
    auth.init_app(app)
    app.register_blueprint(account_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(profile_bp)
    app.register_blueprint(home_bp)
    app.register_blueprint(skills_bp)
    app.register_blueprint(verification_bp)
    app.register_blueprint(notifications_bp)
    app.register_blueprint(imports_bp)
    app.register_blueprint(goals_bp)
    app.register_blueprint(achievements_bp)
    app.register_blueprint(insights_bp)
    app.register_blueprint(roles_bp)
    app.register_blueprint(teams_bp)
    app.register_blueprint(privacy_bp)
    # Signal receivers: goals follow skill changes, achievements judge once they have.
    goals.init_app(app)
    achievements.init_app(app)
    insights.init_app(app)
    onboarding.init_app(app)


def _apply_proxy_fix(app: Flask) -> None:
    hops = app.config.get("PROXY_FIX_HOPS", 0)
    if hops:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_prefix=hops
        )


def _configure_logging(app: Flask) -> None:
    from smatrx.observability.logs import configure, log_format

    level = getattr(logging, app.config.get("LOG_LEVEL", "INFO"), logging.INFO)
    # authlib logs requests and tokens at DEBUG: never let that reach the log.
    logging.getLogger("authlib").setLevel(max(level, logging.INFO))
    configure(level, log_format(app.config.get("LOG_FORMAT")))
    logging.getLogger("smatrx").setLevel(level)
