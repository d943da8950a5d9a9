"""One form per action on /skills: add, propose, edit a row, and the list's filters."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    HiddenField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, Length, NumberRange, Optional, ValidationError

from smatrx.forms import OneSelectField, SentenceDateField
from smatrx.models import UserSkill
from smatrx.models.choices import SKILL_INTERESTS, USER_SKILL_SOURCES, YEARS_EXPERIENCE_RANGE
from smatrx.profile.forms import WholeNumberField, percent_field
from smatrx.skills.holdings import Edit, TeamPrefs, evidence_links, evidence_notes
from smatrx.skills.levels import LEVEL_LABELS, LEVELS
from smatrx.skills.services import SORTS, VERIFIED_FILTERS, ListFilters

NAME_MAX = 80
NOTES_MAX = 1000
LINKS_MAX = 10
LINK_LENGTH_MAX = 300
# What a person tells their teams about a skill ("" is no preference).
INTEREST_LABELS = {"": "No preference", "more": "Want to use it more", "less": "Would rather not"}
SOURCE_LABELS = {
    "github": "GitHub",
    "linkedin": "LinkedIn",
    "resume": "Résumé",
    "manual": "Added by you",
    "verified": "Verified",
}


class AddSkillForm(FlaskForm):
    skill_id = HiddenField(validators=[DataRequired(message="Choose a skill from the list.")])
    # The level button pressed (Beginner … Expert beside each suggestion); none: beginner.
    level = StringField(
        validators=[Optional(), AnyOf(LEVELS, message="Choose a level from the list.")]
    )

    def chosen_level(self) -> str:
        return self.level.data or LEVELS[0]


class ProposeSkillForm(FlaskForm):
    name = StringField(
        "Skill name",
        validators=[
            DataRequired(message="Enter the name of the skill."),
            Length(max=NAME_MAX, message=f"Use at most {NAME_MAX} characters."),
        ],
        render_kw={"autocomplete": "off", "maxlength": NAME_MAX},
    )
    category_id = SelectField(
        "Category",
        validate_choice=False,
        validators=[DataRequired(message="Choose a category.")],
    )
    level = SelectField(
        "Your level",
        choices=[SelectChoice(level, LEVEL_LABELS[level]) for level in LEVELS],
        default=LEVELS[0],
        validate_choice=False,
        validators=[AnyOf(LEVELS, message="Choose a level from the list.")],
    )

    def set_categories(self, categories: list[tuple[str, str]]) -> None:
        """(id, name) pairs, in the order shown."""
        self.category_id.choices = [SelectChoice("", "Choose…")] + [
            SelectChoice(category_id, name) for category_id, name in categories
        ]
        self._category_ids = {category_id for category_id, _ in categories}

    def validate_name(self, field: StringField) -> None:
        field.data = " ".join((field.data or "").split())
        if not field.data:
            raise ValidationError("Enter the name of the skill.")

    def validate_category_id(self, field: SelectField) -> None:
        if field.data not in getattr(self, "_category_ids", set()):
            raise ValidationError("Choose a category from the list.")


class LinesField(TextAreaField):
    """One web address per line: trimmed, blanks and duplicates dropped."""

    def process_formdata(self, valuelist: list[Any]) -> None:
        raw = str(valuelist[0]) if valuelist else ""
        links: list[str] = []
        for line in raw.splitlines():
            line = line.strip()
            if line and line not in links:
                links.append(line)
        self.data = links

    def _value(self) -> str:
        return "\n".join(self.data or [])


def not_a_link_message(link: str) -> str:
    """What to say about an evidence line that is not a web address, quoting it (cut short)."""
    shown = link if len(link) <= 40 else link[:39] + "…"
    return (
        f"“{shown}” is not a web address. Enter each link in full, starting with https:// or "
        "http://, one a line."
    )


def web_links(form: FlaskForm, field: LinesField) -> None:
    links = field.data or []
    if len(links) > LINKS_MAX:
        raise ValidationError(f"Add at most {LINKS_MAX} links.")
    for link in links:
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in link:
            raise ValidationError(not_a_link_message(link))
        if len(link) > LINK_LENGTH_MAX:
            raise ValidationError(f"Keep each link to {LINK_LENGTH_MAX} characters.")


def not_in_future(form: FlaskForm, field: DateField) -> None:
    if field.data and field.data > datetime.now(UTC).date():
        raise ValidationError("Last used cannot be in the future")


class EditSkillForm(FlaskForm):
    level = SelectField(
        "Level",
        choices=[SelectChoice(level, LEVEL_LABELS[level]) for level in LEVELS],
        validate_choice=False,
        validators=[AnyOf(LEVELS, message="Choose a level from the list.")],
    )
    proficiency_score = percent_field("Proficiency", "Proficiency must be between 0 and 100")
    years_experience = WholeNumberField(
        "Years",
        validators=[
            Optional(),
            NumberRange(
                *YEARS_EXPERIENCE_RANGE, message="Years of experience must be between 0 and 50"
            ),
        ],
        render_kw={"inputmode": "numeric", "min": 0, "max": 50},
    )
    last_used = SentenceDateField("Last used", validators=[Optional(), not_in_future])
    links = LinesField(
        "Evidence links",
        validators=[web_links],
        description="One web address per line (a repository, a certificate, a talk).",
        render_kw={"rows": 2},
    )
    notes = TextAreaField(
        "Notes",
        description="What you built or learned with it; at most 1000 characters.",
        validators=[
            Optional(),
            Length(max=NOTES_MAX, message=f"Use at most {NOTES_MAX} characters."),
        ],
        render_kw={"rows": 2},
    )
    interest = OneSelectField(
        "Interest",
        choices=[SelectChoice(value, label) for value, label in INTEREST_LABELS.items()],
        default="",
        validate_choice=False,
        validators=[AnyOf(("", *SKILL_INTERESTS), message="Choose an interest from the list.")],
        description="Your teams see it next to the skill, for staffing by interest.",
    )
    hidden_from_teams = BooleanField(
        "Hide from my teams",
        description="Your teams will not see this skill at all (it stays on your profile).",
    )

    def load(self, row: UserSkill) -> None:
        self.level.data = row.level
        self.proficiency_score.data = row.proficiency_score
        self.years_experience.data = row.years_experience
        self.last_used.data = row.last_used.date() if row.last_used else None
        self.links.data = evidence_links(row.evidence)
        self.notes.data = evidence_notes(row.evidence)
        self.interest.data = row.interest or ""
        self.hidden_from_teams.data = row.hidden_from_teams

    def edit(self) -> Edit:
        last_used: date | None = self.last_used.data
        return Edit(
            level=self.level.data,
            proficiency_score=self.proficiency_score.data,
            years_experience=self.years_experience.data,
            last_used=datetime(last_used.year, last_used.month, last_used.day)
            if last_used
            else None,
            links=list(self.links.data or []),
            notes=(self.notes.data or "").strip() or None,
            team_prefs=TeamPrefs(
                interest=self.interest.data or None,
                hidden_from_teams=bool(self.hidden_from_teams.data),
            ),
        )


def _choices(labels: dict[str, str], values: Any, empty: str) -> list[SelectChoice]:
    return [SelectChoice("", empty)] + [SelectChoice(value, labels[value]) for value in values]


class ListFilterForm(FlaskForm):
    """The list's filters and sort, read from the query string; unknown values are ignored."""

    class Meta:
        csrf = False

    level = SelectField(
        "Level", choices=_choices(LEVEL_LABELS, LEVELS, "All levels"), validate_choice=False
    )
    source = SelectField(
        "Source",
        choices=_choices(SOURCE_LABELS, USER_SKILL_SOURCES, "All sources"),
        validate_choice=False,
    )
    verified = SelectField(
        "Verified",
        choices=_choices(VERIFIED_FILTERS, VERIFIED_FILTERS, "Any"),
        validate_choice=False,
    )
    sort = SelectField(
        "Sort by",
        choices=[SelectChoice(value, label) for value, label in SORTS.items()],
        validate_choice=False,
    )

    def filters(self) -> ListFilters:
        level = self.level.data if self.level.data in LEVELS else None
        source = self.source.data if self.source.data in USER_SKILL_SOURCES else None
        verified = {"yes": True, "no": False}.get(self.verified.data or "")
        sort = self.sort.data if self.sort.data in SORTS else "name"
        # Shown as applied: an unknown value reads as "all".
        self.level.data, self.source.data = level or "", source or ""
        self.verified.data = self.verified.data if verified is not None else ""
        self.sort.data = sort
        return ListFilters(level=level, source=source, verified=verified, sort=sort)
