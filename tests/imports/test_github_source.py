"""The GitHub source against an in-test fake of GitHub's REST and GraphQL APIs. No network."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from smatrx.imports.etag_cache import InMemoryETagCache
from smatrx.imports.matcher import Matcher
from smatrx.imports.sources.github.client import GitHubClient, detail_order
from smatrx.imports.sources.github.proposals import estimated_note, github_proposals
from smatrx.imports.sources.github.repos import (
    SCOPES_MISSING,
    TOKEN_REFUSED,
    GitHubError,
    RateLimited,
    Repo,
    manifest_alias,
)
from smatrx.skills.levels import in_band
from tests.imports.catalog import catalog_matcher

API = "https://api.github.com"
GRAPHQL = "https://api.github.com/graphql"
NOW = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)


# -- the fake -------------------------------------------------------------------------------


class FakeResponse:
    def __init__(self, status: int = 200, body: Any = None, headers: dict | None = None):
        self.status_code = status
        self.headers = dict(headers or {})
        self._body = body
        self.text = json.dumps(body) if body is not None else ""

    def json(self) -> Any:
        if self._body is None:
            raise ValueError("no body")
        return self._body


def repo_json(name: str, **kw: Any) -> dict[str, Any]:
    return {
        "name": name,
        "full_name": f"octo/{name}",
        "owner": {"login": "octo"},
        "fork": kw.get("fork", False),
        "archived": kw.get("archived", False),
        "created_at": kw.get("created", "2020-01-15T10:00:00Z"),
        "pushed_at": kw.get("pushed", "2026-05-01T10:00:00Z"),
        "topics": kw.get("topics", []),
    }


class FakeGitHub:
    """Just enough GitHub: paginated repo list with Link, languages, contents, ETags/304,
    rate-limit headers, GraphQL; ``script`` queues canned answers for URLs matching a regex."""

    def __init__(self, repos: list[dict], *, page_size: int = 2, host: str = API):
        self.repos = repos
        self.languages: dict[str, dict[str, int]] = {}
        self.files: dict[tuple[str, str], str] = {}
        self.page_size = page_size
        self.host = host
        self.calls: list[dict[str, Any]] = []
        self.scripted: list[tuple[re.Pattern[str], FakeResponse]] = []
        self.remaining = 4999
        self.graphql_pages: list[dict] = []

    def script(self, pattern: str, *responses: FakeResponse) -> None:
        for response in responses:
            self.scripted.append((re.compile(pattern), response))

    def request(self, method: str, url: str, **kw: Any) -> FakeResponse:
        self.calls.append({"method": method, "url": url, **kw})
        for index, (pattern, response) in enumerate(self.scripted):
            if pattern.search(url):
                del self.scripted[index]
                return response
        if method == "POST":
            return self._graphql(kw["json"])
        response = self._rest(url)
        etag = response.headers.get("ETag")
        if etag and kw.get("headers", {}).get("If-None-Match") == etag:
            return FakeResponse(
                304, None, {"ETag": etag, "X-RateLimit-Remaining": str(self.remaining)}
            )
        return response

    def _ok(self, body: Any, **headers: str) -> FakeResponse:
        etag = '"' + hashlib.sha1(json.dumps(body).encode()).hexdigest() + '"'
        headers = {"ETag": etag, "X-RateLimit-Remaining": str(self.remaining), **headers}
        headers["X-RateLimit-Reset"] = str(int((NOW + timedelta(minutes=20)).timestamp()))
        return FakeResponse(200, body, headers)

    def _rest(self, url: str) -> FakeResponse:
        parts = urlsplit(url)
        path = parts.path
        if path.endswith("/users/octo/repos"):
            page = int(parse_qs(parts.query).get("page", ["1"])[0])
            start = (page - 1) * self.page_size
            chunk = self.repos[start : start + self.page_size]
            headers = {}
            if start + self.page_size < len(self.repos):
                headers["Link"] = (
                    f'<{self.host}/users/octo/repos?type=owner&page={page + 1}>; rel="next", '
                    f'<{self.host}/users/octo/repos?page=9>; rel="last"'
                )
            return self._ok(chunk, **headers)
        if m := re.search(r"/repos/octo/([^/]+)/languages$", path):
            return self._ok(self.languages.get(m.group(1), {}))
        if m := re.search(r"/repos/octo/([^/]+)/contents/(.+)$", path):
            text = self.files.get((m.group(1), m.group(2)))
            if text is None:
                return FakeResponse(404, {"message": "Not Found"})
            content = base64.b64encode(text.encode()).decode()
            return self._ok({"type": "file", "size": len(text), "content": content})
        return FakeResponse(404, {"message": "Not Found"})

    def _graphql(self, payload: dict) -> FakeResponse:
        if not self.graphql_pages:
            raise AssertionError("unexpected GraphQL request")
        return self._ok(self.graphql_pages.pop(0))


def client(fake: FakeGitHub, **kw: Any) -> tuple[GitHubClient, list[float]]:
    slept: list[float] = []
    options: dict[str, Any] = {
        "api_url": API,
        "graphql_url": GRAPHQL,
        "token": None,
        "cache": InMemoryETagCache(),
        "sleep": slept.append,
        "clock": lambda: NOW,
        **kw,
    }
    return GitHubClient(fake, **options), slept


@pytest.fixture
def fake() -> FakeGitHub:
    gh = FakeGitHub(
        [
            repo_json("api", topics=["django", "rest"]),
            repo_json("site", pushed="2025-01-01T00:00:00Z"),
            repo_json("forked", fork=True),
            repo_json("old", archived=True),
            repo_json("tool"),
        ]
    )
    gh.languages = {
        "api": {"Python": 50_000, "Shell": 1_000},
        "site": {"TypeScript": 30_000, "CSS": 2_000},
        "forked": {"C": 9_999},
        "old": {"Ruby": 5_000},
        "tool": {"Go": 20_000},
    }
    gh.files = {
        ("api", "requirements.txt"): "django>=4\ncelery\n",
        ("site", "package.json"): '{"dependencies": {"react": "18"}}',
    }
    return gh


def urls(fake: FakeGitHub) -> list[str]:
    return [urlsplit(c["url"]).path for c in fake.calls]


# -- REST ----------------------------------------------------------------------------------


def test_rest_lists_own_repos_with_languages_topics_and_manifests(fake: FakeGitHub) -> None:
    progress: list[str] = []
    gh, slept = client(fake, on_progress=progress.append)
    repos, stats = gh.fetch_repos("octo")
    assert [r.name for r in repos] == ["api", "site", "tool"]  # no fork, no archived
    api = repos[0]
    assert api.full_name == "octo/api"
    assert api.languages == {"Python": 50_000, "Shell": 1_000}
    assert api.topics == ["django", "rest"]
    assert api.manifests == {"requirements.txt": "django>=4\ncelery\n"}
    assert api.pushed_at == datetime(2026, 5, 1, 10, tzinfo=UTC)
    assert repos[1].manifests == {"package.json": '{"dependencies": {"react": "18"}}'}
    assert repos[2].manifests == {}  # go.mod is missing: a 404 is fine
    # 3 list pages, 3 languages, manifests: api 2 (requirements + pyproject), site 1, tool 1
    assert stats.requests == 3 + 3 + 4 == len(fake.calls)
    assert stats.not_modified == 0
    assert slept == []
    first = fake.calls[0]
    assert first["url"].startswith(f"{API}/users/octo/repos?")
    assert parse_qs(urlsplit(first["url"]).query) == {
        "type": ["owner"],
        "sort": ["pushed"],
        "per_page": ["100"],
    }
    assert "Authorization" not in first["headers"]
    assert first["headers"]["Accept"] == "application/vnd.github+json"
    assert not any(path.endswith("/topics") for path in urls(fake))  # came with the listing
    assert any("Listed" in line for line in progress)


def test_forks_and_archived_when_chosen(fake: FakeGitHub) -> None:
    gh, _ = client(fake)
    repos, _ = gh.fetch_repos("octo", include_forks=True, include_archived=True, manifests=False)
    assert [r.name for r in repos] == ["api", "site", "forked", "old", "tool"]
    assert repos[2].fork and repos[3].archived
    assert not any("/contents/" in u for u in urls(fake))


def test_max_repos(fake: FakeGitHub) -> None:
    gh, _ = client(fake)
    repos, _ = gh.fetch_repos("octo", max_repos=1, manifests=False)
    assert [r.name for r in repos] == ["api"]
    assert urls(fake) == ["/users/octo/repos", "/repos/octo/api/languages"]


def test_topics_endpoint_when_the_listing_lacks_them(fake: FakeGitHub) -> None:
    for item in fake.repos:
        del item["topics"]
    fake.script(r"/repos/octo/api/topics$", FakeResponse(200, {"names": ["flask"]}))
    gh, _ = client(fake)
    repos, _ = gh.fetch_repos("octo", manifests=False)
    assert repos[0].topics == ["flask"]
    assert repos[1].topics == []


def test_repeated_import_of_unchanged_data_is_all_304(fake: FakeGitHub) -> None:
    cache = InMemoryETagCache()
    gh, _ = client(fake, cache=cache)
    first, _ = gh.fetch_repos("octo")
    fake.calls.clear()
    again, stats = client(fake, cache=cache)[0].fetch_repos("octo")
    assert again == first
    # the 3 list pages answer 304 (followed through the cached links): nothing changed, so
    # the stored result stands and no repository is asked again
    # (+ GitHub's /rate_limit, free, asked first: with no budget the stored result is offered)
    assert stats.requests == 4 and stats.not_modified == 3
    assert urls(fake)[0] == "/rate_limit"
    assert stats.reused_because == "unchanged" and stats.reused_from == NOW
    # without a token GitHub counts a 304 like any answer
    assert stats.counted == 3
    plain = [urlsplit(c["url"]).path for c in fake.calls if "If-None-Match" not in c["headers"]]
    assert plain == ["/rate_limit"]


def test_a_changed_resource_is_read_again(fake: FakeGitHub) -> None:
    cache = InMemoryETagCache()
    client(fake, cache=cache)[0].fetch_repos("octo", manifests=False)
    fake.languages["tool"] = {"Go": 20_000, "Rust": 4_000}
    fake.repos[4]["pushed_at"] = "2026-05-09T10:00:00Z"  # a push changes the list page
    repos, stats = client(fake, cache=cache)[0].fetch_repos("octo", manifests=False)
    assert repos[2].languages == {"Go": 20_000, "Rust": 4_000}
    assert stats.reused_from is None
    # /rate_limit, the last list page and the pushed repository's languages are new answers;
    # the repositories not pushed keep the detail read before, without a request
    assert stats.not_modified == stats.requests - 3 == 2
    assert "/repos/octo/api/languages" not in urls(fake)[-3:]


def test_unknown_user_and_missing_login(fake: FakeGitHub) -> None:
    fake.script(r"/users/nobody/repos", FakeResponse(404, {"message": "Not Found"}))
    gh, _ = client(fake)
    with pytest.raises(GitHubError, match="no user named nobody"):
        gh.fetch_repos("nobody")
    with pytest.raises(GitHubError, match="GitHub user name"):
        gh.fetch_repos(None)


def test_token_refused(fake: FakeGitHub) -> None:
    fake.script(r"/users/octo/repos", FakeResponse(401, {"message": "Bad credentials"}))
    with pytest.raises(GitHubError) as caught:
        client(fake)[0].fetch_repos("octo")
    assert str(caught.value) == TOKEN_REFUSED


def test_server_errors_are_retried_twice_with_backoff(fake: FakeGitHub) -> None:
    fake.script(r"/users/octo/repos", FakeResponse(502), FakeResponse(503))
    gh, slept = client(fake)
    repos, stats = gh.fetch_repos("octo", manifests=False)
    assert len(repos) == 3
    assert slept == [1.0, 2.0]
    assert stats.waited_seconds == 3.0


def test_server_errors_give_up_after_two_retries(fake: FakeGitHub) -> None:
    fake.script(r"/users/octo/repos", FakeResponse(502), FakeResponse(504), FakeResponse(503))
    gh, slept = client(fake)
    with pytest.raises(GitHubError, match="not answering"):
        gh.fetch_repos("octo")
    assert len(fake.calls) == 3
    assert slept == [1.0, 2.0]


def test_secondary_limit_waits_retry_after_then_retries(fake: FakeGitHub) -> None:
    fake.script(
        r"/repos/octo/site/languages",
        FakeResponse(403, {"message": "You have exceeded a secondary rate limit."},
                     {"Retry-After": "7"}),
    )  # fmt: skip
    gh, slept = client(fake)
    repos, stats = gh.fetch_repos("octo", manifests=False)
    assert repos[1].languages == {"TypeScript": 30_000, "CSS": 2_000}
    assert slept == [7.0]
    assert stats.waited_seconds == 7.0


def test_secondary_limit_too_long_stops_with_partial_result(fake: FakeGitHub) -> None:
    fake.script(r"/repos/octo/site/languages", FakeResponse(429, {}, {"Retry-After": "600"}))
    gh, slept = client(fake)
    with pytest.raises(RateLimited) as caught:
        gh.fetch_repos("octo")
    error = caught.value
    assert error.secondary and error.partial and error.reset_at is None
    # every listed repository is kept: the ones not read in detail by their primary language
    assert [r.name for r in error.repos] == ["api", "site", "tool"]
    assert error.repos[0].languages == {"Python": 50_000, "Shell": 1_000}
    assert not error.repos[0].estimated and error.repos[1].estimated
    assert "The 3 repositories read so far are kept" in str(error)
    assert error.stats is not None and error.stats.requests == len(fake.calls)
    assert slept == []
    assert "slow down" in str(error)
    assert urls(fake)[-1] == "/repos/octo/site/languages"  # nothing sent after it


def test_secondary_limit_message_without_retry_after_waits_a_minute(fake: FakeGitHub) -> None:
    fake.script(
        r"/users/octo/repos",
        FakeResponse(403, {"message": "You have exceeded a secondary rate limit"}),
    )
    gh, slept = client(fake, max_wait_seconds=120)
    repos, _ = gh.fetch_repos("octo", manifests=False)
    assert len(repos) == 3
    assert slept == [60.0]


def test_primary_limit_seen_in_headers_stops_before_the_next_request(fake: FakeGitHub) -> None:
    reset = int((NOW + timedelta(minutes=40)).timestamp())
    fake.script(
        r"/repos/octo/api/languages",
        FakeResponse(200, {"Python": 10}, {"X-RateLimit-Remaining": "0",
                                           "X-RateLimit-Reset": str(reset)}),
    )  # fmt: skip
    gh, slept = client(fake)
    with pytest.raises(RateLimited) as caught:
        gh.fetch_repos("octo")
    error = caught.value
    assert not error.secondary and error.partial
    assert error.reset_at == datetime.fromtimestamp(reset, UTC)
    assert [r.name for r in error.repos] == ["api", "site", "tool"]
    assert [r.estimated for r in error.repos] == [False, True, True]
    assert urls(fake)[-1] == "/repos/octo/api/languages"
    assert slept == []
    assert "12:40 UTC" in str(error)


def test_primary_limit_403_during_manifests_keeps_every_repo(fake: FakeGitHub) -> None:
    reset = int((NOW + timedelta(hours=1)).timestamp())
    fake.script(
        r"/contents/",
        FakeResponse(403, {"message": "API rate limit exceeded for 1.2.3.4."},
                     {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}),
    )  # fmt: skip
    with pytest.raises(RateLimited) as caught:
        client(fake)[0].fetch_repos("octo")
    assert [r.name for r in caught.value.repos] == ["api", "site", "tool"]
    assert caught.value.reset_at == datetime.fromtimestamp(reset, UTC)


def test_primary_limit_resetting_soon_is_waited_for(fake: FakeGitHub) -> None:
    reset = int((NOW + timedelta(seconds=9)).timestamp())
    fake.script(
        r"/users/octo/repos",
        FakeResponse(403, {"message": "API rate limit exceeded"},
                     {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}),
    )  # fmt: skip
    gh, slept = client(fake)
    repos, _ = gh.fetch_repos("octo", manifests=False)
    assert len(repos) == 3
    assert slept == [10.0]


def test_nothing_fetched_is_not_partial(fake: FakeGitHub) -> None:
    fake.script(r"/users/octo/repos", FakeResponse(403, {"message": "API rate limit exceeded"}))
    with pytest.raises(RateLimited) as caught:
        client(fake)[0].fetch_repos("octo")
    assert not caught.value.partial and caught.value.repos == []


def test_enterprise_urls_and_foreign_links(fake: FakeGitHub) -> None:
    ghe = "https://ghe.example/api/v3"
    fake.host = ghe
    gh, _ = client(fake, api_url=ghe + "/", graphql_url="https://ghe.example/api/graphql")
    repos, _ = gh.fetch_repos("octo", manifests=False)
    assert len(repos) == 3
    assert all(c["url"].startswith(ghe + "/") for c in fake.calls)
    fake.calls.clear()
    fake.host = "https://evil.example/api/v3"  # a next link to another host is not followed
    repos, _ = client(fake, api_url=ghe)[0].fetch_repos("octo", manifests=False)
    assert [r.name for r in repos] == ["api", "site"]
    assert all(c["url"].startswith(ghe + "/") for c in fake.calls)


def test_large_or_binary_manifests_are_skipped(fake: FakeGitHub) -> None:
    big = {"type": "file", "size": 300_000, "content": ""}
    fake.script(r"/repos/octo/api/contents/requirements.txt", FakeResponse(200, big))
    binary = {"type": "file", "size": 3, "content": base64.b64encode(b"\xff\xfe\x00").decode()}
    fake.script(r"/repos/octo/site/contents/package.json", FakeResponse(200, binary))
    repos, _ = client(fake)[0].fetch_repos("octo")
    assert repos[0].manifests == {} and repos[1].manifests == {}


# -- GraphQL -------------------------------------------------------------------------------


def node(name: str, **kw: Any) -> dict[str, Any]:
    return {
        "name": name,
        "nameWithOwner": f"octo/{name}",
        "isFork": kw.get("fork", False),
        "isArchived": kw.get("archived", False),
        "pushedAt": kw.get("pushed", "2026-04-01T00:00:00Z"),
        "createdAt": "2021-03-01T00:00:00Z",
        "languages": {
            "edges": [{"size": s, "node": {"name": n}} for n, s in kw.get("langs", {}).items()]
        },
        "repositoryTopics": {"nodes": [{"topic": {"name": t}} for t in kw.get("topics", [])]},
        **{
            manifest_alias(filename): {"text": text, "byteSize": len(text), "isBinary": False}
            for filename, text in kw.get("files", {}).items()
        },
    }


def page(nodes: list[dict], cursor: str | None) -> dict[str, Any]:
    info = {"hasNextPage": cursor is not None, "endCursor": cursor}
    connection = {"totalCount": 3, "pageInfo": info, "nodes": nodes}
    return {"data": {"viewer": {"repositories": connection}}}


def test_graphql_with_token_reads_100_at_a_time(fake: FakeGitHub) -> None:
    fake.graphql_pages = [
        page(
            [
                node(
                    "api",
                    langs={"Python": 900, "HTML": 100},
                    topics=["flask"],
                    files={"pyproject.toml": '[project]\ndependencies = ["flask"]\n'},
                )
            ],
            "c1",
        ),
        page([node("lib", langs={"Rust": 500}), node("arch", archived=True)], None),
    ]
    gh, _ = client(fake, token="gho_secret")
    repos, stats = gh.fetch_repos(None)
    assert [r.name for r in repos] == ["api", "lib"]
    assert repos[0].languages == {"Python": 900, "HTML": 100}
    assert repos[0].topics == ["flask"]
    assert repos[0].created_at == datetime(2021, 3, 1, tzinfo=UTC)
    assert repos[0].manifests == {"pyproject.toml": '[project]\ndependencies = ["flask"]\n'}
    posts = [c for c in fake.calls if c["method"] == "POST"]
    assert len(posts) == 2
    assert all(c["url"] == GRAPHQL for c in posts)
    assert posts[0]["headers"]["Authorization"] == "Bearer gho_secret"
    first, second = (c["json"] for c in posts)
    assert "viewer" in first["query"] and "first: 100" in first["query"]
    assert "languages" in first["query"] and "repositoryTopics" in first["query"]
    assert first["variables"] == {"isFork": False, "cursor": None}
    assert second["variables"]["cursor"] == "c1"
    # the manifests come in the same query: no REST at all
    assert 'm_pyproject_toml: object(expression: "HEAD:pyproject.toml")' in first["query"]
    assert "... on Blob { text byteSize isBinary }" in first["query"]
    assert [c for c in fake.calls if c["method"] == "GET"] == []
    assert stats.requests == 2


def test_graphql_for_a_named_user_with_forks(fake: FakeGitHub) -> None:
    body = page([node("f", fork=True)], None)
    body["data"] = {"user": body["data"]["viewer"]}
    fake.graphql_pages = [body]
    repos, _ = client(fake, token="t")[0].fetch_repos("octo", include_forks=True)
    assert [r.name for r in repos] == ["f"]
    payload = fake.calls[0]["json"]
    assert "user(login: $login)" in payload["query"]
    assert payload["variables"] == {"isFork": None, "login": "octo", "cursor": None}


def test_graphql_insufficient_scopes(fake: FakeGitHub) -> None:
    fake.graphql_pages = [
        {"data": None, "errors": [{"type": "INSUFFICIENT_SCOPES", "message": "needs repo"}]}
    ]
    with pytest.raises(GitHubError) as caught:
        client(fake, token="t")[0].fetch_repos(None)
    assert str(caught.value) == SCOPES_MISSING


def test_graphql_unknown_user(fake: FakeGitHub) -> None:
    fake.graphql_pages = [
        {"data": {"user": None}, "errors": [{"type": "NOT_FOUND", "message": "nope"}]}
    ]
    with pytest.raises(GitHubError, match="no user named ghost"):
        client(fake, token="t")[0].fetch_repos("ghost")


def test_graphql_bad_token(fake: FakeGitHub) -> None:
    fake.script(r"/graphql$", FakeResponse(401, {"message": "Bad credentials"}))
    with pytest.raises(GitHubError, match="link your GitHub account again"):
        client(fake, token="t")[0].fetch_repos(None)


def test_graphql_rate_limited_keeps_the_pages_read(fake: FakeGitHub) -> None:
    fake.graphql_pages = [
        page([node("api", langs={"Python": 1})], "c1"),
        {"data": None, "errors": [{"type": "RATE_LIMITED", "message": "limit"}]},
    ]
    with pytest.raises(RateLimited) as caught:
        client(fake, token="t")[0].fetch_repos(None)
    assert [r.name for r in caught.value.repos] == ["api"]
    assert caught.value.reset_at == NOW + timedelta(minutes=20)


# -- proposals -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


def repo(name: str, created: str, pushed: str, languages: dict[str, int], **kw: Any) -> Repo:
    return Repo(
        name=name,
        full_name=f"octo/{name}",
        created_at=datetime.fromisoformat(created).replace(tzinfo=UTC),
        pushed_at=datetime.fromisoformat(pushed).replace(tzinfo=UTC),
        languages=languages,
        topics=kw.get("topics", []),
        manifests=kw.get("manifests", {}),
    )


def by_name(proposals: list) -> dict[str, Any]:
    return {p.name: p for p in proposals}


def test_languages_give_level_years_last_use_and_evidence(matcher: Matcher) -> None:
    repos = [
        repo("api", "2018-03-01", "2026-05-01", {"Python": 123_400, "Shell": 300}),
        repo("etl", "2019-01-01", "2024-02-01", {"Python": 40_000, "Dockerfile": 200}),
        repo("web", "2024-01-01", "2025-06-30", {"TypeScript": 30_000, "HTML": 5_000}),
    ]
    proposals, unknown = github_proposals(repos, matcher, today=date(2026, 5, 10))
    found = by_name(proposals)
    assert list(found)[:2] == ["Python", "TypeScript"]  # most bytes first
    python = found["Python"]
    assert python.skill_id == "python"
    assert python.level == "expert"  # 8 years, most of the bytes
    assert python.years == 8
    assert python.last_used == "2026-05-01"
    assert python.evidence == [
        "api — 123.4 kB, last push 2026-05-01",
        "etl — 40.0 kB, last push 2024-02-01",
    ]
    typescript = found["TypeScript"]
    assert typescript.level == "intermediate" and typescript.years == 1  # 17 months
    assert found["Bash"].level == "beginner"  # Shell, a sliver of the bytes
    assert found["Bash"].evidence == ["api — 300 B, last push 2026-05-01"]
    assert "Docker" in found and "HTML" in found
    for proposal in proposals:
        assert in_band(proposal.level, proposal.score)
    assert unknown == []


def test_share_or_many_repositories_make_a_language_advanced(matcher: Matcher) -> None:
    repos = [repo(f"r{i}", "2025-01-01", "2025-06-01", {"Go": 1_000}) for i in range(10)]
    repos.append(repo("big", "2025-01-01", "2025-06-01", {"Rust": 1_000_000}))
    found = by_name(github_proposals(repos, matcher, today=date(2026, 1, 1))[0])
    assert found["Go"].level == "advanced"  # ten repositories
    assert found["Rust"].level == "advanced"  # almost all the bytes
    assert len(found["Go"].evidence) == 5


def test_topics_and_dependencies_find_frameworks(matcher: Matcher) -> None:
    repos = [
        repo(
            "api",
            "2020-01-01",
            "2026-04-01",
            {"Python": 1000},
            topics=["django", "python", "hacktoberfest", "frobnicator"],
            manifests={"requirements.txt": "Django>=4\ncelery\nweirdlib\nrequests\n"},
        ),
        repo(
            "web",
            "2025-01-01",
            "2026-01-01",
            {"TypeScript": 1000},
            manifests={"package.json": '{"dependencies": {"@angular/core": "17", "zzlib": "1"}}'},
        ),
        repo(
            "cli",
            "2025-01-01",
            "2025-03-01",
            {"Python": 10},
            manifests={"requirements.txt": "weirdlib\n"},
        ),
    ]
    proposals, unknown = github_proposals(repos, matcher, today=date(2026, 5, 1))
    found = by_name(proposals)
    django = found["Django"]
    assert django.evidence == ["api (django)", "api: requirements.txt"]
    assert django.last_used == "2026-04-01" and django.years == 6
    assert django.level == "intermediate"  # one repository only
    assert found["Angular"].evidence == ["web: package.json"]
    assert "python (topic)" not in found["Python"].evidence
    assert "api (python)" in found["Python"].evidence
    assert "Python" in found and list(found).count("Python") == 1
    assert "frobnicator" in unknown and "weirdlib" in unknown  # two repositories use it
    assert "hacktoberfest" not in unknown and "zzlib" not in unknown
    for proposal in proposals:
        assert in_band(proposal.level, proposal.score)


def test_unmatched_languages_are_unknown_and_limits(matcher: Matcher) -> None:
    topics = [f"tech{i}x" for i in range(30)]
    # A language the catalog lacks ("Jupyter Notebook" was one until issue 17 added Jupyter).
    repos = [repo("nb", "2024-01-01", "2024-02-01", {"Smarty": 10}, topics=topics)]
    proposals, unknown = github_proposals(repos, matcher, today=date(2026, 1, 1))
    assert proposals == []
    assert unknown[0] == "Smarty"
    assert len(unknown) == 20


def test_no_repositories() -> None:
    assert github_proposals([], Matcher([]), today=date(2026, 1, 1)) == ([], [])


# -- a public username's budget, the stored result --------------------------------------------


def sized(fake: FakeGitHub) -> FakeGitHub:
    """The listing as GitHub sends it: primary language and size (KiB) per repository."""
    sizes = {"api": 60, "site": 40, "forked": 10, "old": 5, "tool": 900}
    for item in fake.repos:
        langs = fake.languages[item["name"]]
        item["language"] = max(langs, key=lambda name: langs[name])
        item["size"] = sizes[item["name"]]
    return fake


def test_a_public_username_lists_first_then_spends_what_is_left(fake: FakeGitHub) -> None:
    sized(fake).remaining = 5  # 3 list pages to keep for a repeat: 2 requests for detail
    repos, stats = client(fake)[0].fetch_repos("octo")
    assert [r.name for r in repos] == ["api", "site", "tool"]
    # the largest (and recent) repository is read in detail: languages, then its go.mod
    assert urls(fake)[3:] == ["/repos/octo/tool/languages", "/repos/octo/tool/contents/go.mod"]
    tool = repos[2]
    assert tool.languages == {"Go": 20_000} and not tool.estimated
    # the others by their primary language, the repository's size standing for its bytes
    assert repos[0].languages == {"Python": 60 * 1024} and repos[0].estimated
    assert repos[1].languages == {"TypeScript": 40 * 1024} and repos[1].estimated
    assert stats.estimated_repos == 2 and stats.counted == 5 == stats.requests


def test_detail_order_prefers_large_and_recent() -> None:
    def listed(name: str, size: int, pushed: str) -> Repo:
        return Repo(name, f"o/{name}", size_kb=size, pushed_at=datetime.fromisoformat(pushed))

    repos = [
        listed("old-big", 3000, "2016-05-01T00:00:00+00:00"),  # 10 years old: 3000/11
        listed("new-mid", 400, "2026-05-01T00:00:00+00:00"),
        listed("empty", 0, "2026-05-09T00:00:00+00:00"),
        listed("new-big", 900, "2026-04-01T00:00:00+00:00"),
    ]
    assert [r.name for r in detail_order(repos, NOW)] == ["new-big", "new-mid", "old-big", "empty"]


def test_with_the_hour_used_up_the_stored_result_is_offered(fake: FakeGitHub) -> None:
    cache = InMemoryETagCache()
    first, _ = client(sized(fake), cache=cache)[0].fetch_repos("octo")
    fake.calls.clear()
    reset = str(int((NOW + timedelta(minutes=30)).timestamp()))
    limits = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
    fake.script(r"/rate_limit$", FakeResponse(200, {"rate": {"remaining": 0}}, limits))
    again, stats = client(fake, cache=cache)[0].fetch_repos("octo")
    assert again == first
    assert stats.reused_because == "limit" and stats.reused_from == NOW
    assert urls(fake) == ["/rate_limit"] and stats.counted == 0


def test_a_limit_on_the_first_page_offers_the_stored_result(fake: FakeGitHub) -> None:
    cache = InMemoryETagCache()
    first, _ = client(fake, cache=cache)[0].fetch_repos("octo")
    reset = str(int((NOW + timedelta(minutes=30)).timestamp()))
    refusal = FakeResponse(
        403,
        {"message": "API rate limit exceeded for 1.2.3.4."},
        {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
    )
    fake.script(r"/users/octo/repos", refusal)
    again, stats = client(fake, cache=cache)[0].fetch_repos("octo")
    assert again == first and stats.reused_because == "limit"


def test_a_limit_with_nothing_read_says_nothing_is_kept(fake: FakeGitHub) -> None:
    reset = str(int((NOW + timedelta(minutes=30)).timestamp()))
    refusal = FakeResponse(
        403,
        {"message": "API rate limit exceeded for 1.2.3.4."},
        {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
    )
    fake.script(r"/users/octo/repos", refusal)
    with pytest.raises(RateLimited) as caught:
        client(fake)[0].fetch_repos("octo")
    assert not caught.value.partial
    assert "Nothing was read this time" in str(caught.value)
    assert "kept" not in str(caught.value)


def test_a_graphql_repeat_asks_the_cheap_query_and_reuses_the_result(fake: FakeGitHub) -> None:
    def nodes(pushed: str) -> list[dict[str, Any]]:
        api = node("api", langs={"Python": 900}, files={"requirements.txt": "flask\n"})
        return [{**api, "updatedAt": "2026-04-02T00:00:00Z"}, node("lib", pushed=pushed)]

    cache = InMemoryETagCache()
    fake.graphql_pages = [page(nodes("2026-04-01T00:00:00Z"), None)]
    first, _ = client(fake, token="t", cache=cache)[0].fetch_repos(None)
    assert first[0].manifests == {"requirements.txt": "flask\n"}
    fake.calls.clear()
    fake.graphql_pages = [page(nodes("2026-04-01T00:00:00Z"), None)]
    again, stats = client(fake, token="t", cache=cache)[0].fetch_repos(None)
    assert again == first and stats.reused_because == "unchanged"
    assert stats.requests == 1
    query = fake.calls[0]["json"]["query"]
    assert "languages" not in query and "object(" not in query and "pushedAt" in query
    # a push: the cheap query differs, the full one follows
    fake.calls.clear()
    fake.graphql_pages = [page(nodes("2026-05-01T00:00:00Z"), None)] * 2
    changed, stats = client(fake, token="t", cache=cache)[0].fetch_repos(None)
    assert stats.requests == 2 and stats.reused_from is None
    assert changed[1].pushed_at == datetime(2026, 5, 1, tzinfo=UTC)


def test_graphql_skips_large_or_binary_blobs(fake: FakeGitHub) -> None:
    big = "x" * 10
    api = node("api", langs={"Python": 1})
    api[manifest_alias("requirements.txt")] = {"text": big, "byteSize": 300_000}
    api[manifest_alias("package.json")] = {"text": None, "byteSize": 9, "isBinary": True}
    api[manifest_alias("go.mod")] = None
    fake.graphql_pages = [page([api], None)]
    repos, _ = client(fake, token="t")[0].fetch_repos(None)
    assert repos[0].manifests == {}


def test_repos_survive_the_store() -> None:
    original = Repo(
        "api",
        "octo/api",
        pushed_at=NOW,
        created_at=NOW - timedelta(days=400),
        languages={"Python": 5},
        topics=["flask"],
        manifests={"requirements.txt": "flask\n"},
        estimated=True,
        size_kb=12,
    )
    assert Repo.from_json(json.loads(json.dumps(original.as_json()))) == original


def test_evidence_says_what_rests_on_the_primary_language(matcher: Matcher) -> None:
    repos = [
        repo("api", "2019-03-01", "2026-05-01", {"Python": 123_400}),
        repo("etl", "2020-01-01", "2024-02-01", {"Python": 40_960}),
        repo("site", "2024-01-01", "2025-06-30", {"TypeScript": 30_720}),
    ]
    repos[1].estimated = repos[2].estimated = True
    found = by_name(github_proposals(repos, matcher, today=date(2026, 5, 10))[0])
    assert found["Python"].evidence == [
        estimated_note(1, 2),
        "api — 123.4 kB, last push 2026-05-01",
        "etl — primary language, repository of 41.0 kB, last push 2024-02-01",
    ]
    assert "1 of these 2 repositories" in found["Python"].evidence[0]
    assert found["TypeScript"].evidence[0].startswith("Estimated from the primary language only")


def test_detail_read_in_an_earlier_hour_is_carried_over(fake: FakeGitHub) -> None:
    cache = InMemoryETagCache()
    sized(fake).remaining = 4  # one repository in detail an hour
    first, _ = client(fake, cache=cache)[0].fetch_repos("octo", manifests=False)
    assert [r.estimated for r in first] == [True, True, False]  # tool, the largest
    fake.repos[1]["pushed_at"] = "2026-05-09T00:00:00Z"  # a push to site: list page 1 changes
    fake.calls.clear()
    second, stats = client(fake, cache=cache)[0].fetch_repos("octo", manifests=False)
    # the next hour: tool keeps its detail, the next in line (api) is read
    assert [r.estimated for r in second] == [False, True, False]
    assert [u for u in urls(fake) if u.endswith("/languages")] == ["/repos/octo/api/languages"]
    assert stats.estimated_repos == 1
