"""A résumé upload's bytes to plain text: the kind decided by the bytes (PDF, Word .docx or
text), never the file name; every failure a person can fix (encrypted, damaged, empty, wrong
kind) a ResumeError whose message can be shown as is; work bounded (pages, characters, ZIP
entries). Pure and local: no Flask, no database, no network. The text returned is raw:
templates must escape it. What the text says is read by smatrx.imports.sources.resume."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from smatrx.imports.safe_zip import ZIP_MAGIC

MAX_PAGES = 50
MAX_TEXT_CHARS = 2_000_000
# A DOCX is a ZIP: refuse archives whose directory or main part is absurd before inflating anything.
MAX_ZIP_ENTRIES = 2_000
MAX_DOCUMENT_XML_BYTES = 50_000_000

NOT_A_RESUME = "This file is not a PDF, Word (.docx) or text résumé."
EMPTY_FILE = "This file is empty."
PDF_ENCRYPTED = "This PDF is password-protected; upload an unprotected copy."
PDF_DAMAGED = "This PDF could not be read; it may be damaged."
DOCX_DAMAGED = "This Word (.docx) file could not be read; it may be damaged."
DOCX_TOO_LARGE = "This Word (.docx) file is too large to read."
OLE_WORD = (
    "This looks like an old Word (.doc) file or a password-protected Word document; "
    "save it as an unprotected .docx or PDF and upload that."
)
NO_TEXT = (
    "No text could be found in this résumé. If it is a scanned image, upload a text-based PDF "
    "or a Word file."
)

_PDF_MAGIC = b"%PDF-"
# Compound File Binary: legacy .doc, and also what Word produces for an *encrypted* .docx.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PRINTABLE_SAMPLE = 65_536
_MIN_PRINTABLE_RATIO = 0.95


class ResumeError(ValueError):
    """A message the person can read: encrypted, corrupt, empty, unsupported."""


# --- kind and text ----------------------------------------------------------------------------


def sniff_kind(data: bytes) -> str:
    """ "pdf", "docx" or "text", from the bytes alone; anything else raises ResumeError."""
    return _sniff(data)[0]


def upload_problem(data: bytes) -> str | None:
    """A first look at an upload, by its bytes and not its name: None for a PDF, a Word file
    or text (the job reads it fully), else a sentence for the person."""
    try:
        sniff_kind(data)
    except ResumeError as error:
        return str(error)
    return None


def _sniff(data: bytes) -> tuple[str, str | None]:
    # Returns the decoded text for "text" so extract_text doesn't decode twice.
    if not data:
        raise ResumeError(EMPTY_FILE)
    if data.startswith(_PDF_MAGIC):
        return "pdf", None
    if data.startswith(_OLE_MAGIC):
        raise ResumeError(OLE_WORD)
    if data.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                infos = archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise ResumeError(DOCX_DAMAGED) from exc
        if len(infos) > MAX_ZIP_ENTRIES:
            raise ResumeError(DOCX_DAMAGED)
        if any(info.filename == "word/document.xml" for info in infos):
            return "docx", None
        # A valid ZIP that isn't Word (.xlsx, .odt, a photo archive...).
        raise ResumeError(NOT_A_RESUME)
    text = _decode_text(data)
    if text is None:
        raise ResumeError(NOT_A_RESUME)
    return "text", text


def _decode_text(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8-sig", data)]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = [("utf-16", data)]
    elif b"\x00" in data[:_PRINTABLE_SAMPLE]:
        # NULs without a UTF-16 BOM: a binary file (image, executable), not a résumé.
        return None
    else:
        candidates = [("utf-8", data), ("latin-1", data)]
    for encoding, raw in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        # latin-1 decodes anything, so printability is what tells text from binary.
        return text if _mostly_printable(text[:_PRINTABLE_SAMPLE]) else None
    return None


def _mostly_printable(sample: str) -> bool:
    if not sample:
        return True
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t\f")
    return printable / len(sample) >= _MIN_PRINTABLE_RATIO


def extract_text(data: bytes) -> str:
    """The résumé's text, normalised to "\\n" lines; ResumeError when there is none to be had."""
    kind, decoded = _sniff(data)
    if kind == "pdf":
        raw = _pdf_text(data)
    elif kind == "docx":
        raw = _docx_text(data)
    else:
        assert decoded is not None
        raw = _strip_markdown(decoded[:MAX_TEXT_CHARS])
    text = _normalise(raw)[:MAX_TEXT_CHARS]
    if not text.strip():
        raise ResumeError(NO_TEXT)
    return text


