"""/admin/system (admins only): the readings of health.py on one page, and the two actions
on a failed job (retry, delete), each a POST with CSRF that redirects back."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from smatrx.admin import bp
from smatrx.admin.system import health
from smatrx.auth.decorators import role_required
from smatrx.config import resource_dir
from smatrx.extensions import db
from smatrx.jobs.queue import get_queue, get_redis


class FailedJobForm(FlaskForm):
    """Only the CSRF token: the job is named by the URL."""


@bp.get("/system")
@role_required("admin")
def system() -> str:
    redis = get_redis()
    queue = get_queue()
    try:
        queue_state: health.QueueState | None = health.queue_state(queue, redis)
    except Exception:  # Redis away: the page still shows the database
        queue_state = None
    page = render_template(
        "admin/system.html",
        version=health.app_version(),
        migrations=health.migrations(db.session, resource_dir("migrations")),
        queue=queue_state,
        periodic=_periodic_state(),
        database=health.database_health(db.session, redis),
        form=FailedJobForm(),
    )
    db.session.commit()
    return page


def _periodic_state() -> dict | None:
    """The scheduler's leader and standbys, and each periodic task's last and next run."""
    from smatrx.periodic import PERIODIC
    from smatrx.scheduler import running_schedulers, schedule_state

    try:
        redis = get_redis()
        leader, tasks = schedule_state(redis, PERIODIC)
        return {"leader": leader, "schedulers": running_schedulers(redis), "tasks": tasks}
    except Exception:  # Redis away: the queue section says so already
        return None


def _job_action(job_id: str, action: str) -> Response:
    form = FailedJobForm()
    if not form.validate_on_submit():
        abort(400)
    done = (health.retry_failed if action == "retry" else health.delete_failed)(get_queue(), job_id)
    if not done:
        abort(404)
    flash("Job queued again." if action == "retry" else "Job deleted.", "success")
    return redirect(url_for("admin.system") + "#failed-jobs")


@bp.post("/system/jobs/<job_id>/retry")
@role_required("admin")
def retry_job(job_id: str) -> Response:
    return _job_action(job_id, "retry")


@bp.post("/system/jobs/<job_id>/delete")
@role_required("admin")
def delete_job(job_id: str) -> Response:
    return _job_action(job_id, "delete")
