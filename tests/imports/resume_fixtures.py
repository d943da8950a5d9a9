"""Résumé fixtures built in memory at test time (no binary files in the repository).

Three realistic résumés with different layouts and date styles, and builders for PDF (fpdf2) and
DOCX (python-docx) uploads, including the hostile ones: encrypted, corrupt, empty.
"""

# ruff: noqa: RUF001, RUF003 - en and em dashes are the data under test, not typos.

from __future__ import annotations

import io
import zipfile

import docx
from fpdf import FPDF

# Bullets, "Mar 2017 - Jun 2020", upper-case section headings, a phone number that looks like a
# year ("555-2019") and a version number ("Python 3.11") that must not become dates.
RESUME_BULLETS = """\
Jane Doe
Berlin | jane@example.com | +49 30 555-2019
Backend engineer; Python 3.11 enthusiast.

EXPERIENCE

Staff Engineer – Globex GmbH
Jul 2020 - Present
• Lead the platform team: Go services on Kubernetes
• PostgreSQL tuning and replication

Senior Engineer – Initech
Mar 2017 - Jun 2020
• Built billing APIs in Python and PostgreSQL
• Introduced React for internal dashboards

Software Engineer (part-time) – Hooli
Jan 2019 - Dec 2019
• Python data pipelines

EDUCATION

B.Sc. Computer Science, TU Berlin
Oct 2012 - Sep 2016

SKILLS
Python, Go, PostgreSQL, Kubernetes, React
"""

# Two-column-like: the date range in a left column, role and description on the right, no blank
# lines between entries, "03/2017–06/2020".
RESUME_COLUMNS = """\
JOHN SMITH                               Backend Developer
                                         john@example.org
Work History
03/2021–11/2026    Platform Engineer, Umbrella Corp
                   Kubernetes operators in Go; on-call for PostgreSQL clusters.
03/2017–06/2020    Senior Backend Developer, Initech
                   Python microservices on PostgreSQL and Redis.
                   React admin UI.
09/2015–02/2018    Freelance Developer
                   Python and Django projects for small clients.
Education
10/2011–07/2015    B.Sc. Informatics, Example University
Skills
Python · Go · PostgreSQL · Kubernetes · React
"""

# Markdown: "2019 – present" in emphasis, a Projects section, an education line with an
# inline date.
RESUME_MARKDOWN = """\
# Alex Example

Site reliability engineer. [GitHub](https://github.com/alex-example)

## Experience

### Principal SRE, Massive Dynamic
*2019 – present*

- Run **Kubernetes** at scale
- Tooling in `Go` and Python

### DevOps Engineer — Soylent Corp
*2015 – 2019*

- Migrated MySQL to PostgreSQL
- Ansible and Python automation

## Projects

### kube-lint (open source)
2021 - 2022

- A Go linter for manifests

## Education

**M.Sc. Computer Science**, Example University, 2013 – 2015
"""


def _pdf(lines: list[str], *, encrypt_with: str | None = None) -> bytes:
    pdf = FPDF()
    # Core fonts are single-byte; cp1252 (not latin-1) has the en dash, em dash and bullet.
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    if encrypt_with is not None:
        pdf.set_encryption(owner_password="owner-" + encrypt_with, user_password=encrypt_with)
    return bytes(pdf.output())


def pdf_resume(lines: list[str]) -> bytes:
    """A text PDF, one line per cell (pages added as needed); characters must be in cp1252."""
    return _pdf(lines)


def docx_resume(paragraphs: list[str], table_rows: list[list[str]] | None = None) -> bytes:
    """A .docx with the paragraphs, then (optionally) a table with one row per list."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_rows:
        table = document.add_table(rows=0, cols=max(len(row) for row in table_rows))
        for row in table_rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=False):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    """Opens only with a user password."""
    return _pdf(["Jane Doe", "Python developer", "2019 - present"], encrypt_with="secret")


def corrupt_pdf() -> bytes:
    """Starts like a PDF, then garbage: no objects, no xref, no trailer."""
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8


def empty_pdf() -> bytes:
    """A valid page with a drawing and no text, like a scanned résumé without OCR."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def corrupt_docx() -> bytes:
    """A real .docx cut in half: ZIP signature, but no central directory."""
    whole = docx_resume(["Jane Doe", "Python developer"])
    return whole[: len(whole) // 2]


def zip_without_document() -> bytes:
    """A valid ZIP that isn't a Word document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "Python, Go")
    return buffer.getvalue()


def columns_docx() -> bytes:
    """RESUME_COLUMNS as a Word document whose experience is a two-column table."""
    return docx_resume(
        ["John Smith", "Backend Developer", "Work History"],
        table_rows=[
            ["03/2021–11/2026", "Platform Engineer, Umbrella Corp"],
            ["", "Kubernetes operators in Go; on-call for PostgreSQL clusters."],
            ["03/2017–06/2020", "Senior Backend Developer, Initech"],
            ["", "Python microservices on PostgreSQL and Redis."],
        ],
    )


def long_pdf_resume(pages: int = 5) -> bytes:
    """A multi-page résumé (for the benchmark): repeated dated jobs with bullets."""
    lines: list[str] = ["Jane Doe", "EXPERIENCE"]
    year = 2025
    while len(lines) < pages * 52:
        lines += [
            f"Engineer – Company {year}",
            f"Mar {year - 1} - Feb {year}",
            "• Python services on PostgreSQL; Kubernetes deployments",
            "• Go command-line tools and React front ends for internal teams",
            "• On-call, code review, mentoring and hiring",
        ]
        year -= 1
        if year < 1960:
            year = 2025
    return pdf_resume(lines)
