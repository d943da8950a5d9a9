"""The consent page's forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField
from wtforms.validators import AnyOf, DataRequired, Length


class AcceptForm(FlaskForm):
    """Accept the published terms and privacy notice; the versions are those the page
    showed (checked against the published ones on posting)."""

    terms_version = HiddenField(validators=[DataRequired(), Length(max=200)])
    privacy_version = HiddenField(validators=[DataRequired(), Length(max=200)])


class ChoiceForm(FlaskForm):
    """Grant ("1") or withdraw ("0") one optional purpose."""

    granted = HiddenField(validators=[AnyOf(("0", "1"), message="Choose on or off.")])
