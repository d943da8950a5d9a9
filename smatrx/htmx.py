"""HTMX answers in one place: one URL serves the whole page or just the region an HTMX
request asks for, and every write answers the same way — an HTMX region request gets the
fragments it changed plus a toast, anything else a flash and a redirect (post/redirect/get).

Views read HX-* request headers and set HX-* response headers only through these helpers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask, Response, current_app, flash, make_response, redirect, request
from jinja2_fragments.flask import render_block

Fragments = Callable[[], str]


def is_htmx() -> bool:
    """Any request htmx made (boosted navigations and history restores included)."""
    return request.headers.get("HX-Request") == "true"


def is_boosted() -> bool:
    return is_htmx() and request.headers.get("HX-Boosted") == "true"


def is_partial() -> bool:
    """True for an HTMX request that swaps a region (not a boosted navigation, not a
    history restore, which both need the whole page)."""
    return (
        is_htmx()
        and not is_boosted()
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


def current_url() -> str:
    """The address of the page an HTMX request was made from ("" for other requests)."""
    return request.headers.get("HX-Current-URL", "") if is_htmx() else ""


def render_page_or_block(template: str, block: str, **context: Any) -> str:
    """The named block of a page for an HTMX region request, the whole page otherwise."""
    from flask import render_template

    if is_partial():
        return render_block(template, block, **context)
    return render_template(template, **context)


def page_or_fragment(page: Fragments, fragment: Fragments, status: int = 200) -> Response:
    """A region request gets the fragment, anything else the page; only one is rendered
    (e.g. a form with its errors, status 422)."""
    return make_response(fragment() if is_partial() else page(), status)


def toast(
    message: str, kind: str = "success", *, title: str | None = None, oob: bool = True
) -> str:
    """A toast for the layout's #toasts, appended out of band unless the answer itself is
    retargeted there (kind: success, info, warning or error; warnings and errors stay until
    the page changes or are closed). Name the thing in the message (`Added “Docker”…`);
    static/js/app.js gives each toast a close button and keeps the newest three."""
    macro = current_app.jinja_env.get_template("_macros/toast.html").module.toast
    return str(macro(message, kind, title=title, oob=oob))


def trigger(response: Response, event: str, detail: Any = None) -> Response:
    """Add an HX-Trigger event (merged with any already set) for regions listening on body."""
    existing = response.headers.get("HX-Trigger")
    events: dict[str, Any] = {}
    if existing:
        try:
            events = json.loads(existing)
        except ValueError:
            events = {name.strip(): None for name in existing.split(",") if name.strip()}
    events[event] = detail
    response.headers["HX-Trigger"] = json.dumps(events)
    return response


def retarget(response: Response, target: str, swap: str = "outerHTML") -> Response:
    """Send the answer to another element than the one that asked (HX-Retarget/HX-Reswap)."""
    response.headers["HX-Retarget"] = target
    return reswap(response, swap)


def reswap(response: Response, swap: str) -> Response:
    """Swap the answer another way than the element asked (e.g. "delete" or "none")."""
    response.headers["HX-Reswap"] = swap
    return response


def push_url(response: Response, url: str) -> Response:
    """Put url in the address bar and history after an in-place swap."""
    response.headers["HX-Push-Url"] = url
    return response


def refresh(response: Response) -> Response:
    """Have htmx reload the whole page after this answer."""
    response.headers["HX-Refresh"] = "true"
    return response


def hx_redirect(url: str, status: int = 200) -> Response:
    """Send the whole browser to url (htmx must not swap the next page into a fragment)."""
    response = make_response("", status)
    response.headers["HX-Redirect"] = url
    return response


def redirect_to(url: str, *, htmx_status: int = 200) -> Response:
    """A redirect that also works for any HTMX request (HX-Redirect instead of a 302 that
    htmx would follow and swap in)."""
    return hx_redirect(url, htmx_status) if is_htmx() else redirect(url)


def redirects(response: Response) -> bool:
    """Whether the answer sends the browser elsewhere (a toast on it would be lost)."""
    return response.status_code in range(300, 400) or any(
        header in response.headers for header in ("HX-Redirect", "HX-Refresh", "HX-Location")
    )


def written(
    messages: str | Iterable[tuple[str, str]],
    *,
    fragments: Fragments,
    back_to: str,
    kind: str = "success",
) -> Response:
    """The answer to a write. A region request gets fragments() plus a toast per message;
    anything else a flash per message and a redirect to back_to. messages is one message
    (of kind) or (message, kind) pairs."""
    pairs = [(messages, kind)] if isinstance(messages, str) else list(messages)
    if not is_partial():
        for message, message_kind in pairs:
            flash(message, message_kind)
        return redirect(back_to)
    html = fragments() + "".join(toast(message, message_kind) for message, message_kind in pairs)
    return make_response(html)


def init_app(app: Flask) -> None:
    @app.after_request
    def vary_on_hx_request(response: Response) -> Response:
        # Caches must not serve a fragment where a page was asked for, or the other way round.
        response.vary.add("HX-Request")
        return response
