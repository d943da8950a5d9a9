"""Turn what a source found into proposals: one per catalog skill, with estimated level,
score, years and last use, and the evidence behind them. Pure: no Flask, no database.

A finished import stores its proposals as JSON (``Proposal.as_json``); everything that reads
them back (the pages, accepting them) gets the same typed objects through
``stored_proposals(row)``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from smatrx.imports.claims import claimed_years
from smatrx.imports.date_words import BULLET_GLYPHS
from smatrx.imports.dates import DateRange, months_between
from smatrx.imports.matcher import Match, Matcher, Mention, Reading
from smatrx.imports.resume_mentions import (
    LineMentions,
    entries_holding,
    line_starts_of,
    mentions_by_line,
)
from smatrx.imports.sources.linkedin import LinkedInExport
from smatrx.imports.sources.resume import (
    dated_job,
    estimate_usage,
    mask_name_line,
    split_entries,
    strip_sidebar,
    usage_ranges,
)
from smatrx.imports.sources.resume_lines import rejoined_hyphenation
from smatrx.imports.unknown import unknown_technologies
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
    # Named only as another party's technology ("the client's Kafka platform"): shown
    # apart and not ticked (smatrx.imports.ownership).
    someone_elses: bool = False

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
            someone_elses=bool(data.get("someone_elses", False)),
        )


def theirs_proposal(skill_id: str, name: str, evidence: list[str]) -> Proposal:
    """A technology named only as someone else's: no estimate of the person's use."""
    return Proposal(
        skill_id=skill_id,
        name=name,
        level="beginner",
        score=DEFAULT_SCORE["beginner"],
        years=None,
        last_used=None,
        evidence=evidence,
        someone_elses=True,
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
    """Whole years of use, completed (4 years and 9 months is 4, as "4+ years" says it), at
    most 50; None when nothing was dated."""
    if not months:
        return None
    return min(50, max(0, months // 12))


QUOTE_WIDTH = 60  # characters kept on each side of a match


def quote_at(text: str, start: int, end: int, width: int = QUOTE_WIDTH) -> str:
    """The words around text[start:end], trimmed to whole words, the match marked «like
    this» — so a person sees why a skill was proposed."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    if start - width > 0:
        left = "…" + left.split(" ", 1)[-1] if " " in left else "…" + left
    if end + width < len(text):
        right = (right.rsplit(" ", 1)[0] if " " in right else right) + "…"
    return " ".join(f"{left}«{text[start:end]}»{right}".split())


def quote(text: str, pattern: re.Pattern[str], width: int = QUOTE_WIDTH) -> str | None:
    """quote_at the first match of pattern in text; None when it does not occur."""
    found = pattern.search(text)
    return quote_at(text, *found.span(), width=width) if found else None


def _quoted(text: str, mentions: list[Mention], *, skip: int = 0) -> dict[str, str]:
    """Per skill the text names, the quote of its first accepted mention after the first
    `skip` characters (a position's title, which the evidence names already) — the
    matcher's own decision: an everyday word it passed over is never what is quoted."""
    quotes: dict[str, str] = {}
    quoted = text[skip:]
    for start, end, match in mentions:
        if start >= skip:
            quotes.setdefault(match.skill_id, quote_at(quoted, start - skip, end - skip))
    return quotes


def _distinct(mentions: list[Mention]) -> list[Match]:
    """Each skill the mentions name, once, in order of first mention."""
    seen: dict[str, Match] = {}
    for _, _, match in mentions:
        seen.setdefault(match.skill_id, match)
    return list(seen.values())


