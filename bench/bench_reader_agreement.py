"""How far two human readers agree on year bands: the expectations' bands (written with each
corpus) against a second reading written blind (bench/second_readings/, see its "about").
A band the second reader overlaps is one a person can defend both ways; where readers agree
on nearly all bands, the import's misses against the first are the import's, not the
measure's. Pure: no database.

Run: .venv/bin/python bench/bench_reader_agreement.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_score import CORPORA, load_catalog

READINGS = Path(__file__).resolve().parent / "second_readings"


def agreement(corpus: str, second: dict, resolves) -> dict[str, int]:
    """Counts over the corpus's dated bands (skills the catalog has): how many the second
    reader left undated, overlapped, or read wholly inside the first band."""
    expected = json.loads((CORPORA[corpus] / "expected.json").read_text(encoding="utf-8"))
    counts = {"bands": 0, "overlap": 0, "inside": 0, "second_undated": 0}
    for document, wants in expected.items():
        if document == "about":
            continue
        for name, (low, high) in wants["years"].items():
            if not resolves(name):
                continue
            counts["bands"] += 1
            read = (second.get(document, {}).get(name) or {}).get("years")
            if read is None:
                counts["second_undated"] += 1
            elif read[0] <= high and low <= read[1]:
                counts["overlap"] += 1
                counts["inside"] += low <= read[0] and read[1] <= high
    return counts


def main() -> None:
    catalog = load_catalog()
    total: dict[str, int] = {}
    for path in sorted(READINGS.glob("*.json")):
        second = json.loads(path.read_text(encoding="utf-8"))
        counts = agreement(path.stem, second, lambda name: catalog.resolve(name) is not None)
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
        print(f"{path.stem}: {_line(counts)}")
    print(f"all: {_line(total)}")


def _line(counts: dict[str, int]) -> str:
    bands = counts["bands"] or 1
    return (
        f"{counts['bands']} bands; the second reading overlaps {counts['overlap']} "
        f"({counts['overlap'] / bands:.1%}), lies inside {counts['inside']} "
        f"({counts['inside'] / bands:.1%}), leaves {counts['second_undated']} undated"
    )


if __name__ == "__main__":
    main()
