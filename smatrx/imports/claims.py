"""Years a person states outright for one skill: "Twelve years of PHP", "the last seven in
security operations", "5+ years of hands-on experience with Azure". A count so written right
before the name is the person's own reckoning of a skill whose dated jobs may not each name
it (a job title "SOC Analyst" is security operations, the matcher cannot tell). Pure: no
Flask, no database."""

from __future__ import annotations

import re

_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        (  # noqa: SIM905 - a sentence of words reads better than twenty quoted ones
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
            " fifteen sixteen seventeen eighteen nineteen twenty"
        ).split(),
        start=1,
    )
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40}
# "7", "seven", "twenty-five" (a hyphen joins tens and units: "five" alone is no count there)
_NUMBER = (
    rf"(?:\d{{1,2}}|(?:{'|'.join(_TENS)})[-\s](?:{'|'.join(list(_NUMBER_WORDS)[:9])})"
    rf"|{'|'.join(_NUMBER_WORDS)}|{'|'.join(_TENS)})"
)
# What may stand between "years" and the name: "of", "in", "of experience in", "of
# hands-on experience with", "working with".
_LINK = (
    r"(?:(?:of\s+)?(?:(?:hands-on|professional|commercial|practical)\s+)?"
    r"(?:experience|work|working)\s+(?:in|with|on)|of|in|on|with)"
)
_CLAIM = re.compile(
    rf"(?:(?<![\w.,-])(?P<count>{_NUMBER})\s*\+?\s*"
    rf"(?:full\s+)?years?['\u2019]?\s+{_LINK}"
    # "…, the last seven in security operations": the later part of a career
    rf"|\bthe\s+(?:last|past)\s+(?P<last>{_NUMBER})(?:\s+years?)?(?:\s+of\s+them)?\s+{_LINK})"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LOOK_BACK = 90  # characters before a name the claim may take (a wrapped line's end)


def claimed_years(text: str, start: int) -> int | None:
    """The years the words right before text[start] claim for the name starting there
    ("nine years of «Python»", "the last seven in «security operations»"), or None. The
    count must lead straight to the name: "nine years in IT, with Python" claims nothing
    for Python. "Over"/"nearly" before the count change nothing: the count is what is
    claimed."""
    before = " ".join(text[max(0, start - _LOOK_BACK) : start].split())
    found = _CLAIM.search(before + " ")
    if found is None:
        return None
    count = found.group("count") or found.group("last")
    value = int(count) if count.isdigit() else _number(count)
    return value if 0 < value <= 50 else None


def _number(words: str) -> int:
    """ "seven" 7, "twenty-five" 25, "thirty" 30."""
    parts = re.split(r"[-\s]+", words.casefold())
    return sum(_TENS.get(part) or _NUMBER_WORDS[part] for part in parts)
