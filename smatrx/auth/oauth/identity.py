"""Who the provider says the person is, from each provider's answers. Pure: no Flask."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Identity:
    provider: str
    account_id: str  # the provider's stable user id (providerAccountId)
    email: str | None
    email_verified: bool
    name: str | None
    image: str | None
    profile: dict[str, Any] = field(default_factory=dict)  # nothing secret


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _bool(value: Any) -> bool:
    # Some providers send "true"/"false" strings in userinfo.
    return value is True or (isinstance(value, str) and value.lower() == "true")


def identity_from_github(user: dict[str, Any], emails: list[dict[str, Any]]) -> Identity:
    """GitHub: /user gives the profile; the verified primary address comes from
    /user/emails (the public email on /user is often empty or not the primary)."""
    primary = next((e for e in emails if e.get("primary") and e.get("verified")), None)
    email = _clean(primary.get("email")) if primary else None
    profile = {
        "login": _clean(user.get("login")),
        "email": email.lower() if email else None,  # which address this link is (account page)
        "name": _clean(user.get("name")),
        "location": _clean(user.get("location")),
        "company": _clean(user.get("company")),
        "bio": _clean(user.get("bio")),
        "profile_url": _clean(user.get("html_url")),
        "website": _clean(user.get("blog")),
    }
    return Identity(
        provider="github",
        account_id=str(user["id"]),
        email=email.lower() if email else None,
        email_verified=email is not None,
        name=_clean(user.get("name")) or _clean(user.get("login")),
        image=_clean(user.get("avatar_url")),
        profile={key: value for key, value in profile.items() if value},
    )


def identity_from_oidc(provider: str, claims: dict[str, Any]) -> Identity:
    """Google and LinkedIn: standard OpenID Connect claims (id_token or userinfo)."""
    email = _clean(claims.get("email"))
    name = _clean(claims.get("name")) or " ".join(
        part
        for part in (_clean(claims.get("given_name")), _clean(claims.get("family_name")))
        if part
    )
    profile = {
        "name": name or None,
        "email": email.lower() if email else None,  # which address this link is (account page)
        "locale": _clean(claims.get("locale")),
        "profile_url": _clean(claims.get("profile")),
        "headline": _clean(claims.get("headline")),
    }
    return Identity(
        provider=provider,
        account_id=str(claims["sub"]),
        email=email.lower() if email else None,
        email_verified=bool(email) and _bool(claims.get("email_verified")),
        name=name or None,
        image=_clean(claims.get("picture")),
        profile={key: value for key, value in profile.items() if value},
    )
