"""Turn what a source found into proposals: one per catalog skill, with estimated level,
score, years and last use, and the evidence behind them. Pure: no Flask, no database.

A finished import stores its proposals as JSON (``Proposal.as_json``); everything that reads
them back (the pages, accepting them) gets the same typed objects through
``stored_proposals(row)``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from smatrx.imports.dates import months_between
from smatrx.imports.matcher import Match, Matcher
from smatrx.imports.sources.linkedin import LinkedInExport
from smatrx.imports.sources.resume import estimate_usage, evidence_lines, split_entries
from smatrx.imports.unknown import unknown_technologies
from smatrx.imports.vocabulary import AMBIGUOUS_WORDS
from smatrx.skills.levels import DEFAULT_SCORE

if TYPE_CHECKING:
    from smatrx.models import SkillImport

EVIDENCE_LIMIT = 5


@dataclass(frozen=True)
class Proposal:
    skill_id: str
    name: str
    level: str
    score: int
    years: int | None
    last_used: str | None  # ISO date
    evidence: list[str] = field(default_factory=list)
    fuzzy: bool = False

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Proposal:
        """The inverse of ``as_json``. Rows written by older versions may lack the optional
        keys; they take the defaults."""
        return cls(
            skill_id=data["skill_id"],
            name=data["name"],
            level=data["level"],
            score=data["score"],
            years=data.get("years"),
            last_used=data.get("last_used"),
            evidence=list(data.get("evidence") or []),
            fuzzy=bool(data.get("fuzzy", False)),
        )


def stored_proposals(row: SkillImport) -> list[Proposal]:
    """The proposals a finished import stored, as the job wrote them; none before it ends."""
    return [Proposal.from_json(item) for item in (row.results or {}).get("proposals", [])]


def estimate_level(months: int | None, mentions: int = 1) -> str:
    """Years of use say most; a skill named once with no dated experience is a beginner's."""
    if months is None or months <= 0:
        return "intermediate" if mentions >= 3 else "beginner"
    years = months / 12
    if years >= 6:
        return "expert"
    if years >= 3:
        return "advanced"
    if years >= 1:
        return "intermediate"
    return "beginner"


def years_from_months(months: int | None) -> int | None:
    """Whole years of use, at most 50; None when nothing was dated."""
    if not months:
        return None
    return min(50, max(0, round(months / 12)))


def _mentions(match: Match) -> re.Pattern[str]:
    """Where an entry mentions the skill. A name that is also a word or a letter ("Go",
    "R", "Swift") is not mentioned by a hyphenated phrase ("go-to-market", "R-rated"), as
    the matcher does not match one either."""
    term = re.escape(match.term)
    if match.term.casefold() in AMBIGUOUS_WORDS or len(match.term) <= 2:
        return re.compile(rf"(?<![\w+#.-]){term}(?![\w+#]|-\w)", re.IGNORECASE)
    return re.compile(rf"(?<![\w+#.]){term}(?![\w+#])", re.IGNORECASE)


QUOTE_WIDTH = 60  # characters kept on each side of a match


def quote(text: str, pattern: re.Pattern[str], width: int = QUOTE_WIDTH) -> str | None:
    """The words around the first match of pattern in text, trimmed to whole words, the
    match marked «like this» — so a person sees why a skill was proposed. None when the
    pattern does not occur."""
    found = pattern.search(text)
    if found is None:
        return None
    start, end = found.span()
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    if start - width > 0:
        left = "…" + left.split(" ", 1)[-1] if " " in left else "…" + left
    if end + width < len(text):
        right = (right.rsplit(" ", 1)[0] if " " in right else right) + "…"
    return " ".join(f"{left}«{found.group()}»{right}".split())


