"""OAuth in a real browser: sign in with GitHub at the local provider, then link Google
from the account page."""

from __future__ import annotations

import pytest

from smatrx.extensions import db
from smatrx.models import Account, User
from tests.e2e.helpers import screenshot

pytestmark = pytest.mark.e2e


def test_sign_in_with_github_then_link_google(live_server, page, idp, output_dir):
    page.goto(live_server + "/login")
    screenshot(page, output_dir / "sign-in-with-providers.png")
    page.get_by_role("link", name="Continue with GitHub").click()
    page.get_by_role("heading", name="About you").wait_for()  # a newcomer: onboarding first
    assert page.get_by_text("Welcome! Your account is ready").is_visible()
    page.get_by_role("link", name="Account").click()
    page.get_by_role("heading", name="Your account").wait_for()

    page.get_by_role("button", name="Link Google").click()
    page.get_by_text("Google is linked: you can sign in with it.").wait_for()
    screenshot(page, output_dir / "account-linked.png")
    assert page.console_errors == []

    user = db.session.scalar(db.select(User))
    providers = sorted(db.session.scalars(db.select(Account.provider)).all())
    assert providers == ["github", "google"]
    assert user.email == "grace@example.com"
