# ruff: noqa: RUF001, RUF003 - en and em dashes are the data under test, not typos.
import re
from collections.abc import Callable
from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.sources import resume, resume_file, resume_lines, resume_sections
from smatrx.imports.sources.resume import (
    Entry,
    ResumeError,
    estimate_usage,
    evidence_lines,
    extract_text,
    sniff_kind,
    split_entries,
)
from tests.imports import resume_fixtures as fx

TODAY = date(2026, 11, 27)


def mentions(skill: str) -> Callable[[str], bool]:
    # Stand-in for the matcher: whole word, case-sensitive for short names ("Go" is not "ago").
    flags = 0 if len(skill) <= 2 else re.IGNORECASE
    pattern = re.compile(rf"(?<![\w]){re.escape(skill)}(?![\w])", flags)
    return lambda text: pattern.search(text) is not None


def months_inclusive(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


# --- sniff_kind ---------------------------------------------------------------------------------


def test_sniff_pdf_by_content_whatever_the_name() -> None:
    # The upload could be called resume.txt; only the bytes count.
    assert sniff_kind(fx.pdf_resume(["Jane Doe"])) == "pdf"
    assert sniff_kind(fx.corrupt_pdf()) == "pdf"


def test_sniff_docx() -> None:
    assert sniff_kind(fx.docx_resume(["Jane Doe"])) == "docx"


@pytest.mark.parametrize(
    "data",
    [
        b"Jane Doe\nPython developer\n",
        "Jürgen Müller – Entwickler\n".encode(),
        "\ufeffJane Doe\n".encode(),  # UTF-8 with BOM
        "Jane Doe – Python\n".encode("utf-16"),  # UTF-16 with BOM
        "Jürgen Müller, Köln\n".encode("latin-1"),  # not UTF-8: latin-1 fallback
        b"# Jane Doe\n\n## Experience\n",
    ],
)
def test_sniff_text(data: bytes) -> None:
    assert sniff_kind(data) == "text"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)),
        bytes(range(256)) * 4,
        b"\x01\x02\x03\x04\x05\x06\x07\x08 binary-ish \x0e\x0f" * 20,
    ],
)
def test_sniff_rejects_binary(data: bytes) -> None:
    with pytest.raises(ResumeError, match=re.escape(resume.NOT_A_RESUME)):
        sniff_kind(data)


def test_sniff_rejects_zip_that_is_not_word() -> None:
    with pytest.raises(ResumeError, match=re.escape(resume.NOT_A_RESUME)):
        sniff_kind(fx.zip_without_document())


def test_sniff_rejects_old_word_and_encrypted_docx() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    with pytest.raises(ResumeError, match=r"\.doc\) file or a password-protected"):
        sniff_kind(ole)


def test_sniff_rejects_empty_file() -> None:
    with pytest.raises(ResumeError, match="empty"):
        sniff_kind(b"")


# --- extract_text --------------------------------------------------------------------------------


def test_extract_pdf() -> None:
    text = extract_text(fx.pdf_resume(fx.RESUME_BULLETS.splitlines()))
    lines = text.split("\n")
    assert lines[0] == "Jane Doe"
    assert "Mar 2017 - Jun 2020" in lines
    assert "Staff Engineer – Globex GmbH" in lines  # en dash survives cp1252
    assert "• Built billing APIs in Python and PostgreSQL" in lines


def test_extract_pdf_many_pages_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resume_file, "MAX_PAGES", 2)
    data = fx.pdf_resume([f"line {i}" for i in range(300)])  # ~6 pages
    text = extract_text(data)
    assert "line 0" in text
    assert "line 299" not in text


def test_extract_docx_paragraphs_and_tables_in_order() -> None:
    text = extract_text(fx.columns_docx())
    assert text.split("\n") == [
        "John Smith",
        "Backend Developer",
        "Work History",
        "03/2021–11/2026 | Platform Engineer, Umbrella Corp",
        "Kubernetes operators in Go; on-call for PostgreSQL clusters.",
        "03/2017–06/2020 | Senior Backend Developer, Initech",
        "Python microservices on PostgreSQL and Redis.",
    ]


