"""The long fuzz: 10,000+ mutated submissions over every form and HTMX target a member and
an admin reach (tests/fuzz.py; the suite sends a few hundred). Prints the answers by status
class and every 5xx (there must be none).

Needs DATABASE_URL (a server where it may create and drop a database) and REDIS_URL; skips
itself otherwise. Run: .venv/bin/python bench/bench_fuzz.py [TOTAL]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scratch import scratch_app

TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000


def main() -> None:
    with scratch_app("smatrx_bench_fuzz") as app:
        if app is None:
            print("fuzz bench skipped: set DATABASE_URL and REDIS_URL")
            return
        run(app)


def run(app: Flask) -> None:
    from smatrx.extensions import limiter
    from tests.fuzz import csrf_of, fuzz
    from tests.helpers import hold, make_user, sign_in
    from tests.test_regions import _plain_get_paths

    app.config["RATELIMIT_ENABLED"] = False
    with app.app_context():
        limiter.enabled = False
        member = make_user("member@example.com")
        row = hold(member, "python")
        make_user("admin@example.com", role="admin")
        pages = _plain_get_paths(app)
        extra = [f"/skills/{row.id}/edit", "/profile/about/edit", "/roles/backend-developer"]
    started = time.perf_counter()
    total_sent, statuses, failures = 0, {}, []
    for email, more in (("member@example.com", extra), ("admin@example.com", [])):
        client = app.test_client()
        assert sign_in(client, email).status_code == 302
        with app.app_context():
            report = fuzz(client, [*pages, *more], csrf_of, per_form=TOTAL // 30, limit=TOTAL)
        total_sent += report.sent
        for status, count in report.statuses.items():
            statuses[status] = statuses.get(status, 0) + count
        failures += report.failures
    elapsed = time.perf_counter() - started
    print(
        f"{total_sent:,} submissions in {elapsed:.0f} s; answers by class: "
        + ", ".join(f"{code // 100}xx {count:,}" for code, count in sorted(statuses.items()))
    )
    print(f"5xx and oversized cookies: {len(failures)}")
    for failure in failures[:20]:
        print("  ", failure)


if __name__ == "__main__":
    main()
