"""The LinkedIn export parser, against in-memory exports with LinkedIn's quirks."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.sources import linkedin
from smatrx.imports.sources.linkedin import (
    LinkedInExport,
    LinkedInExportError,
    Position,
    parse_export,
    parse_linkedin_date,
    read_csv_rows,
)
from tests.imports import linkedin_fixtures as fx

# --- the whole export ----------------------------------------------------------------------------


@pytest.fixture(params=[fx.EXPORT_FOLDER, None], ids=["sub-folder", "root"])
def export(request) -> LinkedInExport:
    return parse_export(fx.export_zip(folder=request.param), filename="export.zip")


def test_skills_deduplicated_in_order_bom_stripped(export):
    # "python" repeats "Python" in another case; the BOM must not glue itself to "Name".
    assert export.skills == ("Python", "Django", "PostgreSQL", "Kubernetes", "Café Management")


def test_positions(export):
    current, previous, intern = export.positions
    assert current == Position(
        company="Acme Pay",
        title="Senior Engineer",
        description=fx.MULTILINE_DESCRIPTION,
        location="Berlin",
        started=date(2020, 1, 1),
        finished=None,
    )
    assert "\n- Moved billing" in current.description  # the quoted multi-line field survived
    assert (previous.started, previous.finished) == (date(2016, 1, 1), date(2019, 12, 1))
    assert (intern.started, intern.finished, intern.description) == (None, None, "")


def test_position_duration():
    _, previous, intern = parse_export(fx.export_zip()).positions
    assert previous.duration_months(date(2030, 1, 1)) == 47
    assert intern.duration_months(date(2030, 1, 1)) is None
    current = parse_export(fx.export_zip()).positions[0]
    assert current.duration_months(date(2021, 3, 15)) == 14


def test_certifications_keep_whatever_columns_exist(export):
    aws, cka = export.certifications
    assert aws == {
        "Name": "AWS Certified Developer",
        "Url": "https://aws.example/cert",
        "Authority": "Amazon",
        "Started On": "Mar 2021",
    }
    assert "License Number" not in aws  # missing column: no crash, no invented value
    assert cka["Finished On"] == "2025"


def test_projects(export):
    (project,) = export.projects
    assert project["Title"] == "SMATRX"
    assert project["Description"] == "A skills matrix in Flask\nwith HTMX."
    assert project["Started On"] == "Jan 2024"


def test_endorsements_counted_per_skill(export):
    assert export.endorsements == {"Python": 3, "Django": 1}


def test_endorsements_use_the_skills_csv_spelling():
    endorsed = fx.csv_bytes(["Skill Name"], [["postgresql"], ["PostgreSQL"], ["Terraform"]])
    data = fx.zip_bytes(
        [("Skills.csv", fx.skills_csv()), ("Endorsement_Received_Info.csv", endorsed)]
    )
    assert parse_export(data).endorsements == {"PostgreSQL": 2, "Terraform": 1}


def test_profile(export):
    assert export.headline == "Backend engineer · Python"
    assert export.summary == "I build things.\nMostly APIs."
    assert export.industry == "Software Development"


def test_files_found_in_canonical_order_unknown_files_ignored(export):
    assert export.files_found == (
        "Skills.csv",
        "Positions.csv",
        "Certifications.csv",
        "Projects.csv",
        "Endorsement_Received_Info.csv",
        "Profile.csv",
    )


def test_file_names_match_case_insensitively_at_any_depth():
    data = fx.zip_bytes(
        [("deep/er/SKILLS.CSV", fx.skills_csv()), ("a/positions.csv", fx.positions_csv())]
    )
    result = parse_export(data)
    assert result.files_found == ("Skills.csv", "Positions.csv")
    assert result.skills[0] == "Python"
    assert len(result.positions) == 3


def test_shallowest_copy_wins_and_macos_resource_forks_are_ignored():
    data = fx.zip_bytes(
        [
            ("__MACOSX/Skills.csv", b"\x00\x05\x16\x07junk"),
            ("old/copy/Skills.csv", b"Name\nCOBOL\n"),
            ("Skills.csv", b"Name\nRust\n"),
        ]
    )
    assert parse_export(data).skills == ("Rust",)


def test_partial_export_only_skills():
    result = parse_export(fx.zip_bytes([("Skills.csv", fx.skills_csv())]))
    assert result.files_found == ("Skills.csv",)
    assert result.positions == ()
    assert result.endorsements == {}
    assert (result.headline, result.summary, result.industry) == (None, None, None)


def test_empty_profile_values_are_none():
    profile = fx.csv_bytes(["First Name", "Headline", "Summary", "Industry"], [["Jo", "", "", ""]])
    data = fx.zip_bytes([("Skills.csv", fx.skills_csv()), ("Profile.csv", profile)])
    result = parse_export(data)
    assert (result.headline, result.summary, result.industry) == (None, None, None)


# --- refusing what is not an export --------------------------------------------------------------


def test_zip_without_skills_or_positions():
    data = fx.zip_bytes(
        [("Connections.csv", fx.connections_csv()), ("Profile.csv", b"Headline\nX")]
    )
    with pytest.raises(LinkedInExportError) as caught:
        parse_export(data)
    assert str(caught.value) == linkedin.NOT_AN_EXPORT


def test_empty_zip():
    with pytest.raises(LinkedInExportError, match="not a LinkedIn data export"):
        parse_export(fx.zip_bytes([]))


@pytest.mark.parametrize(
    "data",
    [b"", b"%PDF-1.7\n...", b"hello,world\n1,2\n", b"Name,Proficiency\nGerman,Native\n"],
    ids=["empty", "pdf", "random-csv", "languages-csv"],
)
def test_not_an_export(data):
    with pytest.raises(LinkedInExportError, match="not a LinkedIn data export"):
        parse_export(data, filename="upload.csv")


def test_unsafe_archive_messages_are_wrapped():
    with pytest.raises(LinkedInExportError, match=r"zip bomb|too large"):
        parse_export(fx.zip_bomb())
    with pytest.raises(LinkedInExportError, match="password"):
        parse_export(fx.encrypted_zip())
    with pytest.raises(LinkedInExportError, match=r"^This ZIP file is damaged\.$"):
        parse_export(fx.corrupt_variants()["truncated"])


def test_traversal_entries_ignored():
    assert parse_export(fx.traversal_zip()).skills == ("Good",)


def test_errors_are_value_errors():
    assert issubclass(LinkedInExportError, ValueError)


# --- single CSV uploads --------------------------------------------------------------------------


@pytest.mark.parametrize("filename", ["Skills.csv", "", "whatever.csv", "Skills (1).csv"])
def test_single_skills_csv(filename):
    result = parse_export(fx.skills_csv(notes=True, bom=True), filename=filename)
    assert result.files_found == ("Skills.csv",)
    assert result.skills[:2] == ("Python", "Django")


@pytest.mark.parametrize("filename", ["Positions.csv", "", "Skills.csv"])
def test_single_positions_csv_identified_by_columns(filename):
    # Even misnamed as Skills.csv, the columns say Positions (the name is only a hint).
    result = parse_export(fx.positions_csv(notes=True, bom=True), filename=filename)
    assert result.files_found == ("Positions.csv",)
    assert result.positions[0].company == "Acme Pay"
    assert result.positions[0].description == fx.MULTILINE_DESCRIPTION
    assert result.skills == ()


@pytest.mark.parametrize(
    ("builder", "expected"),
    [
        (fx.endorsements_csv, "Endorsement_Received_Info.csv"),
        (fx.certifications_csv, "Certifications.csv"),
        (fx.projects_csv, "Projects.csv"),
    ],
)
def test_other_single_csvs_identified(builder, expected):
    assert parse_export(builder(), filename="download.csv").files_found == (expected,)


def test_profile_alone_has_no_skills_to_import():
    with pytest.raises(LinkedInExportError, match="not a LinkedIn data export"):
        parse_export(fx.profile_csv(), filename="Profile.csv")


def test_single_csv_size_bound(monkeypatch):
    monkeypatch.setattr(linkedin, "_MAX_CSV_BYTES", 10)
    with pytest.raises(LinkedInExportError, match="too large"):
        parse_export(fx.skills_csv())


# --- read_csv_rows -------------------------------------------------------------------------------


def test_read_csv_rows_notes_preamble_and_multiline_notes():
    raw = (
        b"Notes:\n"
        b'"This file lists your skills.\nSome, with commas, were removed."\n'
        b"\n"
        b"Name\n"
        b"Python\n"
    )
    assert read_csv_rows(raw) == [{"Name": "Python"}]


def test_read_csv_rows_bom_and_stripped_headers():
    raw = "\ufeff Name , Extra\n Go ,x\n".encode()
    assert read_csv_rows(raw) == [{"Name": "Go", "Extra": "x"}]


def test_read_csv_rows_missing_and_extra_cells():
    raw = b"Company Name,Title,Location\nAcme,Dev\nInitech,QA,Remote,SURPLUS\n\n"
    assert read_csv_rows(raw) == [
        {"Company Name": "Acme", "Title": "Dev", "Location": ""},
        {"Company Name": "Initech", "Title": "QA", "Location": "Remote"},
    ]


def test_read_csv_rows_latin1_fallback_and_crlf():
    raw = "Name\r\nCafé\r\n".encode("latin-1")
    assert read_csv_rows(raw) == [{"Name": "Café"}]


def test_read_csv_rows_utf16_resave():
    raw = "Name\nNaïve Bayes\n".encode("utf-16")
    assert read_csv_rows(raw) == [{"Name": "Naïve Bayes"}]


def test_read_csv_rows_unknown_file_with_notes():
    raw = b'Notes:\n"Something about this file"\n\nFoo,Bar\n1,2\n'
    assert read_csv_rows(raw) == [{"Foo": "1", "Bar": "2"}]


def test_read_csv_rows_empty():
    assert read_csv_rows(b"") == []
    assert read_csv_rows(b"Name\n") == []


def test_columns_found_case_insensitively():
    raw = fx.csv_bytes(["company name", "TITLE", "started on"], [["Acme", "Dev", "Feb 2021"]])
    (position,) = parse_export(raw).positions
    assert (position.company, position.title, position.started) == ("Acme", "Dev", date(2021, 2, 1))


def test_undecodable_csv_is_a_readable_error():
    raw = b"Name\n" + b'"' + b"x" * 200_000 + b'"\n'  # over csv's field size limit
    with pytest.raises(LinkedInExportError, match="could not be read"):
        read_csv_rows(raw)


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jan 2020", date(2020, 1, 1)),
        ("January 2020", date(2020, 1, 1)),
        ("Sept 2019", date(2019, 9, 1)),
        ("sep. 2019", date(2019, 9, 1)),
        ("2020", date(2020, 1, 1)),
        ("01/2020", date(2020, 1, 1)),
        ("11/2020", date(2020, 11, 1)),
        ("2020-01", date(2020, 1, 1)),
        ("2020-03-15", date(2020, 3, 15)),
        ("2021/03/04 10:11:12 UTC", date(2021, 3, 4)),
        ("03/04/2021", date(2021, 3, 4)),
        ("Mar 4, 2021", date(2021, 3, 4)),
        ("04 Mar 2021", date(2021, 3, 4)),
        ("  Dec   2019 ", date(2019, 12, 1)),
        ("", None),
        ("   ", None),
        ("Present", None),
        ("13/2020", None),
        ("Foo 2020", None),
        ("Ma 2020", None),
        ("0999", None),
        ("2020-02-30", None),
    ],
)
def test_parse_linkedin_date(value, expected):
    assert parse_linkedin_date(value) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2020, 1, 1), date(2020, 1, 1), 0),
        (date(2020, 1, 1), date(2020, 3, 1), 2),
        (date(2016, 1, 1), date(2019, 12, 1), 47),
        (date(2019, 12, 31), date(2020, 1, 1), 1),
        (date(2021, 1, 1), date(2020, 1, 1), 0),
    ],
)
def test_position_months_ignore_the_day_and_are_never_negative(start, end, expected):
    position = Position("Acme", "Engineer", "", "", started=start, finished=end)
    assert position.duration_months(date(2030, 1, 1)) == expected


def test_a_text_file_named_zip_is_not_called_damaged():
    from smatrx.imports.sources.linkedin import NOT_A_ZIP

    with pytest.raises(LinkedInExportError) as refused:
        parse_export(b"Name,Title\nAda,Engineer\n", filename="export.zip")
    assert str(refused.value) == NOT_A_ZIP
    assert "damaged" not in str(refused.value)
