"""Jobs run for real: RQ on real Redis/Valkey, inside the app context, in a forked work horse
as in production, against the real database."""

from __future__ import annotations

from rq import Queue

from smatrx.jobs.queue import get_redis
from smatrx.jobs.worker import build_worker
from tests.jobs_for_tests import count_catalog_skills


def test_a_job_runs_in_a_forked_worker_with_database_access(app, redis_conn):
    queue = Queue("default", connection=get_redis(app))
    job = queue.enqueue(count_catalog_skills)

    with app.app_context():
        worker = build_worker(app, ["default"], fork=True)
        worked = worker.work(burst=True)

    assert worked
    job.refresh()
    # The stored result, read from Redis (return_value() may answer from a stale cache).
    result = job.latest_result()
    assert job.is_finished, result
    assert result.return_value >= 400


def test_a_simple_worker_runs_jobs_in_process(app, redis_conn):
    queue = Queue("default", connection=get_redis(app))
    job = queue.enqueue(count_catalog_skills)
    with app.app_context():
        build_worker(app, ["default"], fork=False).work(burst=True)
    assert job.latest_result().return_value >= 400


def test_the_worker_registers_itself_for_the_health_check(app, redis_conn, client):
    with app.app_context():
        worker = build_worker(app, ["default"], fork=False)
        worker.register_birth()
        try:
            body = client.get("/healthz").get_json()
        finally:
            worker.register_death()
    assert body["queue"]["workers"] == 1
