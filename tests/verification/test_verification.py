"""Verification requests: asking, the queue, approving and declining, who may do what,
and the notifications each step sends."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.models import Notification, VerificationRequest
from smatrx.verification import services
from tests.helpers import csrf_for, make_user, signed_in
from tests.verification.conftest import give_skill

LINKS = "https://github.com/olga/parser\nhttps://example.com/talk\n"


def _ask(client, user_skill, note="Built a parser in it.", evidence=LINKS):
    token = csrf_for(client, f"/verifications/new/{user_skill.id}")
    return client.post(
        f"/verifications/new/{user_skill.id}",
        data={"csrf_token": token, "note": note, "evidence": evidence},
    )


def _pending(user_skill):
    return db.session.scalar(
        select(VerificationRequest).where(VerificationRequest.user_skill_id == user_skill.id)
    )


def _decide(client, verification, decision, **data):
    token = csrf_for(client, "/notifications")
    return client.post(
        f"/verifications/{verification.id}/{decision}", data={"csrf_token": token, **data}
    )


def _notifications(user):
    return list(
        db.session.scalars(
            select(Notification)
            .where(Notification.user_id == user.id)
            .order_by(Notification.created_at)
        )
    )


def _reload(obj):
    db.session.expire_all()
    return db.session.get(type(obj), obj.id)


# Asking -------------------------------------------------------------------------------


def test_the_request_form_shows_the_skill(owner_client, owner_skill):
    html = owner_client.get(f"/verifications/new/{owner_skill.id}").get_data(as_text=True)
    assert "Ask for Python to be verified" in html
    assert 'name="note"' in html and 'name="evidence"' in html


def test_asking_records_the_request_and_tells_every_reviewer_but_the_owner(
    app, owner_client, owner, owner_skill, verifier, admin, member, statement_counter
):
    make_user("gone@example.com", "verifier", deactivated=True)
    owner.role = "verifier"  # a verifier asking is not told of their own request
    db.session.commit()
    statement_counter.reset()
    response = _ask(owner_client, owner_skill)
    assert response.status_code == 302
    verification = _pending(owner_skill)
    assert response.headers["Location"] == f"/verifications/{verification.id}"
    assert verification.status == "pending" and verification.level == "advanced"
    assert verification.note == "Built a parser in it."
    assert verification.evidence == ["https://github.com/olga/parser", "https://example.com/talk"]
    told = db.session.scalars(
        select(Notification.user_id).where(Notification.kind == "verification.requested")
    ).all()
    assert sorted(told) == sorted([verifier.id, admin.id])
    inserts = [
        s for s in statement_counter.statements if s.startswith('INSERT INTO "Notification"')
    ]
    assert len(inserts) == 1  # one INSERT of many rows, not one per reviewer
    note = _notifications(verifier)[0]
    assert "Olga Owner asks you to verify their Python skill" in note.message
    assert note.link == f"/verifications/{verification.id}"


def test_evidence_must_be_at_most_five_web_links(owner_client, owner_skill):
    six = "\n".join(f"https://example.com/{i}" for i in range(6))
    response = _ask(owner_client, owner_skill, evidence=six)
    assert response.status_code == 422
    assert "Give at most 5 links." in response.get_data(as_text=True)
    response = _ask(owner_client, owner_skill, evidence="javascript:alert(1)")
    assert response.status_code == 422
    assert "Links start with http:// or https://" in response.get_data(as_text=True)
    response = _ask(owner_client, owner_skill, note="x" * 1001, evidence="")
    assert "1000 characters or fewer" in response.get_data(as_text=True)
    assert _pending(owner_skill) is None


def test_one_pending_request_at_a_time_and_none_for_a_verified_skill(
    owner_client, owner, owner_skill
):
    assert _ask(owner_client, owner_skill).status_code == 302
    html = owner_client.get(f"/verifications/new/{owner_skill.id}").get_data(as_text=True)
    assert "You already asked for Python to be verified" in html
    assert 'name="note"' not in html
    response = _ask(owner_client, owner_skill)
    assert response.status_code == 409
    count = db.session.scalar(select(func.count()).select_from(VerificationRequest))
    assert count == 1

    verified = give_skill(owner, "rust", verified=True)
    response = owner_client.get(f"/verifications/new/{verified.id}")
    assert "Your Rust skill is already verified." in response.get_data(as_text=True)


def test_my_requests_list_their_history(owner_client, owner_skill):
    _ask(owner_client, owner_skill)
    html = owner_client.get("/verifications").get_data(as_text=True)
    assert "Python" in html and "Pending" in html


# The queue ----------------------------------------------------------------------------


def test_the_queue_lists_pending_requests_oldest_first_without_ones_own(
    app, verifier, verifier_client, owner, owner_skill
):
    second_owner = make_user("sam@example.com", name="Sam Second")
    second = give_skill(second_owner, "rust")
    own = give_skill(verifier, "go")
    with app.test_request_context():
        services.request_verification(owner, owner_skill, None, [])
        services.request_verification(second_owner, second, None, [])
        services.request_verification(verifier, own, None, [])

    html = verifier_client.get("/verifications/queue").get_data(as_text=True)
    rows = re.findall(r'<tr id="request-([^"]+)"', html)
    assert rows == [_pending(owner_skill).id, _pending(second).id]
    assert "2 pending requests, oldest first" in html


def test_the_queue_costs_the_same_statements_for_5_or_50_requests(
    app, verifier, verifier_client, statement_counter
):
    def fill(start, count):
        for i in range(start, start + count):
            person = make_user(f"person{i}@example.com", name=f"Person {i}")
            services.request_verification(
                person, give_skill(person, "python"), "n", ["https://a.example"]
            )

    def statements():
        statement_counter.reset()
        assert verifier_client.get("/verifications/queue").status_code == 200
        pending = statement_counter.count
        statement_counter.reset()
        assert verifier_client.get("/verifications/queue?tab=history").status_code == 200
        return pending, statement_counter.count

    with app.test_request_context():
        fill(0, 5)
    few = statements()
    with app.test_request_context():
        fill(5, 45)
    many = statements()
    assert few == many
    print("queue statements (pending, history):", few)


# Deciding -----------------------------------------------------------------------------


def test_approving_verifies_the_skill_keeps_its_source_and_tells_the_owner(
    app, owner, owner_client, owner_skill, verifier, verifier_client
):
    _ask(owner_client, owner_skill)
    verification = _pending(owner_skill)
    review = verifier_client.get(f"/verifications/{verification.id}").get_data(as_text=True)
    assert 'href="https://github.com/olga/parser" rel="nofollow noopener noreferrer"' in review
    assert "Built a parser in it." in review and "80%" in review and "6 years" in review

    response = _decide(verifier_client, verification, "approve")
    assert response.status_code == 302 and response.headers["Location"] == "/verifications/queue"
    user_skill = _reload(owner_skill)
    assert user_skill.verified and user_skill.verified_by == verifier.id
    assert user_skill.verified_at is not None and user_skill.source == "github"
    verification = _reload(verification)
    assert verification.status == "approved" and verification.reviewer_id == verifier.id
    assert verification.reviewed_at is not None
    # The decision, and the achievements it earned the owner (announced separately).
    notes = _notifications(owner)
    (outcome,) = [note for note in notes if note.kind == "verification.approved"]
    assert {note.kind for note in notes} == {"verification.approved", "achievement.earned"}
    assert outcome.message == "Vera Verifier verified your Python skill."

    history = verifier_client.get("/verifications/queue?tab=history").get_data(as_text=True)
    assert f'id="request-{verification.id}"' in history and "Approved" in history
    # Decided once: a second decision changes nothing.
    again = _decide(verifier_client, verification, "decline", reason="Changed my mind")
    assert again.status_code == 409
    assert "already approved" in again.get_data(as_text=True)
    assert _reload(verification).status == "approved"


def test_declining_needs_a_reason_and_the_owner_sees_it(
    owner, owner_client, owner_skill, verifier_client
):
    _ask(owner_client, owner_skill)
    verification = _pending(owner_skill)
    response = _decide(verifier_client, verification, "decline", reason="  ")
    assert response.status_code == 422
    assert "Say why you decline" in response.get_data(as_text=True)
    response = _decide(verifier_client, verification, "decline", reason="x" * 501)
    assert "500 characters or fewer" in response.get_data(as_text=True)

    reason = "The links do not show advanced work yet."
    assert _decide(verifier_client, verification, "decline", reason=reason).status_code == 302
    verification = _reload(verification)
    assert verification.status == "declined" and verification.reason == reason
    assert not _reload(owner_skill).verified
    assert _notifications(owner)[-1].kind == "verification.declined"

    page = owner_client.get(f"/verifications/{verification.id}").get_data(as_text=True)
    assert reason in page and "Declined" in page
    assert "Your decision" not in page
    # Declined: the owner may ask again.
    assert _ask(owner_client, owner_skill).status_code == 302


def test_nobody_reviews_their_own_request(app, verifier, verifier_client):
    own = give_skill(verifier, "go")
    with app.test_request_context():
        services.request_verification(verifier, own, None, [])
    verification = _pending(own)
    page = verifier_client.get(f"/verifications/{verification.id}").get_data(as_text=True)
    assert "Your decision" not in page and "Waiting for a verifier" in page
    response = _decide(verifier_client, verification, "approve")
    assert response.status_code == 403
    assert "You cannot review your own verification request." in response.get_data(as_text=True)
    assert _decide(verifier_client, verification, "decline", reason="no").status_code == 403
    assert not _reload(own).verified


def test_admins_review_like_verifiers(app, admin, owner, owner_skill):
    admin_client = signed_in(app.test_client(), admin)
    with app.test_request_context():
        services.request_verification(owner, owner_skill, None, [])
    assert admin_client.get("/verifications/queue").status_code == 200
    assert _decide(admin_client, _pending(owner_skill), "approve").status_code == 302
    assert _reload(owner_skill).verified_by == admin.id


# Access ----------------------------------------------------------------------------------


@pytest.fixture
def pending_request(app, owner, owner_skill):
    with app.test_request_context():
        return services.request_verification(owner, owner_skill, "note", ["https://a.example"])


def test_anonymous_people_are_sent_to_sign_in(client, owner_skill, pending_request):
    for path in (
        "/verifications",
        "/verifications/queue",
        f"/verifications/new/{owner_skill.id}",
        f"/verifications/{pending_request.id}",
    ):
        response = client.get(path)
        assert response.status_code == 302 and response.headers["Location"].startswith("/login")


def test_members_get_403_from_the_queue_and_decisions(member_client, pending_request):
    assert member_client.get("/verifications/queue").status_code == 403
    token = csrf_for(member_client, "/verifications")
    for decision in ("approve", "decline"):
        response = member_client.post(
            f"/verifications/{pending_request.id}/{decision}",
            data={"csrf_token": token, "reason": "no"},
        )
        assert response.status_code == 403
    assert _reload(pending_request).status == "pending"


def test_other_peoples_objects_are_not_found(member_client, owner_skill, pending_request):
    assert member_client.get(f"/verifications/new/{owner_skill.id}").status_code == 404
    token = csrf_for(member_client, "/verifications")
    response = member_client.post(
        f"/verifications/new/{owner_skill.id}", data={"csrf_token": token, "note": "mine now"}
    )
    assert response.status_code == 404
    assert member_client.get(f"/verifications/{pending_request.id}").status_code == 404
    assert member_client.get("/verifications/nope").status_code == 404
    assert "Python" not in member_client.get("/verifications").get_data(as_text=True)


def test_the_owner_sees_the_status_only(owner_client, pending_request):
    page = owner_client.get(f"/verifications/{pending_request.id}").get_data(as_text=True)
    assert "Waiting for a verifier" in page
    assert "https://a.example" not in page and "Your decision" not in page


def test_the_nav_offers_the_queue_to_verifiers_only(verifier_client, member_client):
    assert 'href="/verifications/queue"' in verifier_client.get("/account").get_data(as_text=True)
    assert 'href="/verifications/queue"' not in member_client.get("/account").get_data(as_text=True)
