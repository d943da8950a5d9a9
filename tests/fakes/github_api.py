"""A local GitHub REST and GraphQL API for tests of the skills import, over real HTTP.

The import reads a person's repositories, their languages, topics and dependency manifests
from GitHub. This fake serves those endpoints in GitHub Enterprise Server's layout (REST under
/api/v3, GraphQL at /api/graphql) from a thread on a free 127.0.0.1 port, with the shapes of
GitHub's public docs: Link-header pagination, ETags and 304s that cost nothing, per-token
scopes, the primary rate limit (5000 an hour with a token, 60 without, counted apart), the
secondary rate limit and plain server failures, all switchable by tests.

Rate limits: one budget for token requests (rate_limit_remaining, REST and GraphQL alike)
and one for anonymous requests (unauthenticated_limit). A REST request costs one; a GraphQL
query costs GitHub's points (graphql_cost: the requests its connections need, assuming each
reaches its first: limit, divided by 100 and rounded, at least 1), reported in rateLimit
{ cost }. A 304 is free with a token only: GitHub counts an unauthenticated 304 like any
answer. A 401 and the failures injected by fail_next / secondary_limit_next cost nothing.
The window never refills by itself; reset() restores it. GraphQL reports an exhausted budget
the way GitHub does: status 200 with {"errors": [{"type": "RATE_LIMITED", ...}]} and
X-RateLimit-Remaining: 0. spent() is what both budgets lost since reset().

GraphQL reads files too: each `alias: object(expression: "HEAD:<path>") { ... on Blob { text
byteSize isBinary } }` of the repository node answers the stored manifest (null when absent).

Visibility: private repositories are listed (and their languages, topics and contents served)
only to a token with the "repo" scope, as GitHub does for OAuth apps; otherwise they are 404.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import random
import re
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

from flask import Flask, Response, g, request

from tests.fakes.local_server import LocalServer

DOCS = "https://docs.github.com/rest"
DEFAULT_TOKENS: dict[str, set[str]] = {
    "gho_good": {"read:user", "repo"},
    "gho_public": {"read:user"},
    "gho_noscope": set(),
}
AUTHENTICATED_LIMIT = 5000
SECONDARY_MESSAGE = (
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
    "If you reach out to GitHub Support for help, please include the request ID."
)
GRAPHQL_SCOPES = ("read:user", "repo")

LANGUAGES = (
    "Python",
    "JavaScript",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "HTML",
    "CSS",
    "Shell",
    "Dockerfile",
)
PRIMARY_WEIGHTS = (30, 18, 16, 10, 7, 8, 4, 2, 3, 2)
TOPICS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "Python": ("flask", "django", "pandas", "fastapi", "machine-learning", "data-science"),
    "JavaScript": ("react", "express", "nodejs", "vue", "frontend"),
    "TypeScript": ("react", "nextjs", "typescript", "angular", "nodejs"),
    "Go": ("kubernetes", "cli", "microservices", "grpc", "docker"),
    "Rust": ("cli", "wasm", "tokio", "embedded"),
    "Java": ("spring-boot", "maven", "android"),
    "HTML": ("website", "static-site"),
    "CSS": ("css", "sass"),
    "Shell": ("dotfiles", "bash", "automation"),
    "Dockerfile": ("docker", "kubernetes", "devops"),
}
SIDE_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Python": ("Shell", "Dockerfile", "HTML"),
    "JavaScript": ("HTML", "CSS", "Shell"),
    "TypeScript": ("JavaScript", "HTML", "CSS"),
    "Go": ("Shell", "Dockerfile"),
    "Rust": ("Shell",),
    "Java": ("Shell", "Dockerfile", "HTML"),
    "HTML": ("CSS", "JavaScript"),
    "CSS": ("HTML",),
    "Shell": ("Dockerfile",),
    "Dockerfile": ("Shell",),
}
NAME_HEADS = (
    "atlas",
    "beacon",
    "cobol",
    "delta",
    "ember",
    "flux",
    "grove",
    "harbor",
    "iris",
    "juno",
    "kepler",
    "lumen",
    "mosaic",
    "nimbus",
    "orbit",
    "pixel",
    "quartz",
    "relay",
    "sierra",
    "tally",
)
NAME_TAILS = (
    "api",
    "cli",
    "dashboard",
    "bot",
    "service",
    "toolkit",
    "scraper",
    "notes",
    "engine",
    "app",
    "sdk",
    "pipeline",
)
PY_REQUIREMENTS = (
    "requests==2.32.3",
    "numpy==2.1.3",
    "sqlalchemy==2.0.36",
    "celery==5.4.0",
    "pytest==8.3.4",
    "gunicorn==23.0.0",
)
PY_MAIN = ("django==5.1.4", "flask==3.1.0", "pandas==2.2.3")
NPM_MAIN = (("react", "^18.3.1"), ("express", "^4.21.1"))
NPM_EXTRA = (("react-dom", "^18.3.1"), ("axios", "^1.7.7"), ("lodash", "^4.17.21"))
NPM_DEV = (("typescript", "^5.6.3"), ("jest", "^29.7.0"), ("eslint", "^9.14.0"))
GO_REQUIRES = (
    "github.com/gin-gonic/gin v1.10.0",
    "github.com/spf13/cobra v1.8.1",
    "k8s.io/client-go v0.31.2",
    "google.golang.org/grpc v1.67.1",
)
CARGO_DEPS = ('serde = "1.0"', 'tokio = { version = "1.41", features = ["full"] }', 'clap = "4.5"')

REPO_ARGS = re.compile(r"repositories\s*\(([^)]*)\)")
BLOB_FIELDS = re.compile(r'(\w+)\s*:\s*object\s*\(\s*expression\s*:\s*"HEAD:([^"]+)"\s*\)')
FIRST_ARGS = re.compile(r"\bfirst\s*:\s*(\$\w+|\d+)")


def graphql_cost(query: str, variables: dict[str, Any]) -> int:
    """GitHub's points for a query of the shape the import sends: one request for the
    repositories connection plus, for each connection nested in it, one per repository."""
    firsts = []
    for value in FIRST_ARGS.findall(query):
        number = variables.get(value[1:]) if value.startswith("$") else int(value)
        firsts.append(number if isinstance(number, int) else 0)
    if not firsts:
        return 1
    requests_needed = 1 + firsts[0] * (len(firsts) - 1)
    return max(1, round(requests_needed / 100))


class _Answer(Exception):
    """Raised inside a handler to answer at once with a GitHub-style error body."""

    def __init__(self, status: int, message: str, cost: bool = True) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.cost = cost


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _encode_content(raw: bytes) -> str:
    """Base64 in 60-character lines with a trailing newline, as GitHub (Ruby's pack('m'))."""
    flat = base64.b64encode(raw).decode("ascii")
    return "".join(flat[i : i + 60] + "\n" for i in range(0, len(flat), 60))


def _blob_sha(raw: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(raw) + raw).hexdigest()  # git blob id


def _cursor(offset: int) -> str:
    return base64.b64encode(f"cursor:{offset}".encode()).decode("ascii")


def _offset(cursor: str) -> int:
    try:
        kind, _, number = base64.b64decode(cursor, validate=True).decode().partition(":")
        if kind != "cursor" or not number.isdigit():
            raise ValueError(cursor)
        return int(number)
    except ValueError:
        raise _Answer(200, f"`{cursor}` does not appear to be a valid cursor.") from None


def _etag_matches(header: str, etag: str) -> bool:
    """Weak comparison of If-None-Match (a list, or *) against our ETag."""
    if header.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in header.split(","))


