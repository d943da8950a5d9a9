"""Notifications: the writers, the bell's count (one query per page), the list, marking read."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from smatrx.extensions import db
from smatrx.models import Notification
from smatrx.models.base import utcnow
from smatrx.notifications import services
from tests.helpers import csrf_for, make_user, sign_in

ITEM = re.compile(r'<li id="notification-([^"]+)" class="notification( is-unread)?"')


@pytest.fixture
def bob(db_session):
    return make_user("bob@example.com", name="Bob")


def _add(user, count, **values):
    """count notifications for user, the last one the newest."""
    start = utcnow() - timedelta(minutes=count)
    notes = [
        Notification(
            user_id=user.id,
            kind="test",
            message=values.get("message", f"Message {i}"),
            link=values.get("link"),
            created_at=start + timedelta(minutes=i),
        )
        for i in range(count)
    ]
    db.session.add_all(notes)
    db.session.commit()
    return notes


def _unread(user):
    return services.unread_count(user.id)


def test_notify_and_notify_many_add_rows_the_caller_commits(ada, bob, statement_counter):
    services.notify(ada.id, "kind", "Hello", "/skills")
    db.session.flush()
    ids = [ada.id, bob.id, ada.id]
    statement_counter.reset()
    added = services.notify_many(ids, "kind", "To both", "//evil.example")
    assert added == 2
    assert len(statement_counter.statements) == 1
    db.session.commit()
    assert _unread(ada) == 2 and _unread(bob) == 1
    links = set(db.session.scalars(select(Notification.link)))
    assert links == {"/skills", None}  # another host's address is dropped
    assert services.notify_many([], "kind", "Nobody") == 0


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        ("/verifications/abc", True),
        ("/skills?x=1#top", True),
        ("//evil.example/x", False),
        ("/\\evil.example", False),
        ("https://evil.example", False),
        ("javascript:alert(1)", False),
        ("/a\r\nSet-Cookie: x", False),
        ("", False),
    ],
)
def test_only_local_paths_are_links(link, kept):
    assert (services.safe_link(link) == link) is kept


def test_the_bell_shows_the_unread_count_with_one_query(ada_client, ada, statement_counter):
    _add(ada, 3)
    statement_counter.reset()
    html = ada_client.get("/account").get_data(as_text=True)
    assert 'aria-label="Notifications, 3 unread"' in html
    assert '<span class="bell-badge" aria-hidden="true">3</span>' in html
    counts = [s for s in statement_counter.statements if 'FROM "Notification"' in s]
    assert len(counts) == 1


def test_no_unread_no_badge_and_signed_out_no_bell(client, ada):
    html = client.get("/").get_data(as_text=True)
    assert 'id="bell"' not in html
    sign_in(client, ada.email)
    html = client.get("/account").get_data(as_text=True)
    assert 'aria-label="Notifications, 0 unread"' in html and "bell-badge" not in html


def test_the_list_is_newest_first_in_pages_of_20_unread_highlighted(ada_client, ada, bob):
    notes = _add(ada, 25)
    _add(bob, 2, message="Bob's secret")
    notes[-1].read_at = utcnow()
    db.session.commit()

    html = ada_client.get("/notifications").get_data(as_text=True)
    items = ITEM.findall(html)
    assert [i for i, _ in items] == [n.id for n in reversed(notes)][:20]
    assert items[0][1] == "" and items[1][1] == " is-unread"
    assert "Bob's secret" not in html
    assert "Page 1 of 2" in html and 'href="/notifications?page=2"' in html
    second = ITEM.findall(ada_client.get("/notifications?page=2").get_data(as_text=True))
    assert [i for i, _ in second] == [n.id for n in reversed(notes)][20:]


def test_a_notification_links_to_its_local_path_only(ada_client, ada):
    _add(ada, 1, message="Go there", link="/verifications")
    db.session.add(Notification(user_id=ada.id, kind="t", message="Stored badly", link="//x.io"))
    db.session.commit()
    html = ada_client.get("/notifications").get_data(as_text=True)
    assert '<a href="/verifications">Go there</a>' in html
    assert "Stored badly" in html and 'href="//x.io"' not in html


def test_marking_one_read_and_all_read(ada_client, ada):
    first, second, _third = _add(ada, 3)
    token = csrf_for(ada_client, "/notifications")
    response = ada_client.post(f"/notifications/{first.id}/read", data={"csrf_token": token})
    assert response.status_code == 302 and response.headers["Location"] == "/notifications"
    assert _unread(ada) == 2

    # With htmx: the list again, and the bell out of band with the new count.
    response = ada_client.post(
        f"/notifications/{second.id}/read",
        data={"csrf_token": token},
        headers={"HX-Request": "true"},
    )
    html = response.get_data(as_text=True)
    assert 'id="notification-list"' in html
    assert 'aria-label="Notifications, 1 unread"' in html and 'hx-swap-oob="true"' in html

    response = ada_client.post("/notifications/read-all", data={"csrf_token": token})
    assert response.status_code == 302
    assert _unread(ada) == 0
    html = ada_client.get("/notifications").get_data(as_text=True)
    assert "Mark all as read" not in html and " is-unread" not in html


def test_other_peoples_notifications_are_not_found(ada_client, ada, bob):
    (theirs,) = _add(bob, 1)
    token = csrf_for(ada_client, "/notifications")
    response = ada_client.post(f"/notifications/{theirs.id}/read", data={"csrf_token": token})
    assert response.status_code == 404
    assert (
        ada_client.post("/notifications/nope/read", data={"csrf_token": token}).status_code == 404
    )
    ada_client.post("/notifications/read-all", data={"csrf_token": token})
    assert _unread(bob) == 1


def test_anonymous_people_are_sent_to_sign_in(client, ada):
    (note,) = _add(ada, 1)
    response = client.get("/notifications")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    token = csrf_for(client, "/login")
    response = client.post(f"/notifications/{note.id}/read", data={"csrf_token": token})
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    assert db.session.scalar(select(func.count()).select_from(Notification)) == 1
    assert _unread(ada) == 1
