"""What a person tells their teams: per skill an interest and "hide from my teams" (edited
in the row's edit form on /skills, written by the one owner of skill rows), and per goal
"share with my teams" (the goal form). Markers on the row and the card say what is set."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from smatrx.extensions import db
from smatrx.models import CareerGoal, User, UserSkill
from smatrx.skills import holdings
from smatrx.teams.holdings import team_holdings
from tests.helpers import HX, csrf_for, hold
from tests.teams.builders import make_team


def edit_data(row: UserSkill, **values: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "level": row.level,
        "proficiency_score": str(row.proficiency_score),
        "years_experience": "",
        "last_used": "",
        "links": "",
        "notes": "",
        "interest": "",
    }
    data.update(values)
    return {f"s{row.id}-{key}": value for key, value in data.items() if value is not None}


def save(client: Any, row: UserSkill, **values: Any) -> Any:
    token = csrf_for(client, "/skills")
    return client.post(
        f"/skills/{row.id}", data={"csrf_token": token, **edit_data(row, **values)}, headers=HX
    )


def test_the_edit_form_offers_interest_and_hiding(ada_client: Any, ada: User) -> None:
    row = hold(ada, "python", interest="more", hidden_from_teams=True)
    html = ada_client.get(f"/skills/{row.id}/edit", headers=HX).get_data(as_text=True)
    assert "Your teams" in html and "Want to use it more" in html and "Would rather not" in html
    assert f'id="s{row.id}-interest"' in html and f'for="s{row.id}-hidden_from_teams"' in html
    assert re.search(r'<option selected value="more">', html)
    assert re.search(rf'<input [^>]*checked id="s{row.id}-hidden_from_teams"', html)


def test_interest_and_hiding_are_saved_and_shown_on_the_row(
    ada_client: Any, ada: User, member: User
) -> None:
    team = make_team(ada, "Platform", member)
    row = hold(ada, "python")
    response = save(ada_client, row, interest="more", hidden_from_teams="y")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Want more" in html and "Hidden from teams" in html
    db.session.expire_all()
    assert (row.interest, row.hidden_from_teams) == ("more", True)
    assert team_holdings(db.session, team.id) == []
    # Unticked and "would rather not": the team sees it again, with the interest.
    html = save(ada_client, row, interest="less").get_data(as_text=True)
    assert "Rather not" in html and "Hidden from teams" not in html
    db.session.expire_all()
    assert (row.interest, row.hidden_from_teams) == ("less", False)
    assert [h.interest for h in team_holdings(db.session, team.id)] == ["less"]
    save(ada_client, row, interest="")
    db.session.expire_all()
    assert row.interest is None


@pytest.mark.parametrize(
    ("interest", "message"),
    [("sometimes", "Choose an interest from the list."), (["more", "less"], "not several")],
)
def test_a_bad_interest_is_answered_next_to_the_field(
    ada_client: Any, ada: User, interest: Any, message: str
) -> None:
    row = hold(ada, "python")
    response = save(ada_client, row, interest=interest)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    db.session.expire_all()
    assert row.interest is None


def test_an_edit_that_does_not_mention_teams_keeps_what_was_set(ada: User) -> None:
    row = hold(ada, "python", interest="more", hidden_from_teams=True)
    holdings.apply_edit(row, holdings.Edit("advanced", None, None, None, [], None))
    assert (row.interest, row.hidden_from_teams) == ("more", True)


def test_the_database_refuses_an_interest_outside_the_list(ada: User) -> None:
    row = hold(ada, "python")
    row.interest = "maybe"
    with pytest.raises(IntegrityError, match="UserSkill_interest_check"):
        db.session.flush()
    db.session.rollback()


def goal_form(**values: str) -> dict[str, str]:
    data = {
        "title": "Lead the migration",
        "type": "project",
        "priority": "high",
        "target_date": "",
        "progress": "10",
        "skill": "",
        "target_level": "",
        "role": "",
        "description": "only mine",
    }
    data.update(values)
    return {f"goal-{key}": value for key, value in data.items()}


def test_a_goal_is_shared_with_the_teams_by_its_checkbox(ada_client: Any, ada: User) -> None:
    form_html = ada_client.get("/goals/new", headers=HX).get_data(as_text=True)
    assert "Share with my teams" in form_html and "never its notes" in form_html
    token = csrf_for(ada_client, "/goals")
    response = ada_client.post(
        "/goals", data={"csrf_token": token, **goal_form(shared_with_teams="y")}
    )
    assert response.status_code in (200, 302)
    goal = db.session.scalar(select(CareerGoal).where(CareerGoal.user_id == ada.id))
    assert goal.shared_with_teams is True
    assert "Shared with teams" in ada_client.get("/goals").get_data(as_text=True)
    edit = ada_client.get(f"/goals/{goal.id}/edit", headers=HX).get_data(as_text=True)
    assert re.search(r'<input [^>]*checked id="goal-shared_with_teams"', edit)
    # Saved without the box ticked: no longer shared.
    ada_client.post(f"/goals/{goal.id}", data={"csrf_token": token, **goal_form()})
    db.session.expire_all()
    assert goal.shared_with_teams is False
    assert "Shared with teams" not in ada_client.get("/goals").get_data(as_text=True)
