"""Timing an action for the benchmarks: milliseconds per run, sorted, or their median."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timings_ms(action: Callable[[], object], runs: int, *, warm: bool = True) -> list[float]:
    """runs timings of action in milliseconds, sorted; warm runs it once first, untimed
    (first compile of templates, first plans, first imports)."""
    if warm:
        action()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return sorted(timings)


def median_ms(action: Callable[[], object], runs: int, *, warm: bool = True) -> float:
    return statistics.median(timings_ms(action, runs, warm=warm))
