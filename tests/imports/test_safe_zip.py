"""safe_zip.read_members: hostile archives are refused or their bad entries skipped, in memory."""

from __future__ import annotations

import time
import zipfile

import pytest

from smatrx.imports.safe_zip import Limits, UnsafeArchive, read_members
from tests.imports import linkedin_fixtures as fx


def everything(_path: str) -> bool:
    return True


def test_reads_wanted_members_only_with_normalised_paths():
    data = fx.zip_bytes(
        [("folder/Skills.csv", b"Name\nPython\n"), ("folder/Other.csv", b"x")],
        directories=["folder"],
    )
    members = read_members(data, lambda path: path.endswith("Skills.csv"))
    assert members == {"folder/Skills.csv": b"Name\nPython\n"}


def test_directories_are_skipped():
    data = fx.zip_bytes([("a/b.csv", b"1")], directories=["a", "a/empty"])
    assert read_members(data, everything) == {"a/b.csv": b"1"}


def test_stored_entries_are_read_too():
    data = fx.zip_bytes([("Skills.csv", b"Name\nGo\n")], compression=zipfile.ZIP_STORED)
    assert read_members(data, everything) == {"Skills.csv": b"Name\nGo\n"}


def test_traversal_and_absolute_names_are_ignored():
    seen: list[str] = []

    def wanted(path: str) -> bool:
        seen.append(path)
        return True

    members = read_members(fx.traversal_zip(), wanted)
    assert members == {f"{fx.EXPORT_FOLDER}/Skills.csv": b"Name\nGood\n"}
    # The filter never even sees an escaping name.
    assert seen == [f"{fx.EXPORT_FOLDER}/Skills.csv"]


def test_backslash_paths_are_normalised():
    data = fx.zip_bytes([("Export\\Skills.csv", b"Name\n")])
    assert read_members(data, everything) == {"Export/Skills.csv": b"Name\n"}


def test_zip_bomb_refused_by_declared_size_quickly():
    bomb = fx.zip_bomb()
    assert len(bomb) < 200_000  # it really is a bomb: ~60 MB behind a tiny file
    started = time.perf_counter()
    with pytest.raises(UnsafeArchive, match="too large"):
        read_members(bomb, everything)
    assert time.perf_counter() - started < 0.5


def test_zip_bomb_refused_by_ratio_when_sizes_are_allowed():
    roomy = Limits(max_total_bytes=100 * 2**20, max_entry_bytes=100 * 2**20)
    with pytest.raises(UnsafeArchive, match="zip bomb"):
        read_members(fx.zip_bomb(), everything, roomy)


def test_lying_compressed_size_is_refused():
    # The header claims the 60 MB came from 10 MB of compressed data (ratio 6, harmless).
    liar = fx.patch_central_sizes(fx.zip_bomb(), compressed=10 * 2**20)
    roomy = Limits(max_total_bytes=100 * 2**20, max_entry_bytes=100 * 2**20)
    started = time.perf_counter()
    with pytest.raises(UnsafeArchive):
        read_members(liar, everything, roomy)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("limits", "message"),
    [
        (Limits(max_ratio=1e9), "A file in this ZIP is too large"),
        (
            Limits(max_entry_bytes=100 * 2**20, max_total_bytes=30 * 2**20, max_ratio=1e9),
            "ZIP file is too large",
        ),
        (Limits(max_entry_bytes=100 * 2**20, max_total_bytes=100 * 2**20), "zip bomb"),
    ],
)
def test_limits_hold_while_inflating_even_if_headers_were_believed(monkeypatch, limits, message):
    # Switch off the header checks: what is counted while inflating must stop the bomb alone,
    # within a chunk or so of the limit rather than after inflating all 60 MB.
    monkeypatch.setattr("smatrx.imports.safe_zip._check_declared", lambda infos, limits: None)
    started = time.perf_counter()
    with pytest.raises(UnsafeArchive, match=message):
        read_members(fx.zip_bomb(), everything, limits)
    assert time.perf_counter() - started < 1.0


def test_lying_uncompressed_size_is_damaged_not_trusted():
    with pytest.raises(UnsafeArchive, match="damaged"):
        read_members(fx.corrupt_variants()["bad-size"], everything)


def test_ratio_is_not_enforced_on_small_entries():
    # 100 KB of commas compresses ~1000:1 yet is a perfectly plausible CSV.
    data = fx.zip_bytes([("Skills.csv", b"," * 100_000)])
    assert len(read_members(data, everything)["Skills.csv"]) == 100_000


def test_entry_size_limit():
    data = fx.zip_bytes([("a.csv", b"x" * 5000)])
    with pytest.raises(UnsafeArchive, match="too large"):
        read_members(data, everything, Limits(max_entry_bytes=4000))


def test_total_size_limit_counts_all_wanted_entries():
    data = fx.zip_bytes([("a.csv", b"x" * 3000), ("b.csv", b"y" * 3000)])
    limits = Limits(max_total_bytes=5000, max_entry_bytes=4000)
    with pytest.raises(UnsafeArchive, match="too large"):
        read_members(data, everything, limits)
    # Entries not wanted are never inflated, so they don't count.
    assert read_members(data, lambda p: p == "a.csv", limits) == {"a.csv": b"x" * 3000}


def test_too_many_entries():
    with pytest.raises(UnsafeArchive, match="too many files"):
        read_members(fx.too_many_entries(201), everything)
    assert len(read_members(fx.too_many_entries(200), everything)) == 200


def test_encrypted_archive_refused():
    with pytest.raises(UnsafeArchive, match="password"):
        read_members(fx.encrypted_zip(), everything)


@pytest.mark.parametrize("variant", ["garbage", "truncated", "bad-data", "bad-size"])
def test_corrupt_archives(variant):
    with pytest.raises(UnsafeArchive, match=r"^This ZIP file is damaged\.$"):
        read_members(fx.corrupt_variants()[variant], everything)


def test_not_a_zip_at_all():
    with pytest.raises(UnsafeArchive, match="damaged"):
        read_members(b"Name\nPython\n", everything)


def test_unsafe_archive_is_a_value_error():
    assert issubclass(UnsafeArchive, ValueError)


def test_never_touches_the_disk(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("read_members tried to open a file on disk")

    monkeypatch.setattr("builtins.open", refuse)
    monkeypatch.setattr("io.open", refuse)
    assert read_members(fx.export_zip(), everything)
