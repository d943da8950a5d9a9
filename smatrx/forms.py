"""Form helpers shared by the features."""

from __future__ import annotations

import re
from typing import Any

from flask_wtf import FlaskForm
from wtforms import DateField, Field, SelectField, StringField, TextAreaField
from wtforms.validators import StopValidation, ValidationError

from smatrx.text import parse_list

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class PrefixedForm(FlaskForm):
    """For pages that show several forms: each gets its own prefix, so field ids (and the
    labels pointing at them) stay unique on the page."""

    form_prefix = ""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("prefix", self.form_prefix)
        super().__init__(*args, **kwargs)


class TagListField(StringField):
    """A list typed as comma- or line-separated text ("English, German"), cleaned by the one
    list rule (smatrx.text.clean_list); data is the list. At most max_items entries of at most
    max_length characters. Pass widget=TextArea() for a multi-line box."""

    def __init__(self, label: str, *, max_items: int, max_length: int, noun: str, **kwargs: Any):
        super().__init__(label, **kwargs)
        self.max_items, self.max_length, self.noun = max_items, max_length, noun

    def process_formdata(self, valuelist: list[Any]) -> None:
        self.data = parse_list(",".join(str(value) for value in valuelist))

    def _value(self) -> str:
        return ", ".join(self.data or [])

    def pre_validate(self, form: FlaskForm) -> None:
        items = self.data or []
        if len(items) > self.max_items:
            raise ValidationError(f"Add at most {self.max_items} {self.noun}.")
        long = [item for item in items if len(item) > self.max_length]
        if long:
            raise ValidationError(
                f"Keep each entry to {self.max_length} characters ({long[0][:20]}… is longer)."
            )


class OneValue(Field):
    """A field that refuses being sent more than once."""

    repeated = False

    def process_formdata(self, valuelist: list[Any]) -> None:
        self.repeated = len(valuelist) > 1
        super().process_formdata(valuelist[:1])

    def pre_validate(self, form: FlaskForm) -> None:
        if self.repeated:
            raise StopValidation(f"Send one {self.label.text.lower()}, not several.")
        super().pre_validate(form)


class OneStringField(OneValue, StringField):
    pass


class OneTextAreaField(OneValue, TextAreaField):
    pass


class OneSelectField(OneValue, SelectField):
    pass


def collapse_spaces(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


def strip_spaces(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def no_control_characters(form: FlaskForm, field: Field) -> None:
    if isinstance(field.data, str) and _CONTROL.search(field.data):
        raise ValidationError(
            f"Remove the control characters (such as NUL) from the {field.label.text.lower()}."
        )


class SentenceDateField(DateField):
    def process_formdata(self, valuelist: list[Any]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError as exc:
            raise ValueError("Enter a date like 2024-05-31.") from exc
