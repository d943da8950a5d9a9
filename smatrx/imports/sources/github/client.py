"""GitHub's HTTP API for the import: list a person's repositories with their languages,
topics and manifests, within GitHub's rate limits, with ETags and pagination.

Pure: no Flask, no database. HTTP goes through the ``requests.Session`` (or anything with
``.request(method, url, **kw)`` answering objects with ``status_code``, ``headers``, ``json()``
and ``text``) passed in; sleeping and the clock are injected too, so tests never wait.
Turning the repositories into proposals is ``smatrx.imports.sources.github.proposals``; the
HTTP side (headers, ETags, retries, rate limits) is ``transport.GitHubTransport``, which
the client builds on.

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

    * With a token: GraphQL, 100 repositories a request with their languages (bytes), topics
      and every manifest of ``MANIFEST_FILES`` (``object(expression: "HEAD:<file>")`` aliases:
      blobs are fields, so a page costs GitHub's 2 points however many files it reads) in the
      same query (``viewer`` when ``login`` is None, else ``user(login:)``). The result is kept
      in ``cache`` with each repository's name, push and update times; a repeat first sends a
      query without nested connections (1 point a page) and reuses the stored result when
      nothing changed, else sends the full query.
    * Without one: REST ``/users/{login}/repos?type=owner&sort=pushed&per_page=100`` following
      the ``Link: rel="next"`` pages (never to another host). The listing gives every
      repository's primary language, size and topics: each starts estimated from them
      (``Repo.estimated``). What is left of the hour (``X-RateLimit-Remaining`` less the number
      of list pages, kept so a repeat within the hour can still ask them) is spent, in
      ``detail_order`` (larger and more recently pushed first), on ``/repos/{o}/{r}/languages``
      (``/topics`` too when the listing lacks them) and the manifests the repository's main
      languages suggest (``manifest_candidates``; a missing file is remembered as missing until
      the repository is pushed again, files over 200 kB are not read). With no limit known,
      every repository is read in detail. A repository read in detail before and not pushed
      since keeps that detail (from the stored result) without a request, so successive hours
      reach further down the list.
    * Every REST GET is conditional: the ETag and the result are kept per URL in ``cache`` (the
      caller keeps one cache per person), ``If-None-Match`` is sent next time and a 304 reuses
      the stored result (counted in ``FetchStats.not_modified``). GitHub does not charge a 304
      with a token, but does without one. A list page's stored result includes its next-page
      link, so pagination survives a 304. When every list page is a 304 the last result for
      that username stands (``FetchStats.reused_because == "unchanged"``).
    * The last result (``Repo.as_json`` list with the time it was read) is offered instead of a
      request bound to fail: without a token, when ``/rate_limit`` (free) says the hour is used
      up; with or without, when a primary limit stops the fetch before anything was read
      (``reused_because == "limit"``, ``reused_from`` its time).
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

    Every ``GitHubError`` raised by ``fetch_repos`` carries ``.repos`` (what was read so far:
    GraphQL pages already answered; over REST every listed repository, those not read in detail
    estimated) and ``.stats``. ``RateLimited.partial`` is True when ``.repos`` holds part of the
    result; its message ends by saying what is kept, or that nothing was read.
    ``FetchStats.counted`` is what GitHub charged (GraphQL points from ``rateLimit { cost }``).

``detail_order(repos, now) -> list[Repo]``
    Repositories by ``size_kb / (1 + years since the last push)``, largest first.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

import requests

from smatrx.imports.etag_cache import ETagCache, InMemoryETagCache
from smatrx.imports.manifests import MAX_MANIFEST_BYTES, manifest_candidates
from smatrx.imports.sources.github.repos import (
    USER_CHECK_QUERY,
    USER_QUERY,
    VIEWER_CHECK_QUERY,
    VIEWER_QUERY,
    FetchStats,
    GitHubError,
    RateLimited,
    Repo,
    check_signature,
    estimate_languages,
    now_utc,
    parse_time,
    repo_from_graphql,
    repo_from_rest,
)
from smatrx.imports.sources.github.transport import GitHubTransport


class GitHubClient(GitHubTransport):
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

        options = f"{int(include_forks)}{int(include_archived)}{int(manifests)}:{max_repos}"
        if self.token:
            key = f"last:graphql:{(login or '').lower()}:{options}"
        elif login:
            key = f"last:rest:{login.lower()}:{options}"
        else:
            raise GitHubError("Give a GitHub user name, or link your GitHub account.")
        try:
            if self.token:
                repos = self._graphql_repos(login, wanted, include_forks, max_repos, key)
                if not manifests:
                    for repo in repos:
                        repo.manifests = {}
            else:
                repos = self._rest_repos(login or "", wanted, max_repos, manifests, key)
        except RateLimited as error:
            stored = self._stored(key)
            if not self._partial and stored is not None:
                # nothing new could be read: the last result beats an error
                repos = self._reuse(stored, "limit")
            else:
                error.repos = list(self._partial)
                error.stats = self.stats
                _tell_what_is_kept(error)
                raise
        except GitHubError as error:
            error.repos = list(self._partial)
            error.stats = self.stats
            raise
        self.stats.estimated_repos = sum(1 for repo in repos if repo.estimated)
        return repos, self.stats

    # -- the stored result -----------------------------------------------------------------

    def _stored(self, key: str) -> tuple[str, datetime, list[Repo]] | None:
        """The last result kept under ``key``: (signature, when it was read, repositories)."""
        entry = self.cache.get(key)
        if entry is None or not isinstance(entry[1], dict):
            return None
        at = parse_time(entry[1].get("at"))
        items = entry[1].get("repos")
        if at is None or not isinstance(items, list):
            return None
        return entry[0], at, [Repo.from_json(item) for item in items if isinstance(item, dict)]

    def _store(self, key: str, signature: str, repos: list[Repo]) -> None:
        body = {"at": self.clock().isoformat(), "repos": [repo.as_json() for repo in repos]}
        self.cache.put(key, signature, body)

    def _reuse(self, stored: tuple[str, datetime, list[Repo]], because: str) -> list[Repo]:
        self.stats.reused_from = stored[1]
        self.stats.reused_because = because
        self._progress(
            "Nothing changed on GitHub since the last import"
            if because == "unchanged"
            else "GitHub's hourly limit is used up: showing the last import"
        )
        return stored[2]

    # -- listing ---------------------------------------------------------------------------

    def _graphql_nodes(
        self,
        query: str,
        login: str | None,
        wanted: Callable[[Repo], bool],
        include_forks: bool,
        max_repos: int,
        collect: Callable[[dict[str, Any]], None] | None = None,
    ) -> list[dict[str, Any]]:
        """Every repository node of the query's pages, until ``max_repos`` wanted ones;
        ``collect`` sees each as its page arrives (so a limit keeps the pages read)."""
        nodes: list[dict[str, Any]] = []
        count = 0
        cursor: str | None = None
        variables: dict[str, Any] = {"isFork": None if include_forks else False}
        if login:
            variables["login"] = login
        while count < max_repos:
            data = self._graphql(query, {**variables, "cursor": cursor})
            owner = data.get("user" if login else "viewer")
            if not isinstance(owner, dict):
                raise GitHubError(f"GitHub has no user named {login}.")
            connection = owner.get("repositories") or {}
            for node in connection.get("nodes") or []:
                if not isinstance(node, dict) or count >= max_repos:
                    continue
                nodes.append(node)
                if collect is not None:
                    collect(node)
                light = Repo(name="", full_name="", fork=bool(node.get("isFork")))
                light.archived = bool(node.get("isArchived"))
                count += wanted(light)
            page = connection.get("pageInfo") or {}
            cursor = page.get("endCursor")
            if not page.get("hasNextPage") or not cursor:
                break
        return nodes

    def _graphql_repos(
        self,
        login: str | None,
        wanted: Callable[[Repo], bool],
        include_forks: bool,
        max_repos: int,
        key: str,
    ) -> list[Repo]:
        # A repeat first asks the cheap query (a point a page): unchanged, the stored result
        # stands; otherwise the full query reads languages, topics and manifests at once.
        stored = self._stored(key)
        if stored is not None:
            check = USER_CHECK_QUERY if login else VIEWER_CHECK_QUERY
            nodes = self._graphql_nodes(check, login, wanted, include_forks, max_repos)
            if _signature(nodes) == stored[0]:
                return self._reuse(stored, "unchanged")
        repos: list[Repo] = []
        self._partial = repos
        full = USER_QUERY if login else VIEWER_QUERY

        def collect(node: dict[str, Any]) -> None:
            repo = repo_from_graphql(node)
            if wanted(repo):
                repos.append(repo)

        nodes = self._graphql_nodes(full, login, wanted, include_forks, max_repos, collect)
        self._progress(f"Listed {len(repos)} repositories")
        self._store(key, _signature(nodes), repos)
        return repos

    def _rest_repos(
        self,
        login: str,
        wanted: Callable[[Repo], bool],
        max_repos: int,
        manifests: bool,
        key: str,
    ) -> list[Repo]:
        stored = self._stored(key)
        if stored is not None and self._budget_left() == 0:
            # Every request would be refused (a 304 too, without a token): offer the last
            # result instead of spending nothing for nothing.
            return self._reuse(stored, "limit")
        query = urlencode({"type": "owner", "sort": "pushed", "per_page": 100})
        url: str | None = f"{self.api_url}/users/{quote(login, safe='')}/repos?{query}"
        listed: list[Repo] = []
        no_topics: set[str] = set()  # listed without topics (an old Enterprise Server)
        pages: list[str] = []
        unchanged = True
        while url and len(listed) < max_repos:
            result = self._get(url, optional=False, not_found=f"GitHub has no user named {login}.")
            unchanged = unchanged and bool(result.get("not_modified"))
            pages.append(str(result.get("etag") or ""))
            for item in result.get("json") or []:
                if not isinstance(item, dict):
                    continue
                repo = repo_from_rest(item)
                if wanted(repo) and len(listed) < max_repos:
                    estimate_languages(repo, item.get("language"))
                    listed.append(repo)
                    if not isinstance(item.get("topics"), list):
                        no_topics.add(repo.full_name)
            self._progress(f"Listed {len(listed)} repositories")
            url = result.get("next")
        signature = "|".join(pages)
        if unchanged and stored is not None and stored[0] == signature:
            return self._reuse(stored, "unchanged")
        self._partial = listed
        # Detail read before for a repository not pushed since still holds: carried over,
        # so each hour's budget goes further down the list instead of asking again.
        earlier = {r.full_name: r for r in (stored[2] if stored else []) if not r.estimated}
        for repo in listed:
            before = earlier.get(repo.full_name)
            if before is not None and before.pushed_at == repo.pushed_at:
                repo.languages, repo.manifests = before.languages, before.manifests
                repo.estimated = False
        # What is left of the hour goes to the repositories where detail matters most; a
        # repeat within the hour still finds the list pages' worth of budget to ask them.
        budget = self._budget_left()
        spend = None if budget is None else max(0, budget - len(pages))
        todo = [r for r in listed if r.estimated]
        self._read_details(todo, spend, manifests, no_topics)
        self._store(key, signature, listed)
        return listed

    def _read_details(
        self, repos: list[Repo], spend: int | None, manifests: bool, no_topics: set[str]
    ) -> None:
        """Languages (bytes) and manifests of the repositories ranked by ``detail_order``,
        within ``spend`` counted requests (None: no limit known, read them all)."""
        ranked = detail_order(repos, self.clock())
        used_before = self.stats.counted
        done = 0
        for repo in ranked:
            left = None if spend is None else spend - (self.stats.counted - used_before)
            if left is not None and left < 1:
                break
            base = f"{self.api_url}/repos/{_path(repo.full_name)}"
            languages = self._get(f"{base}/languages").get("json")
            if isinstance(languages, dict):
                repo.languages = {
                    str(k): int(v) for k, v in languages.items() if isinstance(v, int) and v > 0
                }
                repo.estimated = False
            if repo.full_name in no_topics:
                topics = self._get(f"{base}/topics").get("json")
                if isinstance(topics, dict):
                    repo.topics = [str(t) for t in topics.get("names") or [] if isinstance(t, str)]
            if manifests:
                self._read_manifests(repo, spend, used_before)
            done += 1
            if done % 10 == 0:
                self._progress(f"Read the languages of {done} repositories")
        if done:
            self._progress(f"Read the languages of {done}/{len(repos)} repositories")

    def _read_manifests(self, repo: Repo, spend: int | None, used_before: int) -> None:
        # A missing file has no ETag to revalidate: remember it as missing until the
        # repository is pushed again, so a repeated import does not ask every time.
        pushed = repo.pushed_at.isoformat() if repo.pushed_at else ""
        for filename in manifest_candidates(repo.languages):
            if spend is not None and self.stats.counted - used_before >= spend:
                return
            url = f"{self.api_url}/repos/{_path(repo.full_name)}/contents/{filename}"
            missing_key = f"missing:{url}"
            known_missing = self.cache.get(missing_key)
            if pushed and known_missing is not None and known_missing[0] == pushed:
                continue
            text = self._get(url, transform=_decode_contents).get("json")
            if isinstance(text, str):
                repo.manifests[filename] = text
            elif pushed:
                self.cache.put(missing_key, pushed, None)

    def _budget_left(self) -> int | None:
        """Requests left this hour: the last answer's X-RateLimit-Remaining, else GitHub's
        /rate_limit (which costs nothing); None when unknown."""
        if self._remaining == 0 and self._reset_at and self._reset_at <= self.clock():
            return None  # the window has reset since
        if self._remaining is not None:
            return self._remaining
        try:
            response = self.session.request(
                "GET", f"{self.api_url}/rate_limit", headers=self._headers(), timeout=self.timeout
            )
        except (requests.ConnectionError, requests.Timeout):
            return None
        self.stats.requests += 1
        if response.status_code != 200:
            return None
        self._note_limits(response)
        return self._remaining

    # -- requests --------------------------------------------------------------------------


def _tell_what_is_kept(error: RateLimited) -> None:
    """Say what the person keeps: part of the result, or nothing (not "what was read so far
    is kept" when nothing was)."""
    kept = (
        f" The {len(error.repos)} repositories read so far are kept."
        if error.repos
        else " Nothing was read this time."
    )
    error.message = error.message + kept
    error.args = (error.message,)


def _signature(nodes: list[dict[str, Any]]) -> str:
    """One string that changes when any listed repository changes (or one is added/removed)."""
    return "\n".join(check_signature(node) for node in nodes)


def detail_order(repos: list[Repo], now: datetime) -> list[Repo]:
    """Which repositories deserve a look beyond their primary language, best first: the
    larger and the more recently pushed, the more of a person's languages it likely holds
    (side languages, manifests)."""

    def weight(repo: Repo) -> float:
        age_years = (now - repo.pushed_at).days / 365 if repo.pushed_at else 10.0
        return repo.size_kb / (1.0 + max(age_years, 0.0))

    return sorted(repos, key=lambda repo: -weight(repo))


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
