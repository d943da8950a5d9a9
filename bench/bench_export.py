"""How long "download my data" takes for a heavy person: 500 skills with evidence and
1,000 audit entries about them (plus goals and notifications), the export job run end to
end (rows read, ZIP written and moved into place, row completed) on a scratch database.
Prints the median and the worst of the runs (issue 19: <= 2 s).

Run: DATABASE_URL=... REDIS_URL=... .venv/bin/python bench/bench_export.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scratch import scratch_app

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
SKILLS = 500
AUDIT_ROWS = 1000


def main() -> None:
    with scratch_app("smatrx_bench_export") as app:
        if app is None:
            print("bench_export: DATABASE_URL and REDIS_URL are needed; skipped")
            return
        from sqlalchemy import func, select

        from smatrx.extensions import db
        from smatrx.models import (
            AuditEvent,
            CareerGoal,
            DataExport,
            Notification,
            Skill,
            SkillCategory,
            UserSkill,
        )
        from smatrx.privacy.export import run_export
        from tests.helpers import make_user

        with app.app_context():
            user = make_user("bench-export@example.com", name="Bench Export")
            user_id = user.id
            category = db.session.scalar(select(SkillCategory).limit(1))
            have = db.session.scalar(select(func.count()).select_from(Skill)) or 0
            db.session.add_all(
                Skill(name=f"Bench skill {n}", slug=f"bench-skill-{n}", category=category)
                for n in range(max(0, SKILLS - have))
            )
            db.session.commit()
            skills = db.session.scalars(select(Skill.id).limit(SKILLS)).all()
            levels = ("beginner", "intermediate", "advanced", "expert")
            db.session.add_all(
                UserSkill(
                    user_id=user.id,
                    skill_id=skill_id,
                    level=levels[n % 4],
                    proficiency_score=n % 100,
                    source="github",
                    evidence={"repos": [f"bench/repo-{n}", f"bench/tool-{n}"], "bytes": n * 100},
                )
                for n, skill_id in enumerate(skills)
            )
            db.session.add_all(
                CareerGoal(
                    user_id=user.id,
                    title=f"Goal {n}",
                    type="skill",
                    status="active",
                    priority="medium",
                )
                for n in range(20)
            )
            db.session.add_all(
                Notification(user_id=user.id, kind="info", message=f"Note {n}") for n in range(50)
            )
            db.session.commit()
            about = (
                select(func.count()).select_from(AuditEvent).where(AuditEvent.subject_id == user.id)
            )
            missing = AUDIT_ROWS - (db.session.scalar(about) or 0)
            db.session.add_all(
                AuditEvent(
                    action="sign_in",
                    actor_kind="user",
                    actor_id=user.id,
                    subject_id=user.id,
                    ip="192.0.2.1",
                    user_agent="bench",
                )
                for _ in range(max(0, missing))
            )
            db.session.commit()
            audit_rows = db.session.scalar(about)
            held = db.session.scalar(
                select(func.count()).select_from(UserSkill).where(UserSkill.user_id == user.id)
            )
            db.session.remove()
            times, size = [], 0
            for _ in range(RUNS):
                row = DataExport(user_id=user_id)
                db.session.add(row)
                db.session.commit()
                started = time.perf_counter()
                assert run_export(row.id) == "completed"
                times.append(time.perf_counter() - started)
                size = db.session.get(DataExport, row.id).byte_size or 0
                db.session.remove()
        print(f"person: {held} skills, {audit_rows} audit entries about them")
        print(
            f"export job, end to end: median {statistics.median(times):.3f} s, "
            f"worst {max(times):.3f} s over {RUNS} runs (target <= 2 s)"
        )
        print(f"ZIP size: {size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
