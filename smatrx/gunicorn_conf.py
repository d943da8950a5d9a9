"""gunicorn settings for SMATRX, shipped in the package so an installed wheel has them:

    gunicorn -c python:smatrx.gunicorn_conf smatrx.wsgi:app

(the checkout's gunicorn.conf.py imports this one, so `gunicorn wsgi:app` there gets the
same). Command-line flags override anything here (`--bind`, `--workers`).

- workers: WEB_CONCURRENCY when set, else 2 x CPUs + 1, at most MAX_WORKERS: each sync
  worker holds its own database pool (DATABASE_POOL_SIZE, default 5), and PostgreSQL's
  default max_connections (100) is shared with the RQ workers.
- bind: SMATRX_BIND, default 127.0.0.1:8000 (a reverse proxy in front; docs/deploy.md).
- the access log: one JSON object per line on stdout (journald keeps it). It logs the path
  without its query string, with the secret of a link (/verify/<token>, /reset/<token>,
  /teams/join/<token>) masked, and without the Referer (which can carry either).
- forwarded_allow_ips: gunicorn's own (the FORWARDED_ALLOW_IPS environment variable, default
  127.0.0.1,::1): whose X-Forwarded-Proto gunicorn believes. The client address and host
  the app sees come from PROXY_FIX_HOPS (werkzeug's ProxyFix, smatrx/__init__.py): set it to
  the number of proxies in front; see docs/deploy.md.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from typing import Any

from gunicorn.glogging import Logger

MAX_WORKERS = 8


def worker_count(environ: dict[str, str] | os._Environ[str] = os.environ) -> int:
    """WEB_CONCURRENCY wins; else 2 x CPUs + 1, capped at MAX_WORKERS."""
    given = environ.get("WEB_CONCURRENCY", "").strip()
    if given:
        return max(1, int(given))
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(2 * (cpus or 1) + 1, MAX_WORKERS)


# A link's secret is the path segment after one of these.
_SECRET_SEGMENT = re.compile(r"(/(?:verify|reset|join)/)[^/]+")


def loggable_path(path: str) -> str:
    """The path as the access log shows it: link secrets masked (no query string ever)."""
    return _SECRET_SEGMENT.sub(r"\1[secret]", path)


class JsonAccessLogger(Logger):
    """gunicorn's logger with the access log as JSON lines (the error log stays as it is).
    Built with json.dumps, so a quote in a user agent cannot break a line."""

    def access(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> None:
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        line = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "level": "INFO",
            "logger": "gunicorn.access",
            # After ProxyFix (PROXY_FIX_HOPS) this is the client, not the proxy.
            "remote_addr": environ.get("REMOTE_ADDR"),
            "method": environ.get("REQUEST_METHOD"),
            "path": loggable_path(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")),
            "status": int(status) if str(status).isdigit() else status,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "user_agent": environ.get("HTTP_USER_AGENT"),
            "request_id": environ.get("HTTP_X_REQUEST_ID"),
            "pid": os.getpid(),
        }
        try:
            self.access_log.info(json.dumps(line, ensure_ascii=False))
        except Exception:
            self.exception("could not write the access log")


bind = [os.environ.get("SMATRX_BIND", "127.0.0.1:8000")]
workers = worker_count()
worker_class = "sync"
# A request that takes longer is killed (imports and analyses run in RQ jobs, not here).
timeout = 30
# On SIGTERM (systemctl stop) or SIGHUP (reload), workers finish what they serve first.
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then: whatever a long-lived process accumulates is given back.
max_requests = 2000
max_requests_jitter = 200
# The heartbeat file on tmpfs: a worker never stalls on a slow disk's fsync.
# gunicorn makes its own file there (mkstemp), hence no shared-temp risk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
accesslog = "-"
errorlog = "-"
logger_class = JsonAccessLogger
# Not preloaded: each worker builds the app after fork (no pooled connection crosses a
# fork), and SIGHUP reloads new code without dropping a request.
preload_app = False
proc_name = "smatrx-web"
# gunicorn 25+ opens a control socket (for gunicornc) in $XDG_RUNTIME_DIR or ~/.gunicorn by
# default: one path for every instance of the user. Off unless GUNICORN_CONTROL_SOCKET
# names one (systemd: RuntimeDirectory= gives /run/smatrx/).
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket

# Prometheus (smatrx/observability/metrics.py): with METRICS=on every worker counts into one
# folder that /metrics adds up. Set PROMETHEUS_MULTIPROC_DIR to share it with RQ workers on
# this host; otherwise a folder of this server's own, emptied at each start.
_metrics_on = os.environ.get("METRICS", "").strip().lower() in {"1", "true", "yes", "on"}
if _metrics_on and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    import tempfile

    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="smatrx-metrics-")


def on_starting(server: Any) -> None:
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder and os.path.isdir(folder):
        for name in os.listdir(folder):  # counts of a previous run are not this run's
            if name.endswith(".db"):
                os.remove(os.path.join(folder, name))


def child_exit(server: Any, worker: Any) -> None:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
