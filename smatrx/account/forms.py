"""One form per account action."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length, Optional

from smatrx.auth.forms import NAME_MAX, email_field, new_password_fields
from smatrx.auth.passwords import MAX_LENGTH
from smatrx.forms import PrefixedForm


def current_password_field() -> PasswordField:
    return PasswordField(
        "Current password",
        validators=[DataRequired("Enter your current password."), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )


class NameForm(PrefixedForm):
    form_prefix = "name"
    name = StringField(
        "Name",
        validators=[Optional(), Length(max=NAME_MAX, message="Use at most 100 characters.")],
        render_kw={"autocomplete": "name"},
    )


class EmailChangeForm(PrefixedForm):
    form_prefix = "email"

    email = email_field("New email address")
    current_password = current_password_field()


class PasswordChangeForm(PrefixedForm):
    form_prefix = "password"

    current_password = current_password_field()
    password, confirm = new_password_fields("New password")


class EndSessionForm(FlaskForm):
    """CSRF only: ending a session is a state change."""
