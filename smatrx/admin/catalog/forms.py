"""One form per catalog action: a skill's fields, a merge target, a category's fields."""

from __future__ import annotations

import re

from flask_wtf import FlaskForm
from wtforms import (
    DecimalField,
    HiddenField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)
from wtforms.widgets import TextArea

from smatrx.forms import TagListField
from smatrx.models.choices import MARKET_DEMAND

NAME_MAX = 100
DESCRIPTION_MAX = 2000
LIST_MAX = 20
ITEM_MAX = 50
SALARY_MAX = 10_000_000
COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
ICON = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ReturnToListForm(FlaskForm):
    """Row actions carry the list's address so the admin lands back where they were."""

    next = HiddenField()

    def return_url(self) -> str:
        from flask import url_for

        target = self.next.data or ""
        if target.startswith("/admin/catalog") and not target.startswith("//"):
            return target
        return url_for("admin.catalog")


class SkillForm(FlaskForm):
    name = StringField(
        "Name",
        validators=[
            DataRequired(message="Enter the skill's name."),
            Length(max=NAME_MAX, message=f"Keep the name to {NAME_MAX} characters or fewer."),
        ],
    )
    category = SelectField(
        "Category", validators=[DataRequired(message="Choose the skill's category.")]
    )
    description = TextAreaField(
        "Description",
        validators=[
            Optional(),
            Length(
                max=DESCRIPTION_MAX,
                message=f"Keep the description to {DESCRIPTION_MAX} characters or fewer.",
            ),
        ],
    )
    tags = TagListField(
        "Tags",
        max_items=LIST_MAX,
        max_length=ITEM_MAX,
        noun="tags",
        description="Separated by commas, e.g. backend, data.",
    )
    aliases = TagListField(
        "Aliases",
        max_items=LIST_MAX,
        max_length=ITEM_MAX,
        noun="aliases",
        widget=TextArea(),
        description="Other names importers match, separated by commas (JS, ECMAScript).",
    )
    market_demand = SelectField(
        "Market demand",
        choices=[
            SelectChoice("", "Not set"),
            *[SelectChoice(value, value.capitalize()) for value in MARKET_DEMAND],
        ],
        validators=[Optional()],
    )
    salary_min = IntegerField(
        "Salary from",
        validators=[
            Optional(),
            NumberRange(0, SALARY_MAX, message="Enter a yearly salary between 0 and 10,000,000."),
        ],
    )
    salary_max = IntegerField(
        "Salary to",
        validators=[
            Optional(),
            NumberRange(0, SALARY_MAX, message="Enter a yearly salary between 0 and 10,000,000."),
        ],
    )
    salary_currency = StringField(
        "Currency",
        validators=[
            Optional(),
            Regexp(r"^[A-Za-z]{3}$", message="Use a three-letter currency code, such as USD."),
        ],
    )
    growth_trend = DecimalField(
        "Growth trend (% a year)",
        places=1,
        validators=[
            Optional(),
            NumberRange(-100, 1000, message="Enter a yearly change between -100%% and 1000%%."),
        ],
    )

    def validate_salary_max(self, field: IntegerField) -> None:
        low, high = self.salary_min.data, field.data
        if (low is None) != (high is None):
            raise ValidationError("Give both ends of the salary range, or neither.")
        if low is not None and high is not None and high < low:
            raise ValidationError("The upper end must not be below the lower end.")

    def set_categories(self, categories: list) -> None:
        self.category.choices = [SelectChoice("", "Choose a category…")] + [
            SelectChoice(category.id, category.name) for category in categories
        ]


class MergeForm(FlaskForm):
    target = StringField(
        "Merge into",
        validators=[
            DataRequired(message="Enter the name of the skill to merge into."),
            Length(max=NAME_MAX, message="No skill has a name that long."),
        ],
        description="Type the existing skill's name; the list suggests matches.",
    )


class CategoryForm(FlaskForm):
    name = StringField(
        "Name",
        validators=[
            DataRequired(message="Enter the category's name."),
            Length(max=NAME_MAX, message=f"Keep the name to {NAME_MAX} characters or fewer."),
        ],
    )
    description = TextAreaField(
        "Description",
        validators=[
            Optional(),
            Length(max=500, message="Keep the description to 500 characters or fewer."),
        ],
    )
    color = StringField(
        "Colour",
        validators=[
            Optional(),
            Regexp(COLOR, message="Use a colour like #1D4ED8: # and six hex digits."),
        ],
        description="Hex, e.g. #1D4ED8.",
    )
    icon = StringField(
        "Icon",
        validators=[
            Optional(),
            Length(max=40, message="Keep the icon name to 40 characters or fewer."),
            Regexp(ICON, message="Use lower-case letters, digits and hyphens, e.g. code."),
        ],
        description="A name, e.g. code or cloud.",
    )
