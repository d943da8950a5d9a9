"""Where a résumé mentions each skill, line by line, and the dated entries holding those
mentions: what resume_proposals counts a skill's years from. Pure: no Flask, no database."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from smatrx.imports.list_labels import labelled_items
from smatrx.imports.matcher import Match, Mention
from smatrx.imports.sources.resume import Entry, usage_ranges
from smatrx.imports.sources.resume_periods import opening_period


@dataclass
class LineMentions:
    match: Match  # the first
    lines: dict[int, tuple[int, int]] = field(default_factory=dict)  # line number -> span
    # Lines with a mention in the page's main column (not in a two-column PDF's sidebar):
    # only these tie the skill to the job on that line.
    body_lines: set[int] = field(default_factory=set)


def line_starts_of(text: str) -> list[int]:
    return [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]


def mentions_by_line(
    mentions: list[Mention], line_starts: list[int], body: list[str]
) -> dict[str, LineMentions]:
    """Per skill, the lines (1-based) where the matcher accepted a mention, with the first
    span on each line. `body` is the text's lines without a sidebar column."""
    found: dict[str, LineMentions] = {}
    for start, end, match in mentions:
        number = bisect_right(line_starts, start)
        mentions = found.setdefault(match.skill_id, LineMentions(match))
        mentions.lines.setdefault(number, (start, end))
        # (a right-hand sidebar is cut off the body's line, a left-hand one blanked)
        if body[number - 1][start - line_starts[number - 1] :][:1].strip():
            mentions.body_lines.add(number)
    return found


def _profile_periods(
    text: str, entries: list[Entry], mentions: LineMentions, line_starts: list[int], today: date
) -> list[Entry]:
    """For a skill no entry holds: the periods opening the sentences outside every entry (a
    profile's) that name it ("2021年4月より…本番運用(MLOps)までを担当しています。": from
    April 2021 to now), each as an entry of its line."""
    dated = []
    lines = text.split("\n")
    for number in sorted(mentions.body_lines):
        if any(entry.lines[0] <= number <= entry.lines[1] for entry in entries):
            continue
        column = mentions.lines[number][0] - line_starts[number - 1]
        period = opening_period(lines[number - 1], column, today=today)
        if period is not None:
            line = lines[number - 1]
            dated.append(Entry(heading="", text=line, range=period, lines=(number, number)))
    return dated


def _holding(
    text: str, entries: list[Entry], mentions: LineMentions, line_starts: list[int], today: date
) -> list[Entry]:
    """The entries holding a mention, each with the ranges it dates the skill by (its own,
    or the periods of the items that alone mention it); else a profile's dated sentences."""
    holding = []
    for entry in entries:
        on = [n for n in mentions.body_lines if entry.lines[0] <= n <= entry.lines[1]]
        columns = {n: mentions.lines[n][0] - line_starts[n - 1] for n in on}
        if on:
            holding.extend(
                replace(entry, range=dated) for dated in usage_ranges(entry, on, columns)
            )
    return holding or _profile_periods(text, entries, mentions, line_starts, today)


def entries_holding(
    text: str,
    entries: list[Entry],
    found: dict[str, LineMentions],
    line_starts: list[int],
    today: date,
) -> dict[str, list[Entry]]:
    """Per skill, the entries that date it (_holding). A practice no dated entry names,
    labelling a skills list's line, was used wherever the tools listed after it were
    ("MLOps: MLflow, Docker"); one a job names is dated there."""
    holdings = {
        skill_id: _holding(text, entries, mentions, line_starts, today)
        for skill_id, mentions in found.items()
    }
    columns = {
        skill_id: {
            n: (s - line_starts[n - 1], e - line_starts[n - 1]) for n, (s, e) in m.lines.items()
        }
        for skill_id, m in found.items()
    }
    for label, items in labelled_items(text.split("\n"), columns).items():
        if not any(entry.range for entry in holdings[label]):
            holdings[label] = holdings[label] + [e for item in items for e in holdings[item]]
    return holdings
