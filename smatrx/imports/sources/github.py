"""Read a person's GitHub repositories and turn them into skill proposals.

Pure: no Flask, no database. HTTP goes through the ``requests.Session`` (or anything with
``.request(method, url, **kw)`` answering objects with ``status_code``, ``headers``, ``json()``
and ``text``) passed in; sleeping and the clock are injected too, so tests never wait.

API
---
``GitHubClient(session, *, api_url, graphql_url, token, cache, sleep=time.sleep,
max_wait_seconds=30, on_progress=None, clock=now_utc, timeout=20)``
    ``api_url`` is ``https://api.github.com`` or, on GitHub Enterprise Server,
    ``https://ghe.example/api/v3``; ``graphql_url`` is ``https://api.github.com/graphql`` or
    ``https://ghe.example/api/graphql``.

``client.fetch_repos(login, *, include_forks=False, include_archived=False, manifests=True,
max_repos=500) -> (list[Repo], FetchStats)``
    The repositories the person owns, most recently pushed first, forks and archived ones left
    out unless asked for.

    * With a token: GraphQL, 100 repositories a request with their languages (bytes) and topics
      in the same query (``viewer`` when ``login`` is None, else ``user(login:)``).
    * Without one: REST ``/users/{login}/repos?type=owner&sort=pushed&per_page=100`` following the
      ``Link: rel="next"`` pages (never to another host), then ``/repos/{o}/{r}/languages`` per
      repository; topics come with the listing (``/topics`` only when the listing lacks them).
    * Manifests (``manifests=True``): REST contents of the files the repository's main languages
      suggest (Python -> requirements.txt and pyproject.toml, JavaScript/TypeScript ->
      package.json, Go -> go.mod, Rust -> Cargo.toml, Ruby -> Gemfile, Java -> pom.xml, PHP ->
      composer.json); a missing file (404) is fine, files over 200 kB are not read.
    * Every REST GET is conditional: the ETag and the result are kept per URL in ``cache`` (the
      caller keeps one cache per person), ``If-None-Match`` is sent next time and a 304 reuses
      the stored result (counted in ``FetchStats.not_modified``; GitHub does not charge it).
      A list page's stored result includes its next-page link, so pagination survives a 304.
    * 502/503/504 and connection errors: retried twice, after 1 s and 2 s.
    * Secondary rate limit (403/429 with ``Retry-After`` or a "secondary rate limit" message):
      waits ``Retry-After`` (60 s when absent) and retries, as long as all waits of the fetch stay
      within ``max_wait_seconds``; otherwise raises ``RateLimited``.
    * Primary rate limit (``X-RateLimit-Remaining: 0`` seen on any answer, or a 403/429 "API rate
      limit exceeded"): no further request is sent; waits for ``X-RateLimit-Reset`` if that fits
      in the wait budget, else raises ``RateLimited(reset_at=...)``.
    * 401 -> ``GitHubError("GitHub refused the token: link your GitHub account again.")``;
      GraphQL ``INSUFFICIENT_SCOPES`` -> ``GitHubError("Your GitHub link lacks permission to read
      repositories: link it again.")``; an unknown user -> ``GitHubError``.

    Every ``GitHubError`` raised by ``fetch_repos`` carries ``.repos`` (what was fully read so
    far: after listing, repositories with their languages; during the manifest step, all of them)
    and ``.stats``. ``RateLimited.partial`` is True when ``.repos`` holds part of the result.

``github_proposals(repos, matcher, *, today) -> (list[Proposal], list[str])``
    Languages -> skills (``matcher.match_name`` after a few GitHub-name aliases: Shell -> Bash,
    HCL -> Terraform, ...): level and score from the language's share of all bytes and its number
    of repositories, years from the first creation/push to the last push of the repositories
    using it, ``last_used`` the latest push; evidence ``"repo — 12.3 kB, last push 2026-05-01"``
    for the top 5 by bytes. Topics and manifest dependencies -> frameworks and libraries (exact
    matches only for dependencies), evidence ``"repo (topic)"`` / ``"repo: requirements.txt"``.
    The second list names technologies that matched nothing (languages, topics, dependencies
    found in several repositories), at most 20.
"""

