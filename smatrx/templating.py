"""What every template can use: the |date and |level_rank filters and the shared globals."""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask

# The site's three ways of writing a moment: "5 Dec 2026", "Dec 2026", "5 Dec 2026, 18:12".
DATE_STYLES = {"day": "%-d %b %Y", "month": "%b %Y", "time": "%-d %b %Y, %H:%M"}


def format_date(value: date | datetime | str | None, style: str = "day") -> str:
    """A date or datetime the way the site writes it ("" for none). ISO text (as import
    results store dates in JSON) is read first; text that is not a date is shown as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime(DATE_STYLES[style])


def init_app(app: Flask) -> None:
    from smatrx.audit.describe import audit_label
    from smatrx.auth.user_agents import user_agent_summary
    from smatrx.profile.choices import INDUSTRIES, SPOKEN_LANGUAGES
    from smatrx.skills.levels import LEVEL_LABELS, LEVEL_RUBRIC, rank

    app.add_template_filter(format_date, "date")
    app.add_template_filter(rank, "level_rank")
    app.add_template_filter(user_agent_summary)
    app.add_template_filter(audit_label)
    app.jinja_env.globals.update(
        language_suggestions=SPOKEN_LANGUAGES,
        industry_suggestions=INDUSTRIES,
        level_rubric=LEVEL_RUBRIC,
        level_names=LEVEL_LABELS,
    )
