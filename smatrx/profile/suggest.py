"""Typeahead and tag-suggestion fragments for the profile forms (wizard and /profile)."""

from __future__ import annotations

from flask import abort, render_template, request
from sqlalchemy import select

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.models import CareerRole
from smatrx.models.base import escape_like
from smatrx.profile import bp
from smatrx.profile.choices import INDUSTRIES, SPOKEN_LANGUAGES
from smatrx.profile.forms import DirectionForm, LanguagesForm
from smatrx.text import clean_list

SUGGESTION_LIMIT = 8
TAG_SUGGESTIONS = {"languages": SPOKEN_LANGUAGES, "industries": INDUSTRIES}


def role_matches(query: str, limit: int = SUGGESTION_LIMIT) -> list[CareerRole]:
    """Roles whose title contains the query (case-insensitive), prefix matches first."""
    query = query.strip()
    statement = select(CareerRole).order_by(CareerRole.title).limit(limit)
    if query:
        escaped = escape_like(query)
        statement = (
            select(CareerRole)
            .where(CareerRole.title.ilike(f"%{escaped}%"))
            .order_by(CareerRole.title.ilike(f"{escaped}%").desc(), CareerRole.title)
            .limit(limit)
        )
    return list(db.session.scalars(statement))


@bp.get("/suggest/roles")
@login_required
def role_suggestions() -> str:
    query = request.args.get("target_role", "")[:120]
    suggestions = role_matches(query)
    # Nothing to suggest once the field holds exactly a catalog title.
    if len(suggestions) == 1 and suggestions[0].title.casefold() == query.strip().casefold():
        suggestions = []
    return render_template("profile/_role_suggestions.html", suggestions=suggestions)


@bp.get("/suggest/role-field")
@login_required
def role_field() -> str:
    """The target-role field again, holding the chosen suggestion."""
    form = DirectionForm(formdata=None)
    form.target_role.data = request.args.get("value", "")[:120]
    return render_template("profile/_role_field.html", form=form)


@bp.get("/suggest/tags/<name>")
@login_required
def tag_field(name: str) -> str:
    """A tag field again with the suggestion added (the typed text comes along)."""
    if name not in TAG_SUGGESTIONS:
        abort(404)
    form = LanguagesForm(formdata=None)
    field = getattr(form, name)
    current = request.args.get(name, "")
    field.data = clean_list([*current.split(","), request.args.get("add", "")])
    return render_template(
        "profile/_tag_field.html", field=field, suggestions=TAG_SUGGESTIONS[name]
    )