from __future__ import annotations

import base64
import binascii
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol
from urllib.parse import quote, urlencode, urlsplit

import requests

from smatrx.imports.manifests import MANIFESTS_BY_LANGUAGE, MAX_MANIFEST_BYTES, dependencies
from smatrx.imports.matcher import Match, Matcher
from smatrx.imports.proposals import Proposal, estimate_level
from smatrx.skills.levels import BANDS, LEVELS

# --------------------------------------------------------------------------------------------
# Errors and types

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


class ETagCache(Protocol):
    def get(self, url: str) -> tuple[str, Any] | None: ...

    def put(self, url: str, etag: str, body: Any) -> None: ...


class InMemoryETagCache:
    """An ETagCache in a dict, for tests and one-off use."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, Any]] = {}

    def get(self, url: str) -> tuple[str, Any] | None:
        return self.entries.get(url)

    def put(self, url: str, etag: str, body: Any) -> None:
        self.entries[url] = (etag, body)


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


# --------------------------------------------------------------------------------------------
# The client

_RETRY_STATUSES = frozenset({502, 503, 504})
_TRANSIENT_RETRIES = 2
_LIMIT_RETRIES = 3
_SECONDARY_DEFAULT_WAIT = 60.0
_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?([^";]+)"?')

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


class GitHubClient:
    def __init__(
        self,
        session: Any,
        *,
        api_url: str = "https://api.github.com",
        graphql_url: str = "https://api.github.com/graphql",
        token: str | None = None,
        cache: ETagCache | None = None,
        sleep: Callable[[float], None] = time.sleep,
        max_wait_seconds: float = 30,
        on_progress: Callable[[str], None] | None = None,
        clock: Callable[[], datetime] = now_utc,
        timeout: float = 20,
    ) -> None:
        self.session = session
        self.api_url = api_url.rstrip("/")
        self.graphql_url = graphql_url
        self.token = token or None
        self.cache: ETagCache = cache if cache is not None else InMemoryETagCache()
        self.sleep = sleep
        self.max_wait_seconds = max_wait_seconds
        self.on_progress = on_progress
        self.clock = clock
        self.timeout = timeout
        self.stats = FetchStats()
        self._remaining: int | None = None
        self._reset_at: datetime | None = None
        self._partial: list[Repo] = []

    # -- public ----------------------------------------------------------------------------

    def fetch_repos(
        self,
        login: str | None,
        *,
        include_forks: bool = False,
        include_archived: bool = False,
        manifests: bool = True,
        max_repos: int = 500,
    ) -> tuple[list[Repo], FetchStats]:
        self.stats = FetchStats()
        self._partial = []

        def wanted(repo: Repo) -> bool:
            return (include_forks or not repo.fork) and (include_archived or not repo.archived)

        try:
            if self.token:
                repos = self._graphql_repos(login, wanted, include_forks, max_repos)
            else:
                if not login:
                    raise GitHubError("Give a GitHub user name, or link your GitHub account.")
                repos = self._rest_repos(login, wanted, max_repos)
            self._partial = repos
            if manifests:
                self._read_manifests(repos)
        except GitHubError as error:
            error.repos = list(self._partial)
            error.stats = self.stats
            raise
        return repos, self.stats

    # -- listing ---------------------------------------------------------------------------

    def _graphql_repos(
        self,
        login: str | None,
        wanted: Callable[[Repo], bool],
        include_forks: bool,
        max_repos: int,
    ) -> list[Repo]:
        repos: list[Repo] = []
        self._partial = repos
        cursor: str | None = None
        variables: dict[str, Any] = {"isFork": None if include_forks else False}
        if login:
            variables["login"] = login
        while len(repos) < max_repos:
            data = self._graphql(
                USER_QUERY if login else VIEWER_QUERY, {**variables, "cursor": cursor}
            )
            owner = data.get("user" if login else "viewer")
            if not isinstance(owner, dict):
                raise GitHubError(f"GitHub has no user named {login}.")
            connection = owner.get("repositories") or {}
            for node in connection.get("nodes") or []:
                if not isinstance(node, dict):
                    continue
                repo = _repo_from_graphql(node)
                if wanted(repo) and len(repos) < max_repos:
                    repos.append(repo)
            self._progress(f"Listed {len(repos)} repositories")
            page = connection.get("pageInfo") or {}
            cursor = page.get("endCursor")
            if not page.get("hasNextPage") or not cursor:
                break
        return repos

    def _rest_repos(self, login: str, wanted: Callable[[Repo], bool], max_repos: int) -> list[Repo]:
        query = urlencode({"type": "owner", "sort": "pushed", "per_page": 100})
        url: str | None = f"{self.api_url}/users/{quote(login, safe='')}/repos?{query}"
        listed: list[tuple[Repo, bool]] = []
        while url and len(listed) < max_repos:
            result = self._get(url, optional=False, not_found=f"GitHub has no user named {login}.")
            for item in result.get("json") or []:
                if not isinstance(item, dict):
                    continue
                repo = _repo_from_rest(item)
                if wanted(repo) and len(listed) < max_repos:
                    listed.append((repo, isinstance(item.get("topics"), list)))
            self._progress(f"Listed {len(listed)} repositories")
            url = result.get("next")
        done: list[Repo] = []
        self._partial = done
        for index, (repo, has_topics) in enumerate(listed, 1):
            base = f"{self.api_url}/repos/{_path(repo.full_name)}"
            languages = self._get(f"{base}/languages").get("json")
            if isinstance(languages, dict):
                repo.languages = {
                    str(k): int(v) for k, v in languages.items() if isinstance(v, int) and v > 0
                }
            if not has_topics:
                topics = self._get(f"{base}/topics").get("json")
                if isinstance(topics, dict):
                    repo.topics = [str(t) for t in topics.get("names") or [] if isinstance(t, str)]
            done.append(repo)
            if index % 10 == 0 or index == len(listed):
                self._progress(f"Read the languages of {index}/{len(listed)} repositories")
        return done

    def _read_manifests(self, repos: list[Repo]) -> None:
        for index, repo in enumerate(repos, 1):
            # A missing file has no ETag to revalidate: remember it as missing until the
            # repository is pushed again, so a repeated import does not ask every time.
            pushed = repo.pushed_at.isoformat() if repo.pushed_at else ""
            for filename in manifest_candidates(repo.languages):
                url = f"{self.api_url}/repos/{_path(repo.full_name)}/contents/{filename}"
                missing_key = f"missing:{url}"
                known_missing = self.cache.get(missing_key)
                if pushed and known_missing is not None and known_missing[0] == pushed:
                    self.stats.not_modified += 1
                    continue
                text = self._get(url, transform=_decode_contents).get("json")
                if isinstance(text, str):
                    repo.manifests[filename] = text
                elif pushed:
                    self.cache.put(missing_key, pushed, None)
            if index % 10 == 0 or index == len(repos):
                self._progress(f"Read the manifests of {index}/{len(repos)} repositories")

    # -- requests --------------------------------------------------------------------------

    def _headers(self, accept: str = "application/vnd.github+json") -> dict[str, str]:
        headers = {
            "Accept": accept,
            "User-Agent": "smatrx-skills-import",
            "X-GitHub-Api-Version": "2022-11-28",
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _get(
        self,
        url: str,
        *,
        optional: bool = True,
        not_found: str | None = None,
        transform: Callable[[Any], Any] | None = None,
    ) -> dict[str, Any]:
        """A conditional GET: ``{"json": result, "next": next page url}``; ``{}`` for a
        missing resource when ``optional``."""
        headers = self._headers()
        cached = self.cache.get(url)
        if cached is not None:
            headers["If-None-Match"] = cached[0]
        response = self._send("GET", url, headers=headers)
        status = response.status_code
        if status == 304 and cached is not None:
            self.stats.not_modified += 1
            body = cached[1]
            return body if isinstance(body, dict) else {"json": body}
        if status in (404, 409, 410, 451) or (status == 403 and optional):
            if optional:
                return {}
            raise GitHubError(not_found or f"GitHub could not find {urlsplit(url).path}.")
        if not 200 <= status < 300:
            raise GitHubError(f"GitHub answered with an error ({status}); try again later.")
        try:
            payload = response.json()
        except ValueError as error:
            raise GitHubError("GitHub sent an answer that could not be read.") from error
        result = {
            "json": transform(payload) if transform else payload,
            "next": self._next_link(response),
        }
        etag = _header(response, "ETag")
        if etag:
            self.cache.put(url, etag, result)
        return result

    def _graphql(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        response = self._send(
            "POST",
            self.graphql_url,
            headers=self._headers("application/json"),
            json={"query": query, "variables": variables},
        )
        if not 200 <= response.status_code < 300:
            raise GitHubError(
                f"GitHub answered with an error ({response.status_code}); try again later."
            )
        try:
            payload = response.json()
        except ValueError as error:
            raise GitHubError("GitHub sent an answer that could not be read.") from error
        payload = payload if isinstance(payload, dict) else {}
        errors = [e for e in payload.get("errors") or [] if isinstance(e, dict)]
        types = {str(e.get("type", "")).upper() for e in errors}
        if "INSUFFICIENT_SCOPES" in types:
            raise GitHubError(SCOPES_MISSING)
        if "RATE_LIMITED" in types:
            raise self._primary_limit(self._reset_at)
        data = payload.get("data")
        if not isinstance(data, dict):
            if "NOT_FOUND" in types:
                raise GitHubError("GitHub has no such user.")
            detail = errors[0].get("message") if errors else None
            raise GitHubError(
                "GitHub could not list the repositories"
                + (f": {str(detail)[:200]}" if detail else ".")
            )
        return data

    def _send(self, method: str, url: str, **kw: Any) -> Any:
        transient = 0
        limited = 0
        while True:
            self._respect_primary_limit()
            self.stats.requests += 1
            try:
                response = self.session.request(method, url, timeout=self.timeout, **kw)
            except (requests.ConnectionError, requests.Timeout) as error:
                if transient >= _TRANSIENT_RETRIES:
                    raise GitHubError("GitHub could not be reached; try again later.") from error
                transient += 1
                self._wait(float(2 ** (transient - 1)))
                continue
            self._note_limits(response)
            status = response.status_code
            if status in _RETRY_STATUSES:
                if transient >= _TRANSIENT_RETRIES:
                    raise GitHubError("GitHub is not answering right now; try again later.")
                transient += 1
                self._wait(float(2 ** (transient - 1)))
                continue
            if status == 401:
                raise GitHubError(TOKEN_REFUSED)
            if status in (403, 429):
                kind = _limit_kind(response)
                if kind == "secondary":
                    wait = self._secondary_wait(response)
                    if limited >= _LIMIT_RETRIES or not self._can_wait(wait):
                        raise RateLimited(
                            "GitHub asked to slow down; what was read so far is kept. "
                            "Try again in a few minutes.",
                            secondary=True,
                        )
                    limited += 1
                    self._wait(wait)
                    continue
                if kind == "primary":
                    if limited >= _LIMIT_RETRIES:
                        raise self._primary_limit(self._reset_at)
                    limited += 1
                    self._remaining = 0
                    self._respect_primary_limit()  # waits or raises
                    continue
            return response

    # -- rate limits -----------------------------------------------------------------------

    def _note_limits(self, response: Any) -> None:
        remaining = _int_header(response, "X-RateLimit-Remaining")
        reset = _int_header(response, "X-RateLimit-Reset")
        if remaining is not None:
            self._remaining = remaining
        if reset is not None:
            self._reset_at = datetime.fromtimestamp(reset, UTC)

    def _respect_primary_limit(self) -> None:
        if self._remaining is None or self._remaining > 0:
            return
        reset_at = self._reset_at
        wait = (reset_at - self.clock()).total_seconds() + 1 if reset_at else None
        if wait is not None and wait <= 0:
            self._remaining = None
            return
        if wait is None or not self._can_wait(wait):
            raise self._primary_limit(reset_at)
        self._wait(wait)
        self._remaining = None

    def _primary_limit(self, reset_at: datetime | None) -> RateLimited:
        when = f" at {reset_at:%H:%M} UTC" if reset_at else " within the hour"
        return RateLimited(
            f"GitHub's hourly request limit is used up; it resets{when}. "
            "What was read so far is kept; import again after that.",
            reset_at=reset_at,
        )

    def _secondary_wait(self, response: Any) -> float:
        retry_after = _header(response, "Retry-After")
        if retry_after:
            try:
                return max(0.0, float(retry_after))
            except ValueError:
                pass
        if _int_header(response, "X-RateLimit-Remaining") == 0 and self._reset_at:
            return max(0.0, (self._reset_at - self.clock()).total_seconds() + 1)
        return _SECONDARY_DEFAULT_WAIT

    def _can_wait(self, seconds: float) -> bool:
        return self.stats.waited_seconds + seconds <= self.max_wait_seconds

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._progress(f"Waiting {seconds:.0f} s for GitHub")
            self.sleep(seconds)
            self.stats.waited_seconds += seconds

    # -- helpers ---------------------------------------------------------------------------

    def _next_link(self, response: Any) -> str | None:
        header = _header(response, "Link") or ""
        for url, rel in _LINK.findall(header):
            if rel.strip() == "next":
                # never follow (and send the token) to another host
                own, other = urlsplit(self.api_url), urlsplit(url)
                if (own.scheme, own.netloc) == (other.scheme, other.netloc):
                    return url
        return None

    def _progress(self, message: str) -> None:
        if self.on_progress is not None:
            self.on_progress(message)


def _header(response: Any, name: str) -> str | None:
    headers = getattr(response, "headers", None) or {}
    value = headers.get(name)
    if value is None:  # a plain dict in a fake: look case-insensitively
        lowered = name.lower()
        value = next((v for k, v in headers.items() if str(k).lower() == lowered), None)
    return str(value) if value is not None else None


def _int_header(response: Any, name: str) -> int | None:
    value = _header(response, name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _message(response: Any) -> str:
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if isinstance(payload, dict) and isinstance(payload.get("message"), str):
        return payload["message"]
    return str(getattr(response, "text", "") or "")


def _limit_kind(response: Any) -> str | None:
    message = _message(response).lower()
    if "secondary rate limit" in message or "abuse" in message:
        return "secondary"
    if _header(response, "Retry-After") is not None:
        return "secondary"
    if _int_header(response, "X-RateLimit-Remaining") == 0 or "rate limit exceeded" in message:
        return "primary"
    return None


def _path(full_name: str) -> str:
    owner, _, name = full_name.partition("/")
    return f"{quote(owner, safe='')}/{quote(name, safe='')}"


def _decode_contents(payload: Any) -> str | None:
    """The text of a contents answer; None for a directory, a large or a binary file."""
    if not isinstance(payload, dict) or payload.get("type", "file") != "file":
        return None
    size = payload.get("size")
    if isinstance(size, int) and size > MAX_MANIFEST_BYTES:
        return None
    content = payload.get("content")
    if not isinstance(content, str):
        return None
    try:
        raw = base64.b64decode(content, validate=False)
    except (binascii.Error, ValueError):
        return None
    if len(raw) > MAX_MANIFEST_BYTES:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def manifest_candidates(languages: dict[str, int]) -> list[str]:
    """Manifest files worth a request: those of the repository's top language and of any
    language holding at least a tenth of its bytes."""
    total = sum(languages.values())
    ranked = sorted(languages.items(), key=lambda item: -item[1])
    files: list[str] = []
    for index, (language, size) in enumerate(ranked):
        if index == 0 or (total and size / total >= 0.10):
            for filename in MANIFESTS_BY_LANGUAGE.get(language, ()):
                if filename not in files:
                    files.append(filename)
    return files


def _repo_from_rest(item: dict[str, Any]) -> Repo:
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


def _repo_from_graphql(node: dict[str, Any]) -> Repo:
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


# --------------------------------------------------------------------------------------------
# Proposals

EVIDENCE_LIMIT = 5
UNKNOWN_LIMIT = 20


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# GitHub (linguist) language names the catalog knows under another name.
LANGUAGE_ALIASES: dict[str, str] = {
    "Shell": "Bash",
    "HCL": "Terraform",
    "Vue": "Vue.js",
    "SCSS": "Sass",
    "Vim Script": "Vim",
    "Vim script": "Vim",
    "PLpgSQL": "PostgreSQL",
    "TSQL": "SQL Server",
    "Jupyter Notebook": "Jupyter",
}
# Linguist names that are file formats, not skills.
IGNORED_LANGUAGES = frozenset({"Procfile", "Text", "Roff", "Rich Text Format", "Batchfile"})
# Package names that say nothing of a skill, or collide with a catalog name.
IGNORED_DEPENDENCIES = frozenset({"net", "core", "common", "utils", "types", "test", "sql"})
# Topics that are about the repository, not a technology.
GENERIC_TOPICS = _words(
    """
    hacktoberfest portfolio website personal-website tutorial tutorials learning learn awesome
    awesome-list demo example examples project projects homework school university course
    blog template boilerplate starter starter-kit api app web bot game cli library tool tools
    open-source opensource 100daysofcode beginner beginners side-project challenge
    """
)
_HACKTOBERFEST = re.compile(r"^hacktoberfest\d*$")

_ORDER = {level: index for index, level in enumerate(LEVELS)}


@dataclass
class _Usage:
    match: Match
    repos: dict[str, Repo] = field(default_factory=dict)
    bytes: int = 0
    by_repo: dict[str, int] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # topic/manifest lines of a language

    def note(self, repo: Repo, evidence: str | None = None) -> None:
        self.repos[repo.full_name] = repo
        if evidence and evidence not in self.evidence and len(self.evidence) < EVIDENCE_LIMIT:
            self.evidence.append(evidence)


def github_proposals(
    repos: list[Repo], matcher: Matcher, *, today: date
) -> tuple[list[Proposal], list[str]]:
    """Skills the repositories show: languages by bytes, frameworks and libraries by topics and
    manifest dependencies. Returns the proposals and the technologies that matched nothing."""
    total_bytes = sum(
        size
        for repo in repos
        for language, size in repo.languages.items()
        if language not in IGNORED_LANGUAGES
    )
    languages: dict[str, _Usage] = {}
    others: dict[str, _Usage] = {}
    unknown: dict[str, list[Any]] = {}  # name -> [rank, repo names, first seen]

    def miss(name: str, rank: int, repo: Repo) -> None:
        entry = unknown.setdefault(name, [rank, set(), len(unknown)])
        entry[0] = min(entry[0], rank)
        entry[1].add(repo.full_name)

    for repo in repos:
        for language, size in repo.languages.items():
            if language in IGNORED_LANGUAGES or size <= 0:
                continue
            match = _match_language(matcher, language)
            if match is None:
                miss(language, 0, repo)
                continue
            usage = languages.setdefault(match.skill_id, _Usage(match))
            usage.note(repo)
            usage.bytes += size
            usage.by_repo[repo.full_name] = usage.by_repo.get(repo.full_name, 0) + size

    def found(match: Match, repo: Repo, evidence: str) -> None:
        language = languages.get(match.skill_id)
        if language is not None:  # evidence only: bytes decide a language's level
            if evidence not in language.extra and len(language.extra) < EVIDENCE_LIMIT:
                language.extra.append(evidence)
        else:
            others.setdefault(match.skill_id, _Usage(match)).note(repo, evidence)

    for repo in repos:
        for topic in repo.topics:
            match = matcher.match_name(topic)
            if match is not None:
                found(match, repo, f"{repo.name} ({topic})")
            elif _looks_like_technology(topic):
                miss(topic, 1, repo)
        for filename, text in repo.manifests.items():
            for name in dependencies(filename, text):
                if name in IGNORED_DEPENDENCIES:
                    continue
                match = matcher.match_name(name)
                if match is not None and not match.fuzzy:
                    found(match, repo, f"{repo.name}: {filename}")
                else:
                    miss(name, 2, repo)

    proposals = [
        _language_proposal(usage, total_bytes)
        for usage in sorted(languages.values(), key=lambda u: -u.bytes)
    ]
    proposals += [
        _other_proposal(usage)
        for usage in sorted(others.values(), key=lambda u: (-len(u.repos), u.match.name))
    ]
    known = {normalise_name(p.name) for p in proposals}
    ranked = sorted(
        (
            (rank, -len(names), order, name)
            for name, (rank, names, order) in unknown.items()
            # a dependency used in one repository only is most likely a small library
            if normalise_name(name) not in known and (rank < 2 or len(names) >= 2)
        ),
    )
    return proposals, [name for *_, name in ranked[:UNKNOWN_LIMIT]]


def normalise_name(name: str) -> str:
    return re.sub(r"[\s._-]+", "", name.casefold())


def _match_language(matcher: Matcher, language: str) -> Match | None:
    for variant in (LANGUAGE_ALIASES.get(language), language):
        if variant:
            match = matcher.match_name(variant)
            if match is not None:
                return match
    return None


def _looks_like_technology(topic: str) -> bool:
    topic = topic.casefold()
    return (
        len(topic) >= 2
        and any(ch.isalpha() for ch in topic)
        and topic not in GENERIC_TOPICS
        and not _HACKTOBERFEST.match(topic)
    )


def _months(first: datetime | None, last: datetime | None) -> int | None:
    if first is None or last is None or last < first:
        return None
    return (last.year - first.year) * 12 + (last.month - first.month)


def _span(repos: Iterable[Repo]) -> tuple[datetime | None, datetime | None]:
    starts = [r.created_at or r.pushed_at for r in repos if r.created_at or r.pushed_at]
    pushes = [r.pushed_at for r in repos if r.pushed_at]
    return (min(starts) if starts else None, max(pushes) if pushes else None)


def _years(months: int | None) -> int | None:
    if not months:
        return None
    return min(50, max(0, round(months / 12)))


def _cap(level: str, ceiling: str) -> str:
    return level if _ORDER[level] <= _ORDER[ceiling] else ceiling


def _floor(level: str, bottom: str) -> str:
    return level if _ORDER[level] >= _ORDER[bottom] else bottom


def _score(level: str, strength: float) -> int:
    """A score inside the level's band, higher with more use."""
    low, high = BANDS[level]
    strength = min(1.0, max(0.0, strength))
    return low + round((high - low) * (0.3 + 0.6 * strength))


