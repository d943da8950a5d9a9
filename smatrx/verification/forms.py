"""One form per verification action: asking, declining (approving takes no input)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask_wtf import FlaskForm
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

NOTE_MAX = 1000
REASON_MAX = 500
EVIDENCE_MAX_LINKS = 5
LINK_MAX = 2000


def _is_web_link(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in text


class RequestForm(FlaskForm):
    note = TextAreaField(
        "Note for the verifier",
        validators=[
            Optional(),
            Length(max=NOTE_MAX, message=f"Keep the note to {NOTE_MAX} characters or fewer."),
        ],
        description="What you did with this skill, and what the links show.",
    )
    evidence = TextAreaField(
        "Evidence links",
        description=(
            f"Up to {EVIDENCE_MAX_LINKS} links, one per line: a repository, a certificate, "
            "a talk, a project page."
        ),
    )

    def evidence_links(self) -> list[str]:
        """The links given, one per line, without blanks or repeats, in order."""
        lines = (line.strip() for line in (self.evidence.data or "").splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def validate_evidence(self, field: TextAreaField) -> None:
        links = self.evidence_links()
        if len(links) > EVIDENCE_MAX_LINKS:
            raise ValidationError(f"Give at most {EVIDENCE_MAX_LINKS} links.")
        for link in links:
            if len(link) > LINK_MAX:
                raise ValidationError(f"Each link must be {LINK_MAX} characters or fewer.")
            if not _is_web_link(link):
                raise ValidationError(
                    f"“{link[:80]}” is not a web address. Links start with http:// or https://."
                )


class ApproveForm(FlaskForm):
    """CSRF only: approving takes no input."""


class DeclineForm(FlaskForm):
    reason = TextAreaField(
        "Reason",
        validators=[
            DataRequired(message="Say why you decline, so the person knows what to improve."),
            Length(max=REASON_MAX, message=f"Keep the reason to {REASON_MAX} characters or fewer."),
        ],
        description="The person sees this with the outcome.",
    )