def test_extract_docx_paragraphs_then_table() -> None:
    data = fx.docx_resume(["Intro"], table_rows=[["Skills", "Python, Go"]])
    assert extract_text(data) == "Intro\nSkills | Python, Go"


def test_extract_plain_text_unchanged() -> None:
    text = extract_text(fx.RESUME_COLUMNS.encode())
    assert text == fx.RESUME_COLUMNS.rstrip("\n")


def test_extract_text_normalises_line_endings_and_encodings() -> None:
    assert extract_text(b"Jane\r\nPython\rGo\r\n") == "Jane\nPython\nGo"
    assert extract_text("Jürgen\nC# und Go".encode("utf-16")) == "Jürgen\nC# und Go"
    assert extract_text("Köln".encode("latin-1")) == "Köln"


def test_extract_markdown_is_stripped_lightly() -> None:
    text = extract_text(fx.RESUME_MARKDOWN.encode())
    lines = text.split("\n")
    assert lines[0] == "Alex Example"
    assert "Site reliability engineer. GitHub" in lines
    assert "Principal SRE, Massive Dynamic" in lines
    assert "2019 – present" in lines
    assert "- Run Kubernetes at scale" in lines
    assert "- Tooling in Go and Python" in lines
    assert "M.Sc. Computer Science, Example University, 2013 – 2015" in lines
    # Markdown stripping keeps lines where they were, so line numbers match the upload.
    assert len(lines) == len(fx.RESUME_MARKDOWN.rstrip("\n").split("\n"))


def test_markdown_stripping_leaves_plain_text_alone() -> None:
    plain = "C# and F#\nsnake_case_names\n- a bullet\n2019 - 2020\n3 * 4 * 5\nVec<String>"
    assert extract_text(plain.encode()) == plain


def test_encrypted_pdf() -> None:
    with pytest.raises(ResumeError) as caught:
        extract_text(fx.encrypted_pdf())
    assert str(caught.value) == "This PDF is password-protected; upload an unprotected copy."


def test_pdf_with_owner_password_only_is_readable() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 5, "Python developer")
    pdf.set_encryption(owner_password="owner")  # restrictions only, no user password
    assert extract_text(bytes(pdf.output())) == "Python developer"


@pytest.mark.parametrize(
    "data",
    [
        fx.corrupt_pdf(),
        b"%PDF-1.4\n",
        fx.pdf_resume(["Jane Doe"])[:200],
    ],
)
def test_corrupt_pdf(data: bytes) -> None:
    with pytest.raises(ResumeError) as caught:
        extract_text(data)
    assert str(caught.value) == "This PDF could not be read; it may be damaged."


def test_empty_pdf() -> None:
    with pytest.raises(ResumeError) as caught:
        extract_text(fx.empty_pdf())
    assert str(caught.value) == resume.NO_TEXT
    assert "scanned image" in str(caught.value)


def test_corrupt_docx() -> None:
    with pytest.raises(ResumeError) as caught:
        extract_text(fx.corrupt_docx())
    assert str(caught.value) == "This Word (.docx) file could not be read; it may be damaged."


def test_docx_with_broken_xml() -> None:
    import io
    import zipfile

    good = fx.docx_resume(["Jane"])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/document.xml":
                body = body[: len(body) // 2]
            dst.writestr(info, body)
    with pytest.raises(ResumeError, match="could not be read"):
        extract_text(out.getvalue())


def test_empty_docx() -> None:
    with pytest.raises(ResumeError, match="No text could be found"):
        extract_text(fx.docx_resume(["", "   "]))


@pytest.mark.parametrize("data", [b"   \n\t\n", "\ufeff\n".encode()])
def test_blank_text(data: bytes) -> None:
    with pytest.raises(ResumeError, match="No text could be found"):
        extract_text(data)


def test_text_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resume_file, "MAX_TEXT_CHARS", 1000)
    assert len(extract_text(b"Python\n" * 10_000)) <= 1000


