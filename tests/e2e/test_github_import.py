"""GitHub in a real browser: link GitHub through the local OAuth provider, import from the
local GitHub API with a real worker, watch the progress, accept the proposals."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from smatrx.extensions import db
from smatrx.models import Account
from tests.e2e.helpers import screenshot, sign_in
from tests.fakes.github_api import FakeGitHubAPI
from tests.helpers import make_user

pytestmark = pytest.mark.e2e


@pytest.fixture
def github_api(test_env: dict[str, str]) -> Iterator[FakeGitHubAPI]:
    """The local GitHub API, for the worker process (it reads the environment at start:
    request this fixture before worker_process)."""
    server = FakeGitHubAPI()
    server.start()
    server.make_repos(20, seed=5)
    saved = {key: test_env.get(key) for key in ("GITHUB_API_URL", "GITHUB_GRAPHQL_URL")}
    test_env.update(GITHUB_API_URL=server.rest_url, GITHUB_GRAPHQL_URL=server.graphql_url)
    try:
        yield server
    finally:
        for key, value in saved.items():
            if value is None:
                test_env.pop(key, None)
            else:
                test_env[key] = value
        server.stop()


def test_link_github_import_and_accept(
    live_server, page, idp, github_api, worker_process, output_dir, committing_db
):
    person = make_user("grace@example.com", name="Grace Hopper")
    sign_in(page, live_server, person.email)

    page.get_by_role("link", name="Account").click()
    page.get_by_role("button", name="Link GitHub").click()
    page.get_by_text("GitHub is linked").wait_for()
    token = db.session.scalar(db.select(Account.access_token).where(Account.user_id == person.id))
    github_api.tokens[token] = {"read:user", "repo"}  # the API knows the token GitHub issued

    page.get_by_role("link", name="Import").click()
    page.get_by_text("Your linked GitHub account").wait_for()
    page.get_by_role("button", name="Import from GitHub").click()
    page.wait_for_url(re.compile(r"/imports/\w+$"))
    page.get_by_role("heading", name=re.compile(r"Skills found")).wait_for(timeout=30_000)
    screenshot(page, output_dir / "github-proposals.png")
    assert any(entry["path"].endswith("/graphql") for entry in github_api.requests)

    page.get_by_role("button", name="Add the ticked skills").click()
    page.wait_for_url(re.compile(r"/skills$"))
    page.get_by_role("link", name="Python", exact=True).wait_for()
    assert page.console_errors == []
