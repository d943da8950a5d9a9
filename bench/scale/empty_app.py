"""The floor of a signed-in page: SMATRX itself with one extra route, /bench/empty, that
needs a signed-in person and renders the layout with nothing in it. What it costs is what
every signed-in page pays before its own content: the session cookie, the session and its
person loaded in one statement, the onboarding gate, the CSRF token, the layout, the
transaction's end. throughput.py serves this app (`gunicorn --pythonpath bench/scale
empty_app:app`) in place of smatrx.wsgi:app; every other route is the product's own.
"""

from __future__ import annotations

from functools import cache

from flask import Flask, render_template
from flask_login import login_required

EMPTY_PAGE = "/bench/empty"


def add_empty_page(app: Flask) -> Flask:
    @app.get(EMPTY_PAGE, endpoint="bench_empty")
    @login_required
    def empty() -> str:
        return render_template("base.html")

    return app


@cache
def _served() -> Flask:
    from smatrx.wsgi import app as product

    return add_empty_page(product)


def __getattr__(name: str) -> Flask:
    # gunicorn imports `app` from here; tools that only want add_empty_page don't build it.
    if name == "app":
        return _served()
    raise AttributeError(name)