def _evidence(text: str, mentions: LineMentions, line_starts: list[int]) -> list[str]:
    """ "Line N: …«match»…" for the first EVIDENCE_LIMIT distinct lines that mention it."""
    evidence: list[str] = []
    seen: set[str] = set()
    for number, (start, end) in sorted(mentions.lines.items()):
        line_start = line_starts[number - 1]
        line_end = text.find("\n", line_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.strip() in seen:
            continue
        seen.add(line.strip())
        evidence.append(f"Line {number}: {quote_at(line, start - line_start, end - line_start)}")
        if len(evidence) >= EVIDENCE_LIMIT:
            break
    return evidence


def _read_with_hyphenation_rejoined(matcher: Matcher, text: str) -> Reading:
    """The matcher's reading, with the names a PDF hyphenated across a line break ("Active
    Direc-" / "tory") read whole too, and those the whole name vouches for on the line
    after ("tory und Exchange"). Nothing else changes: a hyphen that was the word's own
    ("React-" / "based") keeps its reading."""
    reading = matcher.read(text)
    joined, joins = rejoined_hyphenation(text)
    if not joins:
        return reading
    known = {(start, match.skill_id) for start, _, match in reading.own}
    # each rejoined word, through the end of the line after it (where "Exchange" may stand)
    near = [(at, _end_of_next_line(joined, at)) for at in joins]
    added = [
        mention
        for mention in matcher.read(joined).own
        if (mention[0], mention[2].skill_id) not in known
        and any(mention[0] < end and mention[1] > at for at, end in near)
    ]
    return Reading(sorted(reading.own + added, key=lambda m: m[0]), reading.theirs)


def _end_of_next_line(text: str, at: int) -> int:
    """Where the line after the one holding `at` ends (the text's end if there is none)."""
    first = text.find("\n", at)
    second = text.find("\n", first + 1) if first >= 0 else -1
    return second if second >= 0 else len(text)


def resume_proposals(
    text: str, matcher: Matcher, *, today: date
) -> tuple[list[Proposal], list[str]]:
    """Skills a résumé mentions, their years from the dated entries that hold a mention the
    matcher accepted (an everyday "go" or "react" in a job's prose adds nothing)."""
    line_starts = line_starts_of(text)
    body = strip_sidebar(text.split("\n"), today=today)
    reading = _read_with_hyphenation_rejoined(matcher, mask_name_line(text))
    found = mentions_by_line(reading.own, line_starts, body)
    # years the person states for a name ("the last seven in security operations")
    claimed: dict[str, int] = {}
    for start, _, match in reading.own:
        count = claimed_years(text, start)
        if count is not None:
            claimed[match.skill_id] = max(count, claimed.get(match.skill_id, 0))
    theirs = mentions_by_line(reading.theirs, line_starts, body)
    entries = split_entries(text, today=today)
    holdings = entries_holding(text, entries, found, line_starts, today)
    proposals = []
    for mentions in found.values():
        match = mentions.match
        usage = estimate_usage(holdings[match.skill_id], lambda _text: True)
        evidence = _evidence(text, mentions, line_starts)
        months = max(usage.months, claimed.get(match.skill_id, 0) * 12) or None
        level = estimate_level(months, len(evidence))
        proposals.append(
            Proposal(
                skill_id=match.skill_id,
                name=match.name,
                level=level,
                score=DEFAULT_SCORE[level],
                years=years_from_months(months),
                last_used=usage.last_used.isoformat() if usage.last_used else None,
                evidence=evidence,
                fuzzy=match.fuzzy,
            )
        )
    proposals.extend(
        theirs_proposal(skill_id, mentions.match.name, _evidence(text, mentions, line_starts))
        for skill_id, mentions in theirs.items()
        if skill_id not in found
    )
    return proposals, unknown_technologies(text, [m.match for m in found.values()])


# A sentence of a position's description ends at ".", "!" or "?" before a space; a bullet
# someone typed before it is not part of it.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")
_TYPED_BULLET = re.compile(rf"[-*+\u2013\u2014{BULLET_GLYPHS}]\s+")


def _position_periods(
    title: str,
    text: str,
    mentions: list[Mention],
    started: date,
    finished: date | None,
    today: date,
) -> dict[str, list[tuple[date, date]]]:
    """Per skill the position's text (`title`, a line break, its description) names, the
    spans it was used in: the position's dates, unless each sentence naming it carries a
    period of its own ("En 2022 lideré la migración … a Python.", "Since 2021 on Rust",
    "… (2018)"), read as a résumé's job's items are (each sentence an item) and clipped to
    the position's dates."""
    period = DateRange(start=started, end=finished or today, ongoing=finished is None, text="")
    items: list[str] = []
    starts: list[int] = []  # where each item begins in `text`
    offset = len(title) + 1
    for line in text[offset:].split("\n"):
        pieces = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(line))]
        for a, b in zip(pieces, [*pieces[1:], len(line)], strict=True):
            sentence = line[a:b].rstrip()
            bullet = _TYPED_BULLET.match(sentence.lstrip())
            skip = len(sentence) - len(sentence.lstrip()) + (bullet.end() if bullet else 0)
            items.append("- " + sentence[skip:])
            starts.append(offset + a + skip)
        offset += len(line) + 1
    entry = dated_job(title, items, period, today=today)
    lines: dict[str, dict[int, int]] = {}  # skill -> line number (1-based) -> column
    for start, _, match in mentions:
        if start < len(title):
            number, column = 1, start
        else:
            index = max(bisect_right(starts, start) - 1, 0)
            number, column = index + 2, start - starts[index] + 2
        lines.setdefault(match.skill_id, {}).setdefault(number, column)
    return {
        skill_id: [(r.start, r.end) for r in usage_ranges(entry, list(on), on)]
        for skill_id, on in lines.items()
    }


_DESCRIBING_COLUMNS = frozenset({"Name", "Title", "Description"})


