"""Time the goals board and the achievement rules on a real PostgreSQL:
- GET /goals for a person with 200 goals (the page, and its statements);
- what a skill edit pays for them: send(skills_changed, user) with 20 skill goals, 200 skills;
- the award-achievements command over 1,000 people.

Needs DATABASE_URL (a server where it may create and drop a database) and REDIS_URL; skips
itself otherwise. Run: make bench (or .venv/bin/python bench/bench_goals_achievements.py).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scratch import scratch_app
from timing import median_ms

RUNS = 20


def main() -> None:
    with scratch_app("smatrx_bench") as app:
        if app is None:
            print("goals/achievements bench skipped: set DATABASE_URL and REDIS_URL")
            return
        run(app)


def run(app: Flask) -> None:
    from sqlalchemy import event, insert, select

    from smatrx.achievements.services import award_in_batches
    from smatrx.extensions import db
    from smatrx.models import CareerGoal, Profile, Skill, User, UserSkill
    from smatrx.models.base import new_id, utcnow
    from smatrx.signals import send, skills_changed
    from tests.helpers import make_user, sign_in

    with app.app_context():
        person = make_user("bench@example.com")
        skills = db.session.scalars(select(Skill).order_by(Skill.slug).limit(200)).all()
        db.session.execute(
            insert(UserSkill),
            [
                {
                    "id": new_id(),
                    "user_id": person.id,
                    "skill_id": s.id,
                    "level": "intermediate",
                    "proficiency_score": 40,
                    "source": "manual",
                    "created_at": utcnow(),
                    "updated_at": utcnow(),
                }
                for s in skills
            ],
        )
        goals = []
        for number in range(200):
            skill_goal = number < 20
            goals.append(
                {
                    "id": new_id(),
                    "user_id": person.id,
                    "title": f"Goal {number}",
                    "type": "skill"
                    if skill_goal
                    else ("project", "certification", "role")[number % 3],
                    "status": ("active", "paused", "completed", "cancelled")[number % 4],
                    "priority": ("high", "medium", "low")[number % 3],
                    "progress": number % 100,
                    "skill_id": skills[number].id if skill_goal else None,
                    "target_level": "expert" if skill_goal else None,
                    "created_at": utcnow(),
                    "updated_at": utcnow(),
                }
            )
        db.session.execute(insert(CareerGoal), goals)
        db.session.commit()

        client = app.test_client()
        sign_in(client, person.email)
        statements: list[str] = []
        event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        board_ms = median_ms(lambda: client.get("/goals"), RUNS, warm=False)
        statements.clear()
        size = len(client.get("/goals").get_data())
        board_statements = len(statements)

        def skill_change() -> None:
            send(skills_changed, person.id)
            db.session.rollback()

        publish_ms = median_ms(skill_change, RUNS, warm=False)
        statements.clear()
        skill_change()
        publish_statements = len(statements)

        people = [
            {
                "id": new_id(),
                "email": f"p{n}@example.com",
                "role": "member",
                "created_at": utcnow(),
                "updated_at": utcnow(),
            }
            for n in range(1000)
        ]
        db.session.execute(insert(User), people)
        db.session.execute(
            insert(Profile),
            [
                {
                    "id": new_id(),
                    "user_id": p["id"],
                    "onboarding_completed": True,
                    "created_at": utcnow(),
                    "updated_at": utcnow(),
                }
                for p in people
            ],
        )
        db.session.commit()
        started = time.perf_counter()
        outcome = {"checked": 0, "awarded": 0}
        for checked, awarded in award_in_batches(lambda user_id, rules: None):
            db.session.commit()
            outcome["checked"] += checked
            outcome["awarded"] += awarded
        command_s = time.perf_counter() - started

    print(
        f"goals board, 200 goals: GET /goals median {board_ms:.1f} ms, {board_statements} "
        f"statements, {size // 1024} KiB"
    )
    print(
        f"a skill change with 20 skill goals and 200 skills (sync + rules): median "
        f"{publish_ms:.1f} ms, {publish_statements} statements"
    )
    print(
        f"award-achievements over {outcome['checked']} people: {command_s:.2f} s, "
        f"{outcome['awarded']} awarded"
    )


if __name__ == "__main__":
    main()