class FakeGitHubAPI:
    """GitHub's REST (/api/v3) and GraphQL (/api/graphql) APIs for one user, on 127.0.0.1.

    Start it once (start() returns base_url), fill repos with make_repos(n) or by hand, and
    call reset() between tests so switches, budgets, repos and the request log do not leak.
    """

    def __init__(self) -> None:
        self.base_url: str = ""
        self._http: LocalServer | None = None
        self._lock = threading.Lock()
        self.app = self._build_app()
        self.reset()

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> str:
        """Serve in a daemon thread on a free port so real HTTP clients can reach it."""
        if self._http is None:
            self._http = LocalServer(self.app, "fake-github-api")
        if self._http.running:
            return self.base_url
        self.base_url = self._http.start()
        return self.base_url

    def stop(self) -> None:
        """Shut the server down and free its port."""
        if self._http is not None:
            self._http.stop()

    def reset(self) -> None:
        """Back to defaults: tokens, no repos, full budgets, no switches, empty log."""
        with self._lock:
            self.tokens: dict[str, set[str]] = copy.deepcopy(DEFAULT_TOKENS)
            self.user_login: str = "ghopper"
            self.user_id: int = 1001
            self.repos: list[dict[str, Any]] = []
            self.fail_next: list[int] = []
            self.secondary_limit_next: int = 0
            self.rate_limit_limit: int = AUTHENTICATED_LIMIT
            self.rate_limit_remaining: int = AUTHENTICATED_LIMIT
            self.unauthenticated_limit: int = 60
            self.unauthenticated_used: int = 0
            self.rate_limit_reset: int = int(time.time()) + 3600
            self.requests: list[dict[str, Any]] = []

    # ----------------------------------------------------------------- helpers for tests

    @property
    def rest_url(self) -> str:
        return f"{self.base_url}/api/v3"

    @property
    def graphql_url(self) -> str:
        return f"{self.base_url}/api/graphql"

    def request_count(self, path_prefix: str = "") -> int:
        """How many requests reached the fake (optionally only those under a path)."""
        with self._lock:
            return sum(1 for entry in self.requests if entry["path"].startswith(path_prefix))

    def make_repos(self, n: int, seed: int = 1, *, private_share: float = 0.0) -> None:
        """Replace repos with n deterministic, realistic ones (same n and seed, same repos).

        A mix of languages, some forks (~15%) and archived repos (~10%), topics that fit the
        main language, and dependency manifests for about two thirds of them. private_share
        makes that fraction private (none by default, so public listings see all n).
        """
        rng = random.Random(seed)
        epoch = datetime(2016, 3, 1, 9, 0, tzinfo=UTC)
        repos: list[dict[str, Any]] = []
        taken: set[str] = set()
        for index in range(n):
            name = f"{rng.choice(NAME_HEADS)}-{rng.choice(NAME_TAILS)}"
            if name in taken:
                name = f"{name}-{index}"
            taken.add(name)
            main = rng.choices(LANGUAGES, weights=PRIMARY_WEIGHTS)[0]
            languages = {main: rng.randint(20_000, 900_000)}
            for side in SIDE_LANGUAGES[main]:
                if rng.random() < 0.45:
                    languages[side] = rng.randint(300, 15_000)
            created = epoch + timedelta(days=rng.randint(0, 2900), minutes=rng.randint(0, 1439))
            pushed = created + timedelta(days=rng.randint(0, 600), minutes=rng.randint(0, 1439))
            pool = TOPICS_BY_LANGUAGE[main]
            topics = sorted(rng.sample(pool, rng.randint(0, min(3, len(pool)))))
            repos.append(
                {
                    "id": 500_000 + index,
                    "name": name,
                    "full_name": f"{self.user_login}/{name}",
                    "private": rng.random() < private_share,
                    "fork": rng.random() < 0.15,
                    "archived": rng.random() < 0.10,
                    "description": f"{main} {name.split('-')[1]} by {self.user_login}",
                    "pushed_at": _iso(pushed),
                    "created_at": _iso(created),
                    "languages": languages,
                    "topics": topics,
                    "manifests": self._manifests(rng, name, main),
                }
            )
        with self._lock:
            self.repos = repos

    @staticmethod
    def _manifests(rng: random.Random, name: str, main: str) -> dict[str, str]:
        if rng.random() < 0.33:
            return {}
        manifests: dict[str, str] = {}
        if main == "Python":
            if rng.random() < 0.7:
                picks = [rng.choice(PY_MAIN), *rng.sample(PY_REQUIREMENTS, 2)]
                if rng.random() < 0.3:
                    picks.append(rng.choice(PY_MAIN))
                manifests["requirements.txt"] = "\n".join(dict.fromkeys(picks)) + "\n"
            else:
                deps = ", ".join(f'"{d}"' for d in ("fastapi>=0.115", "pydantic>=2.9"))
                manifests["pyproject.toml"] = (
                    f'[project]\nname = "{name}"\nversion = "0.1.0"\n'
                    f'requires-python = ">=3.11"\ndependencies = [{deps}]\n'
                )
        elif main in ("JavaScript", "TypeScript"):
            deps = dict([rng.choice(NPM_MAIN), *rng.sample(NPM_EXTRA, rng.randint(0, 2))])
            dev = dict(NPM_DEV[: 3 if main == "TypeScript" else rng.randint(1, 2)][::-1])
            package = {
                "name": name,
                "version": "1.0.0",
                "private": True,
                "scripts": {"start": "node index.js", "test": "jest"},
                "dependencies": deps,
                "devDependencies": dev,
            }
            manifests["package.json"] = json.dumps(package, indent=2) + "\n"
        elif main == "Go":
            requires = "\n".join(f"\t{r}" for r in rng.sample(GO_REQUIRES, 2))
            manifests["go.mod"] = (
                f"module github.com/{name}\n\ngo 1.22\n\nrequire (\n{requires}\n)\n"
            )
        elif main == "Rust":
            deps = "\n".join(rng.sample(CARGO_DEPS, rng.randint(1, 3)))
            manifests["Cargo.toml"] = (
                f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n'
                f"[dependencies]\n{deps}\n"
            )
        return manifests

    # ----------------------------------------------------------------- repository views

    def _repo_fields(self, repo: dict[str, Any]) -> dict[str, Any]:
        """A stored repo with every optional key filled, for hand-written repos too."""
        name = repo["name"]
        full_name = repo.get("full_name") or f"{self.user_login}/{name}"
        languages: dict[str, int] = dict(repo.get("languages") or {})
        digest = hashlib.sha256(full_name.encode()).hexdigest()
        pushed = repo.get("pushed_at") or "2024-01-01T00:00:00Z"
        return {
            "id": repo.get("id") or int(digest[:8], 16),
            "name": name,
            "full_name": full_name,
            "private": bool(repo.get("private", False)),
            "fork": bool(repo.get("fork", False)),
            "archived": bool(repo.get("archived", False)),
            "description": repo.get("description"),
            "pushed_at": pushed,
            "created_at": repo.get("created_at") or pushed,
            "updated_at": repo.get("updated_at") or pushed,
            "languages": dict(sorted(languages.items(), key=lambda item: -item[1])),
            "topics": list(repo.get("topics") or []),
            "manifests": dict(repo.get("manifests") or {}),
        }

    def _visible_repos(self, scopes: set[str] | None) -> list[dict[str, Any]]:
        """Repos the caller may see: private ones only for a token with the repo scope."""
        with self._lock:
            stored = list(self.repos)
        views = [self._repo_fields(repo) for repo in stored]
        can_see_private = scopes is not None and "repo" in scopes
        return [view for view in views if can_see_private or not view["private"]]

    def _repo_json(self, view: dict[str, Any]) -> dict[str, Any]:
        languages = view["languages"]
        html_url = f"{self.base_url}/{view['full_name']}"
        return {
            "id": view["id"],
            "node_id": "R_" + base64.b64encode(str(view["id"]).encode()).decode().rstrip("="),
            "name": view["name"],
            "full_name": view["full_name"],
            "private": view["private"],
            "visibility": "private" if view["private"] else "public",
            "owner": {"login": self.user_login, "id": self.user_id, "type": "User"},
            "html_url": html_url,
            "url": f"{self.rest_url}/repos/{view['full_name']}",
            "description": view["description"],
            "fork": view["fork"],
            "archived": view["archived"],
            "language": next(iter(languages), None),
            "default_branch": "main",
            "pushed_at": view["pushed_at"],
            "created_at": view["created_at"],
            "updated_at": view["updated_at"],
            "topics": view["topics"],
            # GitHub's size: the repository on disk in KiB (history included), so larger
            # than the code alone
            "size": (sum(languages.values()) * 3 // 2 + 1023) // 1024,
        }

    def _find_repo(self, owner: str, name: str, scopes: set[str] | None) -> dict[str, Any]:
        if owner.lower() == self.user_login.lower():
            for view in self._visible_repos(scopes):
                if view["name"].lower() == name.lower():
                    return view
        raise _Answer(404, "Not Found")

    # ----------------------------------------------------------------- rate limits

    def _bucket(self, authenticated: bool) -> tuple[int, int]:
        """(limit, remaining) of the budget a request draws on."""
        if authenticated:
            return self.rate_limit_limit, max(self.rate_limit_remaining, 0)
        limit = self.unauthenticated_limit
        return limit, max(limit - self.unauthenticated_used, 0)

    def _spend(self, authenticated: bool, points: int = 1) -> None:
        if authenticated:
            self.rate_limit_remaining -= min(points, max(self.rate_limit_remaining, 0))
        else:
            self.unauthenticated_used += points

    def spent(self) -> int:
        """Points both budgets lost since reset(): what GitHub counted against the limits."""
        with self._lock:
            return (self.rate_limit_limit - self.rate_limit_remaining) + self.unauthenticated_used

    def _limit_headers(self, response: Response, authenticated: bool, resource: str) -> None:
        limit, remaining = self._bucket(authenticated)
        headers = response.headers
        headers["X-RateLimit-Limit"] = str(limit)
        headers["X-RateLimit-Remaining"] = str(remaining)
        headers["X-RateLimit-Reset"] = str(self.rate_limit_reset)
        headers["X-RateLimit-Used"] = str(limit - remaining)
        headers["X-RateLimit-Resource"] = resource
        headers["X-GitHub-Media-Type"] = "github.v3; format=json"
        headers["X-GitHub-Request-Id"] = secrets.token_hex(8).upper()

    def _limit_message(self, authenticated: bool) -> str:
        if authenticated:
            return f"API rate limit exceeded for user ID {self.user_id}."
        return (
            f"API rate limit exceeded for {request.remote_addr}. (But here's the good news: "
            "Authenticated requests get a higher rate limit. Check out the documentation for "
            "more details.)"
        )

    # ----------------------------------------------------------------- request pipeline

    def _caller(self) -> tuple[str | None, set[str] | None]:
        """(token, scopes) from "Bearer X" / "token X"; (None, None) when anonymous."""
        header = request.headers.get("Authorization", "")
        if not header:
            return None, None
        scheme, _, value = header.partition(" ")
        token = value.strip()
        with self._lock:
            scopes = self.tokens.get(token)
        if scheme.lower() not in ("bearer", "token") or scopes is None:
            raise _Answer(401, "Bad credentials", cost=False)
        return token, set(scopes)

    @staticmethod
    def _json(body: Any, status: int = 200) -> Response:
        text = json.dumps(body, separators=(",", ":"))
        return Response(text, status=status, content_type="application/json; charset=utf-8")

    def _error(self, status: int, message: str) -> Response:
        return self._json({"message": message, "documentation_url": DOCS}, status)

    def _serve(
        self,
        resource: str,
        handler: Callable[[set[str] | None], Response],
        *,
        token_required: bool = False,
    ) -> Response:
        """Failures, auth, ETag/304 and the budget around one handler call."""
        authenticated = bool(request.headers.get("Authorization"))
        with self._lock:
            injected = self.fail_next.pop(0) if self.fail_next else None
            secondary = self.secondary_limit_next > 0 and injected is None
            if secondary:
                self.secondary_limit_next -= 1
        if injected is not None:
            response = self._error(injected, HTTPStatus(injected).phrase)
            self._limit_headers(response, authenticated, resource)
            return response
        if secondary:
            response = self._error(403, SECONDARY_MESSAGE)
            response.headers["Retry-After"] = "1"
            self._limit_headers(response, authenticated, resource)
            return response
        try:
            token, scopes = self._caller()
        except _Answer as exc:
            response = self._error(exc.status, exc.message)
            self._limit_headers(response, False, resource)
            return response
        authenticated = token is not None
        if token_required and not authenticated:
            message = (
                "This endpoint requires you to be authenticated."
                if resource == "graphql"
                else "Requires authentication"
            )
            response = self._error(401, message)
            self._limit_headers(response, False, resource)
            return response
        with self._lock:
            exhausted = self._bucket(authenticated)[1] <= 0
        if exhausted and resource == "graphql":
            error = {"type": "RATE_LIMITED", "message": self._limit_message(True)}
            response = self._json({"errors": [error]})
            self._limit_headers(response, authenticated, resource)
            return response
        try:
            response = handler(scopes)
        except _Answer as exc:
            response = self._error(exc.status, exc.message)
        if request.method == "GET" and response.status_code == 200:
            etag = 'W/"' + hashlib.sha256(response.get_data()).hexdigest() + '"'
            response.headers["ETag"] = etag
            response.headers["Cache-Control"] = "private, max-age=60, s-maxage=60"
            if _etag_matches(request.headers.get("If-None-Match", ""), etag):
                not_modified = Response(status=304)
                for name in ("ETag", "Cache-Control", "Link", "X-OAuth-Scopes"):
                    if name in response.headers:
                        not_modified.headers[name] = response.headers[name]
                response = not_modified
        # GitHub charges a 304 only when the request is not authenticated
        if response.status_code != 304 or not authenticated:
            with self._lock:
                if self._bucket(authenticated)[1] <= 0:
                    response = self._error(403, self._limit_message(authenticated))
                else:
                    self._spend(authenticated, int(g.get("graphql_cost", 1)))
        with self._lock:
            self._limit_headers(response, authenticated, resource)
        if scopes is not None:
            response.headers["X-OAuth-Scopes"] = ", ".join(sorted(scopes))
        return response

    # ----------------------------------------------------------------- REST handlers

    def _paginated(self, items: list[dict[str, Any]]) -> Response:
        args = request.args
        try:
            per_page = min(max(int(args.get("per_page", 30)), 1), 100)
        except ValueError:
            per_page = 30
        try:
            page = max(int(args.get("page", 1)), 1)
        except ValueError:
            page = 1
        last = max((len(items) + per_page - 1) // per_page, 1)
        response = self._json(items[(page - 1) * per_page : page * per_page])
        query = args.to_dict()

        def link(number: int, rel: str) -> str:
            url = f"{self.base_url}{request.path}?{urlencode({**query, 'page': number})}"
            return f'<{url}>; rel="{rel}"'

        links = []
        if page > 1:
            links.append(link(min(page - 1, last), "prev"))
        if page < last:
            links += [link(page + 1, "next"), link(last, "last")]
        if page > 1:
            links.append(link(1, "first"))
        if links:
            response.headers["Link"] = ", ".join(links)
        return response

    def _sorted_repos(self, views: list[dict[str, Any]]) -> list[dict[str, Any]]:
        args = request.args
        sort = args.get("sort", "full_name")
        key = sort if sort in ("created", "updated", "pushed") else "full_name"
        field = {"created": "created_at", "updated": "updated_at", "pushed": "pushed_at"}.get(
            key, "full_name"
        )
        default = "asc" if key == "full_name" else "desc"
        descending = args.get("direction", default) == "desc"
        return sorted(views, key=lambda view: str(view[field]).lower(), reverse=descending)

    def _user(self, scopes: set[str] | None) -> Response:
        with self._lock:
            public = sum(1 for repo in self.repos if not repo.get("private"))
            private = len(self.repos) - public
        return self._json(
            {
                "login": self.user_login,
                "id": self.user_id,
                "node_id": f"U_{self.user_id}",
                "type": "User",
                "name": "Grace Hopper",
                "html_url": f"{self.base_url}/{self.user_login}",
                "public_repos": public,
                "total_private_repos": private,
                "created_at": "2015-01-01T00:00:00Z",
            }
        )

    def _user_repos(self, login: str, scopes: set[str] | None) -> Response:
        if login.lower() != self.user_login.lower():
            raise _Answer(404, "Not Found")
        views = self._visible_repos(None)
        return self._paginated([self._repo_json(view) for view in self._sorted_repos(views)])

    def _own_repos(self, scopes: set[str] | None) -> Response:
        views = self._visible_repos(scopes)
        visibility = request.args.get("visibility", "all")
        if visibility in ("public", "private"):
            views = [v for v in views if v["private"] == (visibility == "private")]
        return self._paginated([self._repo_json(view) for view in self._sorted_repos(views)])

    def _contents(self, owner: str, name: str, path: str, scopes: set[str] | None) -> Response:
        view = self._find_repo(owner, name, scopes)
        path = path.strip("/")
        api = f"{self.rest_url}/repos/{view['full_name']}/contents"
        manifests: dict[str, str] = view["manifests"]
        if path in manifests:
            raw = manifests[path].encode()
            sha = _blob_sha(raw)
            return self._json(
                {
                    "type": "file",
                    "encoding": "base64",
                    "size": len(raw),
                    "name": path.rsplit("/", 1)[-1],
                    "path": path,
                    "content": _encode_content(raw),
                    "sha": sha,
                    "url": f"{api}/{path}?ref=main",
                    "html_url": f"{self.base_url}/{view['full_name']}/blob/main/{path}",
                    "download_url": f"{self.base_url}/raw/{view['full_name']}/main/{path}",
                }
            )
        prefix = f"{path}/" if path else ""
        entries: dict[str, dict[str, Any]] = {}
        for file_path, text in manifests.items():
            if not file_path.startswith(prefix):
                continue
            head, _, rest = file_path[len(prefix) :].partition("/")
            entry_path = prefix + head
            if rest:
                entries[entry_path] = {"type": "dir", "size": 0, "sha": _blob_sha(b"")}
            else:
                raw = text.encode()
                entries[entry_path] = {"type": "file", "size": len(raw), "sha": _blob_sha(raw)}
        if not entries and path:
            raise _Answer(404, "Not Found")
        listing = [
            {"name": p.rsplit("/", 1)[-1], "path": p, "url": f"{api}/{p}", **info}
            for p, info in sorted(entries.items())
        ]
        return self._json(listing)

    def _rate_limit(self) -> Response:
        """GET /rate_limit: free, like GitHub's, and never subject to the switches."""
        try:
            _token, scopes = self._caller()
        except _Answer as exc:
            return self._error(exc.status, exc.message)
        authenticated = scopes is not None
        with self._lock:
            limit, remaining = self._bucket(authenticated)
        window = {
            "limit": limit,
            "remaining": remaining,
            "reset": self.rate_limit_reset,
            "used": limit - remaining,
        }
        response = self._json(
            {
                "resources": {
                    "core": {**window, "resource": "core"},
                    "graphql": {**window, "resource": "graphql"},
                },
                "rate": {**window, "resource": "core"},
            }
        )
        with self._lock:
            self._limit_headers(response, authenticated, "core")
        return response

    # ----------------------------------------------------------------- GraphQL

    def _graphql(self, scopes: set[str] | None) -> Response:
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance(body.get("query"), str):
            raise _Answer(400, "Problems parsing JSON")
        query: str = body["query"]
        variables = body.get("variables") or {}
        if not isinstance(variables, dict):
            raise _Answer(400, "Problems parsing JSON")
        granted = scopes or set()
        if not granted.intersection(GRAPHQL_SCOPES):
            shown = ", ".join(sorted(granted))
            message = (
                "Your token has not been granted the required scopes to execute this query. "
                "The 'login' field requires one of the following scopes: ['read:user'], but "
                f"your token has only been granted the: [{shown!r}] scopes. Please modify your "
                "token's scopes at: https://github.com/settings/tokens."
            )
            return self._json({"errors": [{"type": "INSUFFICIENT_SCOPES", "message": message}]})
        if "viewer" not in query:
            error = {"message": "The fake GitHub API only answers the viewer repositories query."}
            return self._json({"errors": [error]})
        try:
            viewer = self._viewer(query, variables, scopes)
        except _Answer as exc:
            return self._json({"errors": [{"message": exc.message}]})
        cost = graphql_cost(query, variables)
        g.graphql_cost = cost
        data: dict[str, Any] = {"viewer": viewer}
        if "rateLimit" in query:
            with self._lock:
                limit, remaining = self._bucket(True)
            reset_at = datetime.fromtimestamp(self.rate_limit_reset, UTC)
            data["rateLimit"] = {
                "cost": cost,
                "limit": limit,
                "remaining": max(remaining - cost, 0),
                "used": limit - remaining + cost,
                "resetAt": _iso(reset_at),
                "nodeCount": 0,
            }
        return self._json({"data": data})

    @staticmethod
    def _argument(args: str, name: str, variables: dict[str, Any]) -> Any:
        """One argument of repositories(...): a $variable or a literal."""
        match = re.search(rf"\b{name}\s*:\s*(\$\w+|\"[^\"]*\"|[\w]+)", args)
        if match is None:
            return None
        value = match.group(1)
        if value.startswith("$"):
            return variables.get(value[1:])
        if value.startswith('"'):
            return value[1:-1]
        if value.isdigit():
            return int(value)
        return {"true": True, "false": False, "null": None}.get(value, value)

    def _viewer(
        self, query: str, variables: dict[str, Any], scopes: set[str] | None
    ) -> dict[str, Any]:
        viewer: dict[str, Any] = {"login": self.user_login, "name": "Grace Hopper"}
        match = REPO_ARGS.search(query)
        if match is None:
            return viewer
        args = match.group(1)
        first = self._argument(args, "first", variables)
        after = self._argument(args, "after", variables)
        if not isinstance(first, int) or isinstance(first, bool):
            raise _Answer(
                200,
                "You must provide a `first` or `last` value to properly paginate the "
                "`repositories` connection.",
            )
        if first > 100 or first < 0:
            raise _Answer(
                200,
                f"Requesting {first} records on the `repositories` connection exceeds the "
                "`first` limit of 100 records.",
            )
        blobs = dict(BLOB_FIELDS.findall(query))  # alias -> path
        views = self._visible_repos(scopes)
        is_fork = self._argument(args, "isFork", variables)
        if isinstance(is_fork, bool):
            views = [v for v in views if v["fork"] == is_fork]
        is_archived = self._argument(args, "isArchived", variables)
        if isinstance(is_archived, bool):
            views = [v for v in views if v["archived"] == is_archived]
        privacy = self._argument(args, "privacy", variables)
        if privacy in ("PUBLIC", "PRIVATE"):
            views = [v for v in views if v["private"] == (privacy == "PRIVATE")]
        order = re.search(r"orderBy\s*:\s*\{\s*field\s*:\s*(\w+)\s*,\s*direction\s*:\s*(\w+)", args)
        if order is not None:
            field = {
                "PUSHED_AT": "pushed_at",
                "CREATED_AT": "created_at",
                "UPDATED_AT": "updated_at",
                "NAME": "name",
            }.get(order.group(1), "created_at")
            views.sort(key=lambda v: str(v[field]).lower(), reverse=order.group(2) == "DESC")
        start = _offset(after) if isinstance(after, str) else 0
        page = views[start : start + first]
        end = start + len(page)
        viewer["repositories"] = {
            "totalCount": len(views),
            "pageInfo": {
                "hasNextPage": end < len(views),
                "hasPreviousPage": start > 0,
                "startCursor": _cursor(start + 1) if page else None,
                "endCursor": _cursor(end) if page else None,
            },
            "nodes": [self._node(view, blobs) for view in page],
        }
        return viewer

    def _node(self, view: dict[str, Any], blobs: dict[str, str]) -> dict[str, Any]:
        languages: dict[str, int] = view["languages"]
        top = list(languages.items())[:20]
        files: dict[str, Any] = {}
        for alias, path in blobs.items():
            text = view["manifests"].get(path.strip("/"))
            raw = text.encode() if isinstance(text, str) else None
            files[alias] = (
                {"text": text, "byteSize": len(raw), "isBinary": False} if raw is not None else None
            )
        return {
            **files,
            "name": view["name"],
            "nameWithOwner": view["full_name"],
            "description": view["description"],
            "url": f"{self.base_url}/{view['full_name']}",
            "isFork": view["fork"],
            "isArchived": view["archived"],
            "isPrivate": view["private"],
            "pushedAt": view["pushed_at"],
            "createdAt": view["created_at"],
            "updatedAt": view["updated_at"],
            "primaryLanguage": {"name": top[0][0]} if top else None,
            "languages": {
                "totalCount": len(languages),
                "totalSize": sum(languages.values()),
                "edges": [{"size": size, "node": {"name": name}} for name, size in top],
            },
            "repositoryTopics": {
                "totalCount": len(view["topics"]),
                "nodes": [{"topic": {"name": topic}} for topic in view["topics"][:20]],
            },
        }

    # ----------------------------------------------------------------- wiring

    def _build_app(self) -> Flask:
        app = Flask("fake_github_api")

        @app.before_request
        def log_request() -> None:
            entry = {
                "method": request.method,
                "path": request.path,
                "query": request.args.to_dict(),
                "headers": dict(request.headers),
                "json": request.get_json(silent=True) if request.method == "POST" else None,
                "status": None,
            }
            g.log_entry = entry
            with self._lock:
                self.requests.append(entry)

        @app.after_request
        def log_status(response: Response) -> Response:
            entry = g.get("log_entry")
            if entry is not None:
                entry["status"] = response.status_code
            return response

        @app.errorhandler(404)
        def not_found(_exc: Exception) -> Response:
            return self._error(404, "Not Found")

        @app.errorhandler(405)
        def not_allowed(_exc: Exception) -> Response:
            return self._error(404, "Not Found")

        rest = "/api/v3"

        @app.get(f"{rest}/user")
        def user() -> Response:
            return self._serve("core", self._user, token_required=True)

        @app.get(f"{rest}/user/repos")
        def own_repos() -> Response:
            return self._serve("core", self._own_repos, token_required=True)

        @app.get(f"{rest}/users/<login>/repos")
        def user_repos(login: str) -> Response:
            return self._serve("core", lambda scopes: self._user_repos(login, scopes))

        @app.get(f"{rest}/repos/<owner>/<name>/languages")
        def languages(owner: str, name: str) -> Response:
            return self._serve(
                "core", lambda scopes: self._json(self._find_repo(owner, name, scopes)["languages"])
            )

        @app.get(f"{rest}/repos/<owner>/<name>/topics")
        def topics(owner: str, name: str) -> Response:
            return self._serve(
                "core",
                lambda scopes: self._json(
                    {"names": self._find_repo(owner, name, scopes)["topics"]}
                ),
            )

        @app.get(f"{rest}/repos/<owner>/<name>/contents", defaults={"path": ""})
        @app.get(f"{rest}/repos/<owner>/<name>/contents/<path:path>")
        def contents(owner: str, name: str, path: str) -> Response:
            return self._serve("core", lambda scopes: self._contents(owner, name, path, scopes))

        @app.get(f"{rest}/rate_limit")
        def rate_limit() -> Response:
            return self._rate_limit()

        @app.post("/api/graphql")
        def graphql() -> Response:
            return self._serve("graphql", self._graphql, token_required=True)

        return app
