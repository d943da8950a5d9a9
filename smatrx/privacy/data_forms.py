"""One form per privacy action."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length, Optional

from smatrx.auth.passwords import MAX_LENGTH


class ExportRequestForm(FlaskForm):
    """CSRF only: asking for an export starts a job."""


class DeleteAccountForm(FlaskForm):
    """Typing the address proves intent; the password (when the account has one) proves
    it is the person. A password-less account re-authenticates with its provider instead."""

    email = StringField(
        "Type your email address to confirm",
        validators=[DataRequired("Type your email address to confirm."), Length(max=320)],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    password = PasswordField(
        "Your password",
        validators=[Optional(), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )


class AdminEraseForm(FlaskForm):
    """The admin types the person's address and their own password."""

    email = StringField(
        "Type this person's email address to confirm",
        validators=[DataRequired("Type the person's email address to confirm."), Length(max=320)],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    password = PasswordField(
        "Your own password",
        validators=[DataRequired("Enter your own password."), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )
