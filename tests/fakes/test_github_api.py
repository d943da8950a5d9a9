"""Tests of the fake GitHub API itself, over real HTTP and without the SMATRX app.

The skills-import tests lean on this fake's pagination, caching and rate-limit behaviour; if
it drifted from GitHub's documented shapes those tests would prove nothing.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.fakes.github_api import FakeGitHubAPI, graphql_cost

GOOD = {"Authorization": "Bearer gho_good"}
REPOS_QUERY = """
query($first: Int!, $after: String) {
  viewer {
    login
    repositories(first: $first, after: $after, ownerAffiliations: OWNER, isFork: false) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name nameWithOwner isFork isArchived pushedAt createdAt
        languages(first: 20, orderBy: {field: SIZE, direction: DESC}) {
          totalSize edges { size node { name } }
        }
        repositoryTopics(first: 20) { nodes { topic { name } } }
      }
    }
  }
  rateLimit { cost remaining resetAt }
}
"""


@pytest.fixture(scope="module")
def github() -> Iterator[FakeGitHubAPI]:
    fake = FakeGitHubAPI()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def _fresh(github: FakeGitHubAPI) -> None:
    github.reset()


def get(github: FakeGitHubAPI, path: str, **kwargs: Any) -> requests.Response:
    return requests.get(f"{github.rest_url}{path}", timeout=5, **kwargs)


def graphql(
    github: FakeGitHubAPI, first: int = 100, after: str | None = None, token: str = "gho_good"
) -> requests.Response:
    return requests.post(
        github.graphql_url,
        json={"query": REPOS_QUERY, "variables": {"first": first, "after": after}},
        headers={"Authorization": f"bearer {token}"},
        timeout=5,
    )


def test_make_repos_is_deterministic_and_mixed(github: FakeGitHubAPI) -> None:
    github.make_repos(60, seed=7)
    first = json.dumps(github.repos, sort_keys=True)
    github.make_repos(60, seed=7)
    assert json.dumps(github.repos, sort_keys=True) == first
    repos = github.repos
    assert len({repo["name"] for repo in repos}) == 60
    assert any(repo["fork"] for repo in repos)
    assert any(repo["archived"] for repo in repos)
    assert not any(repo["private"] for repo in repos)
    assert len({next(iter(repo["languages"])) for repo in repos}) >= 5
    manifests = {path for repo in repos for path in repo["manifests"]}
    assert {"requirements.txt", "package.json"} <= manifests
    assert any(repo["topics"] for repo in repos)


def test_user_needs_a_token_and_reports_its_scopes(github: FakeGitHubAPI) -> None:
    response = get(github, "/user", headers={"Authorization": "token gho_good"})
    assert response.status_code == 200
    assert response.json()["login"] == "ghopper"
    assert response.headers["X-OAuth-Scopes"] == "read:user, repo"
    assert get(github, "/user").status_code == 401


def test_bad_token_is_401_bad_credentials_and_costs_nothing(github: FakeGitHubAPI) -> None:
    response = get(github, "/user", headers={"Authorization": "Bearer gho_nope"})
    assert response.status_code == 401
    assert response.json()["message"] == "Bad credentials"
    assert github.rate_limit_remaining == 5000
    assert github.requests[-1]["status"] == 401


def test_pagination_follows_link_headers_across_three_pages(github: FakeGitHubAPI) -> None:
    github.make_repos(250)
    url: str | None = (
        f"{github.rest_url}/users/ghopper/repos?type=owner&per_page=100&page=1&sort=pushed"
    )
    names: list[str] = []
    pages = 0
    while url:
        response = requests.get(url, headers=GOOD, timeout=5)
        assert response.status_code == 200
        pages += 1
        if pages == 1:
            assert 'rel="next"' in response.headers["Link"]
            assert "page=3" in response.links["last"]["url"]
            assert response.links["next"]["url"].startswith("http://127.0.0.1:")
        names += [repo["full_name"] for repo in response.json()]
        url = response.links.get("next", {}).get("url")
    assert pages == 3
    assert len(names) == len(set(names)) == 250
    first_page = get(github, "/users/ghopper/repos?sort=pushed&per_page=100").json()
    assert [r["pushed_at"] for r in first_page] == sorted(
        (r["pushed_at"] for r in first_page), reverse=True
    )
    assert len(get(github, "/users/ghopper/repos?per_page=500").json()) == 100
    assert set(first_page[0]) >= {"id", "node_id", "language", "owner", "topics", "html_url"}


def test_private_repos_need_the_repo_scope(github: FakeGitHubAPI) -> None:
    github.make_repos(40, private_share=0.5)
    private = [repo for repo in github.repos if repo["private"]]
    assert private
    github.tokens["gho_public"] = {"read:user"}
    own = get(github, "/user/repos?affiliation=owner&per_page=100", headers=GOOD).json()
    public_only = get(
        github, "/user/repos?per_page=100", headers={"Authorization": "Bearer gho_public"}
    ).json()
    listed = get(github, "/users/ghopper/repos?per_page=100", headers=GOOD).json()
    assert len(own) == 40
    assert len(public_only) == len(listed) == 40 - len(private)
    hidden = private[0]["name"]
    assert get(github, f"/repos/ghopper/{hidden}/languages").status_code == 404
    assert get(github, f"/repos/ghopper/{hidden}/languages", headers=GOOD).status_code == 200


def test_etag_revalidation_is_304_and_free(github: FakeGitHubAPI) -> None:
    github.make_repos(3)
    first = get(github, "/users/ghopper/repos", headers=GOOD)
    etag = first.headers["ETag"]
    assert etag.startswith('W/"')
    assert first.headers["X-RateLimit-Remaining"] == "4999"
    again = get(github, "/users/ghopper/repos", headers={**GOOD, "If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["X-RateLimit-Remaining"] == "4999"
    assert github.rate_limit_remaining == 4999
    assert github.requests[-1]["headers"]["If-None-Match"] == etag
    github.repos[0]["topics"] = ["changed"]
    changed = get(github, "/users/ghopper/repos", headers={**GOOD, "If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag


def test_injected_502_then_success(github: FakeGitHubAPI) -> None:
    github.fail_next = [502]
    assert get(github, "/user", headers=GOOD).status_code == 502
    assert get(github, "/user", headers=GOOD).status_code == 200
    assert github.request_count() == 2
    assert [entry["status"] for entry in github.requests] == [502, 200]


def test_secondary_rate_limit_is_403_with_retry_after(github: FakeGitHubAPI) -> None:
    github.secondary_limit_next = 2
    for _ in range(2):
        response = get(github, "/user", headers=GOOD)
        assert response.status_code == 403
        assert response.headers["Retry-After"] == "1"
        assert "secondary rate limit" in response.json()["message"]
        assert response.headers["X-RateLimit-Remaining"] != "0"
    assert get(github, "/user", headers=GOOD).status_code == 200


def test_primary_limit_exhaustion(github: FakeGitHubAPI) -> None:
    github.rate_limit_remaining = 2
    assert get(github, "/user", headers=GOOD).headers["X-RateLimit-Remaining"] == "1"
    last = get(github, "/user", headers=GOOD)
    assert last.status_code == 200
    assert last.headers["X-RateLimit-Remaining"] == "0"
    refused = get(github, "/user", headers=GOOD)
    assert refused.status_code == 403
    assert refused.json()["message"].startswith("API rate limit exceeded")
    assert refused.headers["X-RateLimit-Remaining"] == "0"
    assert refused.headers["X-RateLimit-Used"] == "5000"
    assert refused.headers["X-RateLimit-Resource"] == "core"
    assert int(refused.headers["X-RateLimit-Reset"]) > time.time()
    exhausted = graphql(github)
    assert exhausted.status_code == 200
    assert exhausted.json()["errors"][0]["type"] == "RATE_LIMITED"


def test_unauthenticated_budget_is_60_and_separate(github: FakeGitHubAPI) -> None:
    github.make_repos(2)
    first = get(github, "/users/ghopper/repos")
    assert first.headers["X-RateLimit-Limit"] == "60"
    assert first.headers["X-RateLimit-Remaining"] == "59"
    github.unauthenticated_used = 59
    assert get(github, "/users/ghopper/repos").status_code == 200
    refused = get(github, "/users/ghopper/repos")
    assert refused.status_code == 403
    assert "Authenticated requests get a higher rate limit" in refused.json()["message"]
    assert refused.headers["X-RateLimit-Limit"] == "60"
    with_token = get(github, "/users/ghopper/repos", headers=GOOD)
    assert with_token.status_code == 200
    assert with_token.headers["X-RateLimit-Limit"] == "5000"
    assert github.rate_limit_remaining == 4999


def test_languages_topics_and_contents(github: FakeGitHubAPI) -> None:
    github.make_repos(30)
    repo = next(r for r in github.repos if "requirements.txt" in r["manifests"])
    base = f"/repos/ghopper/{repo['name']}"
    languages = get(github, f"{base}/languages", headers=GOOD).json()
    assert languages == repo["languages"]
    assert list(languages.values()) == sorted(languages.values(), reverse=True)
    assert get(github, f"{base}/topics", headers=GOOD).json() == {"names": repo["topics"]}
    file = get(github, f"{base}/contents/requirements.txt", headers=GOOD).json()
    assert file["type"] == "file"
    assert file["encoding"] == "base64"
    assert file["name"] == file["path"] == "requirements.txt"
    assert len(file["sha"]) == 40
    assert all(len(line) <= 60 for line in file["content"].splitlines())
    decoded = base64.b64decode(file["content"]).decode()
    assert decoded == repo["manifests"]["requirements.txt"]
    assert any(lib in decoded for lib in ("django", "flask", "pandas"))
    listing = get(github, f"{base}/contents", headers=GOOD).json()
    assert "requirements.txt" in [entry["name"] for entry in listing]
    missing = get(github, f"{base}/contents/Cargo.toml", headers=GOOD)
    assert missing.status_code == 404
    assert missing.json()["message"] == "Not Found"
    assert get(github, "/repos/ghopper/no-such-repo/topics").status_code == 404


def test_graphql_pages_of_100_with_cursors(github: FakeGitHubAPI) -> None:
    github.make_repos(260)
    non_forks = [repo for repo in github.repos if not repo["fork"]]
    after: str | None = None
    names: list[str] = []
    pages = 0
    while True:
        response = graphql(github, after=after)
        assert response.status_code == 200
        body = response.json()
        assert "errors" not in body
        repos = body["data"]["viewer"]["repositories"]
        assert repos["totalCount"] == len(non_forks)
        assert len(repos["nodes"]) <= 100
        names += [node["name"] for node in repos["nodes"]]
        pages += 1
        # GitHub's points: (1 + 100 x 2 nested connections) / 100, rounded: 2 a page
        assert body["data"]["rateLimit"]["cost"] == 2
        assert body["data"]["rateLimit"]["remaining"] == 5000 - 2 * pages
        if not repos["pageInfo"]["hasNextPage"]:
            break
        after = repos["pageInfo"]["endCursor"]
    assert pages == 3
    assert names == [repo["name"] for repo in non_forks]
    node = graphql(github, first=1).json()["data"]["viewer"]["repositories"]["nodes"][0]
    edges = node["languages"]["edges"]
    assert node["languages"]["totalSize"] == sum(non_forks[0]["languages"].values())
    assert edges[0]["node"]["name"] == next(iter(non_forks[0]["languages"]))
    assert [t["topic"]["name"] for t in node["repositoryTopics"]["nodes"]] == non_forks[0]["topics"]
    assert "errors" in graphql(github, first=101).json()
    assert github.requests[-1]["json"]["variables"]["first"] == 101


def test_graphql_scope_error_and_authentication(github: FakeGitHubAPI) -> None:
    github.make_repos(3)
    scoped = graphql(github, token="gho_noscope")
    assert scoped.status_code == 200
    assert scoped.json()["errors"][0]["type"] == "INSUFFICIENT_SCOPES"
    assert "data" not in scoped.json()
    anonymous = requests.post(github.graphql_url, json={"query": REPOS_QUERY}, timeout=5)
    assert anonymous.status_code == 401
    assert graphql(github, token="gho_unknown").status_code == 401
    github.fail_next = [502]
    github.secondary_limit_next = 1
    assert graphql(github).status_code == 502
    limited = graphql(github)
    assert limited.status_code == 403
    assert limited.headers["Retry-After"] == "1"
    ok = graphql(github)
    assert ok.status_code == 200
    assert ok.headers["X-RateLimit-Resource"] == "graphql"


def test_graphql_cost_follows_githubs_formula() -> None:
    assert graphql_cost(REPOS_QUERY, {"first": 100}) == 2
    assert graphql_cost(REPOS_QUERY, {"first": 10}) == 1  # (1 + 20) / 100, at least 1
    light = "query { viewer { repositories(first: 100) { nodes { name pushedAt } } } }"
    assert graphql_cost(light, {}) == 1


def test_graphql_reads_blobs_by_alias(github: FakeGitHubAPI) -> None:
    github.make_repos(30)
    query = (
        "query { viewer { repositories(first: 100) { nodes { name "
        'pkg: object(expression: "HEAD:package.json") { ... on Blob { text byteSize isBinary } } '
        'req: object(expression: "HEAD:requirements.txt") { ... on Blob { text byteSize } } '
        "} } } }"
    )
    response = requests.post(
        github.graphql_url,
        json={"query": query, "variables": {}},
        headers={"Authorization": "bearer gho_good"},
        timeout=5,
    )
    nodes = response.json()["data"]["viewer"]["repositories"]["nodes"]
    by_name = {repo["name"]: repo for repo in github.repos}
    for node in nodes:
        manifests = by_name[node["name"]]["manifests"]
        for alias, path in (("pkg", "package.json"), ("req", "requirements.txt")):
            if path in manifests:
                assert node[alias]["text"] == manifests[path]
                assert node[alias]["byteSize"] == len(manifests[path].encode())
                assert node[alias]["isBinary"] is False
            else:
                assert node[alias] is None
    assert any(node["pkg"] for node in nodes) and any(node["req"] for node in nodes)
    assert github.rate_limit_remaining == 4999  # blobs are fields, not connections


def test_an_unauthenticated_304_is_counted(github: FakeGitHubAPI) -> None:
    github.make_repos(3)
    first = get(github, "/users/ghopper/repos")
    assert first.json()[0]["size"] > 0
    again = get(github, "/users/ghopper/repos", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.headers["X-RateLimit-Remaining"] == "58"
    assert github.unauthenticated_used == 2 == github.spent()
    github.unauthenticated_used = 60
    refused = get(github, "/users/ghopper/repos", headers={"If-None-Match": first.headers["ETag"]})
    assert refused.status_code == 403
