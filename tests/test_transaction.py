"""The transaction rule: what waits for a commit runs after it, and never after a rollback."""

from __future__ import annotations

from smatrx.extensions import db
from smatrx.transaction import after_commit


def test_an_action_runs_once_after_the_commit(db_session):
    ran: list[str] = []
    after_commit(lambda: ran.append("mail"))
    assert ran == []
    db.session.commit()
    assert ran == ["mail"]
    db.session.commit()
    assert ran == ["mail"]


def test_a_rollback_drops_the_action(db_session):
    ran: list[str] = []
    after_commit(lambda: ran.append("mail"))
    db.session.rollback()
    db.session.commit()
    assert ran == []


def test_a_rolled_back_savepoint_keeps_the_outer_transactions_actions(db_session):
    ran: list[str] = []
    after_commit(lambda: ran.append("outer"))
    savepoint = db.session.begin_nested()
    savepoint.rollback()
    db.session.commit()
    assert ran == ["outer"]


def test_a_mail_with_a_link_leaves_only_after_its_row_is_committed(app, db_session, caplog):
    from smatrx.auth import services
    from tests.helpers import make_user

    admin = make_user("admin@example.com", role="admin")
    caplog.set_level("INFO", logger="smatrx.mail")
    with app.test_request_context():
        services.send_invite("guest@example.com", admin)
        assert "mail to guest@example.com" not in caplog.text
        db.session.rollback()
        db.session.commit()
        assert "mail to guest@example.com" not in caplog.text
        services.send_invite("guest@example.com", admin)
        db.session.commit()
    assert "mail to guest@example.com" in caplog.text
