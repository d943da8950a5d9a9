"""Forms of the coverage and assessment pages (one per action). Every field takes one value
and refuses control characters (smatrx.forms); ranges are the CHECK constraints' own
(smatrx.models.choices), said as sentences."""

from __future__ import annotations

from typing import Any

from wtforms import HiddenField, SelectChoice
from wtforms.validators import (
    AnyOf,
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    StopValidation,
    ValidationError,
)

from smatrx.forms import (
    OneSelectField,
    OneStringField,
    OneTextAreaField,
    OneValue,
    PrefixedForm,
    collapse_spaces,
    no_control_characters,
    strip_spaces,
)
from smatrx.models.choices import PERCENT_RANGE, TEAM_TARGET_NEEDED_RANGE
from smatrx.profile.forms import WholeNumberField
from smatrx.skills.levels import LEVEL_LABELS, LEVELS

NEEDED_MIN, NEEDED_MAX = TEAM_TARGET_NEEDED_RANGE
NOTE_MAX = 1000
SKILL_NAME_MAX = 80
LEVEL_MESSAGE = "Choose a level from the list: beginner, intermediate, advanced or expert."
NEEDED_MESSAGE = f"Ask for between {NEEDED_MIN} and {NEEDED_MAX} people."


def _level_field(label: str, default: str | None = None) -> OneSelectField:
    return OneSelectField(
        label,
        choices=[SelectChoice(level, LEVEL_LABELS[level]) for level in LEVELS],
        default=default,
        validate_choice=False,
        validators=[AnyOf(LEVELS, message=LEVEL_MESSAGE)],
    )


class _OneNumberField(OneValue, WholeNumberField):
    """A whole number sent once (a second value is refused, not silently dropped)."""


def _needed_field() -> _OneNumberField:
    return _OneNumberField(
        "People needed",
        default=1,
        validators=[
            InputRequired(message=NEEDED_MESSAGE),
            NumberRange(NEEDED_MIN, NEEDED_MAX, message=NEEDED_MESSAGE),
        ],
        render_kw={"inputmode": "numeric", "min": NEEDED_MIN, "max": NEEDED_MAX},
    )


class TargetForm(PrefixedForm):
    """Add a target: the skill by its name (or a typeahead pick, which sends its id)."""

    form_prefix = "target"

    skill = OneStringField(
        "Skill",
        filters=[collapse_spaces],
        validators=[
            Length(max=SKILL_NAME_MAX, message=f"Keep the name to {SKILL_NAME_MAX} characters."),
            no_control_characters,
        ],
        render_kw={"maxlength": SKILL_NAME_MAX, "autocomplete": "off"},
    )
    skill_id = HiddenField()
    min_level = _level_field("Minimum level", default="intermediate")
    needed = _needed_field()

    def validate_skill(self, field: OneStringField) -> None:
        if not field.data and not self.skill_id.data:
            raise StopValidation("Name the skill, or pick one from the list.")


class TargetEditForm(PrefixedForm):
    min_level = _level_field("Minimum level")
    needed = _needed_field()

    def __init__(self, *args: Any, target_id: str = "", **kwargs: Any) -> None:
        # Each row's form has its own prefix: field ids stay unique on the page.
        kwargs.setdefault("prefix", f"t-{target_id}")
        super().__init__(*args, **kwargs)


class ApplyRoleForm(PrefixedForm):
    form_prefix = "role"

    role_id = OneSelectField(
        "Career role",
        validate_choice=False,
        validators=[DataRequired(message="Choose a role from the list.")],
    )

    def set_roles(self, roles: list[tuple[str, str, int]]) -> None:
        self.role_id.choices = [SelectChoice("", "Choose a role…")] + [
            SelectChoice(role_id, f"{title} ({count} skills)") for role_id, title, count in roles
        ]
        self._role_ids = {role_id for role_id, _, _ in roles}

    def validate_role_id(self, field: OneSelectField) -> None:
        if field.data not in getattr(self, "_role_ids", set()):
            raise ValidationError("Choose a role from the list.")


class AssessForm(PrefixedForm):
    form_prefix = "assess"

    level = _level_field("Level you see")
    score = _OneNumberField(
        "Score (optional)",
        validators=[
            Optional(),
            NumberRange(*PERCENT_RANGE, message="A score is between 0 and 100."),
        ],
        render_kw={"inputmode": "numeric", "min": PERCENT_RANGE[0], "max": PERCENT_RANGE[1]},
    )
    note = OneTextAreaField(
        "Note for them (optional)",
        filters=[strip_spaces],
        validators=[
            Optional(),
            Length(max=NOTE_MAX, message=f"Keep the note to {NOTE_MAX} characters."),
            no_control_characters,
        ],
        render_kw={"maxlength": NOTE_MAX, "rows": 3},
    )
