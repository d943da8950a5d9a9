"""Where to send people after sign-in: only ever a path on this site."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import request, url_for

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
