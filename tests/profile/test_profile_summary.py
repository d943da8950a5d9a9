"""/profile leads with a summary of the person's record: top skills (verified first, then
by level and score), skills per level, active goals, badges — their own only, escaped, in
a number of statements that does not grow with the data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import Achievement, CareerGoal, Skill, UserSkill
from smatrx.profile.summary import TOP_SKILLS, level_counts, profile_summary
from tests.helpers import hold, hold_many, make_user, signed_in


def _goal(user, title, status="active", **values):
    goal = CareerGoal(
        user_id=user.id,
        title=title,
        type=values.pop("type", "project"),
        status=status,
        priority=values.pop("priority", "medium"),
        progress=values.pop("progress", 0),
        **values,
    )
    db.session.add(goal)
    db.session.commit()
    return goal


def _badge(user, key, title, points=10):
    db.session.add(
        Achievement(
            user_id=user.id,
            type="skill",
            title=title,
            points=points,
            rule_key=key,
            badge=f"/static/img/badges/{key}.svg",
        )
    )
    db.session.commit()


def _record(user):
    """Ten skills (two verified), two active goals and a finished one, two badges."""
    hold(user, "git", level="expert", proficiency_score=95)
    hold(user, "python", level="advanced", proficiency_score=70, verified=True)
    hold(user, "postgresql", level="beginner", proficiency_score=15, verified=True)
    hold(user, "docker", level="expert", proficiency_score=80)
    hold(user, "javascript", level="advanced", proficiency_score=75)
    hold_many(user, 5)
    _goal(user, "Lead the data platform", progress=40, target_date=datetime(2027, 6, 1))
    _goal(user, "Learn Rust", priority="high", progress=10)
    _goal(user, "Ship the v1", status="completed", progress=100)
    _badge(user, "first-skill", "First skill", 10)
    _badge(user, "first-verified", "Vouched for", 30)


def test_verified_skills_come_first_then_by_level_and_score(ada):
    _record(ada)
    summary = profile_summary(db.session, ada.id)
    names = [skill.name for skill in summary.top_skills]
    assert names[:4] == ["Python", "PostgreSQL", "Git", "Docker"]
    assert len(names) == TOP_SKILLS
    ranks = ["beginner", "intermediate", "advanced", "expert"]
    keys = [
        (not skill.verified, -ranks.index(skill.level), -(skill.score or 0))
        for skill in summary.top_skills
    ]
    assert keys == sorted(keys)
    assert summary.skill_count == 10 and summary.verified == 2
    counts = dict(summary.level_counts)
    assert [level for level, _ in summary.level_counts] == [
        "expert",
        "advanced",
        "intermediate",
        "beginner",
    ]
    assert counts["expert"] >= 2 and counts["beginner"] >= 1 and sum(counts.values()) == 10
    assert [goal.title for goal in summary.active_goals] == ["Lead the data platform", "Learn Rust"]
    assert summary.active_goal_count == 2
    assert {badge.title for badge in summary.badges} == {"Vouched for", "First skill"}
    assert summary.badge_count == 2 and summary.points == 40


def test_level_counts_name_every_level_highest_first():
    assert level_counts({"beginner": 3}) == [
        ("expert", 0),
        ("advanced", 0),
        ("intermediate", 0),
        ("beginner", 3),
    ]


def test_the_page_shows_the_summary_with_links_for_more(ada_client, ada):
    _record(ada)
    html = ada_client.get("/profile").get_data(as_text=True)
    summary = html.split('class="profile-summary"', 1)[1].split('class="profile-sections"', 1)[0]
    assert summary.index(">Python</a>") < summary.index(">Git</a>")
    assert "Verified <strong>2</strong>" in summary and "Expert <strong>" in summary
    assert 'href="/skills"' in summary and "All 10 skills" in summary
    assert "Lead the data platform" in summary and "Learn Rust" in summary
    assert "Ship the v1" not in summary  # finished: not what they are working towards
    assert 'href="/goals"' in summary and 'href="/achievements"' in summary
    assert "Vouched for" in summary and "/static/img/badges/first-verified.svg" in summary
    assert "2 earned · 40 points" in summary
    # the sections follow, editable as before
    assert 'id="section-about"' in html


def test_a_new_person_is_invited_to_fill_the_summary(ada_client):
    html = ada_client.get("/profile").get_data(as_text=True)
    assert "No skills yet." in html and "No active goals." in html and "No badges yet." in html
    assert 'href="/goals/new"' in html and 'href="/imports"' in html


def test_the_summary_is_the_owners_own(ada_client, ada, another_client):
    _record(ada)
    grace = make_user("grace@example.com", name="Grace Hopper")
    hold(grace, "cobol", level="expert", verified=True)
    _goal(grace, "Grace's secret goal")
    html = signed_in(another_client, grace).get("/profile").get_data(as_text=True)
    assert "COBOL" in html and "Grace&#39;s secret goal" in html
    assert ">Python</a>" not in html and "Lead the data platform" not in html
    mine = ada_client.get("/profile").get_data(as_text=True)
    assert "COBOL" not in mine and "secret goal" not in mine


def test_what_people_typed_is_escaped(ada_client, ada):
    _goal(ada, "<script>alert(1)</script>")
    html = ada_client.get("/profile").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_page_issues_the_same_statements_for_1_or_30_skills(ada_client, ada, statement_counter):
    hold(ada, "python", level="advanced", verified=True)
    _goal(ada, "One goal")
    _badge(ada, "first-skill", "First skill")
    ada_client.get("/profile")  # warm: the session was just touched by signing in
    statement_counter.reset()
    assert "Python" in ada_client.get("/profile").get_data(as_text=True)
    few = statement_counter.count

    hold_many(ada, 29)
    for number in range(8):
        _goal(ada, f"Goal {number}")
    _badge(ada, "skills-10", "Ten skills")
    _badge(ada, "skills-25", "Quarter century")
    assert (
        db.session.scalar(
            select(db.func.count()).select_from(UserSkill).where(UserSkill.user_id == ada.id)
        )
        == 30
    )
    statement_counter.reset()
    html = ada_client.get("/profile").get_data(as_text=True)
    assert "All 30 skills" in html and "9 active goals" in html
    many = statement_counter.count
    assert few == many, statement_counter.statements
    assert many <= 6, statement_counter.statements


def test_skills_not_offered_any_more_still_show_on_the_owners_summary(ada_client, ada):
    from smatrx.models.base import utcnow

    hold(ada, "perl", level="expert")
    perl = db.session.scalar(select(Skill).where(Skill.slug == "perl"))
    perl.retired_at = utcnow()
    db.session.commit()
    assert ">Perl</a>" in ada_client.get("/profile").get_data(as_text=True)
