"""Achievements awarded through the paths people take: adding and editing skills, finishing
onboarding, a reviewer approving a verification, an import job finishing, completing goals,
holding a skill in every category. Each rule is awarded once; the person's own HTMX request
hears of it through HX-Trigger, their plain request through a flash on the page it lands
on, and anything else (a reviewer, a job, the command) through a notification. Then the
/achievements page and the award-achievements command."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from sqlalchemy import func, select

from smatrx.achievements.rules import RULES, RULES_BY_KEY
from smatrx.achievements.services import award, award_in_batches
from smatrx.extensions import db
from smatrx.models import (
    Achievement,
    CareerGoal,
    Notification,
    Skill,
    SkillCategory,
    SkillImport,
    User,
    UserSkill,
    VerificationRequest,
)
from smatrx.models.base import utcnow
from tests.helpers import HX, catalog_skill, csrf_for, make_user, run_jobs, sign_in

UNLOCKED = re.compile(r"Achievement unlocked: ([^<]+?) \(\+(\d+) points\)\.")
RESUME = b"""Ada Lovelace
Backend developer

Experience
Backend developer, Initech (2019 - present)
- Python and PostgreSQL every day; some Go for tooling.

Skills: Python, PostgreSQL, Kubernetes
"""


# --- helpers ------------------------------------------------------------------------------


def rows_of(user: User) -> list[Achievement]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            select(Achievement).where(Achievement.user_id == user.id).order_by(Achievement.rule_key)
        )
    )


def keys_of(user: User) -> list[str]:
    """Every rule key the person holds, one entry per row (a duplicate would show twice)."""
    return sorted(row.rule_key or "" for row in rows_of(user))


def earned_notes(user: User) -> list[Notification]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            select(Notification)
            .where(Notification.user_id == user.id, Notification.kind == "achievement.earned")
            .order_by(Notification.created_at, Notification.message)
        )
    )


def triggered(response: Any) -> list[str] | None:
    """Titles in the response's achievementEarned HX-Trigger event (None when absent)."""
    header = response.headers.get("HX-Trigger")
    if not header:
        return None
    events = json.loads(header)
    if "achievementEarned" not in events:
        return None
    detail = events["achievementEarned"]
    assert detail["url"] == "/achievements"
    for item in detail["achievements"]:
        rule = next(rule for rule in RULES if rule.title == item["title"])
        assert item == {"title": rule.title, "points": rule.points, "badge": rule.badge}
    return [item["title"] for item in detail["achievements"]]


def flashed(html: str) -> list[str]:
    return [title for title, _ in UNLOCKED.findall(html)]


def message_for(key: str) -> str:
    rule = RULES_BY_KEY[key]
    return f"Achievement unlocked: {rule.title} (+{rule.points} points)."


def assert_row_matches_rule(row: Achievement, key: str) -> None:
    rule = RULES_BY_KEY[key]
    assert (row.rule_key, row.title, row.description, row.points, row.badge, row.type) == (
        rule.key,
        rule.title,
        rule.description,
        rule.points,
        f"/static/img/badges/{key}.svg",
        rule.type,
    )
    assert row.earned_at is not None


def add_skill(
    client: Any,
    slug: str,
    *,
    htmx: bool = True,
    token: str | None = None,
    headers: dict | None = None,
) -> Any:
    token = token or csrf_for(client, "/skills")
    return client.post(
        "/skills",
        data={"csrf_token": token, "skill_id": catalog_skill(slug).id},
        headers=headers if headers is not None else HX if htmx else {},
    )


def held(user: User, slug: str) -> UserSkill:
    db.session.expire_all()
    row = db.session.scalar(
        select(UserSkill).where(
            UserSkill.user_id == user.id, UserSkill.skill_id == catalog_skill(slug).id
        )
    )
    assert row is not None, slug
    return row


def edit_skill(client: Any, row: UserSkill, *, htmx: bool = True, **values: str) -> Any:
    """Submit the row's edit form as it shows, with some values changed."""
    data = {
        "level": row.level,
        "proficiency_score": "" if row.proficiency_score is None else str(row.proficiency_score),
        "years_experience": "" if row.years_experience is None else str(row.years_experience),
        "last_used": "",
        "links": "",
        "notes": "",
    }
    data.update(values)
    form = {f"s{row.id}-{key}": value for key, value in data.items()}
    form["csrf_token"] = csrf_for(client, "/skills")
    return client.post(f"/skills/{row.id}", data=form, headers=HX if htmx else {})