def test_text_is_returned_raw_for_the_template_to_escape() -> None:
    # Escaping is the template's job (autoescape); the parser must not pre-escape or drop content.
    assert extract_text(b'Tom & Jerry <b>Python</b> "quoted"') == 'Tom & Jerry Python "quoted"'


# --- split_entries -------------------------------------------------------------------------------


def entry_summary(entries: list[Entry]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.heading, e.range.text if e.range else "", e.lines) for e in entries]


def test_split_entries_bullets_layout_from_pdf() -> None:
    text = extract_text(fx.pdf_resume(fx.RESUME_BULLETS.splitlines()))
    entries = split_entries(text, today=TODAY)
    # PDF extraction drops the blank lines, so headings are found without them.
    assert entry_summary(entries) == [
        ("Staff Engineer – Globex GmbH", "Jul 2020 - Present", (5, 8)),
        ("Senior Engineer – Initech", "Mar 2017 - Jun 2020", (9, 12)),
        ("Software Engineer (part-time) – Hooli", "Jan 2019 - Dec 2019", (13, 15)),
        ("B.Sc. Computer Science, TU Berlin", "Oct 2012 - Sep 2016", (17, 18)),
    ]
    lines = text.split("\n")
    for entry in entries:
        first, last = entry.lines
        assert entry.text == "\n".join(lines[first - 1 : last])
    assert entries[0].range is not None
    assert entries[0].range.ongoing
    assert "Go services on Kubernetes" in entries[0].text
    assert "Senior Engineer" not in entries[0].text


def test_split_entries_bullets_layout_from_text() -> None:
    entries = split_entries(fx.RESUME_BULLETS, today=TODAY)
    assert entry_summary(entries) == [
        ("Staff Engineer – Globex GmbH", "Jul 2020 - Present", (7, 10)),
        ("Senior Engineer – Initech", "Mar 2017 - Jun 2020", (12, 15)),
        ("Software Engineer (part-time) – Hooli", "Jan 2019 - Dec 2019", (17, 19)),
        ("B.Sc. Computer Science, TU Berlin", "Oct 2012 - Sep 2016", (23, 24)),
    ]
    # The header (name, phone "555-2019", "Python 3.11") and the Skills section are not entries.
    assert all("555" not in e.text and "SKILLS" not in e.text for e in entries)


def test_split_entries_columns_layout() -> None:
    entries = split_entries(fx.RESUME_COLUMNS, today=TODAY)
    assert entry_summary(entries) == [
        ("Platform Engineer, Umbrella Corp", "03/2021–11/2026", (4, 5)),
        ("Senior Backend Developer, Initech", "03/2017–06/2020", (6, 8)),
        ("Freelance Developer", "09/2015–02/2018", (9, 10)),
        ("B.Sc. Informatics, Example University", "10/2011–07/2015", (12, 12)),
    ]
    assert "React admin UI." in entries[1].text
    # The description above a dated line stays with its own entry.
    assert "Kubernetes" not in entries[1].text


def test_split_entries_columns_layout_from_docx() -> None:
    entries = split_entries(extract_text(fx.columns_docx()), today=TODAY)
    assert entry_summary(entries) == [
        ("Platform Engineer, Umbrella Corp", "03/2021–11/2026", (4, 5)),
        ("Senior Backend Developer, Initech", "03/2017–06/2020", (6, 7)),
    ]


def test_split_entries_markdown_layout() -> None:
    text = extract_text(fx.RESUME_MARKDOWN.encode())
    entries = split_entries(text, today=TODAY)
    assert entry_summary(entries) == [
        ("Principal SRE, Massive Dynamic", "2019 – present", (7, 11)),
        ("DevOps Engineer — Soylent Corp", "2015 – 2019", (13, 17)),
        ("kube-lint (open source)", "2021 - 2022", (21, 24)),
        ("M.Sc. Computer Science, Example University", "2013 – 2015", (28, 28)),
    ]
    # Section headings ("Projects") end the entry before them.
    assert "Projects" not in entries[1].text


