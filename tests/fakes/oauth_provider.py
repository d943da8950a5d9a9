"""A local OAuth 2 / OpenID Connect provider for tests, speaking the real protocols over HTTP.

Sign-in with GitHub, Google and LinkedIn goes through authlib's Flask client, which redirects,
exchanges codes and fetches profiles over real HTTP. Mocking those calls would test our mocks;
this fake instead serves the same endpoints (discovery, authorize, token, userinfo, JWKS and
GitHub's REST shape) from a thread on a free 127.0.0.1 port, so the whole round trip runs for
real, and switches let tests make the provider misbehave (denied consent, 500s, slow answers,
bad id_tokens).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import secrets
import threading
import time
import warnings
from typing import Any
from urllib.parse import unquote_plus, urlencode

from authlib.deprecate import AuthlibDeprecationWarning
from flask import Flask, Response, jsonify, redirect, request

from tests.fakes.local_server import LocalServer

with warnings.catch_warnings():
    # authlib.jose is deprecated in favour of joserfc but is what authlib 1.x itself uses.
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.jose import JsonWebKey, jwt

KEY_ID = "fake-key-1"
OIDC_REALMS = ("google", "linkedin")
GITHUB_SCOPES = "read:user,user:email"

DEFAULT_IDENTITY: dict[str, Any] = {
    "sub": "1001",
    "name": "Grace Hopper",
    "email": "grace@example.com",
    "email_verified": True,
    "picture": "https://avatars.example/grace.png",
    "login": "ghopper",
    "location": "Arlington, VA",
    "company": "US Navy",
    "bio": "Compilers.",
    "html_url": "https://github.example/ghopper",
}

DEFAULT_CLIENTS: dict[str, tuple[str, str]] = {
    "github": ("gh-client", "gh-secret"),
    "google": ("google-client", "google-secret"),
    "linkedin": ("li-client", "li-secret"),
}

CLAIMS_SUPPORTED = [
    "sub",
    "iss",
    "aud",
    "exp",
    "iat",
    "nonce",
    "name",
    "given_name",
    "family_name",
    "email",
    "email_verified",
    "picture",
    "locale",
]


class _ProtocolError(Exception):
    """Raised inside a handler to answer with an OAuth error body."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description


def _pkce_s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _split_name(identity: dict[str, Any]) -> tuple[str, str]:
    name = str(identity.get("name") or "")
    given, _, family = name.partition(" ")
    return identity.get("given_name", given), identity.get("family_name", family)