def slugs_in(category_slug: str, count: int) -> list[str]:
    slugs = list(
        db.session.scalars(
            select(Skill.slug)
            .join(Skill.category)
            .where(
                SkillCategory.slug == category_slug,
                Skill.is_published.is_(True),
                Skill.retired_at.is_(None),
            )
            .order_by(Skill.slug)
            .limit(count)
        )
    )
    assert len(slugs) == count
    return slugs


def one_slug_per_offered_category() -> list[str]:
    """One published, current skill from each category that has one."""
    rows = db.session.execute(
        select(SkillCategory.slug, func.min(Skill.slug))
        .join(Skill, Skill.category_id == SkillCategory.id)
        .where(Skill.is_published.is_(True), Skill.retired_at.is_(None))
        .group_by(SkillCategory.slug)
        .order_by(SkillCategory.slug)
    ).all()
    return [slug for _, slug in rows]


# --- skills: first, 10, 25, 50 ------------------------------------------------------------


def test_first_skill_with_htmx_is_announced_by_hx_trigger_once(ada_client: Any, ada: User) -> None:
    response = add_skill(ada_client, "python")
    assert response.status_code == 200
    assert triggered(response) == ["First skill"]
    events = json.loads(response.headers["HX-Trigger"])
    assert "skillsChanged" in events  # the route's own event survives the merge
    (row,) = rows_of(ada)
    assert_row_matches_rule(row, "first-skill")
    # Announced by the toast only: no flash left for the next page, no notification.
    assert flashed(ada_client.get("/skills").get_data(as_text=True)) == []
    assert earned_notes(ada) == []

    second = add_skill(ada_client, "go")
    assert second.status_code == 200
    assert triggered(second) is None
    assert keys_of(ada) == ["first-skill"]


@pytest.mark.parametrize(
    "headers", [{}, {"HX-Request": "true", "HX-Boosted": "true"}], ids=["plain", "boosted"]
)
def test_first_skill_without_an_htmx_region_is_flashed_on_the_redirected_page(
    ada_client: Any, ada: User, headers: dict
) -> None:
    response = add_skill(ada_client, "python", headers=headers)
    assert response.status_code == 302
    assert triggered(response) is None
    page = ada_client.get(response.headers["Location"]).get_data(as_text=True)
    assert flashed(page) == ["First skill"]
    assert message_for("first-skill") in page
    assert "Added “Python” at beginner level." in page  # next to the route's own message
    assert flashed(ada_client.get("/skills").get_data(as_text=True)) == []  # shown once
    assert keys_of(ada) == ["first-skill"]
    assert earned_notes(ada) == []

    add_skill(ada_client, "go", headers=headers)
    assert flashed(ada_client.get("/skills").get_data(as_text=True)) == []
    assert keys_of(ada) == ["first-skill"]


def test_ten_twenty_five_and_fifty_skills_each_award_once_at_their_count(
    ada_client: Any, ada: User
) -> None:
    # All from one category, so that "every category" stays out of the way.
    slugs = slugs_in("frameworks-libraries", 51)
    token = csrf_for(ada_client, "/skills")
    announced: dict[int, list[str]] = {}
    for number, slug in enumerate(slugs, start=1):
        response = add_skill(ada_client, slug, token=token)
        assert response.status_code == 200, slug
        titles = triggered(response)
        if titles:
            announced[number] = titles
    assert announced == {
        1: ["First skill"],
        10: ["Ten skills"],
        25: ["Quarter century"],
        50: ["Half a hundred"],
    }
    assert keys_of(ada) == ["first-skill", "skills-10", "skills-25", "skills-50"]
    for row in rows_of(ada):
        assert_row_matches_rule(row, row.rule_key or "")