def test_split_entries_two_heading_lines_after_a_blank() -> None:
    text = "Intro paragraph.\n\nAcme Corp\nSenior Engineer\nMar 2017 - Jun 2020\n- Python"
    (entry,) = split_entries(text, today=TODAY)
    assert entry.heading == "Acme Corp — Senior Engineer"
    assert entry.lines == (3, 6)


def test_split_entries_does_not_steal_a_sentence() -> None:
    text = "Jul 2020 - Present\nWrote Python services.\nMar 2017 - Jun 2020\nWrote Go."
    entries = split_entries(text, today=TODAY)
    assert [e.lines for e in entries] == [(1, 2), (3, 4)]
    assert entries[1].heading == ""


def test_split_entries_without_dates() -> None:
    assert split_entries("Jane Doe\nPython, Go\nPython 3.11", today=TODAY) == []


# --- estimate_usage ------------------------------------------------------------------------------


def test_usage_overlapping_jobs_are_not_double_counted() -> None:
    entries = split_entries(fx.RESUME_BULLETS, today=TODAY)
    python = estimate_usage(entries, mentions("Python"))
    # Initech Mar 2017–Jun 2020 contains Hooli Jan–Dec 2019: 40 months, not 52.
    assert python.months == 40
    assert python.last_used == date(2020, 6, 1)
    assert [e.heading for e in python.entries] == [
        "Senior Engineer – Initech",
        "Software Engineer (part-time) – Hooli",
    ]


def test_usage_partial_overlap() -> None:
    entries = split_entries(fx.RESUME_COLUMNS, today=TODAY)
    python = estimate_usage(entries, mentions("Python"))
    # Sep 2015–Feb 2018 (30) and Mar 2017–Jun 2020 (40) share Mar 2017–Feb 2018 (12).
    assert python.months == 30 + 40 - 12 == months_inclusive(date(2015, 9, 1), date(2020, 6, 1))
    assert python.last_used == date(2020, 6, 1)
    kubernetes = estimate_usage(entries, mentions("Kubernetes"))
    assert kubernetes.months == months_inclusive(date(2021, 3, 1), date(2026, 11, 1))
    assert kubernetes.last_used == date(2026, 11, 1)


def test_usage_separate_jobs_add_up_and_ongoing_ends_today() -> None:
    entries = split_entries(fx.RESUME_BULLETS, today=TODAY)
    postgres = estimate_usage(entries, mentions("PostgreSQL"))
    globex = months_inclusive(date(2020, 7, 1), TODAY)
    assert postgres.months == globex + 40
    assert postgres.last_used == TODAY
    go = estimate_usage(entries, mentions("Go"))
    assert go.months == globex
    assert go.last_used == TODAY
    react = estimate_usage(entries, mentions("React"))
    assert (react.months, react.last_used) == (40, date(2020, 6, 1))


def test_usage_markdown() -> None:
    entries = split_entries(extract_text(fx.RESUME_MARKDOWN.encode()), today=TODAY)
    python = estimate_usage(entries, mentions("Python"))
    # 2015–2019 and 2019–present touch in Jan 2019: counted once.
    assert python.months == months_inclusive(date(2015, 1, 1), TODAY)
    assert python.last_used == TODAY
    go = estimate_usage(entries, mentions("Go"))
    # kube-lint (2021–2022) lies inside 2019–present.
    assert go.months == months_inclusive(date(2019, 1, 1), TODAY)
    assert len(go.entries) == 2


