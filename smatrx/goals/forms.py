"""One form per action on /goals: create or edit a goal, move it, and the board's filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, Optional, ValidationError

from smatrx.forms import SentenceDateField
from smatrx.goals.progress import earliest_today
from smatrx.goals.services import (
    BOARD_COLUMNS,
    PRIORITY_LABELS,
    TYPE_LABELS,
    GoalFilters,
    GoalInput,
)
from smatrx.models import CareerGoal, CareerRole, Skill
from smatrx.models.choices import GOAL_PRIORITIES, GOAL_TYPES
from smatrx.profile.forms import percent_field
from smatrx.skills.levels import LEVEL_LABELS, LEVELS

TITLE_MAX = 200
DESCRIPTION_MAX = 2000


def _choices(labels: dict[str, str], values: tuple[str, ...]) -> list[SelectChoice]:
    return [SelectChoice(value, labels[value]) for value in values]


class GoalForm(FlaskForm):
    """Create or edit. The route gives it the lookups (skill by name, role by title, the
    progress a skill goal would have) and, when editing, the goal as stored."""

    title = StringField(
        "Title",
        validators=[
            DataRequired(message="Give the goal a title."),
            Length(max=TITLE_MAX, message=f"Keep the title to {TITLE_MAX} characters."),
        ],
        render_kw={"maxlength": TITLE_MAX, "autocomplete": "off"},
    )
    type = SelectField(
        "Type",
        choices=_choices(TYPE_LABELS, GOAL_TYPES),
        default="skill",
        validate_choice=False,
        validators=[AnyOf(GOAL_TYPES, message="Choose a type from the list.")],
    )
    priority = SelectField(
        "Priority",
        choices=_choices(PRIORITY_LABELS, ("high", "medium", "low")),
        default="medium",
        validate_choice=False,
        validators=[AnyOf(GOAL_PRIORITIES, message="Choose a priority from the list.")],
    )
    target_date = SentenceDateField("Target date", validators=[Optional()])
    skill = StringField(
        "Skill",
        description="A skill from the catalog, for example Python or Kubernetes.",
        render_kw={"autocomplete": "off", "list": "goal-skill-options", "maxlength": 80},
    )
    target_level = SelectField(
        "Target level",
        choices=[SelectChoice("", "Choose…"), *_choices(LEVEL_LABELS, LEVELS)],
        validate_choice=False,
    )
    role = StringField(
        "Role",
        description="A role from the list, for example Data Engineer.",
        render_kw={"autocomplete": "off", "list": "goal-role-options", "maxlength": 120},
    )
    progress = percent_field("Progress (%)", "Progress must be between 0 and 100.")
    description = TextAreaField(
        "Notes",
        validators=[
            Optional(),
            Length(max=DESCRIPTION_MAX, message=f"Use at most {DESCRIPTION_MAX} characters."),
        ],
        render_kw={"rows": 3, "maxlength": DESCRIPTION_MAX},
    )
    shared_with_teams = BooleanField(
        "Share with my teams",
        description="Your teams see its title, target, status and progress; never its notes.",
    )

    def bind(
        self,
        find_skill: Callable[[str], Skill | None],
        find_role: Callable[[str], CareerRole | None],
        progress_for: Callable[[Skill, str], int],
        goal: CareerGoal | None = None,
    ) -> GoalForm:
        self._find_skill, self._find_role, self._progress_for = find_skill, find_role, progress_for
        self._goal = goal
        self.found_skill: Skill | None = None
        self.found_role: CareerRole | None = None
        return self

    def load(self, goal: CareerGoal) -> None:
        self.title.data = goal.title
        self.type.data = goal.type
        self.priority.data = goal.priority
        self.target_date.data = goal.target_date.date() if goal.target_date else None
        self.skill.data = goal.skill.name if goal.skill else ""
        self.target_level.data = goal.target_level or ""
        self.role.data = goal.role.title if goal.role else ""
        self.progress.data = goal.progress
        self.description.data = goal.description or ""
        self.shared_with_teams.data = goal.shared_with_teams

    def validate_title(self, field: StringField) -> None:
        field.data = " ".join((field.data or "").split())
        if not field.data:
            raise ValidationError("Give the goal a title.")

    def validate_target_date(self, field: SentenceDateField) -> None:
        stored = self._goal.target_date.date() if self._goal and self._goal.target_date else None
        # An overdue goal stays editable: only a date being set or changed must be ahead.
        if field.data and field.data != stored and field.data < earliest_today():
            raise ValidationError("Choose a target date from today on.")

    @staticmethod
    def _look_up(field: StringField, find: Callable[[str], Any], missing: str, unknown: str) -> Any:
        """What the field names, found with find; the field then shows its proper spelling.
        unknown may use {value}, the text typed."""
        value = " ".join((field.data or "").split())
        if not value:
            raise ValidationError(missing)
        found = find(value)
        if found is None:
            raise ValidationError(unknown.format(value=value[:120]))
        return found

    def validate_skill(self, field: StringField) -> None:
        if self.type.data != "skill":
            return
        self.found_skill = self._look_up(
            field,
            self._find_skill,
            "Choose the skill this goal is about.",
            "{value} is not in the catalog: choose a skill from the list.",
        )
        field.data = self.found_skill.name

    def validate_target_level(self, field: SelectField) -> None:
        if self.type.data != "skill":
            return
        if field.data not in LEVELS:
            raise ValidationError("Choose the level you want to reach.")
        skill = self.found_skill
        if skill is None or not self._changes_skill_target(skill, field.data):
            return
        if self._progress_for(skill, field.data) >= 100:
            raise ValidationError(
                f"You already hold {skill.name} at {LEVEL_LABELS[field.data].lower()} level "
                "or above: choose a higher level."
            )

    def _changes_skill_target(self, skill: Skill, level: str) -> bool:
        goal = self._goal
        return goal is None or goal.skill_id != skill.id or goal.target_level != level

    def validate_role(self, field: StringField) -> None:
        if self.type.data != "role":
            return
        self.found_role = self._look_up(
            field,
            self._find_role,
            "Choose the role this goal is about.",
            "{value} is not a role we know: choose one from the list.",
        )
        field.data = self.found_role.title

    def goal_input(self) -> GoalInput:
        target: date | None = self.target_date.data
        return GoalInput(
            title=self.title.data,
            description=(self.description.data or "").strip() or None,
            type=self.type.data,
            priority=self.priority.data,
            target_date=target,
            progress=self.progress.data,
            skill=self.found_skill,
            target_level=self.target_level.data or None,
            role=self.found_role,
            shared_with_teams=bool(self.shared_with_teams.data),
        )


class MoveGoalForm(FlaskForm):
    status = SelectField(
        "Move to",
        choices=list(BOARD_COLUMNS),
        validate_choice=False,
        validators=[AnyOf(BOARD_COLUMNS, message="Choose a column of the board.")],
    )


class GoalFilterForm(FlaskForm):
    """The board's filters, read from the query string; unknown values read as "all"."""

    class Meta:
        csrf = False

    type = SelectField(
        "Type",
        choices=[SelectChoice("", "All types"), *_choices(TYPE_LABELS, GOAL_TYPES)],
        validate_choice=False,
    )
    priority = SelectField(
        "Priority",
        choices=[SelectChoice("", "All priorities"), *_choices(PRIORITY_LABELS, GOAL_PRIORITIES)],
        validate_choice=False,
    )

    def show(self, filters: GoalFilters) -> GoalFilterForm:
        self.type.data, self.priority.data = filters.type or "", filters.priority or ""
        return self


class QuickGoalForm(FlaskForm):
    """A column's "add a card": a title only; the goal starts in that column."""

    title = StringField(
        "Title",
        validators=[
            DataRequired(message="Give the goal a title."),
            Length(max=TITLE_MAX, message=f"Keep the title to {TITLE_MAX} characters."),
        ],
    )
    status = SelectField(
        "Column",
        choices=list(BOARD_COLUMNS),
        validate_choice=False,
        validators=[AnyOf(BOARD_COLUMNS, message="Choose a column of the board.")],
    )

    def validate_title(self, field: StringField) -> None:
        field.data = " ".join((field.data or "").split())
        if not field.data:
            raise ValidationError("Give the goal a title.")
