"""Tests of the fake identity provider itself, over real HTTP and without the SMATRX app.

If the fake drifted from the protocols, the sign-in tests built on it would prove nothing;
these pin its behaviour down, including a round trip through authlib's own Flask client.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from authlib.deprecate import AuthlibDeprecationWarning
from flask import Flask, jsonify

from tests.fakes.oauth_provider import FakeIdentityProvider

with warnings.catch_warnings():
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.flask_client import OAuth
    from authlib.jose import JsonWebKey, jwt
    from authlib.jose.errors import BadSignatureError

CALLBACK = "http://app.example/auth/callback"


@pytest.fixture(scope="module")
def provider() -> Iterator[FakeIdentityProvider]:
    fake = FakeIdentityProvider()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def _fresh(provider: FakeIdentityProvider) -> None:
    provider.reset()


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def authorize(
    provider: FakeIdentityProvider, realm: str = "google", **extra: str
) -> requests.Response:
    params = {
        "response_type": "code",
        "client_id": provider.clients[realm][0],
        "redirect_uri": CALLBACK,
        "state": "st-1",
        "scope": "openid email profile",
        "nonce": "n-1",
        **extra,
    }
    path = "/github/login/oauth/authorize" if realm == "github" else f"/{realm}/authorize"
    return requests.get(provider.base_url + path, params=params, allow_redirects=False)


def get_code(provider: FakeIdentityProvider, realm: str = "google", **extra: str) -> str:
    response = authorize(provider, realm, **extra)
    assert response.status_code == 302, response.text
    return query_of(response.headers["Location"])["code"]


def exchange(
    provider: FakeIdentityProvider,
    code: str,
    realm: str = "google",
    *,
    basic: bool = True,
    secret: str | None = None,
    **form: str,
) -> requests.Response:
    client_id, real_secret = provider.clients[realm]
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, **form}
    auth = None
    if basic:
        auth = (client_id, secret or real_secret)
    else:
        data.update(client_id=client_id, client_secret=secret or real_secret)
    path = "/github/login/oauth/access_token" if realm == "github" else f"/{realm}/token"
    headers = {"Accept": "application/json"}
    return requests.post(provider.base_url + path, data=data, auth=auth, headers=headers)


def tokens(provider: FakeIdentityProvider, realm: str = "google") -> dict[str, Any]:
    response = exchange(provider, get_code(provider, realm), realm)
    assert response.status_code == 200, response.text
    return response.json()


def decode(provider: FakeIdentityProvider, id_token: str) -> Any:
    jwks = requests.get(f"{provider.base_url}/google/jwks").json()
    return jwt.decode(id_token, JsonWebKey.import_key_set(jwks))


# ------------------------------------------------------------------ discovery and config


def test_discovery_documents(provider: FakeIdentityProvider) -> None:
    google = requests.get(provider.discovery_url("google")).json()
    base = provider.base_url
    assert google["issuer"] == f"{base}/google"
    assert google["authorization_endpoint"] == f"{base}/google/authorize"
    assert google["token_endpoint"] == f"{base}/google/token"
    assert google["userinfo_endpoint"] == f"{base}/google/userinfo"
    assert google["jwks_uri"] == f"{base}/google/jwks"
    assert google["code_challenge_methods_supported"] == ["S256"]
    assert google["id_token_signing_alg_values_supported"] == ["RS256"]
    linkedin = requests.get(provider.discovery_url("linkedin")).json()
    assert linkedin["issuer"] == f"{base}/linkedin/oauth"
    assert "code_challenge_methods_supported" not in linkedin
    assert linkedin["token_endpoint"] == f"{base}/linkedin/token"


def test_app_config_points_at_the_provider(provider: FakeIdentityProvider) -> None:
    config = provider.app_config()
    assert config["GITHUB_CLIENT_ID"] == "gh-client"
    assert config["GITHUB_API_URL"] == provider.base_url + "/github/api/v3"
    assert config["GOOGLE_DISCOVERY_URL"] == provider.discovery_url("google")
    assert config["LINKEDIN_CLIENT_SECRET"] == "li-secret"


def test_jwks_publishes_the_signing_key(provider: FakeIdentityProvider) -> None:
    (key,) = requests.get(f"{provider.base_url}/linkedin/jwks").json()["keys"]
    assert key["kid"] == "fake-key-1"
    assert key["use"] == "sig"
    assert key["alg"] == "RS256"
    assert "d" not in key


# ------------------------------------------------------------------ authorize


def test_authorize_redirects_with_code_and_state(provider: FakeIdentityProvider) -> None:
    response = authorize(provider)
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith(CALLBACK + "?")
    params = query_of(location)
    assert params["state"] == "st-1"
    assert params["code"]


def test_authorize_appends_to_an_existing_query(provider: FakeIdentityProvider) -> None:
    response = authorize(provider, redirect_uri=CALLBACK + "?next=x")
    location = response.headers["Location"]
    assert location.startswith(CALLBACK + "?next=x&")
    assert query_of(location)["state"] == "st-1"


@pytest.mark.parametrize(
    "override", [{"state": ""}, {"client_id": "nobody"}, {"response_type": "token"}]
)
def test_authorize_rejects_bad_requests(
    provider: FakeIdentityProvider, override: dict[str, str]
) -> None:
    response = authorize(provider, **override)
    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.parametrize("realm", ["google", "github"])
def test_authorize_error_redirects_back(provider: FakeIdentityProvider, realm: str) -> None:
    provider.authorize_error = "access_denied"
    response = authorize(provider, realm)
    assert response.status_code == 302
    params = query_of(response.headers["Location"])
    assert params["error"] == "access_denied"
    assert params["error_description"]
    assert params["state"] == "st-1"
    assert "code" not in params


# ------------------------------------------------------------------ token endpoint


def test_pkce_good_verifier(provider: FakeIdentityProvider) -> None:
    verifier, challenge = pkce_pair()
    code = get_code(provider, code_challenge=challenge, code_challenge_method="S256")
    response = exchange(provider, code, code_verifier=verifier)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == "openid email profile"
    assert body["refresh_token"]
    assert body["id_token"]


@pytest.mark.parametrize("verifier", ["wrong-" + "v" * 43, None])
def test_pkce_bad_or_missing_verifier(provider: FakeIdentityProvider, verifier: str | None) -> None:
    _, challenge = pkce_pair()
    code = get_code(provider, code_challenge=challenge, code_challenge_method="S256")
    form = {"code_verifier": verifier} if verifier else {}
    response = exchange(provider, code, **form)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_code_is_single_use(provider: FakeIdentityProvider) -> None:
    code = get_code(provider)
    assert exchange(provider, code).status_code == 200
    again = exchange(provider, code)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_redirect_uri_must_match(provider: FakeIdentityProvider) -> None:
    response = exchange(provider, get_code(provider), redirect_uri="http://evil.example/cb")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"
    github = exchange(
        provider, get_code(provider, "github"), "github", redirect_uri="http://evil.example/cb"
    )
    assert github.status_code == 200
    assert github.json()["error"] == "redirect_uri_mismatch"


@pytest.mark.parametrize("basic", [True, False])
def test_client_auth_basic_and_post(provider: FakeIdentityProvider, basic: bool) -> None:
    response = exchange(provider, get_code(provider, "linkedin"), "linkedin", basic=basic)
    assert response.status_code == 200, response.text
    assert response.json()["access_token"]


@pytest.mark.parametrize("basic", [True, False])
def test_bad_client_secret_is_401(provider: FakeIdentityProvider, basic: bool) -> None:
    response = exchange(provider, get_code(provider), basic=basic, secret="nope")
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_token_status_500(provider: FakeIdentityProvider) -> None:
    provider.token_status = 500
    response = exchange(provider, get_code(provider))
    assert response.status_code == 500
    assert response.json()["error"] == "server_error"


def test_token_delay(provider: FakeIdentityProvider) -> None:
    provider.token_delay = 0.3
    code = get_code(provider)
    started = time.monotonic()
    response = exchange(provider, code)
    assert time.monotonic() - started >= 0.3
    assert response.status_code == 200
    provider.token_delay = 0.3
    with pytest.raises(requests.Timeout):
        requests.post(
            f"{provider.base_url}/google/token",
            data={
                "grant_type": "authorization_code",
                "code": get_code(provider),
                "redirect_uri": CALLBACK,
            },
            auth=provider.clients["google"],
            timeout=0.05,
        )


# ------------------------------------------------------------------ id_token


def test_id_token_verifies_and_carries_the_nonce(provider: FakeIdentityProvider) -> None:
    claims = decode(provider, tokens(provider)["id_token"])
    claims.validate()
    assert claims.header["kid"] == "fake-key-1"
    assert claims["nonce"] == "n-1"
    assert claims["iss"] == provider.issuer("google")
    assert claims["aud"] == "google-client"
    assert claims["sub"] == "1001"
    assert claims["email"] == "grace@example.com"
    assert claims["given_name"] == "Grace"
    assert claims["family_name"] == "Hopper"


def test_forged_id_token_fails_verification(provider: FakeIdentityProvider) -> None:
    provider.id_token_mode = "forged"
    id_token = tokens(provider)["id_token"]
    assert jwt.decode(id_token, provider.forgery_key)["sub"] == "1001"
    with pytest.raises(BadSignatureError):
        decode(provider, id_token)


def test_id_token_modes(provider: FakeIdentityProvider) -> None:
    provider.id_token_mode = "expired"
    claims = decode(provider, tokens(provider)["id_token"])
    assert claims["exp"] < time.time() - 3000
    provider.id_token_mode = "wrong_nonce"
    assert decode(provider, tokens(provider)["id_token"])["nonce"] == "not-the-nonce"
    provider.id_token_mode = "wrong_audience"
    assert decode(provider, tokens(provider)["id_token"])["aud"] == "someone-else"
    provider.id_token_mode = "missing"
    assert "id_token" not in tokens(provider)
    provider.id_token_issuer["linkedin"] = provider.base_url + "/linkedin"
    provider.id_token_mode = "valid"
    claims = decode(provider, tokens(provider, "linkedin")["id_token"])
    assert claims["iss"] == provider.base_url + "/linkedin"


# ------------------------------------------------------------------ userinfo


def test_userinfo_with_and_without_bearer(provider: FakeIdentityProvider) -> None:
    access = tokens(provider)["access_token"]
    provider.identity["name"] = "Changed Later"  # the token keeps its sign-in snapshot
    url = f"{provider.base_url}/google/userinfo"
    info = requests.get(url, headers={"Authorization": f"Bearer {access}"}).json()
    assert info["sub"] == "1001"
    assert info["name"] == "Grace Hopper"
    assert info["email_verified"] is True
    assert info["locale"] == "en_US"
    assert requests.get(url).status_code == 401
    assert requests.get(url, headers={"Authorization": "Bearer nope"}).status_code == 401
    other_realm = f"{provider.base_url}/linkedin/userinfo"
    assert (
        requests.get(other_realm, headers={"Authorization": f"Bearer {access}"}).status_code == 401
    )


# ------------------------------------------------------------------ GitHub


def test_github_token_json_and_form(provider: FakeIdentityProvider) -> None:
    url = f"{provider.base_url}/github/login/oauth/access_token"
    data = {"client_id": "gh-client", "client_secret": "gh-secret", "redirect_uri": CALLBACK}
    as_json = requests.post(
        url,
        data={**data, "code": get_code(provider, "github")},
        headers={"Accept": "application/json"},
    )
    body = as_json.json()
    assert body["access_token"].startswith("gho_")
    assert body["token_type"] == "bearer"
    assert body["scope"] == "read:user,user:email"
    as_form = requests.post(url, data={**data, "code": get_code(provider, "github")})
    assert as_form.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    form = parse_qs(as_form.text)
    assert form["access_token"][0].startswith("gho_")
    assert form["token_type"] == ["bearer"]
    bad = requests.post(url, data={**data, "code": "nope"}, headers={"Accept": "application/json"})
    assert bad.status_code == 200
    assert bad.json()["error"] == "bad_verification_code"


def test_github_user_and_emails(provider: FakeIdentityProvider) -> None:
    access = tokens(provider, "github")["access_token"]
    api = f"{provider.base_url}/github/api/v3"
    user = requests.get(f"{api}/user", headers={"Authorization": f"token {access}"})
    assert user.status_code == 200
    assert user.headers["X-OAuth-Scopes"] == "read:user, user:email"
    assert user.headers["X-RateLimit-Remaining"] == "4999"
    body = user.json()
    assert body["login"] == "ghopper"
    assert body["id"] == 1001
    assert body["node_id"] == "U_1001"
    assert body["email"] is None
    provider.github_public_email = "public@example.com"
    bearer = {"Authorization": f"Bearer {access}"}
    assert requests.get(f"{api}/user", headers=bearer).json()["email"] == "public@example.com"
    emails = requests.get(f"{api}/user/emails", headers=bearer).json()
    assert emails == [
        {"email": "grace@example.com", "primary": True, "verified": True, "visibility": "private"}
    ]
    provider.github_emails = [{"email": "x@example.com", "primary": True, "verified": False}]
    assert requests.get(f"{api}/user/emails", headers=bearer).json()[0]["verified"] is False
    denied = requests.get(f"{api}/user")
    assert denied.status_code == 401
    assert denied.json()["message"] == "Bad credentials"


# ------------------------------------------------------------------ bookkeeping


def test_request_log_issued_tokens_and_reset(provider: FakeIdentityProvider) -> None:
    body = tokens(provider)
    issued = provider.access_tokens()
    assert {body["access_token"], body["refresh_token"], body["id_token"]} <= set(issued)
    paths = [entry["path"] for entry in provider.requests]
    assert paths == ["/google/authorize", "/google/token"]
    assert provider.requests[1]["form"]["grant_type"] == "authorization_code"
    provider.identity["name"] = "Someone"
    provider.token_status = 500
    provider.reset()
    assert provider.requests == []
    assert provider.access_tokens() == []
    assert provider.identity["name"] == "Grace Hopper"
    assert provider.token_status is None
    assert provider.id_token_issuer["google"] == provider.issuer("google")


# ------------------------------------------------------------------ authlib round trip


def client_app(provider: FakeIdentityProvider) -> Flask:
    """A minimal Flask app using authlib the way SMATRX does, to prove the fake fits it."""
    app = Flask(__name__)
    app.secret_key = "test"
    oauth = OAuth(app)
    for realm in ("google", "linkedin"):
        client_id, secret = provider.clients[realm]
        oauth.register(
            realm,
            client_id=client_id,
            client_secret=secret,
            server_metadata_url=provider.discovery_url(realm),
            client_kwargs={"scope": "openid email profile", "code_challenge_method": "S256"},
        )
    oauth.register(
        "github",
        client_id="gh-client",
        client_secret="gh-secret",
        authorize_url=f"{provider.base_url}/github/login/oauth/authorize",
        access_token_url=f"{provider.base_url}/github/login/oauth/access_token",
        api_base_url=f"{provider.base_url}/github/api/v3/",
        client_kwargs={"scope": "read:user user:email", "code_challenge_method": "S256"},
    )

    @app.get("/login/<realm>")
    def login(realm: str) -> Any:
        return oauth.create_client(realm).authorize_redirect(f"http://localhost/cb/{realm}")

    @app.get("/cb/<realm>")
    def callback(realm: str) -> Any:
        client = oauth.create_client(realm)
        try:
            token = client.authorize_access_token()
        except Exception as exc:  # authlib raises OAuthError or joserfc errors
            return jsonify(error=type(exc).__name__), 400
        if realm == "github":
            return jsonify(client.get("user", token=token).json())
        return jsonify(token["userinfo"])

    return app


def round_trip(provider: FakeIdentityProvider, realm: str) -> Any:
    client = client_app(provider).test_client()
    to_provider = client.get(f"/login/{realm}").headers["Location"]
    back = requests.get(to_provider, allow_redirects=False).headers["Location"]
    parts = urlsplit(back)
    return client.get(f"{parts.path}?{parts.query}")


@pytest.mark.parametrize("realm", ["google", "linkedin", "github"])
def test_authlib_flask_client_round_trip(provider: FakeIdentityProvider, realm: str) -> None:
    response = round_trip(provider, realm)
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    if realm == "github":
        assert body["login"] == "ghopper"
    else:
        assert body["email"] == "grace@example.com"
        assert body["sub"] == "1001"
    authorize_args = next(e["args"] for e in provider.requests if "authorize" in e["path"])
    assert authorize_args["code_challenge_method"] == "S256"


@pytest.mark.parametrize(
    ("mode", "error"),
    [
        ("forged", "BadSignatureError"),
        ("expired", "ExpiredTokenError"),
        ("wrong_nonce", "InvalidClaimError"),
        # authlib 1.9 never compares aud itself; only its azp rule catches a foreign aud.
        ("wrong_audience", "MissingClaimError"),
    ],
)
def test_authlib_rejects_bad_id_tokens(
    provider: FakeIdentityProvider, mode: str, error: str
) -> None:
    provider.id_token_mode = mode
    response = round_trip(provider, "google")
    assert response.status_code == 400
    assert response.get_json()["error"] == error


def test_authlib_sees_a_denied_consent(provider: FakeIdentityProvider) -> None:
    provider.authorize_error = "access_denied"
    response = round_trip(provider, "linkedin")
    assert response.get_json()["error"] == "OAuthError"
