"""One form per action of the sign-in flows; every rule a sentence the person understands."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, StringField, ValidationError
from wtforms.validators import DataRequired, EqualTo, Length, Optional

from smatrx.auth.passwords import MAX_LENGTH, password_problems
from smatrx.auth.services import normalise_email

EMAIL_MAX = 254
NAME_MAX = 100


class EmailAddress:
    """Checks the address with email-validator and keeps its normalised, lower-cased form."""

    def __call__(self, form: FlaskForm, field: EmailField) -> None:
        try:
            field.data = normalise_email(field.data or "")
        except ValueError as exc:
            raise ValidationError(f"Enter a valid email address. {exc}") from exc


class StrongPassword:
    """The password rules; the address compared against is the form's email field, or the
    one given when the form has none (reset, account page)."""

    def __init__(self, email_field: str | None = "email") -> None:
        self.email_field = email_field

    def __call__(self, form: FlaskForm, field: PasswordField) -> None:
        email = getattr(form, "known_email", None)
        if self.email_field and hasattr(form, self.email_field):
            email = getattr(form, self.email_field).data
        problems = password_problems(field.data or "", email)
        if problems:
            raise ValidationError(" ".join(problems))


def email_field(
    label: str = "Email address", required_message: str = "Enter your email address."
) -> EmailField:
    return EmailField(
        label,
        validators=[
            DataRequired(required_message),
            Length(max=EMAIL_MAX, message=f"Use at most {EMAIL_MAX} characters."),
            EmailAddress(),
        ],
        render_kw={"autocomplete": "email", "spellcheck": "false"},
    )


def new_password_fields(label: str = "Password") -> tuple[PasswordField, PasswordField]:
    password = PasswordField(
        label,
        validators=[DataRequired("Choose a password."), StrongPassword()],
        description="At least 10 characters; not your email, not a common password.",
        render_kw={"autocomplete": "new-password", "maxlength": MAX_LENGTH},
    )
    confirm = PasswordField(
        "Repeat the password",
        validators=[
            DataRequired("Repeat the password."),
            EqualTo("password", "The two passwords do not match."),
        ],
        render_kw={"autocomplete": "new-password"},
    )
    return password, confirm


class RegisterForm(FlaskForm):
    name = StringField(
        "Your name",
        validators=[Optional(), Length(max=NAME_MAX, message="Use at most 100 characters.")],
        render_kw={"autocomplete": "name"},
    )
    email = email_field()
    password, confirm = new_password_fields()
    # The versions of the terms and privacy notice the page showed (issue 19): recorded as
    # accepted; one that is no longer the published one is refused with a message.
    terms_version = HiddenField(validators=[Optional(), Length(max=200)])
    privacy_version = HiddenField(validators=[Optional(), Length(max=200)])


class SignInForm(FlaskForm):
    email = email_field()
    password = PasswordField(
        "Password",
        validators=[DataRequired("Enter your password."), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )


class EmailOnlyForm(FlaskForm):
    """Forgotten password, new verification link."""

    email = email_field()


class ResetPasswordForm(FlaskForm):
    password, confirm = new_password_fields()


class ConfirmForm(FlaskForm):
    """A button that proves the click came from this site (CSRF) for link actions."""
