"""The import sources, one declared entry each: what the pages call it, whether it needs an
upload (and which form takes it), how the job reads its input and turns it into proposals,
and what the progress messages count. The routes, the job and the reaper all read this
table; none of them asks which source a row is."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import requests
from flask import current_app
from sqlalchemy import select

from smatrx.auth.oauth.providers import github_api_urls
from smatrx.extensions import db
from smatrx.imports.etag_cache import RedisETagCache
from smatrx.imports.forms import GitHubImportForm, LinkedInUploadForm, ResumeUploadForm
from smatrx.imports.matcher import Matcher
from smatrx.imports.proposals import (
    Proposal,
    linkedin_proposals,
    profile_suggestions,
    resume_proposals,
)
from smatrx.imports.safe_zip import UnsafeArchive
from smatrx.imports.sources import linkedin, resume
from smatrx.imports.sources.github.client import GitHubClient
from smatrx.imports.sources.github.proposals import github_proposals
from smatrx.imports.sources.github.repos import FetchStats, GitHubError, RateLimited, Repo
from smatrx.jobs.queue import get_redis
from smatrx.models import Account

if TYPE_CHECKING:
    from flask_wtf import FlaskForm

    from smatrx.models import SkillImport

Read = TypeVar("Read")


@dataclass(frozen=True)
class SourceInput:
    """What the job hands a source to read."""

    user_id: str
    data: bytes  # the upload; empty for a source that needs none
    filename: str
    request: Mapping[str, Any]  # what the person asked for (a GitHub login, forks or not)
    # Progress while reading; False once the import stopped (cancelled, reaped).
    report: Callable[[int, str], bool]


@dataclass(frozen=True)
class Findings:
    """What the job stores: proposals, technologies the catalog lacks, profile offers."""

    proposals: list[Proposal]
    unknown: list[str]
    profile: dict[str, str] = field(default_factory=dict)
    note: str = ""  # appended to the closing message (a rate limit cut the read short)


@dataclass(frozen=True)
class ImportSource(Generic[Read]):
    key: str  # SkillImport.source
    label: str  # "your résumé": "Import from …", "Reading …"
    needs_upload: bool
    form: type[FlaskForm]  # the form that starts it on the imports page
    read: Callable[[SourceInput], Read]
    counted: Callable[[Read], str]  # "12 repositories", for "Matching … against the catalog"
    propose: Callable[[Read, Matcher, date], Findings]
    # Failures the person can act on: the import ends with their message.
    errors: tuple[type[Exception], ...]
    # A first look at an upload by its bytes, before the row is created: a sentence or None.
    check_upload: Callable[[bytes], str | None] = lambda data: None
    matching_progress: int = 50  # where the matching step puts the progress bar

    def input_missing(self, row: SkillImport) -> bool:
        """The row lacks what the job needs to read: its upload, for an upload source."""
        return self.needs_upload and row.file is None


def _resume_findings(text: str, matcher: Matcher, today: date) -> Findings:
    return Findings(*resume_proposals(text, matcher, today=today))


def _linkedin_findings(export: linkedin.LinkedInExport, matcher: Matcher, today: date) -> Findings:
    proposals, unknown = linkedin_proposals(export, matcher, today=today)
    return Findings(proposals, unknown, profile_suggestions(export))


@dataclass(frozen=True)
class FetchedRepos:
    repos: list[Repo]
    note: str  # says so when a rate limit stopped the read part-way


def read_github(given: SourceInput) -> FetchedRepos:
    """The person's repositories: with their linked account's token (decrypted only here)
    through GraphQL, else a public username through REST. A rate limit ends the fetch with
    what was read so far, and the note says so; with the hour's budget used up, the last
    result kept for that username is offered instead, with its time."""
    account = db.session.scalar(
        select(Account).where(Account.user_id == given.user_id, Account.provider == "github")
    )
    token = account.access_token if account and given.request.get("use_token", True) else None
    api_url, graphql_url = github_api_urls(current_app.config)
    client = GitHubClient(
        requests.Session(),
        api_url=api_url,
        graphql_url=graphql_url,
        token=token,
        cache=RedisETagCache(get_redis(), given.user_id),
        on_progress=lambda message: given.report(40, message),
    )
    # With a token the import reads the token's own repositories (private ones included);
    # without one, a public username's.
    login = None if token else given.request.get("login")
    try:
        repos, stats = client.fetch_repos(
            login,
            include_forks=bool(given.request.get("forks")),
            include_archived=bool(given.request.get("archived")),
        )
    except RateLimited as limited:
        if not limited.repos:
            raise
        return FetchedRepos(
            limited.repos,
            " GitHub's rate limit stopped the import part-way: these come from the "
            f"{len(limited.repos)} repositories listed so far"
            + _estimated_clause(sum(1 for repo in limited.repos if repo.estimated))
            + ".",
        )
    return FetchedRepos(repos, github_note(stats))


def github_note(stats: FetchStats) -> str:
    """What the closing message adds about how the repositories were read."""
    if stats.reused_from is not None:
        when = f"{stats.reused_from:%Y-%m-%d %H:%M} UTC"
        if stats.reused_because == "limit":
            return (
                " GitHub's hourly request limit is used up: these are the results read at "
                f"{when}; import again after the hour resets for fresh ones."
            )
        return f" Nothing changed on GitHub since {when}: the repositories read then are used."
    if stats.estimated_repos:
        return (
            " Within GitHub's hourly limit without a linked account"
            + _estimated_clause(stats.estimated_repos)
            + "."
        )
    return ""


def _estimated_clause(count: int) -> str:
    if not count:
        return ""
    return (
        f", {count} repositories are known by their primary language only "
        "(the evidence says which skills rest on that)"
    )


def _github_findings(fetched: FetchedRepos, matcher: Matcher, today: date) -> Findings:
    return Findings(*github_proposals(fetched.repos, matcher, today=today), note=fetched.note)


SOURCES: dict[str, ImportSource[Any]] = {
    source.key: source
    for source in (
        ImportSource(
            key="resume",
            label="your résumé",
            needs_upload=True,
            form=ResumeUploadForm,
            read=lambda given: resume.extract_text(given.data),
            counted=lambda text: f"{len(text.split())} words",
            propose=_resume_findings,
            errors=(resume.ResumeError,),
            check_upload=resume.upload_problem,
        ),
        ImportSource(
            key="linkedin",
            label="your LinkedIn export",
            needs_upload=True,
            form=LinkedInUploadForm,
            read=lambda given: linkedin.parse_export(given.data, filename=given.filename),
            counted=lambda export: (
                f"{len(export.skills)} skills and {len(export.positions)} positions"
            ),
            propose=_linkedin_findings,
            errors=(linkedin.LinkedInExportError, UnsafeArchive),
            check_upload=linkedin.upload_problem,
        ),
        ImportSource(
            key="github",
            label="GitHub",
            needs_upload=False,
            form=GitHubImportForm,
            read=read_github,
            counted=lambda fetched: f"{len(fetched.repos)} repositories",
            propose=_github_findings,
            errors=(GitHubError,),
            matching_progress=70,
        ),
    )
}