def linkedin_proposals(
    export: LinkedInExport, matcher: Matcher, *, today: date
) -> tuple[list[Proposal], list[str]]:
    """Skills listed in Skills.csv or mentioned in positions, certifications and projects;
    years and last use from the positions that mention them; endorsements as evidence."""
    found: dict[str, tuple[Match, list[str]]] = {}
    unknown: list[str] = []

    theirs: dict[str, tuple[Match, list[str]]] = {}
    listed: dict[str, tuple[Match, set[str]]] = {}  # Skills.csv's skills, by the names written

    def note(match: Match, evidence: str, into: dict[str, tuple[Match, list[str]]] = found) -> None:
        entry = into.setdefault(match.skill_id, (match, []))
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
        listed.setdefault(match.skill_id, (match, set()))[1].update(_listed_names(name))

    periods: dict[str, list[tuple[date, date]]] = {}
    readings = []
    for position in export.positions:
        text = "\n".join((position.title, position.description))
        reading = matcher.read(text)
        readings.append(reading)
        where = f"Position: {position.title} at {position.company}".strip()
        quotes = _quoted(text, reading.own, skip=len(position.title) + 1)
        for match in _distinct(reading.own):
            said = quotes.get(match.skill_id)
            note(match, f"{where}: {said}" if said else where)
        if position.started:
            for skill_id, spans in _position_periods(
                position.title, text, reading.own, position.started, position.finished, today
            ).items():
                periods.setdefault(skill_id, []).extend(spans)
        quotes = _quoted(text, reading.theirs, skip=len(position.title) + 1)
        for match in _distinct(reading.theirs):
            said = quotes.get(match.skill_id)
            note(match, f"{where}: {said}" if said else where, theirs)
    # A listed skill the positions name inside a longer name or where prose reading passes
    # it by ("Databricks" in "... on Azure Databricks", "Angular voor interne dashboards."):
    # the person says they have it, so the position naming it as written dates it.
    for skill_id, (match, written) in listed.items():
        if skill_id in periods:
            continue
        for position, reading in zip(export.positions, readings, strict=True):
            text = "\n".join((position.title, position.description))
            if position.started is None or skill_id in {m.skill_id for _, _, m in reading.theirs}:
                continue
            if any(_names(name, text) for name in written):
                periods.setdefault(skill_id, []).append(
                    (position.started, position.finished or today)
                )
                note(match, f"Position: {position.title} at {position.company}".strip())
    usage = {
        skill_id: (union_months(spans), max(end for _, end in spans))
        for skill_id, spans in periods.items()
    }
    for group, label in ((export.certifications, "Certification"), (export.projects, "Project")):
        for item in group:
            title = item.get("Name") or item.get("Title") or ""
            # what it is and what was done; not the issuing authority ("Oracle" issues the
            # Oracle NetSuite certification), its URL, licence number or dates
            text = " ".join(value for key, value in item.items() if key in _DESCRIBING_COLUMNS)
            reading = matcher.read(text)
            for mentions, into in ((reading.own, found), (reading.theirs, theirs)):
                quotes = _quoted(text, mentions)
                for match in _distinct(mentions):
                    said = quotes.get(match.skill_id)
                    where = f"{label}: {title}: {said}" if said else f"{label}: {title}".strip()
                    note(match, where, into)

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
    proposals.extend(
        theirs_proposal(skill_id, match.name, evidence)
        for skill_id, (match, evidence) in theirs.items()
        if skill_id not in found
    )
    return proposals, unknown[:20]


_LISTED_NAME_MIN = 4  # shorter names ("Go", "R", "Lua") are words or initials in prose


def _listed_names(written: str) -> set[str]:
    """The name a skill is listed by, as a position's text may write it: without a bracketed
    note ("Python (Programming Language)"). (Not the catalog's name it matched: "B2B Sales"
    may be filed under a broader name that a job's title holds.)"""
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", written).strip()
    return {bare} if len(bare) >= _LISTED_NAME_MIN else set()


def _names(name: str, text: str) -> bool:
    """The text names `name` as written (same case), as a whole word."""
    return re.search(rf"(?<![\w.+#/-]){re.escape(name)}(?![\w+#/-])", text) is not None


def union_months(spans: list[tuple[date, date]]) -> int:
    """Calendar months covered by the spans, each span's first and last month included ("Mar
    2017 - Jun 2020" is 40, as LinkedIn counts them), overlaps counted once (two jobs at once
    are not two years of experience) and a span starting the month after another ends
    continuing it."""
    total = 0
    current_start: date | None = None
    current_end: date | None = None
    for start, end in sorted(spans):
        if current_end is None or months_between(current_end, start) > 1:
            if current_start is not None and current_end is not None:
                total += max(0, months_between(current_start, current_end) + 1)
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_start is not None and current_end is not None:
        total += max(0, months_between(current_start, current_end) + 1)
    return total


def profile_suggestions(export: LinkedInExport) -> dict[str, str]:
    """What the export offers for the profile; the person accepts or not."""
    offered = {
        "title": export.headline,
        "bio": export.summary,
        "industry": export.industry,
    }
    return {key: value.strip()[:2000] for key, value in offered.items() if value and value.strip()}
