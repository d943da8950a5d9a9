"""What the GitHub client reads and how it fails: the repository record, the fetch's
statistics, the errors worth telling the person, and the GraphQL query and REST answers
turned into repositories. Pure: no Flask, no database, no HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

TOKEN_REFUSED = "GitHub refused the token: link your GitHub account again."  # noqa: S105
SCOPES_MISSING = "Your GitHub link lacks permission to read repositories: link it again."


class GitHubError(Exception):
    """A failure worth telling the person; ``str(error)`` is the message for them."""

    def __init__(self, message: str, *, repos: list[Repo] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.repos: list[Repo] = list(repos or [])
        self.stats: FetchStats | None = None


class RateLimited(GitHubError):
    """GitHub's rate limit stopped the fetch. ``reset_at``: when the primary limit resets
    (None for a secondary limit); ``partial``: ``repos`` holds part of the result."""

    def __init__(
        self,
        message: str,
        *,
        reset_at: datetime | None = None,
        secondary: bool = False,
        repos: list[Repo] | None = None,
    ) -> None:
        super().__init__(message, repos=repos)
        self.reset_at = reset_at
        self.secondary = secondary

    @property
    def partial(self) -> bool:
        return bool(self.repos)


@dataclass
class Repo:
    name: str
    full_name: str
    fork: bool = False
    archived: bool = False
    pushed_at: datetime | None = None
    created_at: datetime | None = None
    languages: dict[str, int] = field(default_factory=dict)  # name -> bytes
    topics: list[str] = field(default_factory=list)
    manifests: dict[str, str] = field(default_factory=dict)  # file name -> text


@dataclass
class FetchStats:
    requests: int = 0
    not_modified: int = 0
    waited_seconds: float = 0.0


def now_utc() -> datetime:
    return datetime.now(UTC)


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


_GRAPHQL_FIELDS = """
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name nameWithOwner isFork isArchived pushedAt createdAt
        languages(first: 25, orderBy: {field: SIZE, direction: DESC}) {
          edges { size node { name } }
        }
        repositoryTopics(first: 25) { nodes { topic { name } } }
      }
"""
_REPOS_ARGS = (
    "first: 100, after: $cursor, ownerAffiliations: [OWNER], isFork: $isFork, "
    "orderBy: {field: PUSHED_AT, direction: DESC}"
)
VIEWER_QUERY = (
    "query($cursor: String, $isFork: Boolean) { viewer { repositories("
    + _REPOS_ARGS
    + ") {"
    + _GRAPHQL_FIELDS
    + "} } }"
)
USER_QUERY = (
    "query($login: String!, $cursor: String, $isFork: Boolean) { user(login: $login) {"
    " repositories(" + _REPOS_ARGS + ") {" + _GRAPHQL_FIELDS + "} } }"
)


def repo_from_rest(item: dict[str, Any]) -> Repo:
    name = str(item.get("name") or "")
    owner = item.get("owner") if isinstance(item.get("owner"), dict) else {}
    full_name = str(item.get("full_name") or f"{owner.get('login', '')}/{name}")
    topics = item.get("topics") if isinstance(item.get("topics"), list) else []
    return Repo(
        name=name,
        full_name=full_name,
        fork=bool(item.get("fork")),
        archived=bool(item.get("archived")),
        pushed_at=parse_time(item.get("pushed_at")),
        created_at=parse_time(item.get("created_at")),
        topics=[str(t) for t in topics if isinstance(t, str)],
    )


def repo_from_graphql(node: dict[str, Any]) -> Repo:
    languages: dict[str, int] = {}
    for edge in (node.get("languages") or {}).get("edges") or []:
        lang = (edge or {}).get("node") or {}
        size = (edge or {}).get("size")
        if isinstance(lang.get("name"), str) and isinstance(size, int) and size > 0:
            languages[lang["name"]] = languages.get(lang["name"], 0) + size
    topics = []
    for item in (node.get("repositoryTopics") or {}).get("nodes") or []:
        topic = ((item or {}).get("topic") or {}).get("name")
        if isinstance(topic, str):
            topics.append(topic)
    name = str(node.get("name") or "")
    return Repo(
        name=name,
        full_name=str(node.get("nameWithOwner") or name),
        fork=bool(node.get("isFork")),
        archived=bool(node.get("isArchived")),
        pushed_at=parse_time(node.get("pushedAt")),
        created_at=parse_time(node.get("createdAt")),
        languages=languages,
        topics=topics,
    )
