"""The worker imports its job modules before it forks, so a work horse never needs Python's
import lock (a thread importing during a fork left horses waiting on it forever)."""

from __future__ import annotations

import subprocess
import sys

from smatrx.config import PROJECT_ROOT


def test_the_jobs_module_imports_cleanly_in_a_fresh_process():
    result = subprocess.run(
        [sys.executable, "-c", "import smatrx.jobs.imports"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
