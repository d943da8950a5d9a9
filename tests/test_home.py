"""The home page people land on after signing in."""

from __future__ import annotations

from smatrx.extensions import db
from smatrx.home.next_steps import next_steps
from smatrx.models import Achievement, CareerGoal, Skill, UserSkill
from tests.helpers import sign_in

EMPTY = {"about": True, "direction": False, "languages": False, "salary": False, "links": False}


def test_next_steps_start_with_skills_and_a_target_role():
    keys = [step.key for step in next_steps(filled=EMPTY, total_skills=0, verified_skills=0)]
    assert keys == ["add-skills", "target-role", "profile"]


def test_next_steps_when_everything_is_done():
    filled = dict.fromkeys(EMPTY, True)
    assert next_steps(filled=filled, total_skills=8, verified_skills=2) == []
    keys = [step.key for step in next_steps(filled=filled, total_skills=3, verified_skills=0)]
    assert keys == ["more-skills", "verify"]


def test_a_goal_is_suggested_once_there_are_skills_and_no_open_goal():
    filled = dict.fromkeys(EMPTY, True)
    keys = [
        s.key for s in next_steps(filled=filled, total_skills=8, verified_skills=2, open_goals=0)
    ]
    assert keys == ["set-goal"]
    assert next_steps(filled=filled, total_skills=8, verified_skills=2, open_goals=1) == []
    assert "set-goal" not in [
        s.key for s in next_steps(filled=filled, total_skills=0, verified_skills=0, open_goals=0)
    ]


def test_home_shows_goals_and_points(ada_client, ada):
    html = ada_client.get("/home").get_data(as_text=True)
    assert "No active goals." in html and "<strong>0</strong> points" in html
    for title, priority in (("Write a paper", "low"), ("Learn Rust", "high")):
        db.session.add(
            CareerGoal(
                user_id=ada.id,
                title=title,
                type="project",
                priority=priority,
                status="active",
                progress=25,
            )
        )
    db.session.add(
        CareerGoal(
            user_id=ada.id,
            title="Done",
            type="project",
            priority="low",
            status="completed",
            progress=100,
        )
    )
    db.session.add(Achievement(user_id=ada.id, type="milestone", title="T", points=30))
    db.session.commit()
    html = ada_client.get("/home").get_data(as_text=True)
    assert "<strong>2</strong> active, <strong>1</strong> completed" in html
    assert html.index("Learn Rust") < html.index("Write a paper")  # high priority first
    assert "<strong>30</strong> points · 1 earned" in html


def test_signed_in_people_land_on_home(client, ada):
    assert sign_in(client, ada.email).headers["Location"] == "/home"
    assert client.get("/").headers["Location"] == "/home"
    html = client.get("/home").get_data(as_text=True)
    assert "Hello, Ada Lovelace" in html
    assert "What to do next" in html


def test_home_counts_skills_per_level_without_growing_queries(ada_client, ada, statement_counter):
    skills = db.session.scalars(db.select(Skill).order_by(Skill.slug).limit(30)).all()

    def hold(chosen):
        for skill in chosen:
            db.session.add(
                UserSkill(user_id=ada.id, skill_id=skill.id, level="advanced", source="manual")
            )
        db.session.commit()

    hold(skills[:2])
    statement_counter.reset()
    few = ada_client.get("/home")
    few_count = statement_counter.count
    hold(skills[2:])
    statement_counter.reset()
    many = ada_client.get("/home")
    assert statement_counter.count == few_count
    assert "<strong>2</strong> skills" in few.get_data(as_text=True)
    assert "<strong>30</strong> skills" in many.get_data(as_text=True)


def test_home_needs_sign_in(client, db_session):
    assert client.get("/home").headers["Location"].startswith("/login")
