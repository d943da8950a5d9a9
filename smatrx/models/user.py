"""Accounts: the seed's User, Account (OAuth) and Session tables."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smatrx.crypto import EncryptedText
from smatrx.extensions import db
from smatrx.models.base import (
    Timestamp,
    check_in,
    created_at_column,
    id_column,
    updated_at_column,
)
from smatrx.models.choices import ACCOUNT_TOKEN_PURPOSES, USER_ROLES

if TYPE_CHECKING:
    from smatrx.models.achievement import Achievement
    from smatrx.models.analysis import SkillAnalysis
    from smatrx.models.goal import CareerGoal
    from smatrx.models.imports import SkillImport
    from smatrx.models.profile import Profile
    from smatrx.models.skill import UserSkill


def user_fk(table: str) -> ForeignKey:
    """The seed's relation to User: ON DELETE CASCADE ON UPDATE CASCADE, named as Prisma does."""
    return ForeignKey(
        "User.id", name=f"{table}_userId_fkey", ondelete="CASCADE", onupdate="CASCADE"
    )


class User(db.Model):
    __tablename__ = "User"
    __table_args__ = (
        Index("User_email_key", "email", unique=True),
        Index("idx_user_email", "email"),
        Index("idx_user_created_at", "createdAt"),
        check_in("User", "role", USER_ROLES),
    )

    id: Mapped[str] = id_column()
    name: Mapped[str | None] = mapped_column("name", Text)
    email: Mapped[str | None] = mapped_column("email", Text)
    email_verified: Mapped[datetime | None] = mapped_column("emailVerified", Timestamp)
    image: Mapped[str | None] = mapped_column("image", Text)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
    # Additive: local sign-in and authorisation.
    password_hash: Mapped[str | None] = mapped_column("passwordHash", Text)
    role: Mapped[str] = mapped_column(
        "role", Text, nullable=False, default="member", server_default=text("'member'")
    )
    # Additive: a deactivated account cannot sign in (NULL = active).
    deactivated_at: Mapped[datetime | None] = mapped_column("deactivatedAt", Timestamp)
    # Additive (issue 19): withdrew the "aggregates" consent, so no count, spread, pair or
    # peer readiness includes them; kept in step with "Consent" by smatrx.consent.records,
    # read by the "SkillStat" triggers (migration 0015) and the aggregate rebuilds.
    excluded_from_aggregates: Mapped[bool] = mapped_column(
        "excludedFromAggregates",
        Boolean,
        nullable=False,
        default=False,
        server_default=text("false"),
    )

    accounts: Mapped[list[Account]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    profile: Mapped[Profile | None] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    skills: Mapped[list[UserSkill]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    imports: Mapped[list[SkillImport]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    goals: Mapped[list[CareerGoal]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    achievements: Mapped[list[Achievement]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    analyses: Mapped[list[SkillAnalysis]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email!r}>"

    # flask-login: the id it keeps is the raw token of the database session this request
    # authenticated with (see smatrx.auth.sessions), never the user's id.
    session_token = None  # set per request; not a column
    current_session_id = None  # likewise: the Session row this request came with
    onboarding_done = None  # likewise: loaded with the session (None: not known)
    unread_notifications = None  # likewise: the bell's count, loaded with the session
    legal_current = None  # likewise: accepted the current terms and privacy notice

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.deactivated_at is None

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str | None:
        return self.session_token

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_verifier(self) -> bool:
        return self.role in ("verifier", "admin")

    @property
    def display_name(self) -> str:
        return self.name or (self.email or "").split("@")[0] or "Someone"


class Account(db.Model):
    __tablename__ = "Account"
    __table_args__ = (
        Index(
            "Account_provider_providerAccountId_key", "provider", "providerAccountId", unique=True
        ),
    )

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("Account"), nullable=False)
    type: Mapped[str] = mapped_column("type", Text, nullable=False)
    provider: Mapped[str] = mapped_column("provider", Text, nullable=False)
    provider_account_id: Mapped[str] = mapped_column("providerAccountId", Text, nullable=False)
    # Tokens are encrypted at rest (smatrx.crypto); the column type stays text.
    refresh_token: Mapped[str | None] = mapped_column("refresh_token", EncryptedText)
    access_token: Mapped[str | None] = mapped_column("access_token", EncryptedText)
    expires_at: Mapped[int | None] = mapped_column("expires_at", Integer)
    token_type: Mapped[str | None] = mapped_column("token_type", Text)
    scope: Mapped[str | None] = mapped_column("scope", Text)
    id_token: Mapped[str | None] = mapped_column("id_token", EncryptedText)
    session_state: Mapped[str | None] = mapped_column("session_state", Text)
    refresh_token_expires_in: Mapped[int | None] = mapped_column(
        "refresh_token_expires_in", Integer
    )
    # Additive: what the provider said about the person (name, picture, location, profile
    # URL...), nothing secret; onboarding prefills from it.
    profile: Mapped[dict[str, Any] | None] = mapped_column("profile", JSONB)
    created_at: Mapped[datetime] = created_at_column()

    user: Mapped[User] = relationship(back_populates="accounts")


class Session(db.Model):
    """A signed-in browser. sessionToken holds the SHA-256 of the cookie's token, so a
    leaked table cannot be replayed as cookies."""

    __tablename__ = "Session"
    __table_args__ = (
        Index("Session_sessionToken_key", "sessionToken", unique=True),
        Index("Session_userId_idx", "userId"),
    )

    id: Mapped[str] = id_column()
    session_token: Mapped[str] = mapped_column("sessionToken", Text, nullable=False)
    user_id: Mapped[str] = mapped_column("userId", Text, user_fk("Session"), nullable=False)
    expires: Mapped[datetime] = mapped_column("expires", Timestamp, nullable=False)
    # Additive: what the account page lists.
    created_at: Mapped[datetime] = created_at_column()
    last_seen_at: Mapped[datetime] = created_at_column("lastSeenAt")
    user_agent: Mapped[str | None] = mapped_column("userAgent", Text)
    # Additive: the address the session was last used from (written with lastSeenAt).
    last_ip: Mapped[str | None] = mapped_column("lastIp", Text)

    user: Mapped[User] = relationship(back_populates="sessions")


class AccountToken(db.Model):
    """A single-use link: email verification, password reset or invitation. Only the
    SHA-256 of the link's secret is stored; usedAt makes it single-use."""

    __tablename__ = "AccountToken"
    __table_args__ = (
        Index("AccountToken_tokenHash_key", "tokenHash", unique=True),
        Index("AccountToken_userId_idx", "userId"),
        check_in("AccountToken", "purpose", ACCOUNT_TOKEN_PURPOSES),
    )

    id: Mapped[str] = id_column()
    purpose: Mapped[str] = mapped_column("purpose", Text, nullable=False)
    token_hash: Mapped[str] = mapped_column("tokenHash", Text, nullable=False)
    user_id: Mapped[str | None] = mapped_column("userId", Text, user_fk("AccountToken"))
    email: Mapped[str] = mapped_column("email", Text, nullable=False)
    created_by_id: Mapped[str | None] = mapped_column(
        "createdById",
        Text,
        ForeignKey(
            "User.id", name="AccountToken_createdById_fkey", ondelete="SET NULL", onupdate="CASCADE"
        ),
    )
    expires_at: Mapped[datetime] = mapped_column("expiresAt", Timestamp, nullable=False)
    used_at: Mapped[datetime | None] = mapped_column("usedAt", Timestamp)
    created_at: Mapped[datetime] = created_at_column()

    user: Mapped[User | None] = relationship(foreign_keys=[user_id])
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
