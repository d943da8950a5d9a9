"""The worker imports its job modules before it forks, so a work horse never needs Python's
import lock (a thread importing during a fork left horses waiting on it forever)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from smatrx.cli import JOB_MODULES
from smatrx.config import PROJECT_ROOT


@pytest.mark.parametrize("module", [*JOB_MODULES, "smatrx.jobs.worker"])
def test_the_job_modules_import_cleanly_in_a_fresh_process(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
