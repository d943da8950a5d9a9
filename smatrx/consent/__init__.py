"""Consent, below the features that ask for it: the legal texts and their versions
(legal.py) and the consent records (records.py). Auth records acceptance at sign-up, teams
and insights read it; the pages that show and change it are smatrx/privacy/ (above auth)."""

from __future__ import annotations

from flask import current_app

from smatrx.consent import legal


def current_versions() -> dict[str, str]:
    """The published versions of the terms and the privacy notice."""
    return legal.current_versions(current_app.config["INSTANCE_PATH"])