def test_usage_latest_entry_wins_whatever_the_order() -> None:
    ranges = find_date_ranges("2021 - 2022, 2010 - 2012", today=TODAY)
    entries = [
        Entry(heading="", text="Python", range=ranges[1], lines=(1, 1)),
        Entry(heading="", text="Python", range=ranges[0], lines=(2, 2)),
    ]
    assert estimate_usage(entries, mentions("Python")).last_used == date(2022, 1, 1)


def test_usage_unknown_skill_and_undated_entries() -> None:
    undated = Entry(heading="Side project", text="Rust", range=None, lines=(1, 1))
    usage = estimate_usage([undated], mentions("Rust"))
    assert (usage.months, usage.last_used, usage.entries) == (0, None, (undated,))
    nothing = estimate_usage(split_entries(fx.RESUME_BULLETS, today=TODAY), mentions("Haskell"))
    assert (nothing.months, nothing.last_used, nothing.entries) == (0, None, ())


# --- evidence_lines ------------------------------------------------------------------------------


def test_evidence_lines() -> None:
    found = evidence_lines(fx.RESUME_BULLETS, mentions("Python"))
    assert found == [
        (3, "Backend engineer; Python 3.11 enthusiast."),
        (14, "• Built billing APIs in Python and PostgreSQL"),
        (19, "• Python data pipelines"),
        (27, "Python, Go, PostgreSQL, Kubernetes, React"),
    ]


def test_evidence_lines_limit_dedupe_and_length() -> None:
    long_line = "Python " + "x" * 400
    text = "\n".join(["Python", "Python", long_line, "  Python again  ", "Go", "Python 4"])
    found = evidence_lines(text, mentions("Python"), limit=3)
    assert [number for number, _ in found] == [1, 3, 4]
    assert found[1][1].startswith("Python x")
    assert len(found[1][1]) == 200
    assert found[1][1].endswith("…")
    assert found[2][1] == "Python again"
    assert evidence_lines(text, mentions("Python"), limit=0) == []
    assert evidence_lines(text, mentions("Haskell")) == []


def test_an_inline_skills_line_ends_the_entry_above() -> None:
    from datetime import date

    from smatrx.imports.sources.resume import split_entries

    text = (
        "Backend developer, Initech (2020 - present)\n"
        "- Python every day.\n"
        "\n"
        "Skills: Python, Kubernetes, Terraform\n"
    )
    entries = split_entries(text, today=date(2026, 11, 27))
    assert len(entries) == 1
    assert "Terraform" not in entries[0].text


@pytest.mark.parametrize(
    "line",
    [
        "EXPÉRIENCE PROFESSIONNELLE",
        "FORMATION",
        "COMPÉTENCES",
        "CENTRES D'INTÉRÊT",
        "## Experiencia profesional",
        "## Formación",
        "## Habilidades",
        "Esperienze lavorative",
        "Formação",
        "Werkervaring",
        "Arbetslivserfarenhet",
        "UTBILDNING",
        "Kompetenser och verktyg",
        "Arbeidserfaring",
        "Doświadczenie zawodowe",
        "Umiejętności",
        "Pracovní zkušenosti",
        "Työkokemus",
    ],
)
def test_section_headings_in_other_languages(line: str) -> None:
    assert resume_sections.is_section_heading(line)


@pytest.mark.parametrize(
    "line",
    ["Formation Engineer", "Senior Java Developer", "Profil Acme", "Projekt Manager, Acme"],
)
def test_job_titles_are_not_foreign_section_headings(line: str) -> None:
    assert not resume_sections.is_section_heading(line)


_TWO_COLUMNS = [
    "EXPERIENCE" + " " * 30 + "SKILLS",
    "Backend Engineer, Acme" + " " * 18 + "Terraform · Docker",
    "06/2017 - 01/2021" + " " * 23 + "RabbitMQ · MySQL",
    "Moved billing from Java to Kotlin.",
    " " * 40 + "PCI DSS",
]


