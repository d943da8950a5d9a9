"""/teams/who-knows: who holds a skill across all my teams, found with the catalog's
search (typos forgiven), ranked, once per person, never anyone outside my teams and never
a skill someone hides from their teams."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from smatrx.extensions import db
from smatrx.models import User
from tests.helpers import HX, hold, make_user, signed_in
from tests.teams.builders import make_team


def who_knows(client: Any, skill: str, headers: dict | None = None) -> str:
    response = client.get("/teams/who-knows", query_string={"skill": skill}, headers=headers or {})
    assert response.status_code == 200
    return response.get_data(as_text=True)


def results(html: str) -> str:
    return html.split('id="who-knows-results"', 1)[1]


def test_a_typo_finds_the_skill_and_people_are_ranked(ada: User, ada_client: Any) -> None:
    bea = make_user("bea@example.com", name="Bea Beginner")
    eve = make_user("eve@example.com", name="Eve Expert")
    ann = make_user("ann@example.com", name="Ann Advanced")
    vic = make_user("vic@example.com", name="Vic Verified")
    make_team(ada, "Platform", bea, eve, ann, vic)
    hold(bea, "kubernetes", level="beginner", proficiency_score=99)
    hold(eve, "kubernetes", level="expert", proficiency_score=20, interest="less")
    hold(ann, "kubernetes", level="advanced", proficiency_score=70, last_used=datetime(2026, 1, 1))
    hold(vic, "kubernetes", level="advanced", proficiency_score=70, verified=True)
    html = results(who_knows(ada_client, "kubernets"))
    assert "Who knows Kubernetes" in html
    order = [html.index(name) for name in ("Eve Expert", "Vic Verified", "Ann Advanced", "Bea")]
    assert order == sorted(order)
    assert "Would rather not" in html and "last used Jan 2026" in html
    assert ">Platform</a>" in html


def test_once_per_person_across_my_teams_and_never_anyone_else(
    ada: User, ada_client: Any, member: User
) -> None:
    stranger = make_user("sam@example.com", name="Sam Stranger")
    hider = make_user("hid@example.com", name="Hid Den")
    make_team(ada, "Platform", member, hider)
    make_team(ada, "Data", member)
    make_team(stranger, "Elsewhere", member)  # Mo's other team is not mine
    hold(member, "python", level="advanced")
    hold(stranger, "python", level="expert")
    hidden = hold(hider, "python", level="expert")
    hidden.hidden_from_teams = True
    db.session.commit()
    html = results(who_knows(ada_client, "python"))
    assert html.count("<strong>Mo Member</strong>") == 1
    assert ">Data</a>, <a" in html and ">Platform</a>" in html
    assert "Elsewhere" not in html and "Sam Stranger" not in html and "Hid Den" not in html


def test_other_matches_and_no_match(ada: User, ada_client: Any) -> None:
    make_team(ada, "Platform")
    html = who_knows(ada_client, "java")
    assert "Who knows Java" in html and "Also matching:" in html and "JavaScript" in html
    assert "Nobody in your teams lists Java yet." in html
    assert "No skill in the catalog matches" in who_knows(ada_client, "qqqqzzzz")
    assert "Type a skill to see who knows it." in who_knows(ada_client, "")


def test_without_a_team_and_over_htmx(ada_client: Any, ada: User) -> None:
    assert "You are not in a team yet" in who_knows(ada_client, "python")
    make_team(ada, "Platform")
    hold(ada, "python", level="expert")
    region = who_knows(ada_client, "Python", HX)
    assert region.lstrip().startswith('<section id="who-knows-results"')
    assert "<form" not in region and "Ada Lovelace" in region


def test_statements_do_not_grow_with_the_holders(
    ada: User, ada_client: Any, statement_counter: Any
) -> None:
    people = [make_user(f"p{n}@example.com", name=f"Person {n}") for n in range(12)]
    make_team(ada, "Platform", *people[:2])
    counts = []
    for extra in (people[2:4], people[4:]):
        make_team(ada, f"Team {len(extra)}", *extra)
        for person in extra:
            hold(person, "docker", level="advanced")
        statement_counter.reset()
        who_knows(ada_client, "docker")
        counts.append(statement_counter.count)
    assert counts[0] == counts[1] <= 6, statement_counter.statements


def test_signed_out_goes_to_sign_in(app: Any) -> None:
    assert app.test_client().get("/teams/who-knows?skill=python").status_code == 302


def test_a_member_sees_only_their_teams(app: Any, ada: User, member: User) -> None:
    make_team(ada, "Platform")  # Mo is not in it
    hold(ada, "python", level="expert")
    mo = signed_in(app.test_client(), member)
    assert "Ada Lovelace" not in who_knows(mo, "python")
