"""What the GitHub client reads and how it fails: the repository record, the fetch's
statistics, the errors worth telling the person, and the GraphQL query and REST answers
turned into repositories. Pure: no Flask, no database, no HTTP."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from smatrx.imports.manifests import MANIFEST_FILES, MAX_MANIFEST_BYTES

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
    # Languages guessed from the listing's primary ``language`` and ``size`` only (a public
    # username's budget did not stretch to this repository's language breakdown).
    estimated: bool = False
    size_kb: int = 0  # the listing's ``size`` (the repository on disk, in KiB)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "full_name": self.full_name,
            "fork": self.fork,
            "archived": self.archived,
            "pushed_at": self.pushed_at.isoformat() if self.pushed_at else None,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "languages": dict(self.languages),
            "topics": list(self.topics),
            "manifests": dict(self.manifests),
            "estimated": self.estimated,
            "size_kb": self.size_kb,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Repo:
        """The inverse of ``as_json``; a stored result is trusted only as far as its types."""
        languages = data.get("languages") if isinstance(data.get("languages"), dict) else {}
        manifests = data.get("manifests") if isinstance(data.get("manifests"), dict) else {}
        topics = data.get("topics") if isinstance(data.get("topics"), list) else []
        return cls(
            name=str(data.get("name") or ""),
            full_name=str(data.get("full_name") or ""),
            fork=bool(data.get("fork")),
            archived=bool(data.get("archived")),
            pushed_at=parse_time(data.get("pushed_at")),
            created_at=parse_time(data.get("created_at")),
            languages={str(k): int(v) for k, v in languages.items() if isinstance(v, int)},
            topics=[str(t) for t in topics if isinstance(t, str)],
            manifests={str(k): v for k, v in manifests.items() if isinstance(v, str)},
            estimated=bool(data.get("estimated")),
            size_kb=int(data.get("size_kb") or 0),
        )


@dataclass
class FetchStats:
    requests: int = 0
    not_modified: int = 0
    waited_seconds: float = 0.0
    # Requests GitHub counted against the hourly limit: all but the 304s with a token (an
    # unauthenticated 304 counts too); GraphQL counts its query's points.
    counted: int = 0
    # When the stored result was given instead of a fresh read, the time it was read, and why:
    # "unchanged" (GitHub said nothing changed) or "limit" (the hourly budget was used up).
    reused_from: datetime | None = None
    reused_because: str = ""
    estimated_repos: int = 0  # repositories known by their primary language only


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


def manifest_alias(filename: str) -> str:
    """A GraphQL alias for one manifest's blob: ``package.json`` -> ``m_package_json``."""
    return "m_" + re.sub(r"[^0-9A-Za-z]", "_", filename)


# Every manifest the importer parses, read in the repository query itself (a blob is a field,
# not a connection: it adds nothing to the query's cost or node count).
_MANIFEST_FIELDS = " ".join(
    f'{manifest_alias(name)}: object(expression: "HEAD:{name}") '
    "{ ... on Blob { text byteSize isBinary } }"
    for name in MANIFEST_FILES
)
_GRAPHQL_FIELDS = (
    """
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name nameWithOwner isFork isArchived pushedAt createdAt updatedAt
        languages(first: 25, orderBy: {field: SIZE, direction: DESC}) {
          edges { size node { name } }
        }
        repositoryTopics(first: 25) { nodes { topic { name } } }
        """
    + _MANIFEST_FIELDS
    + """
      }
"""
)
# A repeat's first look: one point a page of 100 (no nested connection), enough to tell
# whether anything changed since the stored result.
_CHECK_FIELDS = """
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { nameWithOwner isFork isArchived pushedAt updatedAt }
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
    + "} } rateLimit { cost } }"
)
USER_QUERY = (
    "query($login: String!, $cursor: String, $isFork: Boolean) { user(login: $login) {"
    " repositories(" + _REPOS_ARGS + ") {" + _GRAPHQL_FIELDS + "} } rateLimit { cost } }"
)
VIEWER_CHECK_QUERY = VIEWER_QUERY.replace(_GRAPHQL_FIELDS, _CHECK_FIELDS)
USER_CHECK_QUERY = USER_QUERY.replace(_GRAPHQL_FIELDS, _CHECK_FIELDS)


def check_signature(node: dict[str, Any]) -> str:
    """What a repeat compares per repository: a push or an edit (topics, archiving, a rename)
    changes it."""
    return "|".join(
        str(node.get(key))
        for key in ("nameWithOwner", "isFork", "isArchived", "pushedAt", "updatedAt")
    )


def repo_from_rest(item: dict[str, Any]) -> Repo:
    name = str(item.get("name") or "")
    owner = item.get("owner") if isinstance(item.get("owner"), dict) else {}
    full_name = str(item.get("full_name") or f"{owner.get('login', '')}/{name}")
    topics = item.get("topics") if isinstance(item.get("topics"), list) else []
    size = item.get("size")
    return Repo(
        name=name,
        full_name=full_name,
        fork=bool(item.get("fork")),
        archived=bool(item.get("archived")),
        pushed_at=parse_time(item.get("pushed_at")),
        created_at=parse_time(item.get("created_at")),
        topics=[str(t) for t in topics if isinstance(t, str)],
        size_kb=size if isinstance(size, int) and size > 0 else 0,
    )


def estimate_languages(repo: Repo, primary: Any) -> None:
    """Languages from the listing alone: the primary language holds the whole repository
    (its size on disk stands in for the bytes of code). Marks the repository as estimated."""
    repo.languages = {}
    if isinstance(primary, str) and primary:
        repo.languages[primary] = max(repo.size_kb, 1) * 1024
    repo.estimated = True


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
    manifests: dict[str, str] = {}
    for filename in MANIFEST_FILES:
        blob = node.get(manifest_alias(filename))
        if not isinstance(blob, dict) or blob.get("isBinary"):
            continue
        text, size = blob.get("text"), blob.get("byteSize")
        if isinstance(size, int) and size > MAX_MANIFEST_BYTES:
            continue
        if isinstance(text, str) and len(text.encode("utf-8", "replace")) <= MAX_MANIFEST_BYTES:
            manifests[filename] = text
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
        manifests=manifests,
    )