class FakeIdentityProvider:
    """GitHub-, Google- and LinkedIn-shaped identity provider served on 127.0.0.1.

    Start it once (start() returns base_url), point the app at app_config(), and call
    reset() between tests so switches, codes, tokens and the request log do not leak.
    """

    def __init__(self) -> None:
        """Generate the signing key (published in the JWKS) and an unrelated one for forgeries."""
        self.key = JsonWebKey.generate_key("RSA", 2048, is_private=True, options={"kid": KEY_ID})
        self.forgery_key = JsonWebKey.generate_key(
            "RSA", 2048, is_private=True, options={"kid": KEY_ID}
        )
        self.base_url: str = ""
        self._http: LocalServer | None = None
        self._lock = threading.Lock()
        self.app = self._build_app()
        self.reset()

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> str:
        """Serve in a daemon thread on a free port so real HTTP clients can reach it."""
        if self._http is None:
            self._http = LocalServer(self.app, "fake-identity-provider")
        if self._http.running:
            return self.base_url
        self.base_url = self._http.start()
        self.id_token_issuer = {realm: self.issuer(realm) for realm in OIDC_REALMS}
        return self.base_url

    def stop(self) -> None:
        """Shut the server down and free its port."""
        if self._http is not None:
            self._http.stop()

    def reset(self) -> None:
        """Back to defaults so one test's switches and tokens never reach the next."""
        with self._lock:
            self.identity: dict[str, Any] = copy.deepcopy(DEFAULT_IDENTITY)
            self.clients: dict[str, tuple[str, str]] = dict(DEFAULT_CLIENTS)
            self.authorize_error: str | None = None
            self.token_status: int | None = None
            self.token_delay: float = 0.0
            self.id_token_mode: str = "valid"
            self.id_token_issuer: dict[str, str] = (
                {realm: self.issuer(realm) for realm in OIDC_REALMS} if self.base_url else {}
            )
            self.github_emails: list[dict[str, Any]] | None = None
            self.github_public_email: str | None = None
            self.requests: list[dict[str, Any]] = []
            self._codes: dict[str, dict[str, Any]] = {}
            self._access: dict[str, dict[str, Any]] = {}
            self._issued: list[str] = []

    # ----------------------------------------------------------------- helpers for tests

    def issuer(self, realm: str) -> str:
        """The issuer advertised in discovery (LinkedIn's real one lives under /oauth)."""
        if realm == "linkedin":
            return f"{self.base_url}/linkedin/oauth"
        return f"{self.base_url}/{realm}"

    def discovery_url(self, realm: str) -> str:
        """Where authlib's server_metadata_url should point for an OIDC realm."""
        return f"{self.base_url}/{realm}/.well-known/openid-configuration"

    def app_config(self) -> dict[str, str]:
        """The SMATRX environment variables that send every sign-in to this provider."""
        base = self.base_url
        return {
            "GITHUB_CLIENT_ID": self.clients["github"][0],
            "GITHUB_CLIENT_SECRET": self.clients["github"][1],
            "GITHUB_BASE_URL": f"{base}/github",
            "GITHUB_API_URL": f"{base}/github/api/v3",
            "GOOGLE_CLIENT_ID": self.clients["google"][0],
            "GOOGLE_CLIENT_SECRET": self.clients["google"][1],
            "GOOGLE_DISCOVERY_URL": self.discovery_url("google"),
            "LINKEDIN_CLIENT_ID": self.clients["linkedin"][0],
            "LINKEDIN_CLIENT_SECRET": self.clients["linkedin"][1],
            "LINKEDIN_DISCOVERY_URL": self.discovery_url("linkedin"),
        }

    def access_tokens(self) -> list[str]:
        """Every access, refresh and id token issued, so tests can prove none is stored."""
        with self._lock:
            return list(self._issued)

    # ----------------------------------------------------------------- protocol logic

    def _issue(self, prefix: str = "") -> str:
        token = prefix + secrets.token_urlsafe(24)
        self._issued.append(token)
        return token

    def _authorize(self, realm: str, require_response_type: bool) -> Response:
        args = request.args
        client_id = args.get("client_id", "")
        redirect_uri = args.get("redirect_uri", "")
        state = args.get("state", "")
        response_type = args.get("response_type")
        if require_response_type and response_type != "code":
            raise _ProtocolError(400, "unsupported_response_type", "response_type must be code")
        if response_type not in (None, "code"):
            raise _ProtocolError(400, "unsupported_response_type", "response_type must be code")
        if client_id != self.clients[realm][0]:
            raise _ProtocolError(400, "invalid_client", "unknown client_id")
        if not redirect_uri:
            raise _ProtocolError(400, "invalid_request", "redirect_uri is required")
        if not state:
            raise _ProtocolError(400, "invalid_request", "state is required")
        separator = "&" if "?" in redirect_uri else "?"
        if self.authorize_error:
            query = urlencode(
                {
                    "error": self.authorize_error,
                    "error_description": f"The provider answered {self.authorize_error}.",
                    "state": state,
                }
            )
            return redirect(f"{redirect_uri}{separator}{query}", code=302)
        code = secrets.token_urlsafe(16)
        with self._lock:
            self._codes[code] = {
                "realm": realm,
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "nonce": args.get("nonce"),
                "code_challenge": args.get("code_challenge"),
                "code_challenge_method": args.get("code_challenge_method"),
                "scope": args.get("scope", ""),
                "identity": copy.deepcopy(self.identity),
            }
        query = urlencode({"code": code, "state": state})
        return redirect(f"{redirect_uri}{separator}{query}", code=302)

    def _authenticate_client(self, realm: str) -> str:
        """client_secret_basic or client_secret_post; returns the client_id."""
        client_id = client_secret = None
        auth = request.authorization
        if auth is not None and auth.type == "basic":
            client_id = unquote_plus(auth.username or "")
            client_secret = unquote_plus(auth.password or "")
        elif "client_id" in request.form:
            client_id = request.form.get("client_id")
            client_secret = request.form.get("client_secret")
        expected_id, expected_secret = self.clients[realm]
        if (
            client_id is None
            or client_secret is None
            or client_id != expected_id
            or not hmac.compare_digest(client_secret, expected_secret)
        ):
            raise _ProtocolError(401, "invalid_client", "client authentication failed")
        return client_id

    def _redeem_code(self, realm: str, client_id: str, redirect_required: bool) -> dict[str, Any]:
        """Check and consume the code (single use), including redirect_uri and PKCE."""
        form = request.form
        code = form.get("code", "")
        with self._lock:
            grant = self._codes.pop(code, None)
        if grant is None or grant["realm"] != realm or grant["client_id"] != client_id:
            raise _ProtocolError(400, "invalid_grant", "unknown or used code")
        redirect_uri = form.get("redirect_uri")
        if (redirect_required or redirect_uri is not None) and redirect_uri != grant[
            "redirect_uri"
        ]:
            raise _ProtocolError(400, "invalid_grant", "redirect_uri does not match")
        challenge = grant["code_challenge"]
        if challenge:
            verifier = form.get("code_verifier") or ""
            method = grant["code_challenge_method"] or "plain"
            computed = _pkce_s256(verifier) if method == "S256" else verifier
            if not verifier or not hmac.compare_digest(computed, challenge):
                raise _ProtocolError(400, "invalid_grant", "PKCE verification failed")
        return grant

    def _misbehave(self) -> Response | None:
        """Apply token_delay and token_status, the switches for slow or broken providers."""
        if self.token_delay:
            time.sleep(self.token_delay)
        if self.token_status:
            response = jsonify(error="server_error", error_description="The provider failed.")
            response.status_code = self.token_status
            return response
        return None

    def _id_token(self, realm: str, grant: dict[str, Any]) -> str:
        identity = grant["identity"]
        now = int(time.time())
        given, family = _split_name(identity)
        claims: dict[str, Any] = {
            "iss": self.id_token_issuer.get(realm) or self.issuer(realm),
            "sub": str(identity["sub"]),
            "aud": grant["client_id"],
            "iat": now,
            "exp": now + 600,
            "email": identity.get("email"),
            "email_verified": identity.get("email_verified"),
            "name": identity.get("name"),
            "picture": identity.get("picture"),
            "given_name": given,
            "family_name": family,
        }
        if grant["nonce"] is not None:
            claims["nonce"] = grant["nonce"]
        mode = self.id_token_mode
        if mode == "expired":
            claims["iat"] = claims["exp"] = now - 3600
        elif mode == "wrong_nonce":
            claims["nonce"] = "not-the-nonce"
        elif mode == "wrong_audience":
            claims["aud"] = "someone-else"
        key = self.forgery_key if mode == "forged" else self.key
        token = jwt.encode({"alg": "RS256", "kid": KEY_ID}, claims, key).decode("ascii")
        self._issued.append(token)
        return token

    def _oidc_token(self, realm: str) -> Response:
        client_id = self._authenticate_client(realm)
        if request.form.get("grant_type") != "authorization_code":
            raise _ProtocolError(400, "unsupported_grant_type", "only authorization_code")
        grant = self._redeem_code(realm, client_id, redirect_required=True)
        failure = self._misbehave()
        if failure is not None:
            return failure
        with self._lock:
            access = self._issue()
            body: dict[str, Any] = {
                "access_token": access,
                "token_type": "Bearer",
                "expires_in": 3600,
                "refresh_token": self._issue(),
                "scope": grant["scope"],
            }
            self._access[access] = {"realm": realm, "identity": grant["identity"]}
            if self.id_token_mode != "missing":
                body["id_token"] = self._id_token(realm, grant)
        response = jsonify(body)
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
        return response

    def _github_answer(self, body: dict[str, Any]) -> Response:
        """GitHub answers JSON only when asked; otherwise form-encoded, errors included."""
        if "application/json" in request.headers.get("Accept", ""):
            return jsonify(body)
        return Response(
            urlencode(body), content_type="application/x-www-form-urlencoded; charset=utf-8"
        )

    def _github_token(self) -> Response:
        client_id = self._authenticate_client("github")
        grant_type = request.form.get("grant_type")
        if grant_type not in (None, "authorization_code"):
            raise _ProtocolError(400, "unsupported_grant_type", "only authorization_code")
        try:
            grant = self._redeem_code("github", client_id, redirect_required=False)
        except _ProtocolError as exc:
            # GitHub reports bad codes with 200 and an error field, not a 4xx.
            mismatch = "redirect_uri" in exc.description
            error = "redirect_uri_mismatch" if mismatch else "bad_verification_code"
            return self._github_answer(
                {
                    "error": error,
                    "error_description": "The code passed is incorrect or expired.",
                    "error_uri": "https://docs.github.com/apps/oauth-apps",
                }
            )
        failure = self._misbehave()
        if failure is not None:
            return failure
        with self._lock:
            access = self._issue("gho_")
            self._access[access] = {"realm": "github", "identity": grant["identity"]}
        return self._github_answer(
            {"access_token": access, "token_type": "bearer", "scope": GITHUB_SCOPES}
        )

    def _bearer(self, realm: str, schemes: tuple[str, ...]) -> dict[str, Any] | None:
        """The identity bound to the presented access token, if this realm issued it."""
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() not in schemes or not value.strip():
            return None
        with self._lock:
            record = self._access.get(value.strip())
        if record is None or record["realm"] != realm:
            return None
        return record["identity"]

    def _userinfo(self, realm: str) -> Response:
        identity = self._bearer(realm, ("bearer",))
        if identity is None:
            response = jsonify(error="invalid_token", error_description="bad or missing token")
            response.status_code = 401
            response.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
            return response
        given, family = _split_name(identity)
        return jsonify(
            sub=str(identity["sub"]),
            name=identity.get("name"),
            given_name=given,
            family_name=family,
            email=identity.get("email"),
            email_verified=identity.get("email_verified"),
            picture=identity.get("picture"),
            locale="en_US",
        )

    def _github_identity(self) -> dict[str, Any] | None:
        return self._bearer("github", ("bearer", "token"))

    @staticmethod
    def _bad_credentials() -> Response:
        response = jsonify(
            message="Bad credentials", documentation_url="https://docs.github.com/rest"
        )
        response.status_code = 401
        return response

    def _github_user(self) -> Response:
        identity = self._github_identity()
        if identity is None:
            return self._bad_credentials()
        sub = str(identity["sub"])
        try:
            numeric_id = int(sub)
        except ValueError:
            numeric_id = int(hashlib.sha256(sub.encode()).hexdigest()[:8], 16)
        response = jsonify(
            login=identity.get("login"),
            id=numeric_id,
            node_id=f"U_{sub}",
            avatar_url=identity.get("picture"),
            html_url=identity.get("html_url"),
            name=identity.get("name"),
            company=identity.get("company"),
            blog="",
            location=identity.get("location"),
            email=self.github_public_email,
            bio=identity.get("bio"),
            public_repos=3,
            created_at="2015-01-01T00:00:00Z",
            type="User",
        )
        response.headers["X-OAuth-Scopes"] = "read:user, user:email"
        response.headers["X-RateLimit-Limit"] = "5000"
        response.headers["X-RateLimit-Remaining"] = "4999"
        return response

    def _github_emails(self) -> Response:
        identity = self._github_identity()
        if identity is None:
            return self._bad_credentials()
        emails = self.github_emails
        if emails is None:
            emails = [
                {
                    "email": identity.get("email"),
                    "primary": True,
                    "verified": identity.get("email_verified"),
                    "visibility": "private",
                }
            ]
        return jsonify(emails)

    def _discovery(self, realm: str) -> Response:
        base = f"{self.base_url}/{realm}"
        document: dict[str, Any] = {
            "issuer": self.issuer(realm),
            "authorization_endpoint": f"{base}/authorize",
            "token_endpoint": f"{base}/token",
            "userinfo_endpoint": f"{base}/userinfo",
            "jwks_uri": f"{base}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": [
                "client_secret_basic",
                "client_secret_post",
            ],
            "claims_supported": CLAIMS_SUPPORTED,
        }
        if realm == "google":
            document["code_challenge_methods_supported"] = ["S256"]
        return jsonify(document)

    def _jwks(self) -> Response:
        public = dict(self.key.as_dict(is_private=False))
        public.update({"kid": KEY_ID, "use": "sig", "alg": "RS256"})
        return jsonify(keys=[public])

    # ----------------------------------------------------------------- wiring

    def _build_app(self) -> Flask:
        app = Flask("fake_identity_provider")

        @app.before_request
        def log_request() -> None:
            self.requests.append(
                {
                    "method": request.method,
                    "path": request.path,
                    "args": request.args.to_dict(),
                    "form": request.form.to_dict(),
                    "headers": dict(request.headers),
                }
            )

        @app.errorhandler(_ProtocolError)
        def protocol_error(exc: _ProtocolError) -> Response:
            response = jsonify(error=exc.error, error_description=exc.description)
            response.status_code = exc.status
            if exc.status == 401:
                response.headers["WWW-Authenticate"] = 'Basic realm="fake"'
            return response

        def oidc_realm(realm: str) -> str:
            if realm not in OIDC_REALMS:
                raise _ProtocolError(404, "not_found", f"no OIDC realm {realm!r}")
            return realm

        @app.get("/<realm>/.well-known/openid-configuration")
        def discovery(realm: str) -> Response:
            return self._discovery(oidc_realm(realm))

        @app.get("/<realm>/authorize")
        def authorize(realm: str) -> Response:
            return self._authorize(oidc_realm(realm), require_response_type=True)

        @app.post("/<realm>/token")
        def token(realm: str) -> Response:
            return self._oidc_token(oidc_realm(realm))

        @app.route("/<realm>/userinfo", methods=["GET", "POST"])
        def userinfo(realm: str) -> Response:
            return self._userinfo(oidc_realm(realm))

        @app.get("/<realm>/jwks")
        def jwks(realm: str) -> Response:
            oidc_realm(realm)
            return self._jwks()

        @app.get("/github/login/oauth/authorize")
        def github_authorize() -> Response:
            return self._authorize("github", require_response_type=False)

        @app.post("/github/login/oauth/access_token")
        def github_access_token() -> Response:
            return self._github_token()

        @app.get("/github/api/v3/user")
        def github_user() -> Response:
            return self._github_user()

        @app.get("/github/api/v3/user/emails")
        def github_emails() -> Response:
            return self._github_emails()

        return app
