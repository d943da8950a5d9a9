"""Lists of short strings typed or stored by people (tags, aliases, languages, locations):
one cleaning rule for forms, admin writes, merges and the seed. Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEPARATORS = re.compile(r"[,\n]")


def clean_list(values: Iterable[str], *, drop: Iterable[str] = ()) -> list[str]:
    """Each value trimmed with inner whitespace collapsed; blanks, case-insensitive repeats
    (the first spelling is kept) and anything equal to a value in drop left out."""
    seen = {value.casefold() for value in drop}
    result = []
    for value in values:
        value = " ".join(value.split())
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            result.append(value)
    return result


def parse_list(text: str | None) -> list[str]:
    """A list typed as comma- or line-separated text ("English, German"), cleaned."""
    return clean_list(_SEPARATORS.split(text or ""))
