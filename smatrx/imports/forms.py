"""Upload forms: one per source."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired

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


class ImportActionForm(FlaskForm):
    """CSRF only: cancel, apply an estimate."""
