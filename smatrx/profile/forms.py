"""One form per profile section, shared by the onboarding wizard and /profile.

The rules are the seed's (its messages word for word where it gives them), with bounds on
every text and list; the database CHECK constraints back the enumerations and ranges.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
    URLField,
)
from wtforms.validators import AnyOf, Length, NumberRange, Optional, StopValidation, ValidationError

from smatrx.forms import TagListField
from smatrx.models import Profile
from smatrx.models.choices import (
    AVAILABILITY,
    CAREER_STAGES,
    CAREER_TIMELINES,
    PERCENT_RANGE,
    REMOTE_PREFERENCES,
)
from smatrx.profile.choices import (
    AVAILABILITY_LABELS,
    CAREER_STAGE_LABELS,
    CURRENCIES,
    REMOTE_LABELS,
    TIMELINE_LABELS,
)

TEXT_MAX = 120
BIO_MAX = 2000
URL_MAX = 300
SALARY_MAX = 10_000_000


def _max_length(limit: int) -> Length:
    return Length(max=limit, message=f"Use at most {limit} characters.")


def _choices(labels: dict[str, str], values: Sequence[str]) -> list[SelectChoice]:
    return [SelectChoice("", "Choose…")] + [SelectChoice(value, labels[value]) for value in values]


class WholeNumberField(IntegerField):
    """An integer field whose parse error reads as a sentence."""

    def process_formdata(self, valuelist: list[Any]) -> None:
        if not valuelist or str(valuelist[0]).strip() == "":
            self.data = None
            return
        try:
            self.data = int(str(valuelist[0]).strip())
        except ValueError as exc:
            self.data = None
            raise ValueError("Enter a whole number.") from exc

    def pre_validate(self, form: FlaskForm) -> None:
        # Text that is not a number has its own message; the range rules would only add noise.
        if self.process_errors:
            raise StopValidation()


def percent_field(label: str, message: str) -> WholeNumberField:
    """An optional whole percentage (0..100), with its rule as a sentence."""
    return WholeNumberField(
        label,
        validators=[Optional(), NumberRange(*PERCENT_RANGE, message=message)],
        render_kw={"inputmode": "numeric", "min": PERCENT_RANGE[0], "max": PERCENT_RANGE[1]},
    )


class ChoiceField(SelectField):
    """A select whose empty choice means "not said" (None), and whose rule is a sentence
    (AnyOf with the seed's message) rather than WTForms' "Not a valid choice"."""

    def __init__(
        self,
        label: str,
        values: Sequence[str],
        labels: dict[str, str],
        message: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            label,
            choices=_choices(labels, values),
            validate_choice=False,
            validators=[Optional(), AnyOf(values, message=message)],
            **kwargs,
        )

    def process_formdata(self, valuelist: list[Any]) -> None:
        # Blank and whitespace are the same "not said": stored as NULL by the form's save,
        # never as spaces the CHECK constraint would refuse.
        super().process_formdata([str(value).strip() for value in valuelist])


# A scheme is letters then a colon, but "example.com:8080/me" is a host and a port.
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:(?!\d)", re.IGNORECASE)


def complete_web_address(value: str | None) -> str | None:
    """What people type as a web address, completed: "example.com/me" and "//example.com"
    become https:// addresses. Anything with a scheme is left as typed (web_address then
    refuses javascript:, data:, mailto: and the like), and so is a word without a dot in its
    host, which is no address at all."""
    if value is None:
        return None
    text = value.strip()
    if not text or "://" in text or _SCHEME.match(text):
        return text
    if text.startswith("//"):
        return "https:" + text
    host = re.split(r"[/?#:]", text, maxsplit=1)[0]
    if "." not in host.strip("."):
        return text
    return "https://" + text


def web_address(form: FlaskForm, field: URLField) -> None:
    """http or https only (no javascript:, data:, ftp:), with a host."""
    if not field.data:
        return
    parts = urlsplit(field.data.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in field.data.strip():
        raise ValidationError("Enter a full web address starting with https:// or http://.")


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


class SectionForm(FlaskForm):
    """A profile section: knows how to fill itself from a Profile and write back to it."""

    section = ""

    def load(self, profile: Profile) -> None:
        raise NotImplementedError

    def save(self, profile: Profile) -> None:
        raise NotImplementedError


class AboutForm(SectionForm):
    section = "about"
    title = StringField("Current job title", validators=[Optional(), _max_length(TEXT_MAX)])
    company = StringField("Company", validators=[Optional(), _max_length(TEXT_MAX)])
    location = StringField(
        "Location",
        validators=[Optional(), _max_length(TEXT_MAX)],
        render_kw={"autocomplete": "address-level2"},
    )
    bio = TextAreaField(
        "About you",
        validators=[Optional(), _max_length(BIO_MAX)],
        description="A few sentences on what you do and what you enjoy.",
        render_kw={"rows": 4},
    )
    career_stage = ChoiceField(
        "Career stage", CAREER_STAGES, CAREER_STAGE_LABELS, "Invalid career stage"
    )
    years_experience = WholeNumberField(
        "Years of professional experience",
        validators=[
            Optional(),
            NumberRange(0, 50, message="Years of experience must be between 0 and 50"),
        ],
        render_kw={"inputmode": "numeric", "min": 0, "max": 50},
    )

    def load(self, profile: Profile) -> None:
        self.title.data, self.company.data = profile.title, profile.company
        self.location.data, self.bio.data = profile.location, profile.bio
        self.career_stage.data = profile.career_stage or ""
        self.years_experience.data = profile.years_experience

    def save(self, profile: Profile) -> None:
        profile.title, profile.company = _clean(self.title.data), _clean(self.company.data)
        profile.location, profile.bio = _clean(self.location.data), _clean(self.bio.data)
        profile.career_stage = self.career_stage.data or None
        profile.years_experience = self.years_experience.data


class DirectionForm(SectionForm):
    section = "direction"
    target_role = StringField(
        "Target role",
        validators=[Optional(), _max_length(TEXT_MAX)],
        description="Pick a suggestion or type your own.",
        render_kw={"autocomplete": "off"},
    )
    career_timeline = ChoiceField(
        "When", CAREER_TIMELINES, TIMELINE_LABELS, "Invalid career timeline"
    )
    availability = ChoiceField(
        "Availability", AVAILABILITY, AVAILABILITY_LABELS, "Invalid availability"
    )
    remote_preference = ChoiceField(
        "Remote work", REMOTE_PREFERENCES, REMOTE_LABELS, "Invalid remote preference"
    )
    willing_to_relocate = BooleanField("I would relocate for the right role")
    preferred_locations = TagListField(
        "Preferred locations",
        max_items=10,
        max_length=100,
        noun="locations",
        description="Separate them with commas, e.g. Berlin, Lisbon, Remote (EU).",
    )

    def load(self, profile: Profile) -> None:
        self.target_role.data = profile.target_role
        self.career_timeline.data = profile.career_timeline or ""
        self.availability.data = profile.availability or ""
        self.remote_preference.data = profile.remote_preference or ""
        self.willing_to_relocate.data = profile.willing_to_relocate
        self.preferred_locations.data = list(profile.preferred_locations or [])

    def save(self, profile: Profile) -> None:
        profile.target_role = _clean(self.target_role.data)
        profile.career_timeline = self.career_timeline.data or None
        profile.availability = self.availability.data or None
        profile.remote_preference = self.remote_preference.data or None
        profile.willing_to_relocate = bool(self.willing_to_relocate.data)
        profile.preferred_locations = self.preferred_locations.data or []


class LanguagesForm(SectionForm):
    section = "languages"
    languages = TagListField(
        "Languages you speak",
        max_items=20,
        max_length=60,
        noun="languages",
        description="Separate them with commas, or pick from the suggestions.",
    )
    industries = TagListField(
        "Industries that interest you",
        max_items=20,
        max_length=80,
        noun="industries",
        description="Separate them with commas, or pick from the suggestions.",
    )

    def load(self, profile: Profile) -> None:
        self.languages.data = list(profile.languages or [])
        self.industries.data = list(profile.industries or [])

    def save(self, profile: Profile) -> None:
        profile.languages = self.languages.data or []
        profile.industries = self.industries.data or []


CURRENCY_CODES = tuple(code for code, _ in CURRENCIES)


class SalaryForm(SectionForm):
    section = "salary"
    minimum = WholeNumberField(
        "Minimum per year",
        validators=[
            Optional(),
            NumberRange(1, SALARY_MAX, message="Enter an amount between 1 and 10,000,000."),
        ],
        render_kw={"inputmode": "numeric", "min": 1},
    )
    maximum = WholeNumberField(
        "Maximum per year",
        validators=[
            Optional(),
            NumberRange(1, SALARY_MAX, message="Enter an amount between 1 and 10,000,000."),
        ],
        render_kw={"inputmode": "numeric", "min": 1},
    )
    currency = SelectField(
        "Currency",
        choices=[SelectChoice("", "Choose…")]
        + [SelectChoice(code, f"{code} · {name}") for code, name in CURRENCIES],
        validate_choice=False,
        validators=[Optional(), AnyOf(CURRENCY_CODES, message="Choose a currency from the list.")],
    )

    def validate(self, extra_validators: Any = None) -> bool:
        if not super().validate(extra_validators):
            return False
        low, high, currency = self.minimum.data, self.maximum.data, self.currency.data
        if (low or high) and not currency:
            self.currency.errors.append("Choose the currency of the amounts.")
            return False
        if currency and not (low or high):
            self.minimum.errors.append("Enter a minimum, a maximum or both.")
            return False
        if low and high and low > high:
            self.maximum.errors.append("The maximum cannot be less than the minimum.")
            return False
        return True

    def load(self, profile: Profile) -> None:
        salary = profile.salary_expectation or {}
        self.minimum.data = salary.get("min")
        self.maximum.data = salary.get("max")
        self.currency.data = salary.get("currency") or ""

    def save(self, profile: Profile) -> None:
        if not (self.minimum.data or self.maximum.data):
            profile.salary_expectation = None
            return
        profile.salary_expectation = {
            "min": self.minimum.data,
            "max": self.maximum.data,
            "currency": self.currency.data,
        }


class LinksForm(SectionForm):
    section = "links"
    linkedin_url = URLField(
        "LinkedIn profile",
        validators=[Optional(), _max_length(URL_MAX), web_address],
        filters=[complete_web_address],
    )
    github_url = URLField(
        "GitHub profile",
        validators=[Optional(), _max_length(URL_MAX), web_address],
        filters=[complete_web_address],
    )
    website_url = URLField(
        "Website",
        validators=[Optional(), _max_length(URL_MAX), web_address],
        filters=[complete_web_address],
    )

    def load(self, profile: Profile) -> None:
        self.linkedin_url.data = profile.linkedin_url
        self.github_url.data = profile.github_url
        self.website_url.data = profile.website_url

    def save(self, profile: Profile) -> None:
        profile.linkedin_url = _clean(self.linkedin_url.data)
        profile.github_url = _clean(self.github_url.data)
        profile.website_url = _clean(self.website_url.data)


SECTION_FORMS: dict[str, type[SectionForm]] = {
    form.section: form for form in (AboutForm, DirectionForm, LanguagesForm, SalaryForm, LinksForm)
}
