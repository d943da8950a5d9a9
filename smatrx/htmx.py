"""HTMX helpers: one URL serves the whole page or just the region an HTMX request asks for."""

from __future__ import annotations

import json
from typing import Any

from flask import Flask, Response, request
from jinja2_fragments.flask import render_block


def is_partial() -> bool:
    """True for an HTMX request that swaps a region (not a boosted navigation, not a
    history restore, which both need the whole page)."""
    headers = request.headers
    return (
        headers.get("HX-Request") == "true"
        and headers.get("HX-Boosted") != "true"
        and headers.get("HX-History-Restore-Request") != "true"
    )


def render_page_or_block(template: str, block: str, **context: Any) -> str:
    """The named block of a page for an HTMX region request, the whole page otherwise."""
    from flask import render_template

    if is_partial():
        return render_block(template, block, **context)
    return render_template(template, **context)


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


def init_app(app: Flask) -> None:
    @app.after_request
    def vary_on_hx_request(response: Response) -> Response:
        # Caches must not serve a fragment where a page was asked for, or the other way round.
        response.vary.add("HX-Request")
        return response
