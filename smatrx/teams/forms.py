"""Forms of the team pages (one per action). Every field takes one value and refuses
control characters, as the admin's forms do (smatrx.forms)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms.validators import DataRequired, Length, Optional

from smatrx.forms import (
    OneStringField,
    OneTextAreaField,
    collapse_spaces,
    no_control_characters,
    strip_spaces,
)

NAME_MAX = 80
DESCRIPTION_MAX = 500


class TeamForm(FlaskForm):
    name = OneStringField(
        "Team name",
        filters=[collapse_spaces],
        validators=[
            DataRequired(message="Give the team a name."),
            Length(max=NAME_MAX, message=f"Keep the name to {NAME_MAX} characters."),
            no_control_characters,
        ],
        render_kw={"maxlength": NAME_MAX, "autocomplete": "off"},
    )
    description = OneTextAreaField(
        "What the team does",
        filters=[strip_spaces],
        validators=[
            Optional(),
            Length(max=DESCRIPTION_MAX, message=f"Keep it to {DESCRIPTION_MAX} characters."),
            no_control_characters,
        ],
        render_kw={"maxlength": DESCRIPTION_MAX, "rows": 3},
    )
