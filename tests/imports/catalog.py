"""What the importer's tests share: the matcher built from the shipped catalog (built once per
test run, as it takes a while), what it finds in a text (the names; the person's and someone
else's), the years a résumé gives each skill, and the entries a résumé text splits into."""

from __future__ import annotations

from datetime import date
from functools import cache

from smatrx.imports.matcher import Matcher, terms_from_catalog
from smatrx.imports.proposals import resume_proposals
from smatrx.imports.sources.resume import split_entries
from smatrx.seed.data import read_catalog

TODAY = date(2026, 12, 5)


@cache
def catalog_matcher() -> Matcher:
    rows = [{"id": s.slug, "name": s.name, "aliases": s.aliases} for s in read_catalog().skills]
    return Matcher(terms_from_catalog(rows))


def spans(text: str) -> list[tuple[str, int, int]]:
    """(the range as written, first line, last line) of each entry, as of TODAY."""
    return [
        (entry.range.text, *entry.lines)
        for entry in split_entries(text, today=TODAY)
        if entry.range is not None
    ]


def names(text: str) -> set[str]:
    """The catalog names the matcher finds in the text."""
    return {match.name for match in catalog_matcher().find(text)}


def own_and_theirs(matcher: Matcher, text: str) -> tuple[set[str], set[str]]:
    """The names read as the person's, and those read as someone else's."""
    reading = matcher.read(text)
    return {m.name for _, _, m in reading.own}, {m.name for _, _, m in reading.theirs}


def assert_theirs(text: str, name: str) -> None:
    """The name is read as someone else's, and not as the person's."""
    own, theirs = own_and_theirs(catalog_matcher(), text)
    assert name in theirs
    assert name not in own


def assert_own(text: str, name: str) -> None:
    """The name is read as the person's, and not as someone else's."""
    own, theirs = own_and_theirs(catalog_matcher(), text)
    assert name in own
    assert name not in theirs


def years(text: str, matcher: Matcher) -> dict[str, int | None]:
    """The years a résumé's proposals give each skill, as of TODAY."""
    proposals, _ = resume_proposals(text, matcher, today=TODAY)
    return {proposal.name: proposal.years for proposal in proposals}
