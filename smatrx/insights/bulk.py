"""`flask smatrx analyse --all`: everyone's analyses in chunks, over one process per core
(the analyses are CPU-bound Python; PostgreSQL has room for more than one reader).

Each process builds its own app (spawned, not forked: no connection or Redis client is
shared) from the same environment as the command."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence

from flask import Flask

from smatrx.insights.jobs import analyse_people

CHUNK = 100
_app: Flask | None = None


def default_processes() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _start() -> None:
    global _app
    from smatrx import create_app

    _app = create_app()


def _analyse_chunk(user_ids: list[str]) -> int:
    assert _app is not None
    with _app.app_context():
        return analyse_people(user_ids)


def analyse_everyone(
    user_ids: Sequence[str], processes: int, progress: Callable[[int], None]
) -> int:
    """Analyse every id; returns how many. One process analyses in this one (as tests do)."""
    if processes <= 1 or len(user_ids) <= CHUNK:
        return analyse_people(user_ids, progress=progress)
    chunks = [list(user_ids[i : i + CHUNK]) for i in range(0, len(user_ids), CHUNK)]
    done = 0
    with multiprocessing.get_context("spawn").Pool(processes, initializer=_start) as pool:
        for count in pool.imap_unordered(_analyse_chunk, chunks):
            done += count
            progress(count)
    return done
