"""A job's items: which lines make one (a bulleted item and its wrapped lines, a sentence of
prose to its full stop), and whether a bullet is the job's own item or a job of a list.
Read by smatrx.imports.sources.resume_periods and resume_item_years. Pure: no Flask, no
database."""

from __future__ import annotations

import re

from smatrx.imports.sources.resume_lines import BULLET, SENTENCE_END

# A page's footer closing a line ("Page 1 / 2", "Página 2 de 2", "Seite 1 von 2"): no item's
# wrapped line, however far a PDF indents it.
_PAGE_FOOTER = re.compile(
    r"(?:page|p[áa]gina|seite|pag\.?|side|strona|sivu|sida)[ \t]*\d+[ \t]*"
    r"(?:/|of|de|von|di|van|sur|af|z|av)[ \t]*\d+[ \t]*$",
    re.IGNORECASE,
)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def item_of_job(line: str, job_line: str) -> bool:
    """A bulleted item under a job's date line that is no bullet, or under a numbered or
    bulleted job indented less than the item ("1. Senior Engineer, Acme - since July 2020"
    then "   - Since 2022 I also introduced DVC ..."): the job's own item, not a job of a
    list of them."""
    if not BULLET.match(line):
        return False
    return not BULLET.match(job_line) or _indent(line) > _indent(job_line)


_ITEM_MAX_LINES = 12  # how far up a wrapped line looks for its item's bullet


def in_item(lines: list[str], index: int) -> bool:
    """A bulleted item's line, or a wrapped line of one (indented, under the item with no
    blank line between: "- prihlasovanie klientov ... rieši tím digitálnych" then
    "  kanálov na Okta CIAM")."""
    if BULLET.match(lines[index]):
        return True
    k = index
    while k > max(0, index - _ITEM_MAX_LINES) and lines[k][:1] in (" ", "\t") and lines[k].strip():
        k -= 1
        if BULLET.match(lines[k]):
            return True
    return False


_SENTENCE_MAX_LINES = 3


def sentence_end(lines: list[str], index: int) -> int | None:
    """The line (index) on which the sentence starting at `index` ends with its full stop,
    within three lines and before a blank line or an item; None if it does not."""
    for k in range(index, min(index + _SENTENCE_MAX_LINES, len(lines))):
        if not lines[k].strip() or (k > index and BULLET.match(lines[k])):
            return None
        if lines[k].rstrip().endswith(SENTENCE_END):
            return k
    return None


def item_lines(lines: list[str], index: int, last: int) -> int:
    """The last line of the item starting at `index`: its wrapped lines run on until a blank
    line, another item, a line not indented after a full stop, or `last` (a sentence of
    prose, until its full stop)."""
    if not BULLET.match(lines[index]):
        end = sentence_end(lines, index)
        return index if end is None else min(end, last)
    end = index
    while end + 1 <= last and lines[end + 1].strip() and not BULLET.match(lines[end + 1]):
        if _PAGE_FOOTER.search(lines[end + 1]):
            break
        # after a full stop only an indented line goes on with the item (a PDF with no blank
        # lines puts the next job's title right under the last item)
        if lines[end].rstrip().endswith(SENTENCE_END) and lines[end + 1][:1] not in " \t":
            break
        end += 1
    return end
