"""Invitations: by mail (through the app's mail path, after the commit) and by a link shown
once; only the link's SHA-256 is kept; joining shows exactly what the team will see, uses
the link once (also when two people click at the same moment); every link that cannot be
used gets a clear page, never a 500."""

from __future__ import annotations

import re
import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from smatrx.extensions import db
from smatrx.models import CareerGoal, Profile, TeamInvite, TeamMember, User
from smatrx.models.base import utcnow
from smatrx.teams import invites
from tests.helpers import HX, csrf_for, hold, make_user, post_form, signed_in
from tests.teams.builders import make_team

LINK = re.compile(r"/teams/join/([A-Za-z0-9_-]{43})")


def new_link(client: Any, slug: str, **kwargs: Any) -> str:
    """A lead creates a link on the members page; the token shown once."""
    page = f"/teams/{slug}/members"
    response = post_form(client, page, f"/teams/{slug}/invites/link", **kwargs)
    assert response.status_code == 200
    match = LINK.search(response.get_data(as_text=True))
    assert match, "the new link is shown"
    return match.group(1)


def members_of(team_id: str) -> set[str]:
    db.session.expire_all()
    return set(db.session.scalars(select(TeamMember.user_id).where(TeamMember.team_id == team_id)))


def withdraw(client: Any, slug: str, invite_id: str) -> Any:
    page = f"/teams/{slug}/members"
    return post_form(client, page, f"/teams/{slug}/invites/{invite_id}/withdraw")


def join(client: Any, token: str) -> Any:
    return post_form(client, f"/teams/join/{token}", f"/teams/join/{token}")


# --- creating invitations ---------------------------------------------------------------------


def test_a_link_is_shown_once_and_only_its_hash_is_kept(ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    token = new_link(ada_client, team.slug)
    invite = db.session.scalar(select(TeamInvite).where(TeamInvite.team_id == team.id))
    assert invite.token_hash == invites.token_digest(token) and token not in invite.token_hash
    assert invite.email is None and invite.created_by_id == ada.id
    days = (invite.expires_at - utcnow()).total_seconds() / 86400
    assert 6.9 < days <= 7  # TEAM_INVITE_DAYS
    page = ada_client.get(f"/teams/{team.slug}/members").get_data(as_text=True)
    assert token not in page  # shown once
    assert "Pending invitations" in page and "Link" in page and "Withdraw" in page


def test_a_link_made_with_htmx_comes_back_in_the_region(ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    token = new_link(ada_client, team.slug, headers=HX)
    assert token


def test_an_invitation_by_mail_is_sent_after_the_commit(
    ada_client: Any, ada: User, smtp_sink: list[Any]
) -> None:
    team = make_team(ada, "Platform")
    response = post_form(
        ada_client,
        f"/teams/{team.slug}/members",
        f"/teams/{team.slug}/invites/email",
        {"invite-email": "  Bea@Example.COM "},
    )
    assert response.status_code == 302
    assert len(smtp_sink) == 1
    mail = smtp_sink[0]
    assert mail["To"] == "bea@example.com"
    assert "Platform" in mail["Subject"] and "Ada Lovelace" in mail["Subject"]
    body = mail.get_content()
    token = LINK.search(body).group(1)
    invite = db.session.scalar(select(TeamInvite).where(TeamInvite.team_id == team.id))
    assert invite.email == "bea@example.com"
    assert invite.token_hash == invites.token_digest(token)
    page = ada_client.get(f"/teams/{team.slug}/members").get_data(as_text=True)
    assert "bea@example.com" in page and token not in page


def test_mailing_the_same_address_again_withdraws_the_first(
    ada_client: Any, ada: User, smtp_sink: list[Any]
) -> None:
    team = make_team(ada, "Platform")
    for _ in range(2):
        post_form(
            ada_client,
            f"/teams/{team.slug}/members",
            f"/teams/{team.slug}/invites/email",
            {"invite-email": "bea@example.com"},
        )
    first, second = (LINK.search(mail.get_content()).group(1) for mail in smtp_sink)
    assert invites.lookup(first).used_at is not None
    assert invites.lookup(second).used_at is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Enter the address to send the invitation to."),
        ("not an address", "Enter a valid email address."),
        ("a\x01b@example.com", "control characters"),
        (["one@example.com", "two@example.com"], "Send one email address, not several."),
        ("mo@example.com", "is already a member of Platform"),
    ],
)
def test_a_bad_address_is_answered_next_to_the_field(
    ada_client: Any, ada: User, member: User, smtp_sink: list[Any], value: Any, message: str
) -> None:
    team = make_team(ada, "Platform", member)
    for headers in ({}, HX):
        response = post_form(
            ada_client,
            f"/teams/{team.slug}/members",
            f"/teams/{team.slug}/invites/email",
            {"invite-email": value},
            headers=headers,
        )
        assert response.status_code == 422
        assert message in response.get_data(as_text=True)
    assert smtp_sink == []


