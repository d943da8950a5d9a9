"""Count what a GitHub import costs against the local GitHub API (tests/fakes): requests sent
and requests GitHub counts against the hourly limit, for a first and a repeated import, with a
token (GraphQL) and with a public username (REST, 60 requests an hour), over ~210 and ~300
repositories; and, for the public username, the recall of languages (those found over those
the repositories hold, forks and archived ones left out) and of skills (over those the token's
full read finds). No database: the fetch and the
estimates.

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

SIZES = (210, 300)
TODAY = date(2026, 11, 27)


def language_recall(server: FakeGitHubAPI, found: set[str]) -> float:
    held = {
        language
        for repo in server.repos
        if not repo.get("fork") and not repo.get("archived")
        for language in repo["languages"]
    }
    return len(held & found) / len(held) if held else 1.0


def run(
    server: FakeGitHubAPI,
    matcher: Matcher,
    token: str | None,
    cache: InMemoryETagCache,
    skills_seen: dict[int, set[str]],
) -> str:
    before = len(server.requests)
    spent_before = server.spent()
    started = time.perf_counter()
    client = GitHubClient(
        requests.Session(),
        api_url=server.rest_url,
        graphql_url=server.graphql_url,
        token=token,
        cache=cache,
    )
    repos, stats = client.fetch_repos(None if token else server.user_login)
    proposals, _ = github_proposals(repos, matcher, today=TODAY)
    elapsed = time.perf_counter() - started
    sent = len(server.requests) - before
    spent = server.spent() - spent_before
    line = (
        f"{elapsed:.2f} s, {sent} requests sent, {spent} counted against the limit, "
        f"{len(repos)} repositories, {len(proposals)} skills"
    )
    names = {p.skill_id for p in proposals}
    if token:
        skills_seen[len(server.repos)] = names
    else:
        found = {language for repo in repos for language in repo.languages}
        full = skills_seen.get(len(server.repos)) or names
        line += (
            f", {stats.estimated_repos} by primary language only, "
            f"language recall {language_recall(server, found):.2f}, "
            f"skill recall against the token's import {len(names & full) / len(full):.2f}"
        )
    if stats.reused_from is not None:
        line += f" (stored result reused: {stats.reused_because})"
    return line


def main() -> None:
    skills = read_catalog().skills
    matcher = Matcher(
        terms_from_catalog({"id": s.slug, "name": s.name, "aliases": s.aliases} for s in skills)
    )
    server = FakeGitHubAPI()
    server.start()
    skills_seen: dict[int, set[str]] = {}  # repositories -> skills the token's import found
    try:
        for size in SIZES:
            for label, token in (("token (GraphQL)", "gho_good"), ("public username", None)):
                server.reset()  # a fresh hour: 5000 with a token, 60 without
                server.make_repos(size, seed=7)
                cache = InMemoryETagCache()
                for step in ("first: ", "repeat:"):
                    line = run(server, matcher, token, cache, skills_seen)
                    print(f"{size} repos, {label}, {step} {line}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