def test_removing_and_restoring_a_skill_does_not_award_again(
    ada_client: Any, ada: User, redis_conn: Any
) -> None:
    add_skill(ada_client, "python")
    row = held(ada, "python")
    token = csrf_for(ada_client, "/skills")
    removed = ada_client.post(f"/skills/{row.id}/remove", data={"csrf_token": token}, headers=HX)
    assert removed.status_code == 200
    restored = ada_client.post(f"/skills/{row.id}/undo", data={"csrf_token": token}, headers=HX)
    assert restored.status_code == 200
    assert triggered(restored) is None
    add_skill(ada_client, "go")
    assert keys_of(ada) == ["first-skill"]


# --- expert -------------------------------------------------------------------------------


def test_reaching_expert_with_htmx_is_announced_and_awarded_once(
    ada_client: Any, ada: User
) -> None:
    add_skill(ada_client, "python")
    add_skill(ada_client, "go")
    python = held(ada, "python")
    advanced = edit_skill(ada_client, python, level="advanced")
    assert advanced.status_code == 200
    assert triggered(advanced) is None
    response = edit_skill(ada_client, held(ada, "python"), level="expert")
    assert response.status_code == 200
    assert held(ada, "python").level == "expert"
    assert triggered(response) == ["Expert"]
    assert "skillsChanged" in json.loads(response.headers["HX-Trigger"])

    again = edit_skill(ada_client, held(ada, "go"), level="expert")
    assert again.status_code == 200
    assert triggered(again) is None
    assert keys_of(ada) == ["expert-skill", "first-skill"]
    assert_row_matches_rule(rows_of(ada)[0], "expert-skill")


def test_reaching_expert_without_htmx_flashes_on_the_page(ada_client: Any, ada: User) -> None:
    add_skill(ada_client, "python")
    response = edit_skill(ada_client, held(ada, "python"), htmx=False, level="expert")
    assert response.status_code == 302
    page = ada_client.get(response.headers["Location"]).get_data(as_text=True)
    assert flashed(page) == ["Expert"]
    assert "Saved “Python”." in page
    assert earned_notes(ada) == []


# --- onboarding -----------------------------------------------------------------------------


def onboarding_step(client: Any, key: str, data: dict, *, htmx: bool, skip: bool = False) -> Any:
    token = csrf_for(client, f"/onboarding/{key}")
    path = f"/onboarding/{key}" + ("/skip" if skip else "")
    headers = {**HX, "X-CSRFToken": token} if htmx else {}
    return client.post(path, data={"csrf_token": token, **data}, headers=headers)


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "page"])
def test_finishing_onboarding_awards_once_and_flashes_on_the_profile(
    newcomer_client: Any, newcomer: User, htmx: bool
) -> None:
    first = onboarding_step(newcomer_client, "about", {"title": "Engineer"}, htmx=htmx)
    assert first.status_code in (200, 302)
    assert triggered(first) is None
    for key in ("direction", "languages", "salary"):
        onboarding_step(newcomer_client, key, {}, htmx=htmx, skip=True)
    assert keys_of(newcomer) == []
    last = onboarding_step(newcomer_client, "links", {}, htmx=htmx, skip=True)
    # The wizard leaves for the profile (a new page): a toast would be lost, so a flash.
    if htmx:
        assert last.status_code == 204
        target = last.headers["HX-Redirect"]
    else:
        assert last.status_code == 302
        target = last.headers["Location"]
    assert target == "/profile"
    assert triggered(last) is None
    page = newcomer_client.get(target).get_data(as_text=True)
    assert flashed(page) == ["Off to a good start"]
    assert "Welcome aboard!" in page
    (row,) = rows_of(newcomer)
    assert_row_matches_rule(row, "onboarding-complete")
    assert earned_notes(newcomer) == []

    # Answering a step again afterwards changes nothing.
    again = onboarding_step(newcomer_client, "links", {}, htmx=htmx, skip=True)
    assert again.status_code in (204, 302)
    assert flashed(newcomer_client.get("/profile").get_data(as_text=True)) == []
    assert keys_of(newcomer) == ["onboarding-complete"]


# --- verification ---------------------------------------------------------------------------


def ask_verification(client: Any, row: UserSkill) -> None:
    path = f"/verifications/new/{row.id}"
    token = csrf_for(client, path)
    response = client.post(
        path, data={"csrf_token": token, "note": "Shipped it.", "evidence": "https://a.example/x"}
    )
    assert response.status_code == 302


