"""Form helpers shared by the features."""

from __future__ import annotations

from flask_wtf import FlaskForm


class PrefixedForm(FlaskForm):
    """For pages that show several forms: each gets its own prefix, so field ids (and the
    labels pointing at them) stay unique on the page."""

    form_prefix = ""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("prefix", self.form_prefix)
        super().__init__(*args, **kwargs)
