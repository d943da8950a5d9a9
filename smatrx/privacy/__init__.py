"""Privacy (issue 19): consent — the legal texts, the gate that asks for a new version of
the terms or privacy notice, the consent page (routes.py); my data — the export, deleting
my account, the admin's erase (data_routes.py). Retention is smatrx/retention/ (it writes
to the audit log, which sits above this package)."""

from __future__ import annotations

import logging

from flask import Blueprint, Flask, Response, current_app, url_for
from flask_login import current_user
from redis.exceptions import RedisError

from smatrx.auth.decorators import gate_applies
from smatrx.htmx import redirect_to
from smatrx.transaction import after_commit

logger = logging.getLogger(__name__)

bp = Blueprint("privacy", __name__)

# Reachable before accepting a new version: signing out, the texts and the acceptance page,
# and the account page (download my data, delete my account: one may leave rather than
# accept).
OPEN_BLUEPRINTS = {"auth", "account", "privacy"}
OPEN_ENDPOINTS = {"static", "main.healthz"}
# The periodic rebuilds of the job-kept aggregates, by name (insights and stats read the
# consent: importing them here would make a circle).
AGGREGATE_REBUILDS = (
    "smatrx.stats.refresh.refresh_co_holding_task",
    "smatrx.insights.jobs.refresh_role_readiness_task",
)


def narrative_offered() -> bool:
    """Generated narratives are configured (LLM_BASE_URL and LLM_MODEL, as
    smatrx.insights.narrative.settings_from reads them; not imported: insights reads the
    consent, so privacy stays below it)."""
    config = current_app.config
    return bool(str(config.get("LLM_BASE_URL") or "").strip()) and bool(
        str(config.get("LLM_MODEL") or "").strip()
    )


def request_aggregate_refresh() -> None:
    """After a change of someone's "aggregates" consent commits: rebuild the job-kept
    aggregates now rather than at their next period ("SkillStat" is already exact)."""

    def enqueue() -> None:
        from smatrx.jobs.queue import get_queue

        try:
            queue = get_queue()
            for task in AGGREGATE_REBUILDS:
                queue.enqueue(task, job_timeout=600, result_ttl=600)
        except RedisError:
            logger.warning("privacy: could not enqueue the aggregate rebuild (Redis away)")

    after_commit(enqueue)


def init_app(app: Flask) -> None:
    """Register the pages and the gate; before onboarding's gate, so a new version of the
    texts is asked for first."""
    from smatrx.privacy import data_routes, routes  # noqa: F401

    app.register_blueprint(bp)

    @app.before_request
    def ask_for_the_current_texts() -> Response | None:
        # legal_current is loaded with the session in its one statement (auth.sessions).
        if not gate_applies(OPEN_ENDPOINTS, OPEN_BLUEPRINTS) or (
            current_user.legal_current is not False
        ):
            return None
        return redirect_to(url_for("privacy.accept"), htmx_status=204)
