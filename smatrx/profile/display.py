"""How profile values read on a page, and how complete a profile is. Pure: no Flask."""

from __future__ import annotations

from typing import Any

from smatrx.models import Profile


def format_salary(salary: dict[str, Any] | None) -> str | None:
    """Both amounts joined by an en dash ("50,000 to 70,000 EUR per year" with the dash),
    "From 50,000 EUR per year" or "Up to 70,000 EUR per year"; None without an amount."""
    if not salary:
        return None
    low, high, currency = salary.get("min"), salary.get("max"), salary.get("currency") or ""
    if low and high:
        amount = f"{low:,}" if low == high else f"{low:,}\N{EN DASH}{high:,}"
    elif low:
        amount = f"From {low:,}"
    elif high:
        amount = f"Up to {high:,}"
    else:
        return None
    return " ".join(part for part in (amount, currency, "per year") if part)


def format_years(years: int | None) -> str | None:
    if years is None:
        return None
    if years == 0:
        return "Less than a year"
    return "1 year" if years == 1 else f"{years} years"


def display_url(url: str) -> str:
    """A link's text: the address without its scheme, 'www.' or a trailing slash."""
    text = url.split("://", 1)[-1]
    return text.removeprefix("www.").rstrip("/")


def filled_sections(profile: Profile) -> dict[str, bool]:
    """Which sections hold anything (an empty one invites the person to fill it in)."""
    return {
        "about": any(
            value not in (None, "")
            for value in (
                profile.title,
                profile.company,
                profile.location,
                profile.bio,
                profile.career_stage,
                profile.years_experience,
            )
        ),
        "direction": bool(
            profile.target_role
            or profile.career_timeline
            or profile.availability
            or profile.remote_preference
            or profile.willing_to_relocate
            or profile.preferred_locations
        ),
        "languages": bool(profile.languages or profile.industries),
        "salary": format_salary(profile.salary_expectation) is not None,
        "links": bool(profile.linkedin_url or profile.github_url or profile.website_url),
    }