def approve(client: Any, row: UserSkill, headers: dict | None = None) -> Any:
    verification = db.session.scalar(
        select(VerificationRequest).where(VerificationRequest.user_skill_id == row.id)
    )
    token = csrf_for(client, "/notifications")
    return client.post(
        f"/verifications/{verification.id}/approve",
        data={"csrf_token": token},
        headers=headers or {},
    )


def test_a_reviewer_approving_notifies_the_owner_and_tells_the_reviewer_nothing(
    app: Any, ada_client: Any, another_client: Any, ada: User
) -> None:
    vera = make_user("vera@example.com", "verifier", name="Vera Verifier")
    sign_in(another_client, vera.email)
    add_skill(ada_client, "python")
    add_skill(ada_client, "go")
    ask_verification(ada_client, held(ada, "python"))
    ask_verification(ada_client, held(ada, "go"))
    assert keys_of(ada) == ["first-skill"]

    response = approve(another_client, held(ada, "python"))
    assert response.status_code == 302
    assert triggered(response) is None
    assert held(ada, "python").verified
    queue = another_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Approved: Ada Lovelace" in queue
    assert flashed(queue) == []
    assert keys_of(ada) == ["first-skill", "first-verified"]
    assert_row_matches_rule(rows_of(ada)[1], "first-verified")
    (note,) = earned_notes(ada)
    assert note.message == message_for("first-verified")
    assert note.link == "/achievements"
    assert note.read_at is None
    assert earned_notes(vera) == []
    assert keys_of(vera) == []
    # The owner hears of it in the bell, not as a flash on their next page.
    assert flashed(ada_client.get("/skills").get_data(as_text=True)) == []

    # A second approval (this time an HTMX request) awards nothing more.
    second = approve(another_client, held(ada, "go"), HX)
    assert triggered(second) is None
    assert held(ada, "go").verified
    assert keys_of(ada) == ["first-skill", "first-verified"]
    assert len(earned_notes(ada)) == 1
    assert earned_notes(vera) == []
    assert flashed(another_client.get("/verifications/queue").get_data(as_text=True)) == []


# --- imports --------------------------------------------------------------------------------


def upload_resume(client: Any) -> Any:
    token = csrf_for(client, "/imports")
    return client.post(
        "/imports/resume",
        data={"csrf_token": token, "resume-file": (io.BytesIO(RESUME), "cv.txt")},
        content_type="multipart/form-data",
    )


def imports_of(user: User) -> list[SkillImport]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            select(SkillImport)
            .where(SkillImport.user_id == user.id)
            .order_by(SkillImport.started_at)
        )
    )


def test_a_finished_import_job_notifies_once_and_accepting_flashes_the_first_skill(
    app: Any, ada_client: Any, ada: User, redis_conn: Any
) -> None:
    response = upload_resume(ada_client)
    assert response.status_code == 302
    assert keys_of(ada) == []
    run_jobs(app)
    (first,) = imports_of(ada)
    assert first.status == "completed", first.error
    (row,) = rows_of(ada)
    assert_row_matches_rule(row, "first-import")
    (note,) = earned_notes(ada)
    assert (note.message, note.link) == (message_for("first-import"), "/achievements")
    # Earned by a job, not by a request of hers: nothing flashed on her next page.
    assert flashed(ada_client.get(f"/imports/{first.id}").get_data(as_text=True)) == []

    # Accepting the proposals is her own request: the first skill is flashed on /skills.
    chosen = [p["skill_id"] for p in first.results["proposals"] if p["level"] != "expert"][:2]
    assert chosen
    accepted = ada_client.post(
        f"/imports/{first.id}/accept",
        data={"csrf_token": csrf_for(ada_client, f"/imports/{first.id}"), "skill_id": chosen},
    )
    assert accepted.headers["Location"] == "/skills"
    assert flashed(ada_client.get("/skills").get_data(as_text=True)) == ["First skill"]
    assert len(earned_notes(ada)) == 1

    # A second import finishing awards nothing more.
    assert upload_resume(ada_client).status_code == 302
    run_jobs(app)
    assert [item.status for item in imports_of(ada)] == ["completed", "completed"]
    assert keys_of(ada) == ["first-import", "first-skill"]
    assert len(earned_notes(ada)) == 1


