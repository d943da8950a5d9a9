"""The terms of use and the privacy notice: the operator's texts in instance/legal/, or the
defaults shipped in smatrx/data/legal/. Each file's first "Version: ..." line names its
version; publishing a new version (a new line) makes everyone accept it at their next
request (smatrx.privacy's gate).

No Flask here: callers pass the instance folder. Every request asks for the versions, so a
text is parsed once per (file, modification time) and each call costs one stat().
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from markupsafe import Markup, escape

DOCUMENTS = ("terms", "privacy")
TITLES = {"terms": "Terms of use", "privacy": "Privacy notice"}
SHIPPED = Path(__file__).resolve().parent.parent / "data" / "legal"
_VERSION_LINE = re.compile(r"^\s*version\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
# The version line is looked for near the top only: a line in the body that happens to
# start with "Version:" is not one.
_HEADER_LINES = 10
MISSING_VERSION = "unversioned"


@dataclass(frozen=True)
class LegalText:
    kind: str
    version: str
    body: str  # the text without its version line (Markdown-ish)
    operator: bool  # from instance/legal/ rather than the shipped default


def parse(text: str) -> tuple[str, str]:
    """(version, body) of a legal text; a text without a version line is "unversioned"."""
    lines = text.splitlines()
    for index, line in enumerate(lines[:_HEADER_LINES]):
        found = _VERSION_LINE.match(line)
        if found:
            return found.group(1), "\n".join(lines[:index] + lines[index + 1 :]).strip()
    return MISSING_VERSION, text.strip()


def path_of(kind: str, instance_path: str | Path) -> tuple[Path, bool]:
    operator = Path(instance_path) / "legal" / f"{kind}.md"
    if operator.is_file():
        return operator, True
    return SHIPPED / f"{kind}.md", False


@cache
def _read(path: Path, mtime_ns: int, kind: str, operator: bool) -> LegalText:
    version, body = parse(path.read_text(encoding="utf-8"))
    return LegalText(kind=kind, version=version, body=body, operator=operator)


def load(kind: str, instance_path: str | Path) -> LegalText:
    if kind not in DOCUMENTS:
        raise ValueError(f"unknown legal text {kind!r}")
    path, operator = path_of(kind, instance_path)
    return _read(path, path.stat().st_mtime_ns, kind, operator)


def current_versions(instance_path: str | Path) -> dict[str, str]:
    """{"terms": version, "privacy": version} as published right now."""
    return {kind: load(kind, instance_path).version for kind in DOCUMENTS}


def render(body: str) -> Markup:
    """The little Markdown the texts use, escaped: "#" headings, "-" lists, **bold**,
    `code`, blank-line paragraphs. Operators who want more write it in these terms."""
    html: list[str] = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        heading = re.match(r"^(#{1,4})\s+(.*)$", lines[0])
        if heading and len(lines) == 1:
            level = min(len(heading.group(1)) + 1, 4)
            html.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif all(line.startswith(("- ", "* ")) for line in lines[:1]):
            items: list[str] = []
            for line in lines:
                if line.startswith(("- ", "* ")):
                    items.append(line[2:])
                elif items:
                    items[-1] += " " + line
            html.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + "</ul>")
        else:
            html.append(f"<p>{_inline(' '.join(lines))}</p>")
    return Markup("\n".join(html))  # noqa: S704  (every piece was escaped by _inline)


def _inline(text: str) -> str:
    escaped = str(escape(text))
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)
    return re.sub(r"`(.+?)`", r"<code>\1</code>", escaped)
