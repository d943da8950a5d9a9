"""The three providers: which are enabled, their endpoints, and how to get an Identity
from a finished authorization.

Each app gets its own authlib registry (app.extensions), built from its configuration:
a provider is enabled only when its client id and secret are set, and every endpoint can
be overridden (GitHub Enterprise Server, local test providers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from authlib.integrations.flask_client import FlaskOAuth2App, OAuth
from flask import Flask, current_app

from smatrx.auth.oauth.identity import Identity, identity_from_github, identity_from_oidc

_EXTENSION_KEY = "smatrx.oauth"


@dataclass(frozen=True)
class Provider:
    name: str
    label: str
    scope: str
    pkce: bool
    oidc: bool


PROVIDERS = {
    "github": Provider("github", "GitHub", "read:user user:email", pkce=True, oidc=False),
    "google": Provider("google", "Google", "openid email profile", pkce=True, oidc=True),
    # LinkedIn's OpenID Connect product documents no PKCE for web apps.
    "linkedin": Provider("linkedin", "LinkedIn", "openid profile email", pkce=False, oidc=True),
}

DEFAULT_DISCOVERY = {
    "google": "https://accounts.google.com/.well-known/openid-configuration",
    "linkedin": "https://www.linkedin.com/oauth/.well-known/openid-configuration",
}
# The issuer LinkedIn documents; its id_tokens have not always carried the discovery
# document's issuer, so this value is accepted as well (LINKEDIN_ISSUER overrides it).
LINKEDIN_DOCUMENTED_ISSUER = "https://www.linkedin.com/oauth"


class OverridableOAuth2App(FlaskOAuth2App):
    """authlib lets authorize_url / access_token_url win over discovery, but a loaded
    discovery document replaces userinfo and JWKS endpoints: re-apply those overrides."""

    endpoint_overrides: dict[str, str] = {}

    def load_server_metadata(self) -> dict[str, Any]:
        metadata = super().load_server_metadata()
        metadata.update(self.endpoint_overrides)
        return metadata


class Registry(OAuth):
    oauth2_client_cls = OverridableOAuth2App


def _setting(config: dict[str, Any], provider: str, name: str) -> str:
    return (config.get(f"{provider.upper()}_{name}") or "").strip()


def enabled_providers(config: dict[str, Any] | None = None) -> list[Provider]:
    config = config if config is not None else current_app.config
    return [
        provider
        for name, provider in PROVIDERS.items()
        if _setting(config, name, "CLIENT_ID") and _setting(config, name, "CLIENT_SECRET")
    ]


def _github_endpoints(config: dict[str, Any]) -> dict[str, Any]:
    base = (_setting(config, "github", "BASE_URL") or "https://github.com").rstrip("/")
    api = _setting(config, "github", "API_URL") or (
        "https://api.github.com" if base == "https://github.com" else f"{base}/api/v3"
    )
    return {
        "authorize_url": _setting(config, "github", "AUTHORIZE_URL")
        or f"{base}/login/oauth/authorize",
        "access_token_url": _setting(config, "github", "TOKEN_URL")
        or f"{base}/login/oauth/access_token",
        "api_base_url": api.rstrip("/") + "/",
    }


def github_api_urls(config: dict[str, Any]) -> tuple[str, str]:
    """REST and GraphQL bases: api.github.com for github.com; /api/v3 and /api/graphql on a
    GitHub Enterprise Server (GITHUB_BASE_URL); each overridable."""
    rest = _github_endpoints(config)["api_base_url"].rstrip("/")
    graphql = _setting(config, "github", "GRAPHQL_URL")
    if not graphql:
        base = (_setting(config, "github", "BASE_URL") or "https://github.com").rstrip("/")
        graphql = (
            "https://api.github.com/graphql"
            if base == "https://github.com"
            else f"{base}/api/graphql"
        )
    return rest, graphql


def _oidc_endpoints(config: dict[str, Any], name: str) -> dict[str, Any]:
    endpoints: dict[str, Any] = {
        "server_metadata_url": _setting(config, name, "DISCOVERY_URL") or DEFAULT_DISCOVERY[name]
    }
    if _setting(config, name, "AUTHORIZE_URL"):
        endpoints["authorize_url"] = _setting(config, name, "AUTHORIZE_URL")
    if _setting(config, name, "TOKEN_URL"):
        endpoints["access_token_url"] = _setting(config, name, "TOKEN_URL")
    return endpoints


def init_app(app: Flask) -> None:
    registry = Registry(app)
    config = app.config
    for provider in enabled_providers(config):
        client_kwargs: dict[str, Any] = {
            "scope": provider.scope,
            "default_timeout": config["OAUTH_TIMEOUT_SECONDS"],
        }
        if provider.pkce:
            client_kwargs["code_challenge_method"] = "S256"
        endpoints = (
            _github_endpoints(config)
            if provider.name == "github"
            else _oidc_endpoints(config, provider.name)
        )
        client = registry.register(
            provider.name,
            client_id=_setting(config, provider.name, "CLIENT_ID"),
            client_secret=_setting(config, provider.name, "CLIENT_SECRET"),
            client_kwargs=client_kwargs,
            **endpoints,
        )
        if provider.oidc:
            overrides = {
                key: _setting(config, provider.name, setting)
                for key, setting in (
                    ("userinfo_endpoint", "USERINFO_URL"),
                    ("jwks_uri", "JWKS_URL"),
                )
                if _setting(config, provider.name, setting)
            }
            client.endpoint_overrides = overrides
    app.extensions[_EXTENSION_KEY] = registry


def client_for(name: str) -> OverridableOAuth2App:
    client = current_app.extensions[_EXTENSION_KEY].create_client(name)
    if client is None:
        raise LookupError(name)
    return client


def accepted_issuers(name: str, client: OverridableOAuth2App) -> list[str]:
    issuers = [client.load_server_metadata().get("issuer", "")]
    if name == "linkedin":
        issuers.append(
            _setting(current_app.config, "linkedin", "ISSUER") or LINKEDIN_DOCUMENTED_ISSUER
        )
    return [issuer for issuer in issuers if issuer]


class UnverifiableAnswer(ValueError):
    """The provider's answer cannot be trusted: no id_token from an OpenID Connect
    provider, or a userinfo answer about someone else than the id_token."""


def finish_authorization(name: str) -> tuple[Identity, dict[str, Any]]:
    """Exchange the code (state checked, PKCE verifier sent), validate the id_token
    (signature, iss, aud, exp, nonce) and read the person's identity. Raises authlib's
    OAuthError / JoseError, requests' exceptions or UnverifiableAnswer; the view turns each
    into a message."""
    provider = PROVIDERS[name]
    client = client_for(name)
    if provider.oidc:
        token = client.authorize_access_token(
            claims_options={
                "iss": {"essential": True, "values": accepted_issuers(name, client)},
                # authlib checks aud only through azp; say it outright.
                "aud": {"essential": True, "values": [client.client_id]},
                "exp": {"essential": True},
            }
        )
        if "userinfo" not in token:
            raise UnverifiableAnswer("no id_token")
        claims = dict(token["userinfo"])
        if name == "linkedin":
            # LinkedIn's id_token is thin; its userinfo endpoint has the profile.
            info = client.userinfo(token=token)
            if str(info.get("sub")) != str(claims["sub"]):
                raise UnverifiableAnswer("userinfo is about someone else")
            claims.update(info)
        return identity_from_oidc(name, claims), token
    token = client.authorize_access_token()
    user = client.get("user", token=token)
    user.raise_for_status()
    emails = client.get("user/emails", token=token)
    # Without the user:email scope the list is refused: carry on with no verified address.
    email_list = emails.json() if emails.ok else []
    return identity_from_github(
        user.json(), email_list if isinstance(email_list, list) else []
    ), token
