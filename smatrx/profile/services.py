"""Profile reads and writes shared by the onboarding wizard and /profile."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import Account, Profile, User
from smatrx.models.base import utcnow
from smatrx.profile.steps import DONE, SKIPPED, is_complete
from smatrx.signals import onboarding_completed, send


def prefill_from_providers(profile: Profile, accounts: list[Account]) -> None:
    """Start a new profile from what the sign-in providers told us (never overwrites)."""
    for account in accounts:
        info: dict[str, Any] = account.profile or {}
        profile.location = profile.location or info.get("location")
        profile.company = profile.company or (info.get("company") or "").lstrip("@") or None
        profile.bio = profile.bio or info.get("bio") or info.get("headline")
        if account.provider == "github":
            profile.github_url = profile.github_url or info.get("profile_url")
            website = info.get("website") or ""
            if website.startswith(("http://", "https://")):
                profile.website_url = profile.website_url or website
        if account.provider == "linkedin":
            profile.linkedin_url = profile.linkedin_url or info.get("profile_url")


def get_or_create_profile(user: User) -> Profile:
    profile = db.session.scalar(select(Profile).where(Profile.user_id == user.id))
    if profile is None:
        profile = Profile(user_id=user.id, onboarding_steps={})
        accounts = list(db.session.scalars(select(Account).where(Account.user_id == user.id)))
        prefill_from_providers(profile, accounts)
        db.session.add(profile)
        db.session.flush()
    return profile


def mark_step(profile: Profile, key: str, status: str) -> None:
    """Record a step as done or skipped; completes onboarding once every step is."""
    assert status in (DONE, SKIPPED)
    steps = dict(profile.onboarding_steps or {})
    if steps.get(key) == DONE and status == SKIPPED:
        return  # skipping a step already answered keeps the answer
    steps[key] = status
    profile.onboarding_steps = steps  # a new dict, so SQLAlchemy sees the change
    if not profile.onboarding_completed and is_complete(steps):
        profile.onboarding_completed = True
        profile.onboarding_completed_at = utcnow()
        send(onboarding_completed, profile.user_id)


def needs_onboarding(user: User) -> bool:
    if user.onboarding_done is not None:
        return not user.onboarding_done
    completed = db.session.scalar(
        select(Profile.onboarding_completed).where(Profile.user_id == user.id)
    )
    return not completed