def _language_proposal(usage: _Usage, total_bytes: int) -> Proposal:
    share = usage.bytes / total_bytes if total_bytes else 0.0
    count = len(usage.repos)
    first, last = _span(usage.repos.values())
    months = _months(first, last)
    level = estimate_level(months, count)
    if share >= 0.30 or count >= 10:
        level = _floor(level, "advanced")
    elif share >= 0.10 or count >= 3:
        level = _floor(level, "intermediate")
    elif share >= 0.01:
        level = _cap(level, "intermediate")  # a minor language of a long-lived repository
    else:
        level = "beginner"
    strength = max(share / 0.5, count / 20)
    top = sorted(usage.by_repo.items(), key=lambda item: -item[1])[:EVIDENCE_LIMIT]
    evidence = []
    for full_name, size in top:
        repo = usage.repos[full_name]
        pushed = f", last push {repo.pushed_at.date().isoformat()}" if repo.pushed_at else ""
        evidence.append(f"{repo.name} — {format_bytes(size)}{pushed}")
    evidence += usage.extra
    return Proposal(
        skill_id=usage.match.skill_id,
        name=usage.match.name,
        level=level,
        score=_score(level, strength),
        years=_years(months),
        last_used=last.date().isoformat() if last else None,
        evidence=evidence,
        fuzzy=usage.match.fuzzy,
    )


def _other_proposal(usage: _Usage) -> Proposal:
    count = len(usage.repos)
    first, last = _span(usage.repos.values())
    months = _months(first, last)
    level = estimate_level(months, count)
    if count == 1:
        level = _cap(level, "intermediate")
    elif count < 5:
        level = _cap(level, "advanced")
    return Proposal(
        skill_id=usage.match.skill_id,
        name=usage.match.name,
        level=level,
        score=_score(level, count / 10),
        years=_years(months),
        last_used=last.date().isoformat() if last else None,
        evidence=list(usage.evidence),
        fuzzy=usage.match.fuzzy,
    )


def format_bytes(size: int) -> str:
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{size / 1000:.1f} kB"
    return f"{size / 1_000_000:.1f} MB"
