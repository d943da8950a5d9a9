"""GitHub's HTTP transport for the import: headers, conditional GETs with ETags, GraphQL
posts, retries, and GitHub's rate limits, primary and secondary (the rules are written out in
client.py's docstring). Knows nothing of repositories: GitHubClient builds on it and sets the
attributes these methods use (session, api and graphql URLs, token, cache, sleep,
max_wait_seconds, on_progress, clock, timeout, stats, _remaining, _reset_at). Pure: no Flask,
no database."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from smatrx.imports.etag_cache import ETagCache
from smatrx.imports.sources.github.repos import (
    SCOPES_MISSING,
    TOKEN_REFUSED,
    FetchStats,
    GitHubError,
    RateLimited,
)

_RETRY_STATUSES = frozenset({502, 503, 504})
_TRANSIENT_RETRIES = 2
_LIMIT_RETRIES = 3
_SECONDARY_DEFAULT_WAIT = 60.0
_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?([^";]+)"?')


class GitHubTransport:
    """The requests side of GitHubClient."""

    session: Any
    api_url: str
    graphql_url: str
    token: str | None
    cache: ETagCache
    sleep: Callable[[float], None]
    max_wait_seconds: float
    on_progress: Callable[[str], None] | None
    clock: Callable[[], datetime]
    timeout: float
    stats: FetchStats
    _remaining: int | None
    _reset_at: datetime | None

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
            body = dict(body) if isinstance(body, dict) else {"json": body}
            return {**body, "not_modified": True, "etag": cached[0]}
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
        return {**result, "etag": etag}

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
        cost = (data or {}).get("rateLimit") if isinstance(data, dict) else None
        points = cost.get("cost") if isinstance(cost, dict) else None
        # the request was counted as one in _send; a query's points may be more
        self.stats.counted += max(points - 1, 0) if isinstance(points, int) else 0
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
            # GitHub charges every answer but a 401, a limit refusal and, with a token, a 304.
            if status not in (401, 403, 429) and not (status == 304 and self.token):
                self.stats.counted += 1
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
                            "GitHub asked to slow down. Try again in a few minutes.",
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
            f"GitHub's hourly request limit is used up; it resets{when}. Import again after that.",
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
