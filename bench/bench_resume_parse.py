"""Time résumé parsing: extract_text + split_entries on a 5-page PDF, median of 20 runs.

Run: .venv/bin/python bench/bench_resume_parse.py (needs the dev extra for fpdf2).
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smatrx.imports.sources.resume import extract_text, split_entries
from tests.imports.resume_fixtures import long_pdf_resume

RUNS = 20
TODAY = date(2026, 11, 27)


def main() -> None:
    data = long_pdf_resume(pages=5)
    timings: list[float] = []
    entries = 0
    for _ in range(RUNS):
        started = time.perf_counter()
        text = extract_text(data)
        entries = len(split_entries(text, today=TODAY))
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"resume parse (5-page PDF, {len(data)} bytes, {entries} entries): "
        f"median {statistics.median(timings):.1f} ms over {RUNS} runs "
        f"(min {min(timings):.1f}, max {max(timings):.1f})"
    )


if __name__ == "__main__":
    main()
