"""Prometheus metrics at /metrics: requests by endpoint and status, latency, the database
pool in use, queue depth, failed jobs, import duration by source and outcome, active sessions.

Under gunicorn every worker is a process of its own: with PROMETHEUS_MULTIPROC_DIR set (the
gunicorn config sets it) prometheus_client's multiprocess mode adds up what every worker (and an
RQ worker on the same host pointed at the same folder) counted. /metrics answers only to
METRICS_ALLOW_FROM addresses or a request bearing METRICS_TOKEN; with neither set it is off
(404)."""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import time
from collections.abc import Iterable, Iterator

from flask import Flask, abort, current_app, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from werkzeug.wrappers import Response

from smatrx.config import allowed_networks

logger = logging.getLogger(__name__)

REQUESTS = Counter(
    "smatrx_http_requests_total", "HTTP requests answered", ("endpoint", "method", "status")
)
LATENCY = Histogram(
    "smatrx_http_request_duration_seconds",
    "Time to answer a request",
    ("endpoint",),
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
IMPORT_DURATION = Histogram(
    "smatrx_import_duration_seconds",
    "Time an import job took, by source and outcome",
    ("source", "outcome"),
    buckets=(0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
)


def observe_import(source: str, outcome: str, seconds: float) -> None:
    """Called by the import job when it ends (completed | failed)."""
    IMPORT_DURATION.labels(source, outcome).observe(seconds)


def may_read_metrics(
    remote_addr: str | None,
    authorization: str | None,
    token: str,
    networks: Iterable[ipaddress.IPv4Network | ipaddress.IPv6Network],
) -> bool:
    """A bearer of the token, or a request from an allowed network."""
    if token and (authorization or "").startswith("Bearer "):
        bearer = (authorization or "")[7:].strip()
        if hmac.compare_digest(bearer.encode(), token.encode()):
            return True
    return _from(remote_addr, networks)


def _from(
    remote_addr: str | None, networks: Iterable[ipaddress.IPv4Network | ipaddress.IPv6Network]
) -> bool:
    if remote_addr:
        try:
            address = ipaddress.ip_address(remote_addr)
        except ValueError:
            return False
        return any(address in network for network in networks)
    return False


class _LiveCollector:
    """What is read at scrape time rather than counted: pool, queues, sessions."""

    def __init__(self, app: Flask) -> None:
        self._app = app

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from rq.registry import FailedJobRegistry
        from sqlalchemy import func, select

        from smatrx.extensions import db
        from smatrx.jobs.queue import get_queue
        from smatrx.models import Session
        from smatrx.models.base import utcnow

        with self._app.app_context():
            pool = GaugeMetricFamily(
                "smatrx_db_pool_connections",
                "Database connections of this process",
                labels=["state"],
            )
            engine_pool = db.engine.pool
            pool.add_metric(["in_use"], float(getattr(engine_pool, "checkedout", lambda: 0)()))
            pool.add_metric(["size"], float(getattr(engine_pool, "size", lambda: 0)()))
            yield pool
            try:
                queue = get_queue()
                depth = GaugeMetricFamily("smatrx_queue_depth", "Jobs waiting", labels=["queue"])
                depth.add_metric([queue.name], float(queue.count))
                yield depth
                failed = GaugeMetricFamily(
                    "smatrx_jobs_failed", "Jobs in the failed registry", labels=["queue"]
                )
                failed.add_metric([queue.name], float(FailedJobRegistry(queue=queue).count))
                yield failed
            except Exception:  # Redis away: the other metrics still answer
                logger.warning("metrics: Redis unavailable")
            try:
                active = db.session.scalar(
                    select(func.count()).select_from(Session).where(Session.expires > utcnow())
                )
                db.session.commit()
                yield GaugeMetricFamily(
                    "smatrx_sessions_active", "Signed-in sessions not expired", value=active or 0
                )
            except Exception:
                db.session.rollback()
                logger.warning("metrics: database unavailable")


def _registry(app: Flask) -> CollectorRegistry:
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.MultiProcessCollector(registry)
    else:
        from prometheus_client import REGISTRY

        registry = REGISTRY
    return registry


def init_app(app: Flask) -> None:
    live = _LiveCollector(app)

    @app.after_request
    def count(response: Response) -> Response:
        started = g.get("request_started")
        endpoint = request.endpoint or "unmatched"
        if started is not None and endpoint not in ("static", "metrics"):
            REQUESTS.labels(endpoint, request.method, str(response.status_code)).inc()
            LATENCY.labels(endpoint).observe(time.perf_counter() - started)
        return response

    @app.get("/metrics", endpoint="metrics")
    def metrics() -> Response:
        config = current_app.config
        if not config.get("METRICS"):
            abort(404)
        allowed = may_read_metrics(
            request.remote_addr,
            request.headers.get("Authorization"),
            config.get("METRICS_TOKEN", ""),
            allowed_networks(config.get("METRICS_ALLOW_FROM", "")),
        )
        if not allowed:
            abort(404)
        registry = _registry(current_app)
        body = generate_latest(registry) + generate_latest(_Live(live))
        return Response(body, mimetype=CONTENT_TYPE_LATEST.split(";")[0])


class _Live(CollectorRegistry):
    """A registry of the live collector alone (never registered globally: each scrape asks
    its own process)."""

    def __init__(self, collector: _LiveCollector) -> None:
        super().__init__(auto_describe=False)
        self.register(collector)  # type: ignore[arg-type]
