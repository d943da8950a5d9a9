"""The headers every response carries: a Content-Security-Policy that allows no inline or
evaluated script (the pages have none; htmx is told not to inject styles or evaluate), no
framing, no MIME sniffing, a same-origin referrer, no powerful browser features, HSTS
behind TLS, and no caching of signed-in pages.

Style attributes stay allowed (style-src-attr): server-rendered charts colour their bars
with them. Images may come from any https origin: avatars are the sign-in providers'."""

from __future__ import annotations

from flask import Flask, Response, g

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data: https:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
    )
)
PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
HSTS = "max-age=31536000; includeSubDomains"


def _signed_in() -> bool:
    # Only when this request already loaded its person: never a query for the headers.
    user = g.get("_login_user")
    return bool(user is not None and user.is_authenticated)


def init_app(app: Flask) -> None:
    secure = bool(app.config.get("SESSION_COOKIE_SECURE"))

    @app.after_request
    def add_security_headers(response: Response) -> Response:
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CSP)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "same-origin")
        headers.setdefault("Permissions-Policy", PERMISSIONS)
        if secure:
            headers.setdefault("Strict-Transport-Security", HSTS)
        if _signed_in() and response.mimetype == "text/html":
            headers["Cache-Control"] = "no-store"
        return response