# --- goals ----------------------------------------------------------------------------------


GOAL_FIELDS = {
    "title": "",
    "type": "project",
    "priority": "medium",
    "target_date": "",
    "progress": "",
    "description": "",
    "skill": "",
    "target_level": "",
    "role": "",
}


def create_goal(client: Any, user: User, title: str, **values: str) -> CareerGoal:
    data = {**GOAL_FIELDS, "title": title, **values}
    form = {f"goal-{key}": value for key, value in data.items()}
    form["goal-csrf_token"] = csrf_for(client, "/goals")
    response = client.post("/goals", data=form)
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.expire_all()
    goal = db.session.scalar(
        select(CareerGoal).where(CareerGoal.user_id == user.id, CareerGoal.title == title)
    )
    assert goal is not None
    return goal


def move_goal(client: Any, goal: CareerGoal, status: str, *, htmx: bool = True) -> Any:
    token = csrf_for(client, "/goals")
    return client.post(
        f"/goals/{goal.id}/status",
        data={"csrf_token": token, "status": status},
        headers=HX if htmx else {},
    )


def test_completing_goals_awards_the_first_and_the_fifth_once(ada_client: Any, ada: User) -> None:
    goals = [create_goal(ada_client, ada, f"Goal {number}") for number in range(1, 6)]
    assert keys_of(ada) == []
    announced: dict[int, list[str] | None] = {}
    for number, goal in enumerate(goals, start=1):
        response = move_goal(ada_client, goal, "completed")
        assert response.status_code == 200
        announced[number] = triggered(response)
    assert announced == {1: ["Goal getter"], 2: None, 3: None, 4: None, 5: ["Five for five"]}
    assert keys_of(ada) == ["first-goal-completed", "goals-5"]
    for row in rows_of(ada):
        assert_row_matches_rule(row, row.rule_key or "")

    # Reopening and completing again, and a sixth goal, award nothing more.
    assert triggered(move_goal(ada_client, goals[0], "active")) is None
    assert triggered(move_goal(ada_client, goals[0], "completed")) is None
    sixth = create_goal(ada_client, ada, "Goal 6", type="certification")
    assert triggered(move_goal(ada_client, sixth, "completed")) is None
    assert keys_of(ada) == ["first-goal-completed", "goals-5"]
    assert earned_notes(ada) == []


def test_completing_a_goal_without_htmx_flashes_on_the_board(ada_client: Any, ada: User) -> None:
    goal = create_goal(ada_client, ada, "Ship the parser")
    response = move_goal(ada_client, goal, "completed", htmx=False)
    assert response.status_code == 302
    page = ada_client.get(response.headers["Location"]).get_data(as_text=True)
    assert flashed(page) == ["Goal getter"]
    assert keys_of(ada) == ["first-goal-completed"]


def test_a_skill_goal_completed_by_a_skill_edit_awards_the_goal_in_the_same_request(
    ada_client: Any, ada: User
) -> None:
    add_skill(ada_client, "python")
    create_goal(
        ada_client, ada, "Python to advanced", type="skill", skill="Python", target_level="advanced"
    )
    response = edit_skill(ada_client, held(ada, "python"), level="advanced")
    assert response.status_code == 200
    assert triggered(response) == ["Goal getter"]
    db.session.expire_all()
    assert db.session.scalar(select(CareerGoal.status).where(CareerGoal.user_id == ada.id)) == (
        "completed"
    )
    assert keys_of(ada) == ["first-goal-completed", "first-skill"]


# --- every category -------------------------------------------------------------------------


def new_category(slug: str) -> SkillCategory:
    category = SkillCategory(name=slug.replace("-", " ").title(), slug=slug)
    db.session.add(category)
    db.session.flush()
    return category


