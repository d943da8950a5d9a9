"""One form per roles action: a role's details, one requirement's values, adding a skill,
removing a requirement, deleting a role.

Every field takes one value: a field sent twice (a hand-made request) is an error next to
it, not the first value silently kept. Text refuses control characters (PostgreSQL refuses
NUL in text; the others have no place in a title)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectChoice
from wtforms.validators import (
    AnyOf,
    DataRequired,
    InputRequired,
    Length,
    Optional,
)

from smatrx.forms import (
    OneSelectField,
    OneStringField,
    OneTextAreaField,
    no_control_characters,
)
from smatrx.forms import (
    collapse_spaces as _collapse,
)
from smatrx.forms import (
    strip_spaces as _strip,
)
from smatrx.models.choices import IMPORTANCES, REQUIREMENT_WEIGHT_RANGE, SKILL_LEVELS

TITLE_MIN, TITLE_MAX = 2, 80
DESCRIPTION_MAX = 500

IMPORTANCE_LABELS = {"core": "Core", "important": "Important", "bonus": "Bonus"}
LEVEL_LABELS = {level: level.capitalize() for level in SKILL_LEVELS}
WEIGHTS = tuple(str(n) for n in range(REQUIREMENT_WEIGHT_RANGE[0], REQUIREMENT_WEIGHT_RANGE[1] + 1))
IMPORTANCE_CHOICES = [SelectChoice(value, IMPORTANCE_LABELS[value]) for value in IMPORTANCES]
LEVEL_CHOICES = [SelectChoice(value, LEVEL_LABELS[value]) for value in SKILL_LEVELS]
WEIGHT_CHOICES = [SelectChoice(value, value) for value in WEIGHTS]


class RoleForm(FlaskForm):
    title = OneStringField(
        "Title",
        filters=[_collapse],
        validators=[
            DataRequired(message="Enter the role's title."),
            Length(
                min=TITLE_MIN,
                max=TITLE_MAX,
                message=f"Use {TITLE_MIN} to {TITLE_MAX} characters for the title.",
            ),
            no_control_characters,
        ],
    )
    description = OneTextAreaField(
        "Description",
        filters=[_strip],
        validators=[
            Optional(),
            Length(
                max=DESCRIPTION_MAX,
                message=f"Keep the description to {DESCRIPTION_MAX} characters or fewer.",
            ),
            no_control_characters,
        ],
    )


# validate_choice=False: AnyOf says what is wrong in words, not "Not a valid choice".
class RequirementForm(FlaskForm):
    importance = OneSelectField(
        "Importance",
        choices=IMPORTANCE_CHOICES,
        validate_choice=False,
        validators=[
            InputRequired("Choose how much the skill matters."),
            AnyOf(IMPORTANCES, message="Choose core, important or bonus."),
        ],
    )
    min_level = OneSelectField(
        "Minimum level",
        choices=LEVEL_CHOICES,
        validate_choice=False,
        validators=[
            InputRequired("Choose the minimum level."),
            AnyOf(SKILL_LEVELS, message="Choose beginner, intermediate, advanced or expert."),
        ],
    )
    weight = OneSelectField(
        "Weight",
        choices=WEIGHT_CHOICES,
        validate_choice=False,
        validators=[
            InputRequired("Choose a weight."),
            AnyOf(WEIGHTS, message=f"Choose a weight from {WEIGHTS[0]} to {WEIGHTS[-1]}."),
        ],
    )

    def first_error(self) -> str:
        return next(iter(error for errors in self.errors.values() for error in errors), "")


class AddRequirementForm(FlaskForm):
    """A skill to require; q is the search the admin was in, shown again after the add."""

    skill_id = OneStringField(
        "Skill", validators=[InputRequired("Choose a skill to add."), no_control_characters]
    )
    q = OneStringField("Search", filters=[_strip], validators=[Optional(), Length(max=200)])


class RemoveRequirementForm(FlaskForm):
    """CSRF only."""


class DeleteRoleForm(FlaskForm):
    confirm_goals = BooleanField("Delete it anyway: the goals keep their title, not the link")
