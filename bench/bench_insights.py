"""Time the insights: all three analyses for a person with 200 skills (gather from the
database, compute, compare with the stored rows), and the pure computations alone.

Needs DATABASE_URL (a server where it may create and drop a database) and REDIS_URL; skips
itself otherwise. Run: make bench (or .venv/bin/python bench/bench_insights.py). The
`analyse --all` throughput at 10,000 people is measured on the scale dataset (README).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scratch import scratch_app
from timing import median_ms

RUNS = 30


def main() -> None:
    with scratch_app("smatrx_bench_insights") as app:
        if app is None:
            print("insights bench skipped: set DATABASE_URL and REDIS_URL")
            return
        run(app)


def run(app: Flask) -> None:
    from smatrx.extensions import db
    from smatrx.insights import store
    from smatrx.insights.analysis import gap_analysis, profile_analysis, recommend
    from smatrx.insights.gather import gather
    from smatrx.profile.services import get_or_create_profile
    from tests.helpers import hold_many, make_user

    with app.app_context():
        person = make_user("bench@example.com")
        hold_many(person, 200)
        get_or_create_profile(person).target_role = "Backend Developer"
        db.session.commit()
        today = date.today()

        def analyse() -> None:
            store.run(db.session, person.id, today)
            db.session.rollback()  # measure the full work each time, nothing kept

        found = gather(db.session, person.id)

        def pure() -> None:
            gap = gap_analysis(found.role, found.held, today)
            profile_analysis(found.held, found.markets, found.peers, gap.readiness, today)
            recommend(found.role, found.held, found.candidates, today)

        print(
            f"all three analyses, 200 skills (gather + compute + compare): "
            f"median {median_ms(analyse, RUNS):.1f} ms"
        )
        print(f"the pure computations alone: median {median_ms(pure, RUNS):.1f} ms")


if __name__ == "__main__":
    main()
