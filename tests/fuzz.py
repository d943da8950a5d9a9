"""A small form fuzzer: crawl pages as a signed-in person, find every form and HTMX
target, and send mutated submissions (NUL, whitespace, huge, unicode, wrong types, values
outside a select's list, missing and repeated fields) with a valid CSRF token. Used by
tests/test_fuzz.py (a few hundred submissions in CI) and bench/bench_fuzz.py (10,000+).

No Flask imports: it drives a test client."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

# A page's CSRF token: a form's hidden field, or the layout's data-csrf (pages without forms).
_TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|data-csrf="([^"]+)"')


def csrf_of(html: str) -> str:
    """The page's CSRF token ("" when it has none: its forms are skipped)."""
    found = _TOKEN.search(html)
    return (found.group(1) or found.group(2)) if found else ""


# Actions that would end the fuzzing person's own session or account.
SKIPPED_ACTIONS = re.compile(r"/logout|/account/(delete|sessions|password|email)|/sessions/")

MUTATIONS = (
    "nul",
    "spaces",
    "empty",
    "huge",
    "unicode",
    "rtl",
    "number_words",
    "negative",
    "float_text",
    "outside_list",
    "missing",
    "repeated",
    "markup",
)


@dataclass
class Form:
    method: str
    action: str
    fields: dict[str, list[str]] = field(default_factory=dict)  # name -> values seen
    options: dict[str, list[str]] = field(default_factory=dict)  # select name -> options
    htmx: bool = False

    def key(self) -> tuple[str, str, tuple[str, ...]]:
        return (self.method, self.action, tuple(sorted(self.fields)))


class _FormParser(HTMLParser):
    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "form":
            method = (values.get("method") or "get").lower()
            action = values.get("hx-post") or values.get("action") or self.page
            htmx = "hx-post" in values
            if values.get("hx-post"):
                method = "post"
            self._form = Form(method=method, action=action, htmx=htmx)
            self.forms.append(self._form)
        elif tag in ("input", "textarea", "select") and self._form is not None:
            name = values.get("name")
            if not name:
                return
            self._form.fields.setdefault(name, []).append(values.get("value", ""))
            if tag == "select":
                self._select = name
                self._form.options.setdefault(name, [])
        elif tag == "option" and self._form is not None and self._select:
            self._form.options[self._select].append(values.get("value", ""))
        elif values.get("hx-post") and self._form is None:
            # A lone HTMX target (a button or link posting on its own).
            self.forms.append(Form(method="post", action=values["hx-post"], htmx=True))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def forms_in(page: str, html: str) -> list[Form]:
    parser = _FormParser(page)
    parser.feed(html)
    return [
        form
        for form in parser.forms
        if form.action.startswith("/") and not SKIPPED_ACTIONS.search(form.action)
    ]


def _mutated_value(kind: str, original: str, rng: random.Random) -> str:
    return {
        "nul": original[:10] + "\x00" + original[10:],
        "spaces": "   \t ",
        "empty": "",
        "huge": "x" * rng.choice((5_000, 100_000)),
        "unicode": "Zoë ✓ 🧪 漢字 " + "\u0301" * 5,
        "rtl": "\u202eevil\u202c مرحبا",
        "number_words": "twelve",
        "negative": "-1",
        "float_text": "1e309",
        "outside_list": "not-a-choice",
        "markup": '"><script>alert(1)</script>',
    }.get(kind, original)


def mutations(
    form: Form, csrf: str, rng: random.Random, count: int
) -> Iterator[list[tuple[str, str]]]:
    """count mutated submissions of form, each a list of (name, value) pairs."""
    names = [name for name in form.fields if name != "csrf_token"]
    for _ in range(count):
        pairs: list[tuple[str, str]] = [("csrf_token", csrf)]
        kind = rng.choice(MUTATIONS)
        target = rng.choice(names) if names else None
        for name in names:
            value = form.fields[name][0]
            if name == target:
                if kind == "missing":
                    continue
                if kind == "repeated":
                    pairs += [(name, value), (name, _mutated_value("unicode", value, rng))]
                    continue
                if kind == "outside_list" and name in form.options:
                    value = "not-a-choice"
                else:
                    value = _mutated_value(kind, value, rng)
            pairs.append((name, value))
        yield pairs


@dataclass
class Report:
    sent: int = 0
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def fuzz(
    client: Any,
    pages: Iterable[str],
    csrf_of: Any,
    *,
    per_form: int,
    seed: int = 14,
    limit: int | None = None,
) -> Report:
    """Crawl pages, then send per_form mutations to every distinct form (at most limit in
    all). csrf_of(html) reads a page's token. Every 5xx is a failure."""
    rng = random.Random(seed)
    report = Report()
    seen: dict[tuple[str, str, tuple[str, ...]], tuple[Form, str]] = {}
    for page in pages:
        response = client.get(page)
        if response.status_code != 200 or response.mimetype != "text/html":
            continue
        html = response.get_data(as_text=True)
        token = csrf_of(html)
        if not token:
            continue
        for form in forms_in(page, html):
            seen.setdefault(form.key(), (form, token))
    for form, token in seen.values():
        for pairs in mutations(form, token, rng, per_form):
            if limit is not None and report.sent >= limit:
                return report
            headers = {"HX-Request": "true", "X-CSRFToken": token} if form.htmx else {}
            if form.method == "post":
                answer = client.post(form.action, data=_multi(pairs), headers=headers)
            else:
                answer = client.get(form.action, query_string=_multi(pairs), headers=headers)
            report.sent += 1
            report.statuses[answer.status_code // 100 * 100] += 1
            if answer.status_code >= 500:
                report.failures.append(f"{form.method.upper()} {form.action} {pairs!r:.300}")
            # Input echoed into the cookie session: a browser drops a cookie over 4 KB, and
            # with it the sign-in.
            if len(answer.headers.get("Set-Cookie", "")) > 4000:
                report.failures.append(
                    f"cookie too large after {form.method.upper()} {form.action}"
                )
    return report


def _multi(pairs: list[tuple[str, str]]) -> Any:
    from werkzeug.datastructures import MultiDict

    return MultiDict(pairs)