def test_strip_sidebar_drops_the_right_column_and_keeps_line_numbers() -> None:
    kept = resume.strip_sidebar(_TWO_COLUMNS, today=date(2026, 11, 27))
    assert kept == [
        "EXPERIENCE",
        "Backend Engineer, Acme",
        "06/2017 - 01/2021",
        "Moved billing from Java to Kotlin.",
        "",
    ]
    (entry,) = split_entries("\n".join(_TWO_COLUMNS), today=date(2026, 11, 27))
    assert "Docker" not in entry.text and "Kotlin" in entry.text


def test_strip_sidebar_keeps_a_right_column_of_dates() -> None:
    lines = [
        "Engineer, Acme" + " " * 30 + "Jun 2020 - Present",
        "Engineer, Beta" + " " * 30 + "Mar 2016 - May 2020",
        "Engineer, Gamma" + " " * 29 + "Jul 2012 - Feb 2016",
    ]
    assert resume.strip_sidebar(lines, today=date(2026, 11, 27)) == lines


def test_strip_sidebar_leaves_a_single_column_alone() -> None:
    lines = ["Engineer, Acme  |  2019 - 2021", "    - Python and Go", "Skills:      Rust"]
    assert resume.strip_sidebar(lines, today=date(2026, 11, 27)) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Acme | janv. 2021 – aujourd'hui (3 ans 2 mois)",
        "Acme | ene. 2021 – actualidad · 2 años 5 meses",
        "Acme | Jan 2021 – heute (4 Jahre 1 Monat)",
    ],
)
def test_foreign_durations_are_not_part_of_the_heading(line: str) -> None:
    (found,) = find_date_ranges(line, today=date(2026, 11, 27))
    assert resume_lines.line_residue(line, found.text) == "Acme"


def test_strip_sidebar_with_a_dated_line_of_its_own() -> None:
    lines = [*_TWO_COLUMNS, "Java Developer, Beta" + " " * 20 + "B.Sc. Physics, 2010 - 2014"]
    kept = resume.strip_sidebar(lines, today=date(2026, 11, 27))
    assert kept[-1] == "Java Developer, Beta"
    assert kept[1] == "Backend Engineer, Acme"


def test_strip_sidebar_is_linear_on_a_long_run_of_spaces() -> None:
    import time

    lines = ["x" + " " * 100_000, "y" + " " * 100_000 + "z"] * 2
    started = time.perf_counter()
    resume.strip_sidebar(lines, today=date(2026, 11, 27))
    assert time.perf_counter() - started < 2


def test_a_range_inside_a_bullets_sentence_is_no_new_entry() -> None:
    # the versions of a product, not a job (fifth held-out corpus)
    text = (
        "DBA Senior, Banco Atlantico\n"
        "jan 2018 - atual\n"
        "- Administração de 60 instâncias SQL Server (2016 a 2022) com Always On e clusters.\n"
        "- Automação com PowerShell e dbatools.\n"
    )
    entries = split_entries(text, today=TODAY)
    assert len(entries) == 1
    assert entries[0].range.start == date(2018, 1, 1)
    assert "dbatools" in entries[0].text


def test_a_bulleted_job_with_its_range_at_an_end_is_still_an_entry() -> None:
    text = (
        "Experience\n"
        "- Senior Engineer, Acme Corp (2019 - 2021)\n"
        "- Built the payments API in Go.\n"
        "- Engineer, Initech (2016 - 2019)\n"
        "- Maintained the Java monolith.\n"
    )
    entries = split_entries(text, today=TODAY)
    assert [e.range.start.year for e in entries] == [2019, 2016]


def test_an_open_range_inside_a_bullets_sentence_is_no_new_entry() -> None:
    text = (
        "Data Scientist, Ortofrutta\n"
        "mar 2019 - dic 2021\n"
        "- Pipeline notturne con Airflow; query SQL su PostgreSQL e, dal 2020, su BigQuery.\n"
    )
    entries = split_entries(text, today=TODAY)
    assert len(entries) == 1
    assert entries[0].range.end == date(2021, 12, 1)
