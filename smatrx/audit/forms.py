"""The audit log's filters, read from the query string (GET: no CSRF); a value that is not
one of the choices is refused next to its field."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from flask_wtf import FlaskForm
from wtforms import SelectChoice
from wtforms.validators import AnyOf, Length, Optional, ValidationError

from smatrx.audit.describe import ENTITY_LABELS, EVENT_WORDS, VERBS
from smatrx.audit.queries import AuditFilters
from smatrx.forms import (
    OneSelectField,
    OneStringField,
    SentenceDateField,
    no_control_characters,
    strip_spaces,
)

ACTIONS = (*VERBS, *EVENT_WORDS)


def _choices(values: dict[str, str], everything: str) -> list[SelectChoice]:
    return [SelectChoice("", everything)] + [
        SelectChoice(key, label) for key, label in sorted(values.items(), key=lambda i: i[1])
    ]


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False

    actor = OneStringField(
        "Who (email)",
        filters=[strip_spaces],
        validators=[Optional(), Length(max=320), no_control_characters],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    entity = OneSelectField(
        "What",
        choices=_choices(ENTITY_LABELS, "Anything"),
        validate_choice=False,
        validators=[Optional(), AnyOf(tuple(ENTITY_LABELS), message="Choose from the list.")],
    )
    entity_id = OneStringField(
        "Record id",
        filters=[strip_spaces],
        validators=[Optional(), Length(max=80), no_control_characters],
    )
    action = OneSelectField(
        "Action",
        choices=_choices(
            {**{k: k.replace("_", " ").capitalize() for k in VERBS}, **EVENT_WORDS}, "Any action"
        ),
        validate_choice=False,
        validators=[Optional(), AnyOf(ACTIONS, message="Choose from the list.")],
    )
    since = SentenceDateField("From", validators=[Optional()])
    until = SentenceDateField("To (inclusive)", validators=[Optional()])

    def validate_until(self, field: SentenceDateField) -> None:
        if field.data and self.since.data and field.data < self.since.data:
            raise ValidationError("The end comes before the start.")

    def filters(self, actor_id: str | None) -> AuditFilters:
        until = self.until.data
        return AuditFilters(
            actor_id=actor_id,
            entity_type=self.entity.data or None,
            entity_id=self.entity_id.data or None,
            action=self.action.data or None,
            since=datetime.combine(self.since.data, time()) if self.since.data else None,
            until=datetime.combine(until + timedelta(days=1), time()) if until else None,
        )
