"""Reading members of an uploaded ZIP without trusting it.

Uploads are hostile: a ZIP can be a bomb (tiny on the wire, gigabytes inflated), can lie in its
headers about sizes, can name entries "../../etc/passwd" or "/etc/passwd", can be encrypted or
simply broken. This module reads the few members a caller wants straight from memory, with every
size bounded while inflating, and never writes anything to disk. Errors are `UnsafeArchive` with a
message written for the person who uploaded the file.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["EMPTY_ZIP_MAGIC", "ZIP_MAGIC", "Limits", "UnsafeArchive", "read_members"]

# A ZIP (and so a DOCX) starts with a local file header; an empty archive (no entries) starts
# with the end-of-central-directory record instead.
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"

# Inflating in bounded chunks lets us stop a bomb after at most one chunk past a limit.
_CHUNK_BYTES = 64 * 1024
# Flag bit 0 of the general-purpose flags marks an encrypted entry (ZIP APPNOTE 4.4.4).
_ENCRYPTED_FLAG = 0x1
# "C:" / "c:\" at the start of a name: a Windows absolute path.
_DRIVE_RE = re.compile(r"^[A-Za-z]:")

_DAMAGED = "This ZIP file is damaged."


class UnsafeArchive(ValueError):
    """A message the person can read."""


@dataclass(frozen=True)
class Limits:
    max_entries: int = 200
    max_total_bytes: int = 50 * 1024 * 1024
    max_entry_bytes: int = 20 * 1024 * 1024
    max_ratio: float = 100.0
    # Small, highly repetitive files (a CSV of empty columns) legitimately compress far better
    # than 100:1; a ratio only signals a bomb once the inflated size is worth worrying about.
    ratio_grace_bytes: int = 1024 * 1024


_DEFAULT_LIMITS = Limits()


def read_members(
    data: bytes, wanted: Callable[[str], bool], limits: Limits = _DEFAULT_LIMITS
) -> dict[str, bytes]:
    """Return {path inside the archive: content} for the entries `wanted(path)` accepts.

    Paths are normalised to forward slashes. Directories and entries whose names try to escape
    (absolute, drive-lettered, containing a ".." part, including via backslashes) are skipped
    silently: a genuine export never has them, and refusing the whole upload would only help an
    attacker probe us. Anything that threatens resources (too many entries, sizes or ratios over
    the limits, encryption) or is broken refuses the whole archive with UnsafeArchive.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise UnsafeArchive(_DAMAGED) from exc

    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise UnsafeArchive(
                f"This ZIP file has too many files ({len(infos)}; at most "
                f"{limits.max_entries} are accepted)."
            )
        if any(info.flag_bits & _ENCRYPTED_FLAG for info in infos):
            raise UnsafeArchive(
                "This ZIP file is password-protected; please upload it without a password."
            )

        chosen: list[tuple[str, zipfile.ZipInfo]] = []
        for info in infos:
            path = _safe_path(info)
            if path is not None and wanted(path):
                chosen.append((path, info))

        # Refuse early on what the headers declare, so an honest-looking bomb costs nothing.
        _check_declared([info for _path, info in chosen], limits)

        # Then enforce the same limits on what actually comes out, since headers can lie.
        members: dict[str, bytes] = {}
        total = 0
        for path, info in chosen:
            content = _read_bounded(archive, info, len(data), total, limits)
            total += len(content)
            members[path] = content
        return members


def _check_declared(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    declared_total = 0
    for info in infos:
        _check_entry_size(info.file_size, limits)
        declared_ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_grace_bytes and declared_ratio > limits.max_ratio:
            raise UnsafeArchive(_ratio_message(limits))
        declared_total += info.file_size
    _check_total(declared_total, limits)


def _safe_path(info: zipfile.ZipInfo) -> str | None:
    """The entry's normalised relative path, or None when it is a directory or not safe."""
    name = info.filename
    if info.is_dir() or not name:
        return None
    # Windows tools write backslashes; normalise before judging so "..\\..\\x" is caught.
    name = name.replace("\\", "/")
    if name.startswith("/") or _DRIVE_RE.match(name) or "\x00" in name:
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _read_bounded(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    archive_size: int,
    total_so_far: int,
    limits: Limits,
) -> bytes:
    # The compressed bytes an entry can consume are bounded by what follows its header in the
    # upload, whatever compress_size claims; using that bound keeps the ratio check honest.
    compressed = max(1, min(info.compress_size, archive_size - info.header_offset))
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK_BYTES):
                out += chunk
                _check_entry_size(len(out), limits)
                _check_total(total_so_far + len(out), limits)
                if len(out) > limits.ratio_grace_bytes and len(out) > limits.max_ratio * compressed:
                    raise UnsafeArchive(_ratio_message(limits))
    except UnsafeArchive:
        raise
    except NotImplementedError as exc:
        # e.g. AES (method 99) or another compression zipfile cannot inflate.
        raise UnsafeArchive(
            "This ZIP file uses a compression method we can't read; please re-create it with "
            "ordinary (deflate) compression."
        ) from exc
    except RuntimeError as exc:
        # zipfile raises RuntimeError for encrypted entries whose flag we did not see.
        raise UnsafeArchive(
            "This ZIP file is password-protected; please upload it without a password."
        ) from exc
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise UnsafeArchive(_DAMAGED) from exc
    return bytes(out)


def _check_entry_size(size: int, limits: Limits) -> None:
    if size > limits.max_entry_bytes:
        raise UnsafeArchive(
            f"A file in this ZIP is too large once unpacked (over "
            f"{_megabytes(limits.max_entry_bytes)})."
        )


def _check_total(size: int, limits: Limits) -> None:
    if size > limits.max_total_bytes:
        raise UnsafeArchive(
            f"This ZIP file is too large once unpacked (over {_megabytes(limits.max_total_bytes)})."
        )


def _ratio_message(limits: Limits) -> str:
    return (
        "This ZIP file expands far more than a real export would "
        f"(over {limits.max_ratio:g} times); it was refused as a possible zip bomb."
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"
