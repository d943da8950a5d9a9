"""Upload forms: one per source."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, StringField
from wtforms.validators import Length, Optional, Regexp

from smatrx.forms import PrefixedForm


class ResumeUploadForm(PrefixedForm):
    form_prefix = "resume"
    file = FileField(
        "Your résumé",
        validators=[FileRequired("Choose a file to upload.")],
        description="PDF, Word (.docx), text or Markdown. It is read on this server only.",
        render_kw={"accept": ".pdf,.docx,.txt,.md,application/pdf,text/plain"},
    )


class LinkedInUploadForm(PrefixedForm):
    form_prefix = "linkedin"
    file = FileField(
        "Your LinkedIn data export",
        validators=[FileRequired("Choose the ZIP (or a CSV file) from LinkedIn.")],
        description=(
            "On LinkedIn: Settings → Data privacy → Get a copy of your data. Upload the ZIP "
            "as it comes, or its Skills.csv / Positions.csv."
        ),
        render_kw={"accept": ".zip,.csv,application/zip,text/csv"},
    )


class GitHubImportForm(PrefixedForm):
    form_prefix = "github"
    login = StringField(
        "GitHub username",
        validators=[
            Optional(),
            Length(max=39, message="GitHub usernames have at most 39 characters."),
            Regexp(
                r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$",
                message="Letters, digits and single hyphens only, as in a GitHub username.",
            ),
        ],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    forks = BooleanField("Include forks")
    archived = BooleanField("Include archived repositories")


class ImportActionForm(FlaskForm):
    """CSRF only: cancel, apply an estimate."""