def _pdf_text(data: bytes) -> str:
    # Imported here so sniffing and text parsing don't pay for pypdf's import.
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # An owner password alone (print/copy restrictions) still opens with the empty user
            # password; only a real user password stops us.
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # missing crypto backend or unsupported handler
                raise ResumeError(PDF_ENCRYPTED) from exc
            if not opened:
                raise ResumeError(PDF_ENCRYPTED)
        parts: list[str] = []
        size = 0
        for index, page in enumerate(reader.pages):
            if index >= MAX_PAGES or size >= MAX_TEXT_CHARS:
                break
            page_text = page.extract_text() or ""
            parts.append(page_text)
            size += len(page_text)
    except ResumeError:
        raise
    except Exception as exc:
        # Hostile PDFs make pypdf raise anything (PdfReadError, KeyError, ValueError,
        # RecursionError); to the person it is all "damaged".
        raise ResumeError(PDF_DAMAGED) from exc
    return "\n".join(parts)


def _docx_text(data: bytes) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.getinfo("word/document.xml").file_size > MAX_DOCUMENT_XML_BYTES:
                raise ResumeError(DOCX_TOO_LARGE)
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []

        def walk(container: object) -> Iterator[str]:
            for block in container.iter_inner_content():  # type: ignore[attr-defined]
                if isinstance(block, Paragraph):
                    yield block.text
                elif isinstance(block, Table):
                    yield from table_lines(block)

        def table_lines(table: Table) -> Iterator[str]:
            for row in table.rows:
                cells = []
                seen: set[int] = set()
                for cell in row.cells:
                    # A merged cell is returned once per grid column it spans.
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append([line for line in walk(cell) if line.strip()])
                if all(len(cell_lines) <= 1 for cell_lines in cells):
                    # A two-column layout row ("03/2017-06/2020 | Engineer") reads as one line.
                    yield " | ".join(cell_lines[0] for cell_lines in cells if cell_lines)
                else:
                    for cell_lines in cells:
                        yield from cell_lines

        size = 0
        for line in walk(document):
            lines.append(line)
            size += len(line) + 1
            if size >= MAX_TEXT_CHARS:
                break
    except ResumeError:
        raise
    except Exception as exc:
        # BadZipFile, KeyError (missing part), lxml syntax errors, PackageNotFoundError...
        raise ResumeError(DOCX_DAMAGED) from exc
    return "\n".join(lines)


_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*$", re.MULTILINE), ""),  # code fences
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # images → alt text
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # links → their text
    (re.compile(r"(\*\*|__)(?=\S)([^\n]*?\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<!\w)_(?=\S)([^_\n]*?\S)_(?!\w)"), r"\1"),  # _emphasis_, not snake_case
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    # Only common HTML tags: "Vec<String>" or "<templates>" in plain text are content.
    (re.compile(r"</?(?:a|b|i|u|em|strong|span|div|p|br|hr|img|sub|sup|code)\b[^>\n]*>", re.I), ""),
)


def _strip_markdown(text: str) -> str:
    # Light on purpose: the same pass runs on plain .txt résumés, where it must change nothing
    # that matters ("C#", "2019 - 2020", "snake_case" and "- bullets" all survive).
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text


_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _normalise(text: str) -> str:
    # One line convention for everything downstream: line numbers in entries and evidence refer to
    # text.split("\n") of exactly this string.
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text).replace("\u00a0", " ").replace("\u00ad", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
