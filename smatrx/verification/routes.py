"""Verification routes (being built)."""

from smatrx.verification import bp  # noqa: F401
