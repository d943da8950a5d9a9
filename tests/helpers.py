"""Helpers for tests that act like a person in a browser: CSRF tokens, users, sign-in."""

from __future__ import annotations

import re
from typing import Any

from smatrx.auth.passwords import hash_password
from smatrx.extensions import db
from smatrx.models import Profile, User
from smatrx.models.base import utcnow
from smatrx.profile.steps import STEP_KEYS

PASSWORD = "correct horse battery staple"
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no csrf_token in the page"
    return match.group(1)


def csrf_for(client: Any, path: str = "/account") -> str:
    """The CSRF token a page carries (every page's layout has one; sign-in starts a new
    cookie, so a signed-in client must ask again after signing in)."""
    response = client.get(path)
    return csrf_from(response.get_data(as_text=True))


_default_hash: dict[str, str] = {}


def _password_hash(password: str) -> str:
    # argon2 is slow on purpose; one hash of the default password serves the whole run.
    if password != PASSWORD:
        return hash_password(password)
    if "hash" not in _default_hash:
        _default_hash["hash"] = hash_password(PASSWORD)
    return _default_hash["hash"]


def make_user(
    email: str = "ada@example.com",
    role: str = "member",
    *,
    password: str | None = PASSWORD,
    verified: bool = True,
    deactivated: bool = False,
    name: str | None = None,
    onboarded: bool = True,
) -> User:
    """A committed user; password=None makes one who cannot sign in with a password;
    onboarded=False leaves the onboarding wizard ahead of them."""
    user = User(
        email=email,
        name=name,
        password_hash=_password_hash(password) if password else None,
        role=role,
        email_verified=utcnow() if verified else None,
        deactivated_at=utcnow() if deactivated else None,
    )
    db.session.add(user)
    if onboarded:
        db.session.flush()
        steps = dict.fromkeys(STEP_KEYS, "done")
        db.session.add(
            Profile(
                user_id=user.id,
                onboarding_steps=steps,
                onboarding_completed=True,
                onboarding_completed_at=utcnow(),
            )
        )
    db.session.commit()
    return user


def sign_in(client: Any, email: str, password: str = PASSWORD, next_url: str | None = None) -> Any:
    token = csrf_for(client, "/login")
    path = "/login" + (f"?next={next_url}" if next_url else "")
    return client.post(path, data={"email": email, "password": password, "csrf_token": token})


def post_form(client: Any, page: str, action: str, data: dict | None = None, **kwargs: Any) -> Any:
    """Submit a form the way a browser does: read the page's CSRF token, then post."""
    token = csrf_for(client, page)
    return client.post(action, data={"csrf_token": token, **(data or {})}, **kwargs)


def main_content(response: Any, *replace: str) -> str:
    """The page's <main>, with the given strings and every form token blanked: what two
    answers must share when they may not reveal a difference."""
    html = response.get_data(as_text=True)
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    for text in replace:
        main = main.replace(text, "X")
    return re.sub(r'(value|data-csrf)="[^"]*"', r'\1=""', main)
