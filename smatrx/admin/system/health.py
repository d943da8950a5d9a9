"""The readings /admin/system shows, each a plain function over a session or a Redis
connection (no Flask): migrations, queue and workers, failed jobs, database health."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path

from redis import Redis
from rq import Queue, Worker
from rq.job import Job
from rq.registry import FailedJobRegistry
from sqlalchemy import text
from sqlalchemy.orm import Session

GROWTH_KEY = "smatrx:system:table-sizes"
GROWTH_WINDOW = 7 * 24 * 3600  # growth is measured against the oldest snapshot this recent
SNAPSHOT_EVERY = 24 * 3600


def app_version() -> str:
    try:
        return metadata.version("smatrx")
    except metadata.PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True)
class Migrations:
    code_heads: tuple[str, ...]
    database: str | None

    @property
    def up_to_date(self) -> bool:
        return self.database in self.code_heads


def migrations(session: Session, directory: Path) -> Migrations:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(directory))
    heads = tuple(ScriptDirectory.from_config(config).get_heads())
    current = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return Migrations(heads, current)


@dataclass(frozen=True)
class WorkerState:
    name: str
    state: str
    current_job: str | None
    last_heartbeat: datetime | None


@dataclass(frozen=True)
class FailedJob:
    id: str
    function: str
    error: str  # the last line of the traceback: what went wrong, without the stack
    ended_at: datetime | None


@dataclass(frozen=True)
class QueueState:
    name: str
    waiting: int
    failed: int
    workers: list[WorkerState]
    failed_jobs: list[FailedJob]


def _last_line(exc_info: str | None) -> str:
    lines = [line for line in (exc_info or "").strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "no error recorded"


def _traceback(job: Job) -> str | None:
    result = job.latest_result()
    return result.exc_string if result is not None else None


def queue_state(queue: Queue, redis: Redis, limit: int = 50) -> QueueState:
    registry = FailedJobRegistry(queue=queue)
    ids = registry.get_job_ids(0, limit - 1)
    jobs = [job for job in Job.fetch_many(ids, connection=redis) if job is not None]
    failed_jobs = [
        FailedJob(job.id, job.func_name or "?", _last_line(_traceback(job)), job.ended_at)
        for job in jobs
    ]
    workers = [
        WorkerState(
            worker.name,
            worker.get_state(),
            worker.get_current_job_id(),
            worker.last_heartbeat,
        )
        for worker in Worker.all(queue=queue)
    ]
    return QueueState(queue.name, queue.count, registry.count, workers, failed_jobs)


def retry_failed(queue: Queue, job_id: str) -> bool:
    """Put a failed job back on its queue; False when it is not in the failed registry."""
    registry = FailedJobRegistry(queue=queue)
    if job_id not in registry.get_job_ids():
        return False
    registry.requeue(job_id)
    return True


def delete_failed(queue: Queue, job_id: str) -> bool:
    registry = FailedJobRegistry(queue=queue)
    if job_id not in registry.get_job_ids():
        return False
    registry.remove(job_id, delete_job=True)
    return True


@dataclass(frozen=True)
class TableHealth:
    name: str
    rows: int
    dead_rows: int
    size_bytes: int
    growth_bytes: int | None  # since the oldest snapshot of the last week, if any
    last_vacuum: datetime | None
    last_analyze: datetime | None
    seq_scans: int
    index_scans: int


@dataclass(frozen=True)
class IndexUse:
    table: str
    name: str
    scans: int
    size_bytes: int


@dataclass(frozen=True)
class SlowStatement:
    query: str
    calls: int
    mean_ms: float
    total_ms: float


@dataclass(frozen=True)
class DatabaseHealth:
    size_bytes: int
    connections: int
    max_connections: int
    tables: list[TableHealth]
    unused_indexes: list[IndexUse]
    slow: list[SlowStatement] | None  # None: pg_stat_statements is not installed


_TABLES = text(
    """
    SELECT relname, n_live_tup, n_dead_tup, pg_total_relation_size(relid),
           greatest(last_vacuum, last_autovacuum), greatest(last_analyze, last_autoanalyze),
           coalesce(seq_scan, 0), coalesce(idx_scan, 0)
    FROM pg_stat_user_tables
    WHERE schemaname = current_schema()
    ORDER BY pg_total_relation_size(relid) DESC
    """
)
_UNUSED_INDEXES = text(
    """
    SELECT s.relname, s.indexrelname, s.idx_scan, pg_relation_size(s.indexrelid)
    FROM pg_stat_user_indexes s
    JOIN pg_index i ON i.indexrelid = s.indexrelid
    WHERE s.schemaname = current_schema() AND s.idx_scan = 0
      AND NOT i.indisunique AND NOT i.indisprimary
    ORDER BY pg_relation_size(s.indexrelid) DESC
    LIMIT 20
    """
)
_SLOW = text(
    """
    SELECT query, calls, mean_exec_time, total_exec_time
    FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    ORDER BY mean_exec_time DESC
    LIMIT 10
    """
)


def _growth(redis: Redis, sizes: dict[str, int], now: float) -> dict[str, int]:
    """Bytes each table grew since the oldest snapshot of the last week; keeps one
    snapshot a day in Redis (best effort: without Redis there is no growth column)."""
    try:
        raw = redis.get(GROWTH_KEY)
        snapshots: list[dict] = json.loads(raw) if raw else []
        snapshots = [s for s in snapshots if now - s["at"] <= GROWTH_WINDOW]
        if not snapshots or now - snapshots[-1]["at"] >= SNAPSHOT_EVERY:
            snapshots.append({"at": now, "sizes": sizes})
            redis.set(GROWTH_KEY, json.dumps(snapshots))
    except Exception:
        return {}
    oldest = snapshots[0]
    if oldest["at"] == now:
        return {}
    return {name: size - oldest["sizes"].get(name, 0) for name, size in sizes.items()}


def database_health(session: Session, redis: Redis, now: float | None = None) -> DatabaseHealth:
    rows = session.execute(_TABLES).all()
    growth = _growth(redis, {row[0]: int(row[3]) for row in rows}, now or time.time())
    tables = [
        TableHealth(name, live, dead, size, growth.get(name), vacuum, analyze, seq, idx)
        for name, live, dead, size, vacuum, analyze, seq, idx in rows
    ]
    unused = [IndexUse(*row) for row in session.execute(_UNUSED_INDEXES)]
    has_statements = session.execute(
        text("SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'")
    ).scalar()
    slow = None
    if has_statements:
        try:
            with session.begin_nested():  # not preloaded, or not allowed: say nothing
                slow = [
                    SlowStatement(" ".join(query.split())[:300], calls, mean, total)
                    for query, calls, mean, total in session.execute(_SLOW)
                ]
        except Exception:
            slow = None
    size = session.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0
    connections = session.execute(
        text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")
    ).scalar()
    max_connections = int(session.execute(text("SHOW max_connections")).scalar() or 0)
    return DatabaseHealth(int(size), int(connections or 0), max_connections, tables, unused, slow)
