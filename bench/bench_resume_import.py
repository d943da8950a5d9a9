"""Time what an import job does with a résumé, without the database: read a 5-page PDF,
split it into entries, match it against the shipped catalog and estimate every skill.
Median of 20 runs; the matcher is built once per import, and that is timed too.

Run: make bench (or .venv/bin/python bench/bench_resume_import.py; needs the dev extra).
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smatrx.imports.matcher import Matcher, terms_from_catalog
from smatrx.imports.proposals import resume_proposals
from smatrx.imports.sources.resume import extract_text
from smatrx.seed.data import read_catalog
from tests.imports.resume_fixtures import long_pdf_resume

RUNS = 20
TODAY = date(2026, 11, 27)


def main() -> None:
    skills = read_catalog().skills
    data = long_pdf_resume(pages=5)
    started = time.perf_counter()
    matcher = Matcher(
        terms_from_catalog({"id": s.slug, "name": s.name, "aliases": s.aliases} for s in skills)
    )
    build_ms = (time.perf_counter() - started) * 1000
    timings: list[float] = []
    found = 0
    for _ in range(RUNS):
        started = time.perf_counter()
        text = extract_text(data)
        proposals, _unknown = resume_proposals(text, matcher, today=TODAY)
        found = len(proposals)
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"resume import (5-page PDF, {len(data)} bytes, {len(skills)} catalog skills, "
        f"{found} skills found): median {statistics.median(timings):.1f} ms over {RUNS} runs "
        f"(min {min(timings):.1f}, max {max(timings):.1f}); matcher built in {build_ms:.0f} ms"
    )


if __name__ == "__main__":
    main()
