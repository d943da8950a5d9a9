"""GitHub repositories turned into skill proposals. Pure: no Flask, no database.

``github_proposals(repos, matcher, *, today) -> (list[Proposal], list[str])``
    Languages -> skills (``matcher.match_name`` after a few GitHub-name aliases: Shell -> Bash,
    HCL -> Terraform, ...): level and score from the language's share of all bytes and its number
    of repositories, years from the first creation/push to the last push of the repositories
    using it, ``last_used`` the latest push; evidence ``"repo — 12.3 kB, last push 2026-05-01"``
    for the top 5 by bytes. A repository known by its primary language only (``Repo.estimated``,
    a public username's budget ran out) counts with its size; the language's evidence then
    opens with ``estimated_note`` and says "primary language" on that repository's line.
    Topics and manifest dependencies -> frameworks and libraries (exact
    matches only for dependencies), evidence ``"repo (topic)"`` / ``"repo: requirements.txt"``.
    The second list names technologies that matched nothing (languages, topics, dependencies
    found in several repositories), at most 20.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from smatrx.imports.dates import months_between
from smatrx.imports.manifests import dependencies
from smatrx.imports.matcher import Match, Matcher
from smatrx.imports.proposals import Proposal, estimate_level, years_from_months
from smatrx.imports.sources.github.repos import Repo
from smatrx.imports.vocabulary import word_set
from smatrx.skills.levels import BANDS, rank

EVIDENCE_LIMIT = 5
UNKNOWN_LIMIT = 20


# GitHub (linguist) language names the catalog knows under another name.
LANGUAGE_ALIASES: dict[str, str] = {
    "Shell": "Bash",
    "HCL": "Terraform",
    "Vue": "Vue.js",
    "SCSS": "Sass",
    "Vim Script": "Vim",
    "Vim script": "Vim",
    "PLpgSQL": "PostgreSQL",
    "TSQL": "SQL Server",
    "Jupyter Notebook": "Jupyter",
}
# Linguist names that are file formats, not skills.
IGNORED_LANGUAGES = frozenset({"Procfile", "Text", "Roff", "Rich Text Format", "Batchfile"})
# Package names that say nothing of a skill, or collide with a catalog name.
IGNORED_DEPENDENCIES = frozenset({"net", "core", "common", "utils", "types", "test", "sql"})
# Topics that are about the repository, not a technology.
GENERIC_TOPICS = word_set(
    """
    hacktoberfest portfolio website personal-website tutorial tutorials learning learn awesome
    awesome-list demo example examples project projects homework school university course
    blog template boilerplate starter starter-kit api app web bot game cli library tool tools
    open-source opensource 100daysofcode beginner beginners side-project challenge
    """
)
_HACKTOBERFEST = re.compile(r"^hacktoberfest\d*$")


@dataclass
class _Usage:
    match: Match
    repos: dict[str, Repo] = field(default_factory=dict)
    bytes: int = 0
    by_repo: dict[str, int] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # topic/manifest lines of a language

    def note(self, repo: Repo, evidence: str | None = None) -> None:
        self.repos[repo.full_name] = repo
        if evidence and evidence not in self.evidence and len(self.evidence) < EVIDENCE_LIMIT:
            self.evidence.append(evidence)


def github_proposals(
    repos: list[Repo], matcher: Matcher, *, today: date
) -> tuple[list[Proposal], list[str]]:
    """Skills the repositories show: languages by bytes, frameworks and libraries by topics and
    manifest dependencies. Returns the proposals and the technologies that matched nothing."""
    total_bytes = sum(
        size
        for repo in repos
        for language, size in repo.languages.items()
        if language not in IGNORED_LANGUAGES
    )
    languages: dict[str, _Usage] = {}
    others: dict[str, _Usage] = {}
    unknown: dict[str, list[Any]] = {}  # name -> [rank, repo names, first seen]

    def miss(name: str, rank: int, repo: Repo) -> None:
        entry = unknown.setdefault(name, [rank, set(), len(unknown)])
        entry[0] = min(entry[0], rank)
        entry[1].add(repo.full_name)

    for repo in repos:
        for language, size in repo.languages.items():
            if language in IGNORED_LANGUAGES or size <= 0:
                continue
            match = _match_language(matcher, language)
            if match is None:
                miss(language, 0, repo)
                continue
            usage = languages.setdefault(match.skill_id, _Usage(match))
            usage.note(repo)
            usage.bytes += size
            usage.by_repo[repo.full_name] = usage.by_repo.get(repo.full_name, 0) + size

    def found(match: Match, repo: Repo, evidence: str) -> None:
        language = languages.get(match.skill_id)
        if language is not None:  # evidence only: bytes decide a language's level
            if evidence not in language.extra and len(language.extra) < EVIDENCE_LIMIT:
                language.extra.append(evidence)
        else:
            others.setdefault(match.skill_id, _Usage(match)).note(repo, evidence)

    for repo in repos:
        for topic in repo.topics:
            match = matcher.match_name(topic)
            if match is not None:
                found(match, repo, f"{repo.name} ({topic})")
            elif _looks_like_technology(topic):
                miss(topic, 1, repo)
        for filename, text in repo.manifests.items():
            for name in dependencies(filename, text):
                if name in IGNORED_DEPENDENCIES:
                    continue
                match = matcher.match_name(name)
                if match is not None and not match.fuzzy:
                    found(match, repo, f"{repo.name}: {filename}")
                else:
                    miss(name, 2, repo)

    proposals = [
        _language_proposal(usage, total_bytes)
        for usage in sorted(languages.values(), key=lambda u: -u.bytes)
    ]
    proposals += [
        _other_proposal(usage)
        for usage in sorted(others.values(), key=lambda u: (-len(u.repos), u.match.name))
    ]
    known = {normalise_name(p.name) for p in proposals}
    ranked = sorted(
        (
            (rank, -len(names), order, name)
            for name, (rank, names, order) in unknown.items()
            # a dependency used in one repository only is most likely a small library
            if normalise_name(name) not in known and (rank < 2 or len(names) >= 2)
        ),
    )
    return proposals, [name for *_, name in ranked[:UNKNOWN_LIMIT]]


def normalise_name(name: str) -> str:
    return re.sub(r"[\s._-]+", "", name.casefold())


def _match_language(matcher: Matcher, language: str) -> Match | None:
    for variant in (LANGUAGE_ALIASES.get(language), language):
        if variant:
            match = matcher.match_name(variant)
            if match is not None:
                return match
    return None


def _looks_like_technology(topic: str) -> bool:
    topic = topic.casefold()
    return (
        len(topic) >= 2
        and any(ch.isalpha() for ch in topic)
        and topic not in GENERIC_TOPICS
        and not _HACKTOBERFEST.match(topic)
    )


def _months(first: datetime | None, last: datetime | None) -> int | None:
    if first is None or last is None or last < first:
        return None
    return months_between(first, last)


def _span(repos: Iterable[Repo]) -> tuple[datetime | None, datetime | None]:
    starts = [r.created_at or r.pushed_at for r in repos if r.created_at or r.pushed_at]
    pushes = [r.pushed_at for r in repos if r.pushed_at]
    return (min(starts) if starts else None, max(pushes) if pushes else None)


def _cap(level: str, ceiling: str) -> str:
    return min(level, ceiling, key=rank)


def _floor(level: str, bottom: str) -> str:
    return max(level, bottom, key=rank)


def _score(level: str, strength: float) -> int:
    """A score inside the level's band, higher with more use."""
    low, high = BANDS[level]
    strength = min(1.0, max(0.0, strength))
    return low + round((high - low) * (0.3 + 0.6 * strength))


