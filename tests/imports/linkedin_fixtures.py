"""LinkedIn export ZIPs and CSVs, built in memory at test time (no binary files in the repo).

`export_zip()` mimics a real "Get a copy of your data" archive with its quirks: a dated sub-folder
(or the root), "Notes:" preambles, a BOM on one file, a multi-line quoted description, "Jan 2020"
and bare-year dates, an extra column LinkedIn may add and an optional one it may drop. The hostile
builders produce what an attacker would upload instead.
"""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from collections.abc import Iterable, Sequence
from functools import lru_cache

EXPORT_FOLDER = "Basic_LinkedInDataExport_11-27-2026"

NOTES = (
    "Notes:",
    "When exporting your data, some entries may be missing if they were hidden or removed.",
)

MULTILINE_DESCRIPTION = (
    "Built the payments platform in Python and Django.\n"
    "- Moved billing to PostgreSQL, cut latency by 40%\n"
    '- Led a team of 4, "hands-on" with Kubernetes'
)


def csv_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    notes: Sequence[str] = (),
    bom: bool = False,
    line_end: str = "\n",
) -> bytes:
    """One export CSV. Notes go first, each quoted like LinkedIn does, then a blank line."""
    out = io.StringIO()
    if notes:
        out.write(notes[0] + line_end)
        for note in notes[1:]:
            out.write('"' + note.replace('"', '""') + '"' + line_end)
        out.write(line_end)
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def skills_csv(*, notes: bool = False, bom: bool = False) -> bytes:
    return csv_bytes(
        ["Name"],
        [["Python"], ["Django"], ["PostgreSQL"], ["python"], ["Kubernetes"], ["Café Management"]],
        notes=NOTES if notes else (),
        bom=bom,
    )


def positions_csv(*, notes: bool = False, bom: bool = False) -> bytes:
    # "Employment Type" is a column LinkedIn does not have (yet): it must be ignored.
    return csv_bytes(
        [
            "Company Name",
            "Title",
            "Description",
            "Location",
            "Started On",
            "Finished On",
            "Employment Type",
        ],
        [
            [
                "Acme Pay",
                "Senior Engineer",
                MULTILINE_DESCRIPTION,
                "Berlin",
                "Jan 2020",
                "",
                "Full",
            ],
            ["Initech", "Developer", "Java and SQL.", "Remote", "2016", "Dec 2019", ""],
            ["Startup", "Intern", "", "", "", "", ""],
        ],
        notes=NOTES if notes else (),
        bom=bom,
        line_end="\r\n",
    )


def certifications_csv() -> bytes:
    # No "License Number" column: optional columns come and go between export versions.
    return csv_bytes(
        ["Name", "Url", "Authority", "Started On", "Finished On"],
        [
            ["AWS Certified Developer", "https://aws.example/cert", "Amazon", "Mar 2021", ""],
            ["CKA", "", "CNCF", "2022", "2025"],
        ],
    )


def projects_csv() -> bytes:
    return csv_bytes(
        ["Title", "Description", "Url", "Started On", "Finished On"],
        [["SMATRX", "A skills matrix in Flask\nwith HTMX.", "https://x.example", "Jan 2024", ""]],
    )


def endorsements_csv() -> bytes:
    header = [
        "Endorsement Date",
        "Skill Name",
        "Endorser First Name",
        "Endorser Last Name",
        "Endorser Public Url",
        "Endorsement Status",
    ]
    rows = [
        ["2021/03/04 10:11:12 UTC", "Python", "Ada", "L", "www.linkedin.com/in/ada", "ACCEPTED"],
        ["2021/05/06 10:11:12 UTC", "Python", "Alan", "T", "www.linkedin.com/in/al", "ACCEPTED"],
        ["2022/01/02 10:11:12 UTC", "python", "Grace", "H", "www.linkedin.com/in/gh", "ACCEPTED"],
        ["2022/01/02 10:11:12 UTC", "Django", "Linus", "T", "www.linkedin.com/in/lt", "ACCEPTED"],
    ]
    return csv_bytes(header, rows, notes=NOTES)


def profile_csv() -> bytes:
    return csv_bytes(
        [
            "First Name",
            "Last Name",
            "Maiden Name",
            "Address",
            "Birth Date",
            "Headline",
            "Summary",
            "Industry",
            "Zip Code",
            "Geo Location",
        ],
        [
            [
                "Jo",
                "Doe",
                "",
                "",
                "",
                "Backend engineer · Python",
                "I build things.\nMostly APIs.",
                "Software Development",
                "",
                "Berlin",
            ]
        ],
    )


