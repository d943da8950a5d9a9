"""/profile: the person's own profile — a summary of their skills, goals and badges
(profile/summary.py), then each section, editable in place.

Every section is a card (profile/_section.html) that the page renders in view mode and
that HTMX swaps for its edit form and back. Without JavaScript the same URLs answer with
the whole page (the section being edited shows its form), so nothing needs HTMX to work.
The forms are the wizard's (SECTION_FORMS): one set of rules for both.
"""

from __future__ import annotations

import zlib
from typing import Any

from flask import abort, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import is_partial, page_or_fragment, written
from smatrx.models import Profile, User
from smatrx.profile import bp
from smatrx.profile.choices import (
    AVAILABILITY_LABELS,
    CAREER_STAGE_LABELS,
    REMOTE_LABELS,
    TIMELINE_LABELS,
)
from smatrx.profile.display import display_url, filled_sections, format_salary, format_years
from smatrx.profile.forms import SECTION_FORMS, SectionForm
from smatrx.profile.services import get_or_create_profile
from smatrx.profile.steps import STEPS, Step, step_by_key
from smatrx.profile.summary import profile_summary

PAGE = "profile/index.html"
SECTION = "profile/_section.html"
SECTIONS = tuple(step for step in STEPS if step.key in SECTION_FORMS)
LABELS = {
    "career_stage": CAREER_STAGE_LABELS,
    "availability": AVAILABILITY_LABELS,
    "remote_preference": REMOTE_LABELS,
    "career_timeline": TIMELINE_LABELS,
}
# Initials circles take one of these (white text on each meets 4.5:1), the same one for a
# person every time.
AVATAR_COLOURS = 6


def initials(user: User) -> str:
    """Up to two letters: first and last word of the name, else the email's first letter."""
    words = [word for word in (user.name or "").split() if word[0].isalnum()]
    if words:
        letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    else:
        letters = next((c for c in (user.email or "") if c.isalnum()), "?")
    return letters.upper()


def avatar_colour(user: User) -> int:
    return zlib.crc32(user.id.encode()) % AVATAR_COLOURS


def avatar_image(user: User) -> str | None:
    """The provider's picture, when it is a web address (never javascript: or data:)."""
    image = (user.image or "").strip()
    return image if image.startswith(("https://", "http://")) else None


def _section_or_404(key: str) -> Step:
    step = step_by_key(key)
    if step is None or key not in SECTION_FORMS:
        abort(404)
    return step


def _context(profile: Profile) -> dict[str, Any]:
    return {
        "profile": profile,
        "sections": SECTIONS,
        "filled": filled_sections(profile),
        "labels": LABELS,
        "salary_text": format_salary(profile.salary_expectation),
        "years_text": format_years(profile.years_experience),
        "display_url": display_url,
        "avatar": {
            "image": avatar_image(current_user),
            "initials": initials(current_user),
            "colour": avatar_colour(current_user),
        },
    }


def _autofocus(form: SectionForm) -> None:
    """Focus lands on the first invalid field, else the first field (htmx focuses
    [autofocus] in swapped-in content; browsers do on page load)."""
    fields = [f for f in form if f.type not in ("CSRFTokenField", "HiddenField")]
    target = next((f for f in fields if f.errors), fields[0])
    # A new dict: render_kw may be the dict every instance of the form class shares.
    target.render_kw = {**(target.render_kw or {}), "autofocus": True}


def _page(profile: Profile, editing: Step | None = None, form: SectionForm | None = None) -> str:
    # The summary is the whole page's only: a section's fragment does not read it.
    summary = profile_summary(db.session, current_user.id)
    return render_template(PAGE, editing=editing, form=form, summary=summary, **_context(profile))


def _fragment(step: Step, form: SectionForm | None, context: dict[str, Any]) -> str:
    # A section swapped back to its view puts focus on its Edit button.
    return render_template(SECTION, section=step, form=form, focus_edit=form is None, **context)


def _edit(profile: Profile, step: Step, form: SectionForm, status: int = 200) -> Response:
    _autofocus(form)
    return page_or_fragment(
        lambda: _page(profile, step, form),
        lambda: _fragment(step, form, _context(profile)),
        status,
    )


@bp.get("")
@login_required
def index() -> str:
    profile = get_or_create_profile(current_user)
    return _page(profile)


@bp.get("/<section>")
@login_required
def section(section: str) -> Response | str:
    step = _section_or_404(section)
    if not is_partial():
        return redirect(url_for("profile.index", _anchor=f"section-{step.key}"))
    return _fragment(step, None, _context(get_or_create_profile(current_user)))


@bp.get("/<section>/edit")
@login_required
def edit(section: str) -> Response:
    step = _section_or_404(section)
    profile = get_or_create_profile(current_user)
    form = SECTION_FORMS[step.key](formdata=None)
    form.load(profile)
    return _edit(profile, step, form)


@bp.post("/<section>")
@login_required
def update(section: str) -> Response:
    step = _section_or_404(section)
    profile = get_or_create_profile(current_user)
    form = SECTION_FORMS[step.key]()
    if not form.validate_on_submit():
        return _edit(profile, step, form, 422)
    form.save(profile)
    db.session.commit()

    def fragments() -> str:
        context = _context(profile)
        # The header shows the About section and how much is filled in: refresh it too.
        return _fragment(step, None, context) + render_template(
            "profile/_header.html", oob=True, **context
        )

    message = "Saved." if is_partial() else f"Your changes to “{step.title}” are saved."
    back = url_for("profile.index", _anchor=f"section-{step.key}")
    return written(message, fragments=fragments, back_to=back)
