"""One check at the boundary for every route, present and future: a request whose path,
query, form fields or upload names contain a NUL character is refused with 400 and a
message, before any view sees it.

Refused rather than stripped: PostgreSQL cannot store NUL in text, and nobody types one —
it comes from a tool or a damaged paste — so saying what happened beats quietly changing
what was sent."""

from __future__ import annotations

from flask import Flask, Response, request

NUL = "\x00"
MESSAGE = (
    "What you sent contains a NUL character (\\0), which cannot be stored. Remove it and try again."
)
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _pairs_have_nul(pairs: object) -> bool:
    return any(NUL in key or NUL in value for key, value in pairs)  # type: ignore[attr-defined]


def carries_nul() -> bool:
    """Whether the current request carries a NUL anywhere a view would read text."""
    if NUL in request.path or _pairs_have_nul(request.args.items(multi=True)):
        return True
    if request.mimetype not in _FORM_TYPES:
        return False
    if _pairs_have_nul(request.form.items(multi=True)):
        return True
    return any(
        NUL in (upload.filename or "") or NUL in name
        for name, upload in request.files.items(multi=True)
    )


def init_app(app: Flask) -> None:
    from smatrx.errors import render_error

    @app.before_request
    def refuse_nul_characters() -> Response | None:
        return render_error(400, MESSAGE) if carries_nul() else None
