"""Time a GitHub import of 300 repositories against the local GitHub API (tests/fakes), and
count its requests: a first import and a repeated one (ETags → 304s), with a token
(GraphQL) and with a public username (REST). No database: the fetch and the estimates.

Run: make bench (or .venv/bin/python bench/bench_github_import.py; needs the dev extra).
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smatrx.imports.etag_cache import InMemoryETagCache
from smatrx.imports.matcher import Matcher, terms_from_catalog
from smatrx.imports.sources.github.client import GitHubClient
from smatrx.imports.sources.github.proposals import github_proposals
from smatrx.seed.data import read_catalog
from tests.fakes.github_api import FakeGitHubAPI

REPOS = 300
TODAY = date(2026, 11, 27)


def run(
    server: FakeGitHubAPI, matcher: Matcher, token: str | None, cache: InMemoryETagCache
) -> str:
    before = len(server.requests)
    budget_before = server.rate_limit_remaining, server.unauthenticated_used
    started = time.perf_counter()
    client = GitHubClient(
        requests.Session(),
        api_url=server.rest_url,
        graphql_url=server.graphql_url,
        token=token,
        cache=cache,
    )
    repos, _stats = client.fetch_repos(None if token else server.user_login)
    proposals, _ = github_proposals(repos, matcher, today=TODAY)
    elapsed = time.perf_counter() - started
    sent = len(server.requests) - before
    spent = (budget_before[0] - server.rate_limit_remaining) + (
        server.unauthenticated_used - budget_before[1]
    )
    return (
        f"{elapsed:.2f} s, {sent} requests sent, {spent} counted against the rate limit, "
        f"{len(repos)} repositories, {len(proposals)} skills"
    )


def main() -> None:
    skills = read_catalog().skills
    matcher = Matcher(
        terms_from_catalog({"id": s.slug, "name": s.name, "aliases": s.aliases} for s in skills)
    )
    server = FakeGitHubAPI()
    server.start()
    try:
        for label, token in (("token (GraphQL)", "gho_good"), ("public username (REST)", None)):
            server.reset()
            server.make_repos(REPOS, seed=7)
            server.unauthenticated_limit = 100_000  # measure the requests, not GitHub's limit
            cache = InMemoryETagCache()
            print(f"{label}, first import:    {run(server, matcher, token, cache)}")
            print(f"{label}, repeated import: {run(server, matcher, token, cache)}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
