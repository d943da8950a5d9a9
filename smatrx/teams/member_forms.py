"""Forms of the members page and the join page, one per action. Text fields take one
value and refuse control characters (smatrx.forms); each form has its own prefix, so the
page's field ids stay unique."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Length, ValidationError

from smatrx.auth.forms import EMAIL_MAX, EmailAddress
from smatrx.forms import (
    OneSelectField,
    OneStringField,
    PrefixedForm,
    collapse_spaces,
    no_control_characters,
    strip_spaces,
)
from smatrx.models.choices import TEAM_ROLES
from smatrx.teams.forms import TeamForm

ROLE_LABELS = {"lead": "Lead", "member": "Member"}


class InviteEmailForm(PrefixedForm):
    form_prefix = "invite"

    email = OneStringField(
        "Email address",
        filters=[strip_spaces],
        validators=[
            DataRequired(message="Enter the address to send the invitation to."),
            Length(max=EMAIL_MAX, message=f"Keep the address to {EMAIL_MAX} characters."),
            no_control_characters,
            EmailAddress(),
        ],
        render_kw={
            "type": "email",
            "autocomplete": "off",
            "spellcheck": "false",
            "maxlength": EMAIL_MAX,
        },
    )


class ActionForm(FlaskForm):
    """A button that changes one thing (create a link, withdraw an invitation, remove a
    member, leave): nothing to fill in but the CSRF token."""


class RoleForm(FlaskForm):
    role = OneSelectField(
        "Role",
        choices=[SelectChoice(role, ROLE_LABELS[role]) for role in TEAM_ROLES],
        validate_choice=False,
        validators=[AnyOf(TEAM_ROLES, message="Choose lead or member.")],
    )


class TeamSettingsForm(TeamForm):
    """The team's name and description (the form /teams/new uses), on the members page."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("prefix", "team")
        super().__init__(*args, **kwargs)


class DeleteTeamForm(PrefixedForm):
    """Deleting asks for the team's name, typed: a slip of the mouse cannot delete it."""

    form_prefix = "delete"

    confirm_name = OneStringField(
        "Type the team's name to confirm",
        filters=[collapse_spaces],
        validators=[
            DataRequired(message="Type the team's name to delete it."),
            Length(max=200, message="That is not the team's name."),
            no_control_characters,
        ],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )

    def __init__(self, team_name: str, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.team_name = team_name

    def validate_confirm_name(self, field: OneStringField) -> None:
        if field.data != " ".join(self.team_name.split()):
            raise ValidationError(
                f"That is not the team's name. Type {self.team_name} exactly to delete it."
            )
