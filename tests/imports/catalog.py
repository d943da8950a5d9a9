"""What the importer's tests share: the matcher built from the shipped catalog (built once per
test run, as it takes a while), and the entries a résumé text splits into."""

from __future__ import annotations

from datetime import date
from functools import cache

from smatrx.imports.matcher import Matcher, terms_from_catalog
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
