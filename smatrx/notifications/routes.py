"""Notification routes (being built)."""

from smatrx.notifications import bp  # noqa: F401
