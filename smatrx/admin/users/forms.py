"""One form per admin action. Every write carries the CSRF token; the row actions also carry
the list's address (next) so the admin lands back on the same search and page."""

from __future__ import annotations

from flask import url_for
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectChoice, SelectField
from wtforms.validators import AnyOf, InputRequired

from smatrx.auth.forms import email_field
from smatrx.auth.redirects import safe_next
from smatrx.models.choices import USER_ROLES

ROLE_LABELS = {"member": "Member", "verifier": "Verifier", "admin": "Admin"}
ROLE_CHOICES = [SelectChoice(role, ROLE_LABELS[role]) for role in USER_ROLES]


class ReturnToListForm(FlaskForm):
    next = HiddenField()

    def return_url(self) -> str:
        """Where to go after the write: the list as the admin saw it (only a local path)."""
        return safe_next(self.next.data) or url_for("admin.users")


class RoleForm(ReturnToListForm):
    # validate_choice=False: AnyOf says what is wrong in words, not "Not a valid choice".
    role = SelectField(
        "Role",
        choices=ROLE_CHOICES,
        validate_choice=False,
        validators=[
            InputRequired("Choose a role."),
            AnyOf(USER_ROLES, message="Choose member, verifier or admin."),
        ],
    )


class DeactivateForm(ReturnToListForm):
    """CSRF and the way back: deactivating signs the person out everywhere."""


class ReactivateForm(ReturnToListForm):
    """CSRF and the way back."""


class EndSessionsForm(ReturnToListForm):
    """CSRF and the way back."""


class InviteForm(FlaskForm):
    email = email_field("Email address", "Enter the address to invite.")


class RevokeInviteForm(FlaskForm):
    """CSRF only: revoking makes the link unusable."""