def _language_proposal(usage: _Usage, total_bytes: int) -> Proposal:
    share = usage.bytes / total_bytes if total_bytes else 0.0
    count = len(usage.repos)
    first, last = _span(usage.repos.values())
    months = _months(first, last)
    level = estimate_level(months, count)
    if share >= 0.30 or count >= 10:
        level = _floor(level, "advanced")
    elif share >= 0.10 or count >= 3:
        level = _floor(level, "intermediate")
    elif share >= 0.01:
        level = _cap(level, "intermediate")  # a minor language of a long-lived repository
    else:
        level = "beginner"
    strength = max(share / 0.5, count / 20)
    top = sorted(usage.by_repo.items(), key=lambda item: -item[1])[:EVIDENCE_LIMIT]
    evidence = []
    note = estimated_note(sum(1 for r in usage.repos.values() if r.estimated), count)
    if note:
        evidence.append(note)
    for full_name, size in top:
        repo = usage.repos[full_name]
        pushed = f", last push {repo.pushed_at.date().isoformat()}" if repo.pushed_at else ""
        if repo.estimated:
            evidence.append(
                f"{repo.name} — primary language, repository of {format_bytes(size)}{pushed}"
            )
        else:
            evidence.append(f"{repo.name} — {format_bytes(size)}{pushed}")
    evidence += usage.extra
    return Proposal(
        skill_id=usage.match.skill_id,
        name=usage.match.name,
        level=level,
        score=_score(level, strength),
        years=years_from_months(months),
        last_used=last.date().isoformat() if last else None,
        evidence=evidence,
        fuzzy=usage.match.fuzzy,
    )


def _other_proposal(usage: _Usage) -> Proposal:
    count = len(usage.repos)
    first, last = _span(usage.repos.values())
    months = _months(first, last)
    level = estimate_level(months, count)
    if count == 1:
        level = _cap(level, "intermediate")
    elif count < 5:
        level = _cap(level, "advanced")
    return Proposal(
        skill_id=usage.match.skill_id,
        name=usage.match.name,
        level=level,
        score=_score(level, count / 10),
        years=years_from_months(months),
        last_used=last.date().isoformat() if last else None,
        evidence=list(usage.evidence),
        fuzzy=usage.match.fuzzy,
    )


def estimated_note(estimated: int, count: int) -> str:
    """The evidence line saying plainly how much of a language's estimate rests on the
    repositories' primary language alone ('' when none does)."""
    if not estimated:
        return ""
    if estimated == count:
        many = "these repositories" if count > 1 else "this repository"
        return (
            "Estimated from the primary language only: GitHub's hourly limit without a linked "
            f"account left the languages of {many} unread (link your account for the details)."
        )
    return (
        f"{estimated} of these {count} repositories counted by their primary language only "
        "(GitHub's hourly limit without a linked account left their languages unread)."
    )


def format_bytes(size: int) -> str:
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{size / 1000:.1f} kB"
    return f"{size / 1_000_000:.1f} MB"
