"""The seed's Profile: one per user, filled in by onboarding and the profile page."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Index, Integer, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.extensions import db
from smatrx.models.base import (
    Timestamp,
    check_between,
    check_in,
    created_at_column,
    id_column,
    text_array_column,
    updated_at_column,
)
from smatrx.models.choices import (
    AVAILABILITY,
    CAREER_STAGES,
    CAREER_TIMELINES,
    REMOTE_PREFERENCES,
    YEARS_EXPERIENCE_RANGE,
)
from smatrx.models.user import user_fk

if TYPE_CHECKING:
    from smatrx.models.user import User


class Profile(db.Model):
    __tablename__ = "Profile"
    __table_args__ = (
        Index("Profile_userId_key", "userId", unique=True),
        check_between("Profile", "yearsExperience", *YEARS_EXPERIENCE_RANGE),
        check_in("Profile", "careerStage", CAREER_STAGES),
        check_in("Profile", "availability", AVAILABILITY),
        check_in("Profile", "remotePreference", REMOTE_PREFERENCES),
        check_in("Profile", "careerTimeline", CAREER_TIMELINES),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("Profile"), nullable=False)
    bio: Mapped[str | None] = mapped_column("bio", Text)
    title: Mapped[str | None] = mapped_column("title", Text)
    company: Mapped[str | None] = mapped_column("company", Text)
    location: Mapped[str | None] = mapped_column("location", Text)
    linkedin_url: Mapped[str | None] = mapped_column("linkedinUrl", Text)
    github_url: Mapped[str | None] = mapped_column("githubUrl", Text)
    website_url: Mapped[str | None] = mapped_column("websiteUrl", Text)
    years_experience: Mapped[int | None] = mapped_column("yearsExperience", Integer)
    career_stage: Mapped[str | None] = mapped_column("careerStage", Text)
    industries: Mapped[list[str]] = text_array_column("industries")
    languages: Mapped[list[str]] = text_array_column("languages")
    availability: Mapped[str | None] = mapped_column("availability", Text)
    remote_preference: Mapped[str | None] = mapped_column("remotePreference", Text)
    salary_expectation: Mapped[dict[str, Any] | None] = mapped_column("salaryExpectation", JSONB)
    target_role: Mapped[str | None] = mapped_column("targetRole", Text)
    career_timeline: Mapped[str | None] = mapped_column("careerTimeline", Text)
    willing_to_relocate: Mapped[bool] = mapped_column(
        "willingToRelocate", Boolean, nullable=False, default=False, server_default=text("false")
    )
    preferred_locations: Mapped[list[str]] = text_array_column("preferredLocations")
    onboarding_completed: Mapped[bool] = mapped_column(
        "onboardingCompleted", Boolean, nullable=False, default=False, server_default=text("false")
    )
    onboarding_completed_at: Mapped[datetime | None] = mapped_column(
        "onboardingCompletedAt", Timestamp
    )
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
    # Additive: onboarding steps done or skipped ({"about": "done", "salary": "skipped"}),
    # kept here rather than in the cookie so a person resumes on any device.
    onboarding_steps: Mapped[dict[str, str]] = mapped_column(
        "onboardingSteps", JSONB, nullable=False, default=dict, server_default=text("'{}'::jsonb")
    )

    user: Mapped[User] = relationship(back_populates="profile")
