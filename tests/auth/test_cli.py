"""`flask smatrx create-admin EMAIL`: creates (asking for the password) or promotes."""

from __future__ import annotations

from smatrx.auth.passwords import verify_password
from smatrx.extensions import db
from smatrx.models import User
from tests.helpers import make_user


def test_create_admin_asks_for_a_password_and_enforces_the_rules(app, db_session):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["smatrx", "create-admin", "Root@Example.com"],
        input="short\nshort\ncorrect horse battery staple\ncorrect horse battery staple\n",
    )
    assert result.exit_code == 0, result.output
    assert "Use at least 10 characters." in result.output
    assert "correct horse" not in result.output
    user = db.session.scalar(db.select(User).where(User.email == "root@example.com"))
    assert user.role == "admin"
    assert user.email_verified is not None
    assert verify_password(user.password_hash, "correct horse battery staple")


def test_create_admin_promotes_an_existing_account(app, db_session):
    make_user("member@example.com")
    result = app.test_cli_runner().invoke(args=["smatrx", "create-admin", "member@example.com"])
    assert result.exit_code == 0
    assert "is now an admin" in result.output
    assert db.session.scalar(db.select(User.role)) == "admin"


def test_create_admin_refuses_a_bad_address(app, db_session):
    result = app.test_cli_runner().invoke(args=["smatrx", "create-admin", "not-an-address"])
    assert result.exit_code != 0
    assert "EMAIL" in result.output
