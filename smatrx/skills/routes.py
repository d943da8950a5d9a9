"""/skills: my skills (being built)."""

from smatrx.skills import bp  # noqa: F401