def test_one_skill_in_every_offered_category_awards_all_rounder_once(
    ada_client: Any, ada: User
) -> None:
    # Categories with nothing on offer do not count: empty, only a retired skill, or only
    # another person's proposal.
    new_category("empty-corner")
    retired = new_category("retired-corner")
    db.session.add(
        Skill(name="Old Thing", slug="old-thing", category_id=retired.id, retired_at=utcnow())
    )
    grace = make_user("grace@example.com")
    proposals = new_category("proposal-corner")
    db.session.add(
        Skill(
            name="Their Idea",
            slug="their-idea",
            category_id=proposals.id,
            is_published=False,
            proposed_by_id=grace.id,
        )
    )
    db.session.commit()
    slugs = one_slug_per_offered_category()
    assert len(slugs) == 7

    token = csrf_for(ada_client, "/skills")
    announced = {}
    for number, slug in enumerate(slugs, start=1):
        response = add_skill(ada_client, slug, token=token)
        assert response.status_code == 200
        announced[number] = triggered(response)
    assert announced == {1: ["First skill"], **dict.fromkeys(range(2, 7)), 7: ["All-rounder"]}
    assert keys_of(ada) == ["every-category", "first-skill"]
    assert_row_matches_rule(rows_of(ada)[0], "every-category")

    # A second skill in a category, or a new category appearing, awards nothing more.
    assert triggered(add_skill(ada_client, slugs_in("databases", 2)[1], token=token)) is None
    fresh = new_category("fresh-corner")
    db.session.add(Skill(name="Fresh Thing", slug="fresh-thing", category_id=fresh.id))
    db.session.commit()
    assert triggered(add_skill(ada_client, "fresh-thing", token=token)) is None
    assert keys_of(ada) == ["every-category", "first-skill"]


def test_a_proposal_in_a_category_with_nothing_on_offer_does_not_stand_in_for_another(
    ada_client: Any, ada: User
) -> None:
    """Holding one's own proposal in a category nobody else can add to must not count as
    one of the categories on offer: the person still misses one of them."""
    empty = new_category("empty-corner")
    db.session.commit()
    slugs = one_slug_per_offered_category()
    token = csrf_for(ada_client, "/skills")
    for slug in slugs[:-1]:
        add_skill(ada_client, slug, token=token)
    response = ada_client.post(
        "/skills/propose",
        data={"csrf_token": token, "name": "Brand New Idea", "category_id": empty.id},
        headers=HX,
    )
    assert response.status_code == 200
    assert triggered(response) is None
    assert "every-category" not in keys_of(ada)
    # Adding the missing category's skill completes the set.
    assert triggered(add_skill(ada_client, slugs[-1], token=token)) == ["All-rounder"]


# --- the page -------------------------------------------------------------------------------


def test_the_page_needs_signing_in(client: Any, db_session: Any) -> None:
    response = client.get("/achievements")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def earned_section(html: str) -> str:
    return html.split('id="earned-title"', 1)[1].split('id="locked-title"', 1)[0]


def earned_titles(html: str) -> list[str]:
    return re.findall(
        r'<h3 class="achievement-title">([^<]+?)(?: <span|</h3>)', earned_section(html)
    )


NEW_MARK = '<span class="badge badge-accent">New</span>'


