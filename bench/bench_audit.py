"""What the audit trigger costs a skill edit: the same edit posted through the test client,
rounds alternating with the trigger on and off (ALTER TABLE ... DISABLE TRIGGER), on a
scratch database. Prints the median of each and the added share (issue 19: <= 15 %).

Run: DATABASE_URL=... REDIS_URL=... .venv/bin/python bench/bench_audit.py
"""

from __future__ import annotations

import os
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scratch import scratch_app
from timing import timings_ms

RUNS = int(os.environ.get("BENCH_RUNS", "150"))
ROUNDS = 5


def main() -> None:
    with scratch_app("smatrx_bench_audit") as app:
        if app is None:
            print("bench_audit: DATABASE_URL and REDIS_URL are needed; skipped")
            return
        from sqlalchemy import text

        from smatrx.extensions import db
        from tests.helpers import hold, make_user, sign_in

        with app.app_context():
            user = make_user("bench-audit@example.com", name="Bench")
            row = hold(user, "python")
            row_id, email = row.id, user.email
        client = app.test_client()
        assert sign_in(client, email).status_code == 302
        page = client.get("/skills").get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        levels = ("beginner", "intermediate", "advanced", "expert")

        def edit(n: int) -> None:
            data = {
                "csrf_token": token,
                f"s{row_id}-level": levels[n % 4],
                f"s{row_id}-proficiency_score": str(20 + n % 70),
                f"s{row_id}-years_experience": "",
                f"s{row_id}-last_used": "",
                f"s{row_id}-links": "",
                f"s{row_id}-notes": "",
            }
            response = client.post(f"/skills/{row_id}", data=data, headers={"HX-Request": "true"})
            assert response.status_code == 200, response.status_code

        def toggle(on: bool) -> None:
            with app.app_context():
                verb = "ENABLE" if on else "DISABLE"
                db.session.execute(text(f'ALTER TABLE "UserSkill" {verb} TRIGGER smatrx_audit'))
                db.session.commit()

        medians: dict[bool, list[float]] = {True: [], False: []}
        counter = iter(range(10**9))
        for _ in range(ROUNDS):
            for on in (False, True):
                toggle(on)
                times = timings_ms(lambda: edit(next(counter)), RUNS)
                medians[on].append(statistics.median(times))
        toggle(True)
        off, on = statistics.median(medians[False]), statistics.median(medians[True])
        print(f"skill edit without the audit trigger: {off:.2f} ms (median of {ROUNDS} rounds)")
        print(f"skill edit with the audit trigger:    {on:.2f} ms")
        print(f"added by auditing: {100 * (on - off) / off:+.1f} %")


if __name__ == "__main__":
    main()
