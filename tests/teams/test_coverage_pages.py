"""/teams/<slug>/coverage and its target writes: who may do what, bad input answered next to
the field, roles applied without duplicates, stale ratings and asking for a review, and a
constant number of statements."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import CareerRole, Notification, RoleSkill, TeamTarget, User
from smatrx.models.base import utcnow
from tests.helpers import HX, catalog_skill, hold, make_user, post_form, signed_in
from tests.teams.builders import make_team


def _targets(team_id: str) -> dict[str, tuple[str, int]]:
    rows = db.session.execute(
        select(TeamTarget.skill_id, TeamTarget.min_level, TeamTarget.needed).where(
            TeamTarget.team_id == team_id
        )
    )
    return {skill_id: (level, needed) for skill_id, level, needed in rows}


def _add(client: Any, slug: str, data: dict, **kwargs: Any) -> Any:
    return post_form(client, f"/teams/{slug}/coverage", f"/teams/{slug}/targets", data, **kwargs)


def test_a_lead_adds_a_target_by_name_and_sees_it_covered(
    ada_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    hold(member, "python", level="advanced")
    response = _add(
        ada_client,
        team.slug,
        {"target-skill": "  PYTHON ", "target-min_level": "advanced", "target-needed": "2"},
    )
    assert response.status_code == 302
    assert _targets(team.id) == {catalog_skill("python").id: ("advanced", 2)}
    page = ada_client.get(f"/teams/{team.slug}/coverage").get_data(as_text=True)
    assert "Short by 1" in page and "Mo Member" in page
    assert "One person" in page  # one holder: a single point of failure
    assert "50&nbsp;%" in page  # 1 of the 2 needed seats


def test_adding_a_target_again_updates_it_never_duplicates(ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    go = catalog_skill("go")
    for needed in ("1", "4"):
        response = _add(
            ada_client,
            team.slug,
            {"target-skill_id": go.id, "target-min_level": "expert", "target-needed": needed},
        )
        assert response.status_code == 302
    assert _targets(team.id) == {go.id: ("expert", 4)}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"target-skill": "python", "target-needed": "0"}, "Ask for between 1 and 50 people."),
        ({"target-skill": "python", "target-needed": "10000"}, "Ask for between 1 and 50 people."),
        ({"target-skill": "python", "target-needed": "two"}, "Enter a whole number."),
        ({"target-skill": "python", "target-needed": ""}, "Ask for between 1 and 50 people."),
        (
            {"target-skill": "python", "target-min_level": "guru", "target-needed": "1"},
            "Choose a level from the list",
        ),
        ({"target-skill": "", "target-needed": "1"}, "Name the skill, or pick one"),
        ({"target-skill": "Pythn", "target-needed": "1"}, "No skill in the catalog is called"),
        ({"target-skill": "a\x01b", "target-needed": "1"}, "control characters"),
        ({"target-skill_id": "nope", "target-needed": "1"}, "not in the catalog"),
    ],
)
def test_bad_targets_are_answered_next_to_the_field(
    ada_client: Any, ada: User, data: dict, message: str
) -> None:
    team = make_team(ada, "Platform")
    data = {"target-min_level": "intermediate", **data}
    for headers in ({}, HX):
        response = _add(ada_client, team.slug, data, headers=headers)
        assert response.status_code == 422
        assert message in response.get_data(as_text=True)
    assert _targets(team.id) == {}


def test_a_picked_skill_is_kept_when_another_field_is_wrong(ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    go = catalog_skill("go")
    response = _add(
        ada_client, team.slug, {"target-skill": "g", "target-skill_id": go.id, "target-needed": "0"}
    )
    assert response.status_code == 422
    assert f'value="{go.name}"' in response.get_data(as_text=True)


def test_a_typo_offers_the_catalog_skill_to_pick(ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    page = _add(ada_client, team.slug, {"target-skill": "Pythn", "target-needed": "1"})
    html = page.get_data(as_text=True)
    assert f'name="target-skill_id" value="{catalog_skill("python").id}"' in html
    suggest = ada_client.get(f"/teams/{team.slug}/targets/suggest?target-skill=kubernet")
    assert "Kubernetes" in suggest.get_data(as_text=True)


def test_edit_and_remove_a_target(ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    rust = catalog_skill("rust")
    db.session.add(TeamTarget(team_id=team.id, skill_id=rust.id, min_level="beginner", needed=1))
    db.session.commit()
    target_id = db.session.scalar(select(TeamTarget.id).where(TeamTarget.team_id == team.id))
    page = f"/teams/{team.slug}/coverage"
    bad = post_form(
        ada_client,
        page,
        f"/teams/{team.slug}/targets/{target_id}",
        {f"t-{target_id}-min_level": "expert", f"t-{target_id}-needed": "51"},
    )
    assert bad.status_code == 422 and "Ask for between 1 and 50" in bad.get_data(as_text=True)
    good = post_form(
        ada_client,
        page,
        f"/teams/{team.slug}/targets/{target_id}",
        {f"t-{target_id}-min_level": "expert", f"t-{target_id}-needed": "3"},
        headers=HX,
    )
    assert good.status_code == 200 and 'id="coverage-body"' in good.get_data(as_text=True)
    assert _targets(team.id) == {rust.id: ("expert", 3)}
    removed = post_form(ada_client, page, f"/teams/{team.slug}/targets/{target_id}/remove")
    assert removed.status_code == 302 and _targets(team.id) == {}
    gone = post_form(ada_client, page, f"/teams/{team.slug}/targets/{target_id}/remove")
    assert gone.status_code == 404


def test_applying_a_role_adds_its_requirements_and_keeps_stricter_targets(
    ada_client: Any, ada: User
) -> None:
    team = make_team(ada, "Platform")
    role = db.session.scalar(select(CareerRole).where(CareerRole.slug == "frontend-developer"))
    requirements = list(db.session.scalars(select(RoleSkill).where(RoleSkill.role_id == role.id)))
    assert requirements, "the catalog's frontend role lists skills"
    first = requirements[0]
    db.session.add(
        TeamTarget(team_id=team.id, skill_id=first.skill_id, min_level="expert", needed=5)
    )
    db.session.commit()
    for _ in range(2):  # applying twice changes nothing more
        response = post_form(
            ada_client,
            f"/teams/{team.slug}/coverage",
            f"/teams/{team.slug}/targets/from-role",
            {"role-role_id": role.id},
        )
        assert response.status_code == 302
    targets = _targets(team.id)
    assert len(targets) == len(requirements)
    assert targets[first.skill_id] == ("expert", 5)  # kept: stricter than the role's
    for requirement in requirements[1:]:
        needed = 2 if requirement.importance == "core" else 1
        assert targets[requirement.skill_id] == (requirement.min_level, needed)
    bad = post_form(
        ada_client,
        f"/teams/{team.slug}/coverage",
        f"/teams/{team.slug}/targets/from-role",
        {"role-role_id": "nope"},
    )
    assert bad.status_code == 422 and "Choose a role from the list." in bad.get_data(as_text=True)


def test_members_read_the_report_but_cannot_change_targets(
    app: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    browser = signed_in(app.test_client(), member)
    page = browser.get(f"/teams/{team.slug}/coverage")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Readiness" in html and "Add a target" not in html and "Apply a career role" not in html
    go = catalog_skill("go").id
    for path in (
        f"/teams/{team.slug}/targets",
        f"/teams/{team.slug}/targets/from-role",
    ):
        response = post_form(browser, f"/teams/{team.slug}/coverage", path, {"target-skill_id": go})
        assert response.status_code == 403, path
    assert browser.get(f"/teams/{team.slug}/targets/suggest?target-skill=go").status_code == 403


def test_stale_ratings_are_listed_and_a_lead_asks_for_a_review(
    app: Any, ada_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    old = hold(member, "python", level="advanced", edited_at=utcnow() - timedelta(days=400))
    hold(member, "go", level="advanced")  # rated recently
    page = ada_client.get(f"/teams/{team.slug}/coverage").get_data(as_text=True)
    assert "Stale ratings" in page and "Ask to review" in page
    member_page = signed_in(app.test_client(), member).get(f"/teams/{team.slug}/coverage")
    assert "Ask to review" not in member_page.get_data(as_text=True)
    path = f"/teams/{team.slug}/assess/{old.id}/review"
    for _ in range(2):  # the second ask is not sent while the first is unread
        response = post_form(ada_client, f"/teams/{team.slug}/coverage", path, {}, headers=HX)
        assert response.status_code == 200
    assert "already asked" in response.get_data(as_text=True)
    sent = db.session.scalars(
        select(Notification).where(
            Notification.user_id == member.id, Notification.kind == "team.review"
        )
    ).all()
    assert len(sent) == 1
    assert sent[0].link == f"/skills#us-{old.id}" and "Python" in sent[0].message


def test_a_lead_asks_a_member_to_review_all_their_stale_ratings(
    app: Any, ada_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    long_ago = utcnow() - timedelta(days=500)
    for slug in ("python", "go", "rust", "docker"):
        hold(member, slug, edited_at=long_ago)
    page = f"/teams/{team.slug}/coverage"
    assert "4 stale" in ada_client.get(page).get_data(as_text=True)
    path = f"/teams/{team.slug}/coverage/review/{member.id}"
    assert post_form(ada_client, page, path, {}).status_code == 302
    again = post_form(ada_client, page, path, {}, headers=HX)
    assert "already asked" in again.get_data(as_text=True)
    (sent,) = db.session.scalars(
        select(Notification).where(Notification.user_id == member.id)
    ).all()
    assert (
        sent.link == "/skills" and "review 4 ratings" in sent.message and "1 more" in sent.message
    )
    assert (
        post_form(ada_client, page, f"/teams/{team.slug}/coverage/review/{ada.id}", {}).status_code
        == 403
    )
    stranger = make_user("s@example.com")
    assert (
        post_form(
            ada_client, page, f"/teams/{team.slug}/coverage/review/{stranger.id}", {}
        ).status_code
        == 404
    )
    browser = signed_in(app.test_client(), member)
    assert post_form(browser, page, path, {}).status_code == 403


@pytest.mark.parametrize(
    "path",
    [
        "coverage",
        "export?what=matrix&format=xlsx",
        "export?what=coverage&format=csv",
        "print",
    ],
)
def test_the_pages_cost_the_same_for_two_or_eight_members(
    app: Any, ada: User, statement_counter: Any, path: str
) -> None:
    def statements(size: int) -> int:
        people = [make_user(f"p{size}-{n}@example.com", name=f"P {n}") for n in range(size)]
        lead = people[0]
        team = make_team(lead, f"Team {size}", *people[1:])
        for person in people:
            hold(person, "python", level="advanced")
            hold(person, "go", level="beginner", edited_at=utcnow() - timedelta(days=500))
        for slug in ("python", "go"):
            db.session.add(
                TeamTarget(team_id=team.id, skill_id=catalog_skill(slug).id, min_level="advanced")
            )
        db.session.commit()
        browser = signed_in(app.test_client(), lead)
        statement_counter.reset()
        assert browser.get(f"/teams/{team.slug}/{path}").status_code == 200
        return statement_counter.count

    few, many = statements(2), statements(8)
    assert few == many, (few, many)
    assert many <= 8, many


def test_the_database_refuses_a_count_outside_1_to_50(ada: User) -> None:
    from sqlalchemy.exc import IntegrityError

    team = make_team(ada, "Platform")
    for needed, level in ((0, "beginner"), (51, "beginner"), (1, "guru")):
        db.session.add(
            TeamTarget(
                team_id=team.id, skill_id=catalog_skill("go").id, min_level=level, needed=needed
            )
        )
        with pytest.raises(IntegrityError):
            db.session.flush()
        db.session.rollback()
