"""Where to send people after sign-in: only ever a path on this site."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import request, session, url_for

from smatrx.htmx import current_url, is_htmx


def safe_next(target: str | None) -> str | None:
    """The target if it is a local path ("/x", not "//evil", "https://evil", "/\\\\evil")."""
    if not target:
        return None
    target = target.strip()
    if any(ch in target for ch in "\\\r\n\t") or not target.startswith("/"):
        return None
    if target.startswith("//"):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def sign_in_url_for_current_page() -> str:
    """The sign-in URL with next= the page the person was on: for an HTMX request the page
    (not the fragment), for a form post the page the form was on."""
    if is_htmx():
        page = urlsplit(current_url())
        current = page.path + (f"?{page.query}" if page.query else "")
    elif request.method == "GET":
        current = request.full_path.rstrip("?")
    else:
        current = urlsplit(request.referrer or "").path
    return url_for("auth.login", next=safe_next(current))


# Where a person was going when they had to create an account first (an invitation's
# link, say): kept in their session across "check your inbox" until the address is
# confirmed in the same browser.
DESTINATION_KEY = "destination_after_sign_up"


def remember_destination(target: str | None) -> None:
    """Keep a local path to go to once the new account is confirmed (nothing else)."""
    target = safe_next(target)
    if target:
        session[DESTINATION_KEY] = target
    else:
        session.pop(DESTINATION_KEY, None)


def pop_destination() -> str | None:
    """The remembered path, once: the next sign-up starts with none."""
    return safe_next(session.pop(DESTINATION_KEY, None))