def test_the_page_shows_earned_locked_with_progress_and_points(ada_client: Any, ada: User) -> None:
    for slug in slugs_in("databases", 3):
        add_skill(ada_client, slug)
    goal = create_goal(ada_client, ada, "Learn it")
    move_goal(ada_client, goal, "completed")
    assert keys_of(ada) == ["first-goal-completed", "first-skill"]
    html = ada_client.get("/achievements").get_data(as_text=True)
    assert "<h1>Achievements</h1>" in html
    earned = earned_section(html)
    locked = html.split('id="locked-title"', 1)[1]
    # Her onboarding was finished before any event could award it: the page catches up.
    assert sorted(earned_titles(html)) == ["First skill", "Goal getter", "Off to a good start"]
    assert earned.count('class="achievement-card is-earned"') == 3
    assert earned.count(NEW_MARK) == 1
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[^"]+Z">\d{1,2} \w{3} \d{4}</time>', earned)
    assert locked.count('class="achievement-card is-locked"') == len(RULES) - 3
    assert "First skill" not in locked
    assert "3 of 10 skills" in locked
    assert "3 of 25 skills" in locked
    assert "3 of 50 skills" in locked
    assert "1 of 5 goals" in locked
    assert "1 of 7 categories" in locked
    assert 'value="3"' in locked
    for rule in RULES:
        assert rule.badge in html
    points = sum(
        RULES_BY_KEY[key].points
        for key in ("first-skill", "first-goal-completed", "onboarding-complete")
    )
    assert f'<strong class="achievement-points">{points}</strong>' in html
    assert f"3 of {len(RULES)} earned" in html


def test_the_page_catches_up_on_rules_met_without_an_event_once(ada_client: Any, ada: User) -> None:
    # Skills written without an event (as before the rules existed).
    for number, slug in enumerate(slugs_in("databases", 10)):
        db.session.add(
            UserSkill(
                user_id=ada.id,
                skill_id=catalog_skill(slug).id,
                level="expert" if number == 0 else "beginner",
                source="manual",
            )
        )
    db.session.commit()
    assert keys_of(ada) == []
    response = ada_client.get("/achievements")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    caught_up = ["expert-skill", "first-skill", "onboarding-complete", "skills-10"]
    assert keys_of(ada) == caught_up
    for row in rows_of(ada):
        assert_row_matches_rule(row, row.rule_key or "")
    assert sorted(earned_titles(html)) == sorted(RULES_BY_KEY[key].title for key in caught_up)
    assert earned_section(html).count(NEW_MARK) == 4
    # Shown on the page itself: no toast, no flash, no notification on top.
    assert triggered(response) is None
    assert flashed(html) == []
    assert earned_notes(ada) == []

    again = ada_client.get("/achievements").get_data(as_text=True)
    assert NEW_MARK not in again
    assert sorted(earned_titles(again)) == sorted(RULES_BY_KEY[key].title for key in caught_up)
    assert flashed(again) == []
    assert keys_of(ada) == caught_up


def test_another_persons_achievements_do_not_show(ada_client: Any, ada: User) -> None:
    grace = make_user("grace@example.com")
    db.session.add(
        UserSkill(
            user_id=grace.id, skill_id=catalog_skill("python").id, level="expert", source="manual"
        )
    )
    db.session.commit()
    assert [rule.key for rule in award(grace.id, {"skills"})] == ["first-skill", "expert-skill"]
    db.session.commit()
    html = ada_client.get("/achievements").get_data(as_text=True)
    assert earned_titles(html) == ["Off to a good start"]
    points = RULES_BY_KEY["onboarding-complete"].points
    assert f'<strong class="achievement-points">{points}</strong>' in html
    assert keys_of(grace) == ["expert-skill", "first-skill"]


def test_a_row_without_a_rule_is_listed_as_earned(ada_client: Any, ada: User) -> None:
    db.session.add(
        Achievement(user_id=ada.id, type="certification", title="Certified Kubernetes", points=5)
    )
    db.session.commit()
    html = ada_client.get("/achievements").get_data(as_text=True)
    assert sorted(earned_titles(html)) == ["Certified Kubernetes", "Off to a good start"]
    points = 5 + RULES_BY_KEY["onboarding-complete"].points
    assert f'<strong class="achievement-points">{points}</strong>' in html
    assert html.count('class="achievement-card is-locked"') == len(RULES) - 1


def meet_eight(user: User) -> None:
    """Facts that meet eight rules (onboarding with make_user), written without events."""
    slugs = one_slug_per_offered_category() + slugs_in("frameworks-libraries", 5)[1:]
    for number, slug in enumerate(dict.fromkeys(slugs)):
        db.session.add(
            UserSkill(
                user_id=user.id,
                skill_id=catalog_skill(slug).id,
                level="expert" if number == 0 else "beginner",
                verified=number == 1,
                source="manual",
            )
        )
    db.session.add(SkillImport(user_id=user.id, source="resume", status="completed"))
    db.session.add(
        CareerGoal(
            user_id=user.id, title="Done", type="project", status="completed", priority="low"
        )
    )
    db.session.commit()


def test_the_page_costs_the_same_statements_for_0_or_8_achievements(
    client: Any, db_session: Any, statement_counter: Any
) -> None:
    """Two people with nothing awarded yet: one meets a single rule, the other eight. The
    page catches both up and then shows 1 and 8 earned, at the same cost each time."""
    one, eight = make_user("one@example.com"), make_user("eight@example.com")
    meet_eight(eight)

    def visit(email: str, visits: int = 2) -> list[tuple[int, str]]:
        sign_in(client, email)
        seen = []
        for _ in range(visits):
            statement_counter.reset()
            response = client.get("/achievements")
            assert response.status_code == 200
            seen.append((statement_counter.count, response.get_data(as_text=True)))
        client.post("/logout", data={"csrf_token": csrf_for(client, "/achievements")})
        return seen

    (one_first, one_html), (one_again, _) = visit(one.email)
    (eight_first, eight_html), (eight_again, again_html) = visit(eight.email)
    assert keys_of(one) == ["onboarding-complete"]
    assert len(keys_of(eight)) == 8
    assert one_html.count('class="achievement-card is-earned"') == 1
    assert eight_html.count('class="achievement-card is-earned"') == 8
    assert again_html.count('class="achievement-card is-earned"') == 8
    assert one_first == eight_first, statement_counter.statements
    assert one_again == eight_again, statement_counter.statements
    assert eight_again <= 6, statement_counter.statements


# --- the command ----------------------------------------------------------------------------


def run_command(app: Any) -> str:
    result = app.test_cli_runner().invoke(args=["smatrx", "award-achievements"])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_command_awards_what_people_met_before_and_notifies_once(
    app: Any, db_session: Any
) -> None:
    # Three people whose facts were written before the rules existed (no events).
    ada = make_user("ada@example.com")
    db.session.add(
        UserSkill(
            user_id=ada.id, skill_id=catalog_skill("python").id, level="expert", source="manual"
        )
    )
    newcomer = make_user("nia@example.com", onboarded=False)
    grace = make_user("grace@example.com")
    db.session.add(
        UserSkill(
            user_id=grace.id, skill_id=catalog_skill("go").id, level="beginner", source="manual"
        )
    )
    db.session.commit()
    # One rule Grace already earned the usual way stays as it is.
    assert [rule.key for rule in award(grace.id, {"skills"})] == ["first-skill"]
    db.session.commit()
    before = {row.id: row.earned_at for row in rows_of(grace)}
    people = db.session.scalar(select(func.count()).select_from(User))

    output = run_command(app)
    assert f"checked {people} people, awarded 4 achievement(s)." in output
    assert keys_of(ada) == ["expert-skill", "first-skill", "onboarding-complete"]
    assert keys_of(grace) == ["first-skill", "onboarding-complete"]
    assert keys_of(newcomer) == []
    assert {row.id: row.earned_at for row in rows_of(grace) if row.id in before} == before
    for row in rows_of(ada):
        assert_row_matches_rule(row, row.rule_key or "")
    assert sorted(note.message for note in earned_notes(ada)) == sorted(
        message_for(key) for key in ("expert-skill", "first-skill", "onboarding-complete")
    )
    assert [note.message for note in earned_notes(grace)] == [message_for("onboarding-complete")]
    assert all(note.link == "/achievements" for note in earned_notes(ada) + earned_notes(grace))
    assert earned_notes(newcomer) == []

    # Idempotent: a second run awards nothing and tells nobody anything new.
    assert f"checked {people} people, awarded 0 achievement(s)." in run_command(app)
    assert len(earned_notes(ada)) == 3 and len(earned_notes(grace)) == 1
    assert keys_of(ada) == ["expert-skill", "first-skill", "onboarding-complete"]


def test_awarding_everyone_walks_every_batch(app: Any, db_session: Any) -> None:
    people = [make_user(f"person{number}@example.com") for number in range(5)]
    told: list[tuple[str, list[str]]] = []
    batches = []
    for batch in award_in_batches(
        lambda user_id, rules: told.append((user_id, [rule.key for rule in rules])),
        batch_size=2,
    ):
        db.session.commit()  # what the command does after each batch
        batches.append(batch)
    total = db.session.scalar(select(func.count()).select_from(User))
    assert all(checked <= 2 for checked, _ in batches)
    assert sum(checked for checked, _ in batches) == total
    assert sum(awarded for _, awarded in batches) == 5
    assert sorted(told) == sorted((person.id, ["onboarding-complete"]) for person in people)
    again = award_in_batches(lambda user_id, rules: None, batch_size=2)
    assert sum(awarded for _, awarded in again) == 0
