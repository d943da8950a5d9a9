"""The insights' forms: every rule of a posted value checked here (WTForms)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField
from wtforms.validators import AnyOf, DataRequired, Length

from smatrx.models.choices import SKILL_LEVELS
from smatrx.skills.levels import LEVEL_LABELS


class MakeGoalForm(FlaskForm):
    """ "Make this a goal": the recommended skill and the level to reach."""

    skill_id = HiddenField(
        validators=[DataRequired("Choose a skill."), Length(max=40, message="Unknown skill.")]
    )
    target_level = SelectField(
        "Target level",
        choices=[(level, LEVEL_LABELS[level]) for level in SKILL_LEVELS],
        default="intermediate",
        validate_choice=False,
        validators=[
            DataRequired("Choose the level to reach."),
            AnyOf(SKILL_LEVELS, message="Choose beginner, intermediate, advanced or expert."),
        ],
    )


class TargetRoleForm(FlaskForm):
    """ "Make it my target role": nothing but the CSRF token (the role is in the URL)."""
