"""Browser fixtures: Playwright for Python driving Debian's chromium (never a downloaded
browser). Outside CI the browser tests skip, saying why, when chromium is missing; in CI
(CI=true) a missing browser fails the run."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium_missing_reason() -> str | None:
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        return f"chromium not found at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    reason = _chromium_missing_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield instance
        instance.close()


class ConsoleErrors(list):
    """Console errors and uncaught page errors seen during a test."""


# Chromium logs every non-2xx document on the console. An invalid form answers 422 by
# design (its errors are the page), so that one is not an error of the page.
EXPECTED_STATUS_LOGS = ("the server responded with a status of 422",)


def _record(errors: ConsoleErrors, message: Any) -> None:
    if message.type == "error" and not any(t in message.text for t in EXPECTED_STATUS_LOGS):
        errors.append(message.text)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page (own context) that records console errors in page.console_errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    new_page = context.new_page()
    errors = ConsoleErrors()
    new_page.on("console", lambda msg: _record(errors, msg))
    new_page.on("pageerror", lambda exc: errors.append(str(exc)))
    new_page.console_errors = errors
    yield new_page
    context.close()
    # Every browser test, whatever it checks itself: the Content-Security-Policy held.
    violations = [text for text in errors if "Content Security Policy" in text]
    assert violations == [], violations


@pytest.fixture
def worker_process(test_env: dict[str, str]) -> Iterator[Any]:
    """A real RQ worker (`flask smatrx worker`) in its own process, on the suite's database
    and Redis, for pages whose work happens in the background."""
    import subprocess
    import sys

    from smatrx.config import PROJECT_ROOT

    env = {**os.environ, **test_env, "LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1"}
    log_path = PROJECT_ROOT / "test-results" / "worker.log"
    log_path.parent.mkdir(exist_ok=True)
    log = log_path.open("w")  # the worker's log, to read when a background test fails
    process = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "wsgi", "smatrx", "worker"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        # Its own process group: the worker forks a scheduler and work horses, and a worker
        # left behind would take the next session's jobs on the shared Redis database.
        start_new_session=True,
    )
    try:
        yield process
    finally:
        # Work horses call setsid() and leave the group: find the whole tree first.
        import psutil

        with contextlib.suppress(psutil.NoSuchProcess):
            for child in psutil.Process(process.pid).children(recursive=True):
                with contextlib.suppress(psutil.NoSuchProcess):
                    child.kill()
        os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        log.close()