def connections_csv() -> bytes:
    # A file we do not read, with LinkedIn's notes preamble; it must simply be ignored.
    return csv_bytes(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
        [["Ada", "L", "https://www.linkedin.com/in/ada", "", "Acme", "CTO", "01 Jan 2020"]],
        notes=NOTES,
    )


def export_files() -> dict[str, bytes]:
    """The export's files by name: Skills.csv has a BOM, Positions.csv a notes preamble."""
    return {
        "Skills.csv": skills_csv(bom=True),
        "Positions.csv": positions_csv(notes=True),
        "Certifications.csv": certifications_csv(),
        "Projects.csv": projects_csv(),
        "Endorsement_Received_Info.csv": endorsements_csv(),
        "Profile.csv": profile_csv(),
        "Connections.csv": connections_csv(),
    }


def zip_bytes(
    entries: Iterable[tuple[str, bytes]],
    *,
    directories: Iterable[str] = (),
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for directory in directories:
            archive.writestr(zipfile.ZipInfo(directory.rstrip("/") + "/"), b"")
        for name, content in entries:
            # ZipInfo keeps the name verbatim; writestr(name) would sanitise "../" away.
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 27, 0, 0, 0)), content)
    return buffer.getvalue()


def export_zip(
    *, folder: str | None = EXPORT_FOLDER, files: dict[str, bytes] | None = None
) -> bytes:
    """A realistic export, its files inside `folder` (LinkedIn's layout) or at the root."""
    files = export_files() if files is None else files
    prefix = f"{folder}/" if folder else ""
    return zip_bytes(
        ((prefix + name, content) for name, content in files.items()),
        directories=[folder] if folder else [],
    )


# --- hostile archives ----------------------------------------------------------------------------


@lru_cache(maxsize=4)
def zip_bomb(megabytes: int = 60, name: str = "Skills.csv") -> bytes:
    """One entry of `megabytes` MB of zeros: ~60 KB on the wire, a ratio near 1000:1.

    Written through a streaming entry so the whole payload never sits in memory; cached
    because building it takes a noticeable fraction of a second.
    """
    buffer = io.BytesIO()
    chunk = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(name, "w") as entry,
    ):
        for _ in range(megabytes):
            entry.write(chunk)
    return buffer.getvalue()


def too_many_entries(count: int = 201) -> bytes:
    return zip_bytes((f"{EXPORT_FOLDER}/file{i}.csv", b"Name\n") for i in range(count))


def traversal_zip() -> bytes:
    """Escaping names (all to be skipped) next to one genuine Skills.csv."""
    evil = b"Name\nEvil\n"
    return zip_bytes(
        [
            ("../../etc/passwd", b"root:x:0:0\n"),
            ("/abs/Skills.csv", evil),
            ("..\\..\\Skills.csv", evil),
            ("C:/Users/x/Skills.csv", evil),
            (f"{EXPORT_FOLDER}/../Skills.csv", evil),
            (f"{EXPORT_FOLDER}/Skills.csv", b"Name\nGood\n"),
        ]
    )


def set_encrypted_flag(data: bytes) -> bytes:
    """Mark every entry as encrypted (general-purpose flag bit 0) in local and central headers."""
    patched = bytearray(data)
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := patched.find(signature, start)) != -1:
            (flags,) = struct.unpack_from("<H", patched, found + flag_offset)
            struct.pack_into("<H", patched, found + flag_offset, flags | 0x1)
            start = found + 4
    return bytes(patched)


def encrypted_zip() -> bytes:
    return set_encrypted_flag(zip_bytes([("Skills.csv", b"Name\nPython\n")]))


def patch_central_sizes(
    data: bytes, *, compressed: int | None = None, uncompressed: int | None = None
) -> bytes:
    """Rewrite the sizes the (first) central directory entry declares; zipfile trusts those."""
    patched = bytearray(data)
    found = patched.find(b"PK\x01\x02")
    assert found != -1
    if compressed is not None:
        struct.pack_into("<I", patched, found + 20, compressed)
    if uncompressed is not None:
        struct.pack_into("<I", patched, found + 24, uncompressed)
    return bytes(patched)


def corrupt_variants() -> dict[str, bytes]:
    good = zip_bytes([("Skills.csv", b"Name\n" + b"Python\n" * 200)])
    data_start = 30 + len("Skills.csv")  # local header + name, no extra field
    flipped = bytearray(good)
    for offset in range(data_start, data_start + 8):
        flipped[offset] ^= 0xFF
    return {
        "garbage": b"PK\x03\x04" + bytes(range(256)) * 4,
        "truncated": good[: len(good) // 2],
        "bad-data": bytes(flipped),
        "bad-size": patch_central_sizes(good, uncompressed=10),
    }