def test_a_nul_in_the_address_is_refused_at_the_door(ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    response = post_form(
        ada_client,
        f"/teams/{team.slug}/members",
        f"/teams/{team.slug}/invites/email",
        {"invite-email": "bea\x00@example.com"},
    )
    assert response.status_code == 400
    assert "NUL" in response.get_data(as_text=True)


def test_withdrawing_an_invitation_kills_its_link(
    ada_client: Any, ada: User, newcomer: User, app: Any
) -> None:
    team = make_team(ada, "Platform")
    token = new_link(ada_client, team.slug)
    invite = invites.lookup(token)
    response = withdraw(ada_client, team.slug, invite.id)
    assert response.status_code == 302
    bea = signed_in(app.test_client(), make_user("bea@example.com", name="Bea"))
    answer = bea.get(f"/teams/join/{token}")
    assert answer.status_code == 410
    assert "withdrawn" in answer.get_data(as_text=True)
    assert join(bea, token).status_code == 410
    again = withdraw(ada_client, team.slug, invite.id)
    assert again.status_code == 404  # nothing pending by that id


def test_another_teams_invitation_cannot_be_withdrawn_from_here(ada_client: Any, ada: User) -> None:
    mine = make_team(ada, "Platform")
    other_lead = make_user("lead@example.com", name="Other Lead")
    theirs = make_team(other_lead, "Data")
    invite = invites.create_link(theirs, other_lead).invite
    db.session.commit()
    response = withdraw(ada_client, mine.slug, invite.id)
    assert response.status_code == 404
    db.session.expire_all()
    assert invite.used_at is None


# --- joining ----------------------------------------------------------------------------------


def test_the_join_page_shows_exactly_what_the_team_will_see(
    app: Any, ada_client: Any, ada: User
) -> None:
    team = make_team(ada, "Platform")
    token = new_link(ada_client, team.slug)
    bea = make_user("bea@example.com", name="Bea Shared")
    profile = db.session.scalar(select(Profile).where(Profile.user_id == bea.id))
    profile.salary_expectation = {"min": 123456, "max": 654321, "currency": "EUR"}
    hold(
        bea,
        "python",
        level="advanced",
        proficiency_score=70,
        verified=True,
        verified_at=utcnow(),
        last_used=utcnow() - timedelta(days=40),
        interest="more",
        evidence={"links": ["https://secret.example/repo"], "notes": "private python notes"},
    )
    hold(bea, "docker", hidden_from_teams=True)
    db.session.add_all(
        [
            CareerGoal(
                user_id=bea.id,
                title="Shared goal title",
                description="private goal notes",
                type="project",
                status="active",
                priority="high",
                progress=30,
                shared_with_teams=True,
            ),
            CareerGoal(
                user_id=bea.id,
                title="Private goal title",
                type="project",
                status="active",
                priority="low",
                shared_with_teams=False,
            ),
        ]
    )
    db.session.commit()
    browser = signed_in(app.test_client(), bea)
    response = browser.get(f"/teams/join/{token}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Join Platform" in html and "led by Ada Lovelace" in html
    assert "Bea Shared" in html and "Python" in html and "Advanced" in html and ">70<" in html
    assert "Verified" in html and "Wants to use it more" in html
    assert "Shared goal title" in html and "30% done" in html
    assert "1 skill you hid is not shown" in html
    for never in (
        "Docker",
        "Private goal title",
        "private goal notes",
        "private python notes",
        "secret.example",
        "123456",
        "bea@example.com",
    ):
        assert never not in html.split("<main", 1)[1], never
    assert 'method="post"' in html and "csrf_token" in html


def test_joining_uses_the_link_once(app: Any, ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    token = new_link(ada_client, team.slug)
    bea = make_user("bea@example.com", name="Bea")
    bea_client = signed_in(app.test_client(), bea)
    response = join(bea_client, token)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/teams/{team.slug}")
    assert members_of(team.id) == {ada.id, bea.id}
    invite = invites.lookup(token)
    assert invite.used_at is not None and invite.used_by_id == bea.id
    role = db.session.scalar(select(TeamMember.role).where(TeamMember.user_id == bea.id))
    assert role == "member"
    # Bea again: she is a member (not an error); someone else: the link is spent.
    again = bea_client.get(f"/teams/join/{token}")
    assert again.status_code == 200 and "already in Platform" in again.get_data(as_text=True)
    assert join(bea_client, token).status_code == 302
    cy = signed_in(app.test_client(), make_user("cy@example.com", name="Cy"))
    page = cy.get(f"/teams/join/{token}")
    assert page.status_code == 410 and "already been used" in page.get_data(as_text=True)
    assert join(cy, token).status_code == 410
    assert members_of(team.id) == {ada.id, bea.id}


def test_a_member_following_a_new_link_is_told_so(
    ada_client: Any, ada: User, member: User, member_client: Any
) -> None:
    team = make_team(ada, "Platform", member)
    token = new_link(ada_client, team.slug)
    page = member_client.get(f"/teams/join/{token}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "You are already in Platform" in html and f'href="/teams/{team.slug}"' in html
    assert join(member_client, token).status_code == 302
    assert invites.lookup(token).used_at is None  # still there for someone else


def test_an_expired_link_is_gone(app: Any, ada_client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    token = new_link(ada_client, team.slug)
    invite = invites.lookup(token)
    invite.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    bea = signed_in(app.test_client(), make_user("bea@example.com"))
    for response in (bea.get(f"/teams/join/{token}"), join(bea, token)):
        assert response.status_code == 410
        assert "expired" in response.get_data(as_text=True)
    assert members_of(team.id) == {ada.id}


@pytest.mark.parametrize(
    "token",
    [
        "nope",
        "A" * 43,  # the right shape, never made
        "A" * 44,
        "%20" * 3,
        "abc.def~ghi",
        "x" * 2000,
    ],
)
def test_an_unknown_link_is_404(ada_client: Any, token: str) -> None:
    for response in (ada_client.get(f"/teams/join/{token}"), join(ada_client, token)):
        assert response.status_code == 404
    assert "not valid" in ada_client.get(f"/teams/join/{token}").get_data(as_text=True)


def test_a_nul_in_the_link_is_refused(ada_client: Any) -> None:
    assert ada_client.get("/teams/join/abc%00def").status_code == 400


def test_joining_needs_sign_in_and_keeps_the_link(app: Any, client: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    invite = invites.create_link(team, ada)
    db.session.commit()
    response = client.get(f"/teams/join/{invite.token}")
    assert response.status_code == 302
    assert f"next=/teams/join/{invite.token}" in response.headers["Location"]
    bea = make_user("bea@example.com")
    token = csrf_for(client, "/login")
    signed = client.post(
        f"/login?next=/teams/join/{invite.token}",
        data={"email": bea.email, "password": "correct horse battery staple", "csrf_token": token},
    )
    assert signed.headers["Location"].endswith(f"/teams/join/{invite.token}")


def test_someone_without_an_account_signs_up_and_comes_back_to_the_link(
    app: Any, client: Any, ada: User, smtp_sink: list[Any]
) -> None:
    """The link, the sign-in page, "Create an account", the confirmation mail: the
    confirmed newcomer lands on the invitation, not on the home page."""
    team = make_team(ada, "Platform")
    invite = invites.create_link(team, ada)
    db.session.commit()
    join_path = f"/teams/join/{invite.token}"
    sign_in_page = client.get(client.get(join_path).headers["Location"]).get_data(as_text=True)
    register_path = re.search(r'href="(/register\?next=[^"]+)"', sign_in_page).group(1)
    assert register_path.replace("%2F", "/") == f"/register?next={join_path}"
    token = csrf_for(client, register_path)
    answer = client.post(
        register_path,
        data={
            "csrf_token": token,
            "name": "Bea",
            "email": "bea@example.com",
            "password": "correct horse battery staple",
            "confirm": "correct horse battery staple",
        },
    )
    assert "Check your inbox" in answer.get_data(as_text=True)
    verify_path = re.search(r"http://localhost(/\S+)", smtp_sink[-1].get_content()).group(1)
    confirmed = client.post(verify_path, data={"csrf_token": csrf_for(client, verify_path)})
    assert confirmed.headers["Location"].endswith(join_path)
    assert "Platform" in client.get(join_path).get_data(as_text=True)
    assert join(client, join_path.rsplit("/", 1)[1]).status_code == 302
    bea = db.session.scalar(select(User).where(User.email == "bea@example.com"))
    assert members_of(team.id) == {ada.id, bea.id}


def test_a_sign_up_destination_must_be_a_local_path(client: Any, smtp_sink: list[Any]) -> None:
    path = "/register?next=https://evil.example/x"
    answer = client.post(
        path,
        data={
            "csrf_token": csrf_for(client, path),
            "name": "Cy",
            "email": "cy@example.com",
            "password": "correct horse battery staple",
            "confirm": "correct horse battery staple",
        },
    )
    assert answer.status_code == 200
    verify_path = re.search(r"http://localhost(/\S+)", smtp_sink[-1].get_content()).group(1)
    confirmed = client.post(verify_path, data={"csrf_token": csrf_for(client, verify_path)})
    assert "evil" not in confirmed.headers["Location"]


def test_joining_without_the_csrf_token_is_refused(app: Any, ada: User) -> None:
    team = make_team(ada, "Platform")
    invite = invites.create_link(team, ada)
    db.session.commit()
    bea = signed_in(app.test_client(), make_user("bea@example.com"))
    assert bea.post(f"/teams/join/{invite.token}").status_code == 400
    assert members_of(team.id) == {ada.id}


def test_a_mailed_invitation_works_for_its_address_only(
    app: Any, ada_client: Any, ada: User, smtp_sink: list[Any]
) -> None:
    team = make_team(ada, "Platform")
    post_form(
        ada_client,
        f"/teams/{team.slug}/members",
        f"/teams/{team.slug}/invites/email",
        {"invite-email": "bea@example.com"},
    )
    token = LINK.search(smtp_sink[0].get_content()).group(1)
    cy = signed_in(app.test_client(), make_user("cy@example.com"))
    page = cy.get(f"/teams/join/{token}").get_data(as_text=True)
    assert "sent to another email address" in page and "Join Platform</button>" not in page
    assert join(cy, token).status_code == 403
    bea = signed_in(app.test_client(), make_user("bea@example.com"))
    assert join(bea, token).status_code == 302
    assert len(members_of(team.id)) == 2


def test_joining_twice_at_once_lets_one_in(app: Any, committing_db: Any) -> None:
    """Two people use one link at the same moment: the row lock makes the second wait for
    the first, then read that the link is spent."""
    lead = make_user("race-lead@example.com")
    first_user = make_user("race-one@example.com")
    second_user = make_user("race-two@example.com")
    team = make_team(lead, "Race")
    token = invites.create_link(team, lead).token
    db.session.commit()
    team_id, ids = team.id, {"first": first_user.id, "second": second_user.id}
    outcome: dict[str, Any] = {}
    pids: dict[str, int] = {}
    first_in, release = threading.Event(), threading.Event()

    def use(name: str, hold_open: bool) -> None:
        with app.test_request_context():
            try:
                pids[name] = db.session.scalar(text("SELECT pg_backend_pid()"))
                person = db.session.get(User, ids[name])
                try:
                    outcome[name] = invites.accept(token, person)[1]
                except invites.InviteError as error:
                    outcome[name] = error.status
                if hold_open:
                    first_in.set()
                    assert release.wait(15)
                db.session.commit()
            finally:
                db.session.remove()

    try:
        first = threading.Thread(target=use, args=("first", True), daemon=True)
        first.start()
        assert first_in.wait(15)
        second = threading.Thread(target=use, args=("second", False), daemon=True)
        second.start()
        for _ in range(150):  # until the second waits on the first's lock
            if "second" in pids and _blocked(pids["second"]):
                break
            threading.Event().wait(0.1)
        assert _blocked(pids["second"]), "the second joiner never waited for the first"
        release.set()
        first.join(15)
        second.join(15)
        assert outcome == {"first": True, "second": 410}
        count = db.session.scalar(
            select(func.count()).select_from(TeamMember).where(TeamMember.team_id == team_id)
        )
        assert count == 2  # the lead and the first
    finally:
        release.set()
        db.session.rollback()
        db.session.execute(text('DELETE FROM "Team" WHERE id = :id'), {"id": team_id})
        db.session.commit()


def _blocked(pid: int) -> bool:
    with db.engine.connect() as connection:
        return bool(
            connection.execute(text("SELECT pg_blocking_pids(:pid)"), {"pid": pid}).scalar()
        )


def test_the_join_page_costs_the_same_whatever_i_hold(
    app: Any, ada: User, statement_counter: Any
) -> None:
    from tests.helpers import hold_many

    team = make_team(ada, "Platform", *(make_user(f"m{n}@example.com") for n in range(3)))
    token = invites.create_link(team, ada).token
    db.session.commit()
    bea = make_user("bea@example.com")
    browser = signed_in(app.test_client(), bea)

    def count() -> int:
        statement_counter.reset()
        assert browser.get(f"/teams/join/{token}").status_code == 200
        return statement_counter.count

    hold_many(bea, 2)
    few = count()
    hold_many(bea, 40)
    for n in range(5):
        db.session.add(
            CareerGoal(
                user_id=bea.id,
                title=f"Goal {n}",
                type="project",
                status="active",
                priority="low",
                shared_with_teams=True,
            )
        )
    db.session.commit()
    assert count() == few <= 8, statement_counter.statements