def resume_proposals(
    text: str, matcher: Matcher, *, today: date
) -> tuple[list[Proposal], list[str]]:
    """Skills a résumé mentions, their years from the dated entries that mention them."""
    matches = matcher.find(text)
    entries = split_entries(text, today=today)
    proposals = []
    for match in matches:
        pattern = _mentions(match)

        def mentioned(chunk: str, pattern: re.Pattern[str] = pattern) -> bool:
            return bool(pattern.search(chunk))

        usage = estimate_usage(entries, mentioned)
        lines = evidence_lines(text, mentioned, limit=EVIDENCE_LIMIT)
        months = usage.months or None
        level = estimate_level(months, len(lines))
        proposals.append(
            Proposal(
                skill_id=match.skill_id,
                name=match.name,
                level=level,
                score=DEFAULT_SCORE[level],
                years=years_from_months(months),
                last_used=usage.last_used.isoformat() if usage.last_used else None,
                evidence=[
                    f"Line {number}: {quote(line, pattern) or line}" for number, line in lines
                ],
                fuzzy=match.fuzzy,
            )
        )
    return proposals, unknown_technologies(text, matches)


def linkedin_proposals(
    export: LinkedInExport, matcher: Matcher, *, today: date
) -> tuple[list[Proposal], list[str]]:
    """Skills listed in Skills.csv or mentioned in positions, certifications and projects;
    years and last use from the positions that mention them; endorsements as evidence."""
    found: dict[str, tuple[Match, list[str]]] = {}
    unknown: list[str] = []

    def note(match: Match, evidence: str) -> None:
        entry = found.setdefault(match.skill_id, (match, []))
        if evidence not in entry[1] and len(entry[1]) < EVIDENCE_LIMIT:
            entry[1].append(evidence)

    for name in export.skills:
        match = matcher.match_name(name)
        if match is None:
            unknown.append(name)
            continue
        endorsements = export.endorsements.get(name, 0)
        suffix = (
            f" ({endorsements} endorsement{'s' if endorsements != 1 else ''})"
            if endorsements
            else ""
        )
        note(match, f"Listed in your LinkedIn skills{suffix}")

    periods: dict[str, list[tuple[date, date]]] = {}
    for position in export.positions:
        text = " ".join((position.title, position.description))
        for match in matcher.find(text):
            where = f"Position: {position.title} at {position.company}".strip()
            said = quote(position.description, _mentions(match))
            note(match, f"{where}: {said}" if said else where)
            if position.started:
                end = position.finished or today
                periods.setdefault(match.skill_id, []).append((position.started, end))
    usage = {
        skill_id: (union_months(spans), max(end for _, end in spans))
        for skill_id, spans in periods.items()
    }
    for group, label in ((export.certifications, "Certification"), (export.projects, "Project")):
        for item in group:
            title = item.get("Name") or item.get("Title") or ""
            text = " ".join(item.values())
            for match in matcher.find(text):
                said = quote(text, _mentions(match))
                note(match, f"{label}: {title}: {said}" if said else f"{label}: {title}".strip())

    proposals = []
    for skill_id, (match, evidence) in found.items():
        months, last = usage.get(skill_id, (0, None))
        level = estimate_level(months or None, len(evidence))
        proposals.append(
            Proposal(
                skill_id=skill_id,
                name=match.name,
                level=level,
                score=DEFAULT_SCORE[level],
                years=years_from_months(min(months, 50 * 12) if months else None),
                last_used=last.isoformat() if last else None,
                evidence=evidence,
                fuzzy=match.fuzzy,
            )
        )
    return proposals, unknown[:20]


def union_months(spans: list[tuple[date, date]]) -> int:
    """Months covered by the spans, overlaps counted once (two jobs at once are not two
    years of experience)."""
    total = 0
    current_start: date | None = None
    current_end: date | None = None
    for start, end in sorted(spans):
        if current_end is None or start > current_end:
            if current_start is not None and current_end is not None:
                total += max(0, months_between(current_start, current_end))
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_start is not None and current_end is not None:
        total += max(0, months_between(current_start, current_end))
    return total


def profile_suggestions(export: LinkedInExport) -> dict[str, str]:
    """What the export offers for the profile; the person accepts or not."""
    offered = {
        "title": export.headline,
        "bio": export.summary,
        "industry": export.industry,
    }
    return {key: value.strip()[:2000] for key, value in offered.items() if value and value.strip()}
