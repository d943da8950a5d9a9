"""GitHub imports through the real pipeline, against a local GitHub API (REST + GraphQL):
public username over REST, linked token over GraphQL, ETags on a repeat, rate limits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from smatrx.extensions import db
from smatrx.imports.reaper import reconcile_imports
from smatrx.models import Account
from smatrx.models.base import utcnow
from tests.fakes.github_api import FakeGitHubAPI
from tests.helpers import csrf_for, latest_import, run_jobs


@pytest.fixture(scope="module")
def github_server() -> Iterator[FakeGitHubAPI]:
    server = FakeGitHubAPI()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def github(app, github_server) -> Iterator[FakeGitHubAPI]:
    github_server.reset()
    github_server.make_repos(30, seed=3)
    saved = {key: app.config.get(key) for key in ("GITHUB_API_URL", "GITHUB_GRAPHQL_URL")}
    app.config.update(
        GITHUB_API_URL=github_server.rest_url, GITHUB_GRAPHQL_URL=github_server.graphql_url
    )
    yield github_server
    app.config.update(saved)


def start(client, **fields: Any):
    token = csrf_for(client, "/imports")
    data = {"csrf_token": token, **{f"github-{key}": value for key, value in fields.items()}}
    return client.post("/imports/github", data=data)


def test_a_public_username_is_read_over_rest(app, ada_client, ada, github, redis_conn):
    assert start(ada_client, login="ghopper").status_code == 302
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "completed", row.error
    names = {p["name"] for p in row.results["proposals"]}
    assert "Python" in names
    python = next(p for p in row.results["proposals"] if p["name"] == "Python")
    assert python["years"] is not None and python["last_used"]
    assert python["evidence"]
    paths = {entry["path"] for entry in github.requests}
    assert not any(path.endswith("/graphql") for path in paths)


def test_a_linked_account_uses_graphql(app, ada_client, ada, github, redis_conn):
    db.session.add(
        Account(
            user_id=ada.id,
            type="oauth",
            provider="github",
            provider_account_id="1001",
            access_token="gho_good",
            profile={"login": "ghopper"},
        )
    )
    db.session.commit()
    assert start(ada_client).status_code == 302
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "completed", row.error
    assert any(entry["path"].endswith("/graphql") for entry in github.requests)
    assert all(
        entry["headers"].get("Authorization", "").endswith("gho_good") for entry in github.requests
    )


def test_a_repeated_import_costs_almost_nothing(app, ada_client, ada, github, redis_conn):
    start(ada_client, login="ghopper")
    run_jobs(app)
    first = github.unauthenticated_used
    ada_client.get("/imports")
    start(ada_client, login="ghopper")
    run_jobs(app)
    second = github.unauthenticated_used - first
    assert latest_import(ada).status == "completed"
    assert second < first / 3, (first, second)


def test_a_github_import_whose_worker_died_is_retried_by_the_reaper(
    app, ada_client, ada, github, redis_conn
):
    """A GitHub import has no upload: the reaper re-enqueues it like any other (it used to
    fail it on the first reap because it found no file)."""
    start(ada_client, login="ghopper")
    row = latest_import(ada)
    # A worker took it and died: processing, no job left in Redis, silent for long.
    redis_conn.flushdb()
    row.status, row.attempts = "processing", 1
    row.heartbeat_at = utcnow() - timedelta(minutes=10)
    db.session.commit()

    assert reconcile_imports() == {"requeued": 1, "failed": 0, "waiting": 0}
    assert latest_import(ada).status == "pending"
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "completed", row.error
    assert row.attempts == 2
    assert "Python" in {p["name"] for p in row.results["proposals"]}


def test_a_502_is_retried(app, ada_client, ada, github, redis_conn):
    github.fail_next = [502]
    start(ada_client, login="ghopper")
    run_jobs(app)
    assert latest_import(ada).status == "completed", latest_import(ada).error


def test_a_token_without_the_scope_is_explained(app, ada_client, ada, github, redis_conn):
    db.session.add(
        Account(
            user_id=ada.id,
            type="oauth",
            provider="github",
            provider_account_id="1001",
            access_token="gho_noscope",
            profile={"login": "ghopper"},
        )
    )
    db.session.commit()
    start(ada_client)
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "failed"
    assert "link it again" in row.error


def test_without_a_login_or_account_the_form_says_what_to_do(ada_client, github):
    response = start(ada_client)
    assert response.status_code == 422
    assert "Enter a GitHub username" in response.get_data(as_text=True)


def test_a_small_budget_is_spent_well_and_says_what_was_estimated(
    app, ada_client, ada, github, redis_conn
):
    github.make_repos(150, seed=3)  # two listing pages; 18 requests left for details
    github.unauthenticated_limit = 20
    start(ada_client, login="ghopper")
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "completed", row.error
    assert "known by their primary language only" in row.message
    # two requests stay for a repeat within the hour to ask the list pages
    assert github.unauthenticated_used == 18
    evidence = [line for p in row.results["proposals"] for line in p["evidence"]]
    assert any("primary language only" in line for line in evidence)


def test_a_repeat_with_the_budget_used_up_offers_the_last_result(
    app, ada_client, ada, github, redis_conn
):
    start(ada_client, login="ghopper")
    run_jobs(app)
    first = latest_import(ada)
    assert first.status == "completed", first.error
    github.unauthenticated_used = github.unauthenticated_limit  # the hour is used up
    sent = github.request_count()
    ada_client.get("/imports")
    start(ada_client, login="ghopper")
    run_jobs(app)
    row = latest_import(ada)
    assert row.id != first.id
    assert row.status == "completed", row.error
    assert "GitHub's hourly request limit is used up" in row.message
    assert "these are the results read at" in row.message
    names = {p["name"] for p in row.results["proposals"]}
    assert names == {p["name"] for p in first.results["proposals"]}
    # only GitHub's free /rate_limit was asked: no doomed request
    assert [e["path"] for e in github.requests[sent:]] == ["/api/v3/rate_limit"]


def test_the_budget_used_up_with_nothing_kept_says_so(app, ada_client, ada, github, redis_conn):
    github.unauthenticated_used = github.unauthenticated_limit
    start(ada_client, login="ghopper")
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "failed"
    assert "Nothing was read this time" in row.error
    assert "read so far is kept" not in row.error


def test_a_linked_account_repeat_costs_one_point_a_page(app, ada_client, ada, github, redis_conn):
    db.session.add(
        Account(
            user_id=ada.id,
            type="oauth",
            provider="github",
            provider_account_id="1001",
            access_token="gho_good",
            profile={"login": "ghopper"},
        )
    )
    db.session.commit()
    github.make_repos(150, seed=3)
    start(ada_client)
    run_jobs(app)
    first = latest_import(ada)
    assert first.status == "completed", first.error
    assert github.request_count() == 2  # two GraphQL pages, manifests included
    assert any(p["evidence"] and ": package.json" in " ".join(p["evidence"])
               for p in first.results["proposals"])  # fmt: skip
    spent = github.spent()
    ada_client.get("/imports")
    start(ada_client)
    run_jobs(app)
    row = latest_import(ada)
    assert row.status == "completed", row.error
    assert github.request_count() == 4 and github.spent() - spent == 2
    assert "Nothing changed on GitHub since" in row.message
    assert row.results["proposals"] == first.results["proposals"]


def test_github_enterprise_urls():
    from smatrx.auth.oauth.providers import github_api_urls

    assert github_api_urls({}) == ("https://api.github.com", "https://api.github.com/graphql")
    assert github_api_urls({"GITHUB_BASE_URL": "https://ghe.example.com/"}) == (
        "https://ghe.example.com/api/v3",
        "https://ghe.example.com/api/graphql",
    )
