"""The backup file: an uncompressed tar of manifest.json, then smatrx.dump.

Read as a stream ("r|"), so a backup can come from a pipe and the manifest is checked
before the dump is read; only those two names are accepted, and nothing from the archive
is ever written under a name it chose.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
import time
from pathlib import Path
from typing import BinaryIO

from smatrx.backup.manifest import (
    DUMP_NAME,
    MANIFEST_MAX_BYTES,
    MANIFEST_NAME,
    BadManifest,
    Manifest,
)
from smatrx.backup.pgtools import BackupError


def write_archive(out: BinaryIO, manifest: Manifest, dump_path: Path) -> None:
    """The manifest first (readers know what follows), then the dump."""
    now = time.time()
    with tarfile.open(fileobj=out, mode="w|", format=tarfile.PAX_FORMAT) as tar:
        raw = manifest.to_json()
        info = tarfile.TarInfo(MANIFEST_NAME)
        info.size, info.mtime, info.mode = len(raw), now, 0o600
        tar.addfile(info, io.BytesIO(raw))
        info = tarfile.TarInfo(DUMP_NAME)
        info.size, info.mtime, info.mode = dump_path.stat().st_size, now, 0o600
        with dump_path.open("rb") as dump:
            tar.addfile(info, dump)


class BackupReader:
    """Opens a backup stream and reads its manifest; extract_dump() then copies the dump
    out, hashing it on the way. A damaged or foreign file raises BackupError."""

    def __init__(self, source: BinaryIO) -> None:
        try:
            # Closed by close() / __exit__: the reader outlives this method.
            self._tar = tarfile.open(fileobj=source, mode="r|")  # noqa: SIM115
            member = self._next()
            if member is None or member.name != MANIFEST_NAME:
                raise BackupError(
                    "not a SMATRX backup: the archive does not start with its manifest"
                )
            if member.size > MANIFEST_MAX_BYTES:
                raise BackupError("not a SMATRX backup: the manifest is too big")
            handle = self._tar.extractfile(member)
            assert handle is not None  # a regular file always has one
            self.manifest = Manifest.from_json(handle.read())
        except BadManifest as exc:
            raise BackupError(f"not a SMATRX backup: {exc}") from exc
        except (tarfile.TarError, EOFError) as exc:
            raise BackupError(f"the backup file is damaged or not a SMATRX backup ({exc})") from exc

    def _next(self) -> tarfile.TarInfo | None:
        member = self._tar.next()
        if member is not None and (
            not member.isfile() or member.name not in (MANIFEST_NAME, DUMP_NAME)
        ):
            raise BackupError(f"not a SMATRX backup: unexpected entry {member.name!r}")
        return member

    def extract_dump(self, destination: Path) -> str:
        """Copy the dump to destination; return the SHA-256 of what was copied."""
        try:
            member = self._next()
            if member is None or member.name != DUMP_NAME:
                raise BackupError("the backup file is incomplete: it has no dump")
            handle = self._tar.extractfile(member)
            assert handle is not None
            sha = hashlib.sha256()
            with destination.open("wb") as out:
                while block := handle.read(1 << 20):
                    sha.update(block)
                    out.write(block)
        except (tarfile.TarError, EOFError) as exc:
            raise BackupError(f"the backup file is damaged or incomplete ({exc})") from exc
        return sha.hexdigest()

    def close(self) -> None:
        self._tar.close()

    def __enter__(self) -> BackupReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
