"""/skills/catalog and skill pages (being built)."""

from smatrx.skills import bp  # noqa: F401
